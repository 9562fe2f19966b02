/**
 * Every number the extractive brief picks, weighs, cuts or caps with, in one place, each with where it came
 * from (as SCORER does for the extractive answer). Unless said otherwise a number was set by hand while the
 * briefs were written (commit 98fa28c, "one printed page by default"; 652fade for the topic bullets) on the
 * UNODC 2024 briefs that test/brief/brief-api.test.ts checks: one printed A4 page, and the exact passages of
 * twelve staff-phrased topics. None was tuned on an eval set. The two forms' lengths (words, bullets per
 * section, headlines) are BRIEF_FORMS in build-brief.ts.
 */
export const BRIEF = {
  /**
   * Thresholds of topic relevance (topic-passages.ts), chosen on the twelve staff-phrased topics of
   * test/brief/brief-api.test.ts (ten on topic, two off): every expected passage in, no off-topic one, with
   * the widest margin.
   */
  topicRelevance: {
    /** A passage is on topic when its fused score is at least this share of the best on-topic passage's. */
    relativeCut: 0.75,
    /** Cosine of the passage's best unit to the topic, needed with lexical evidence (a shared term). */
    denseWithTerms: 0.3,
    /** Cosine needed without any shared term (a synonym: "narcotics" for "drugs"). */
    denseAlone: 0.5,
    /** At most this many passages go into a topic brief. */
    maxPassages: 12,
  },
  /**
   * A topic that names one of the form's questions (build-brief.ts `questionOfTopic`): at least this many content
   * terms, all in that question's text ("six", "transit", "contribut" of "how UNODC contributes to the six
   * transitions"; one term, "events", is left to the retrieval), and this many bullets per sub-section: six
   * transitions of two bullets fit the page form's 450 words. Set by hand (blind dev 27, s27-092).
   */
  questionTopic: { minTerms: 2, perSection: 2 },
  /**
   * Two passages speak of the same thing when their closest sentences are this similar (cosine of the
   * embedded units; compare-years.ts). Chosen on UNODC 2021 and 2024 (test/brief/multi-submission.test.ts):
   * with the bundled encoder any two passages of one entity score 0.35-0.77; the two years' cybercrime and
   * crime-prevention passages score 0.70-0.77, the 2024 events, publications and partnerships 0.47-0.66.
   */
  sameTheme: 0.7,
  /** Choosing bullets (build-brief.ts). */
  bullets: {
    /** A sentence of fewer words is a fragment that says nothing alone, never a bullet. */
    minSentenceWords: 8,
    /** Score taken off a sentence that several passages repeat: enough to prefer any sentence of the passage's own (652fade). */
    sharedSentencePenalty: 20,
    /** Score added to a table record's bullet (its name, dates and place) over a prose sentence's. */
    recordBonus: 2,
    /** At most this many short fields (date, location, partners, publisher) follow a record's name... */
    recordDetails: 2,
    /** ...each of at most this many words. */
    recordDetailWords: 14,
    /** A record's name longer than this many words is cut to `titleCutWords`. */
    longTitleWords: 14,
    titleCutWords: 12,
    /** In a topic brief, a record's name before its on-topic sentence is cut to this many words... */
    topicTitleWords: 10,
    /** ...leaving the sentence at least this many. */
    minSentenceAfterTitle: 8,
  },
  /** Headlines of an overview brief (build-brief.ts). */
  headlines: {
    /** A note of fewer sections has no room for headlines. */
    minSections: 3,
    /** Only a section with at least this many bullets gives one up to the headlines, keeping one of its own. */
    minSectionBullets: 2,
  },
  /**
   * How much a sentence tells a busy reader (informative-sentences.ts; first written with the briefings,
   * commit 6c06399): points per figure (up to `maxFigures`), document symbol, name (up to `maxNames`), month
   * and topic term; a sentence under `shortWords` words loses `shortPenalty`, one over `longWords` loses a
   * point per `wordsPerLongPoint` words beyond.
   */
  informativeness: { figure: 1.5, maxFigures: 4, symbol: 2, name: 0.5, maxNames: 6, month: 1, topicTerm: 4, shortWords: 8, shortPenalty: 3, longWords: 60, wordsPerLongPoint: 10 },
  /** Two sentences that share more than this share of the shorter's terms are near-repeats, briefed once (6c06399). */
  nearRepeatShare: 0.6,
  /** Cutting a sentence to a bullet by deletion (cut-bullet.ts). */
  cut: {
    /** Facts a reader wants, per figure (up to `maxFigures`), document symbol, name (up to `maxNames`) and month: a clause's weight. */
    factWeight: { figure: 2, maxFigures: 4, symbol: 3, name: 1, maxNames: 5, month: 1 },
    /** A clause (or its first or last words) of at least this weight holds a fact. */
    fact: 2,
    /** Every other clause weighs at least this much when the room left is shared out (an aside between dashes goes first). */
    minClauseWeight: 0.5,
    /** Words kept of a long clause that does not fit whole (its first or its last). */
    headWords: 5,
    /** An opening clause this long, with no fact, is cut to `shortOpening` words when a later clause has one (652fade). */
    longOpening: 16,
    shortOpening: 12,
    /** A clause this long gives way to its first words when they hold the fact, so several facts fit a bullet. */
    longClause: 12,
    /** An opening of at most this many words keeps the clause after it ("In May 2024, the CCPCJ passed …"). */
    shortOpeningPhrase: 6,
    /** An opening frames the sentence (and is dropped) only when at least this many words follow it... */
    preambleFollowingWords: 5,
    /** ...it has at most this many words and no figure... */
    preambleWords: 12,
    /** ...and it is a framing phrase, or a prepositional phrase of at most this many words without a name ("For the first time,"). */
    prepositionalPreambleWords: 6,
    /** A framing phrase's noun phrases after its comma run on for at most this many clauses before the subject (new-user trial, session 26). */
    framedPhrases: 2,
  },
} as const;
