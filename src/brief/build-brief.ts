import { CitationList } from "../compose/citations.js";
import { MEMBERSHIP_SECTION } from "../ingest/chunk-passages.js";
import { passageUnits } from "../ingest/passage-units.js";
import { initials } from "../retrieve/acronyms.js";
import type { Retriever, ScoredPassage } from "../retrieve/retriever.js";
import { splitSentences } from "../text/split-sentences.js";
import { tokenize } from "../text/tokenize.js";
import type { Citation, Passage } from "../types.js";
import { describeFilters, inScope, submissionLabel, type BriefFilters } from "./brief-scope.js";
import { BRIEF } from "./brief-scorer.js";
import { countWords, cutToFacts, ELLIPSIS } from "./cut-bullet.js";
import { informativeness, similar } from "./informative-sentences.js";
import { themeHeading } from "./theme-heading.js";
import { topicPassages } from "./topic-passages.js";

export interface Brief {
  title: string;
  markdown: string;
  citations: Citation[];
}

/** What a brief covers and how long it is: the body of `POST /api/brief`, less the output format. */
export interface BriefRequest {
  topic?: string;
  /** The longer form (up to 1,200 words) instead of one printed page. Default false. */
  full?: boolean;
  filters?: BriefFilters;
  /** Two years of one entity: what is new, gone and continued from the first to the second. */
  compare?: [number, number];
  /**
   * At most this many bullets in all, for a note of a stated length ("a 100-word summary", "in 3 lines"): the
   * headlines alone when the note has them, else the best bullets section by section. Default: the form's budget.
   */
  bullets?: number;
}

/**
 * Lengths of the two forms. The page form is what prints on one A4 page from Chromium with the sources
 * (test/brief/brief-api.test.ts); a director reads 450 words in about two minutes.
 */
export const BRIEF_FORMS: Record<"page" | "full", BriefForm> = {
  page: { words: 450, bulletWords: 30, perSection: 3, headlines: 4 },
  full: { words: 1200, bulletWords: 45, perSection: 5, headlines: 5 },
};

export interface BriefForm {
  /** Words in the note, headings included. */
  words: number;
  /** Words in one bullet. */
  bulletWords: number;
  /** Bullets under one heading. */
  perSection: number;
  /** Headline bullets (3-5) before the sections. */
  headlines: number;
  /** At most this many bullets in all (`BriefRequest.bullets`); none when unset. */
  maxBullets?: number;
}

export interface Located {
  passage: Passage;
  position: number;
}

/** One bullet before it is numbered: its words (all from `source`, by deletion) and the passage it cites. */
export interface Bullet {
  text: string;
  source: Located;
  score: number;
  /** A second passage the bullet also cites (the earlier year's, in a comparison). */
  also?: Located;
}

/** Sentences that stand in more than one passage (the lead-in repeated by each part of a long list). */
function sharedSentences(passages: Passage[]): Set<string> {
  const seen = new Map<string, number>();
  passages.forEach((passage, position) => {
    for (const unit of new Set(passageUnits(passage, position).map((u) => u.text))) seen.set(unit, (seen.get(unit) ?? 0) + 1);
  });
  return new Set([...seen].filter(([, count]) => count > 1).map(([text]) => text));
}

/** A record's name and the short fields that say when, where and with whom, in the passage's order. */
function recordBullet(hit: Located, form: BriefForm): Bullet {
  const record = hit.passage.source.record!;
  const details = passageUnits(hit.passage, hit.position)
    .filter((u) => u.field && u.text.startsWith(`${u.field}:`) && u.value !== record.title && /date|location|^partners|publishing/i.test(u.field) && countWords(u.value ?? "") <= BRIEF.bullets.recordDetailWords)
    .map((u) => u.value!)
    // A publisher that is the submitting entity itself says nothing new.
    .filter((value) => !(hit.passage.source.entity && value.trim().endsWith(`(${hit.passage.source.entity})`) && !value.includes(",")))
    .slice(0, BRIEF.bullets.recordDetails);
  const title = countWords(record.title) > BRIEF.bullets.longTitleWords ? cutToFacts(record.title, BRIEF.bullets.titleCutWords) : record.title;
  let text = `${title}${details.length ? ` (${details.join("; ")})` : ""}`;
  if (countWords(text) > form.bulletWords) text = title;
  return { text, source: hit, score: informativeness(text) + BRIEF.bullets.recordBonus };
}

/** A figure or a count in words (general English): what makes a lead-in a fact of its own. */
const FIGURE_OR_COUNT = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b/i;

/** The prose units of passages as short bullets, most informative first, `perPassage` per passage (one unless said), no near-repeats. */
function proseBullets(members: Located[], form: BriefForm, topicTerms: string[] = [], taken: Bullet[] = [], shared: Set<string> = new Set(), perPassage = 1): Bullet[] {
  const candidates: Bullet[] = [];
  for (const hit of members) {
    for (const unit of passageUnits(hit.passage, hit.position)) {
      if (unit.field && !/^description$|^outcome$/i.test(unit.field)) continue;
      // A bullet of the source may hold several sentences: each is a candidate of its own.
      for (const { text } of splitSentences(unit.field ? (unit.value ?? unit.text) : unit.text)) {
        // A lead-in ("For instance, during the last year:") or a fragment says nothing alone; a lead-in that gives figures
        // does ("… the CND took 25 decisions … and adopted four resolutions on the following issues:", blind dev 30).
        if ((/:$/.test(text) && !FIGURE_OR_COUNT.test(text)) || countWords(text) < BRIEF.bullets.minSentenceWords) continue;
        const terms = new Set(tokenize(text));
        const onTopic = topicTerms.filter((t) => terms.has(t)).length;
        if (topicTerms.length && !onTopic) continue;
        // A sentence several passages repeat (a long list's lead-in) says least about any one of them.
        candidates.push({ text: cutToFacts(text, form.bulletWords, topicTerms), source: hit, score: informativeness(text, topicTerms) - (shared.has(text) ? BRIEF.bullets.sharedSentencePenalty : 0) });
      }
    }
  }
  const chosen: Bullet[] = [];
  for (const candidate of candidates.sort((a, b) => b.score - a.score)) {
    // Parts of one long list repeat its lead-in: a sentence already briefed is not briefed again.
    if (taken.some((c) => similar(c.text, candidate.text))) continue;
    if (chosen.filter((c) => c.source.position === candidate.source.position).length >= perPassage || chosen.some((c) => similar(c.text, candidate.text))) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** A section's bullets, best first: one per table record, then the most informative prose (`perPassage` per passage). */
export function sectionBullets(members: Located[], form: BriefForm, perPassage = 1): Bullet[] {
  const records = members.filter((m) => m.passage.source.record).map((m) => recordBullet(m, form));
  const prose = proseBullets(
    members.filter((m) => !m.passage.source.record),
    form,
    [],
    [],
    new Set(),
    perPassage,
  );
  return [...records, ...prose].sort((a, b) => b.score - a.score);
}

export interface Section {
  heading: string;
  order: number;
  bullets: Bullet[];
}

/** Renders sections under a title within the form's word budget; numbers citations in reading order. */
export function renderBrief(title: string, headlines: Bullet[], sections: Section[], form: BriefForm, preamble?: string): Brief {
  const citations = new CitationList();
  const citeOne = (hit: Located) => citations.cite({ passage: hit.passage, position: hit.position, score: 1 } satisfies ScoredPassage);
  const cite = (b: Bullet) => citeOne(b.source) + (b.also ? citeOne(b.also) : "");
  // Words as countWords counts them, each bullet's "[n]" included.
  const bulletSize = (b: Bullet) => countWords(b.text) + (b.also ? 2 : 1);
  let words = countWords(title) + countWords(preamble ?? "") + (headlines.length ? 1 + headlines.reduce((sum, b) => sum + bulletSize(b), 0) : 0) + sections.reduce((sum, s) => sum + countWords(s.heading), 0);
  // A note of a stated length is its headlines, when it has them: they are the note's best bullets, one per part.
  const capped = form.maxBullets !== undefined;
  if (capped && headlines.length) {
    headlines = headlines.slice(0, form.maxBullets);
    sections = [];
  }
  // Every section gets its best bullet; then second bullets, and so on, while the budget lasts (and, for a note of a
  // stated length, while its bullets last: the first sections' best then).
  let left = capped && !headlines.length ? form.maxBullets! : Infinity;
  const taken = sections.map(() => 0);
  for (let round = 0; round < form.perSection; round++) {
    sections.forEach((section, i) => {
      const bullet = section.bullets[round];
      if (!bullet || taken[i] !== round || left <= 0) return;
      const size = bulletSize(bullet);
      if (round > 0 && words + size > form.words) return;
      taken[i]++;
      words += size;
      left--;
    });
  }
  const lines = [`# ${title}`];
  if (preamble) lines.push("", preamble);
  if (headlines.length) lines.push("", "## Headlines", ...headlines.map((b) => `- ${b.text} ${cite(b)}`));
  sections.forEach((section, i) => {
    if (!taken[i]) return;
    lines.push("", `## ${section.heading}`, ...section.bullets.slice(0, taken[i]).map((b) => `- ${b.text} ${cite(b)}`));
  });
  return { title, markdown: lines.join("\n"), citations: citations.citations };
}

function groupBy<T>(items: T[], key: (item: T) => string | number): Map<string | number, T[]> {
  const groups = new Map<string | number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The noun a question's numbered sections are counted by ("transitions"), from the retriever's list vocabulary. */
function sectionNoun(retriever: Retriever, question: number | undefined): string | undefined {
  for (const [noun, number] of retriever.vocabulary.sections) if (number === question) return noun;
  return undefined;
}

/** The whole of one or more submissions: headlines, then a section per question (per submission when several). */
function overviewBrief(retriever: Retriever, scoped: Located[], title: string, form: BriefForm): Brief {
  const submissions = groupBy(scoped, (hit) => submissionLabel(hit.passage));
  const sections: Section[] = [];
  if (submissions.size > 1) {
    let order = 0;
    for (const [label, members] of submissions) sections.push({ heading: String(label), order: order++, bullets: sectionBullets(members, form) });
  } else {
    for (const [question, members] of groupBy(scoped, (hit) => hit.passage.source.question ?? 0)) {
      const passages = members.map((m) => m.passage);
      sections.push({ heading: question ? themeHeading(passages, sectionNoun(retriever, Number(question))) : "Other content", order: Number(question) || 99, bullets: sectionBullets(members, form) });
    }
  }
  sections.sort((a, b) => a.order - b.order);
  // Headlines: the best record of each kind of table (an event with its dates and place, a publication, a
  // partnership with its partners), then the most informative other facts; one per section, each section
  // keeping a bullet of its own.
  const picked: { bullet: Bullet; section: Section }[] = [];
  const pool = sections.flatMap((section) => (section.bullets.length >= BRIEF.headlines.minSectionBullets ? section.bullets.map((bullet) => ({ bullet, section })) : []));
  const kindOf = (b: Bullet) => b.source.passage.source.record?.table;
  const byScore = pool.sort((a, b) => b.bullet.score - a.bullet.score);
  for (const kind of new Set(byScore.map((c) => kindOf(c.bullet)).filter((k): k is string => !!k))) {
    const best = byScore.find((c) => kindOf(c.bullet) === kind && !picked.some((h) => h.section === c.section));
    if (best && picked.length < form.headlines - 1) picked.push(best);
  }
  for (const candidate of byScore) {
    if (picked.length >= form.headlines) break;
    if (!kindOf(candidate.bullet) && !picked.some((h) => h.section === candidate.section)) picked.push(candidate);
  }
  picked.sort((a, b) => a.section.order - b.section.order);
  // A note of one or two sections has no room for headlines.
  const lead = sections.length >= BRIEF.headlines.minSections ? picked.map((h) => h.bullet) : [];
  for (const { bullet, section } of lead.length ? picked : []) section.bullets = section.bullets.filter((b) => b !== bullet);
  return renderBrief(title, lead, sections, form);
}

/**
 * The form's question a topic names by its own wording, or undefined: every content term of the topic but the
 * entity's names is in that question's text and in no other's ("how UNODC contributes to the six transitions" and
 * question 5, "… six key transitions … how has your organization contributed …"). At least
 * `BRIEF.questionTopic.minTerms` terms, within one submission. Found by blind set 27. An acronym the topic types
 * ("SDGs") is in a text that spells it out ("Sustainable Development Goals": blind dev 29).
 */
function questionOfTopic(scoped: Located[], topic: string): number | undefined {
  if (new Set(scoped.map((hit) => hit.passage.source.document)).size !== 1) return undefined;
  const entityTerms = new Set(scoped.flatMap((hit) => tokenize(`${hit.passage.source.entity ?? ""} ${hit.passage.source.entityName ?? ""}`)));
  const terms = [...new Set(tokenize(topic))].filter((term) => !entityTerms.has(term));
  if (terms.length < BRIEF.questionTopic.minTerms) return undefined;
  const texts = new Map<number, { words: Set<string>; initials: Set<string> }>();
  for (const { passage } of scoped) {
    const { question, questionText } = passage.source;
    if (question !== undefined && questionText && !texts.has(question)) texts.set(question, { words: new Set(tokenize(questionText)), initials: new Set(phraseInitials(questionText)) });
  }
  // Spelled out, an acronym is said but counts for none of the `minTerms`: "SDG 14" is one goal of the five that
  // question 7 names, not the question.
  const naming = [...texts].filter(([, { words, initials }]) => terms.every((term) => words.has(term) || initials.has(term)) && terms.filter((term) => words.has(term)).length >= BRIEF.questionTopic.minTerms);
  return naming.length === 1 ? naming[0]![0] : undefined;
}

/**
 * The initials of each run of two or more capitalised words in `text` (`initials`, as the retriever spells the
 * corpus's phrases), lower case as `tokenize` gives an acronym: "the Sustainable Development Goals" → ["sdg"], so a
 * topic's "SDGs" names a question that spells them out.
 */
function phraseInitials(text: string): string[] {
  return [...text.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)].map((run) => initials(run[0].split(/\s+/)).toLowerCase());
}

/**
 * The sub-section a topic names by its heading, or undefined: every content term of one sub-section's heading
 * ("1) Food systems": "food", "system") is in the topic ("UNODC's contribution to the food systems transition"),
 * and no other heading's are; within one submission. Found by blind set 28.
 */
function sectionOfTopic(scoped: Located[], topic: string): { question: number | undefined; section: string } | undefined {
  if (new Set(scoped.map((hit) => hit.passage.source.document)).size !== 1) return undefined;
  const terms = new Set(tokenize(topic));
  const headings = new Map<string, { question: number | undefined; section: string }>();
  for (const { passage } of scoped) {
    const { question, section } = passage.source;
    if (section && !passage.source.record) headings.set(`${question} ${section}`, { question, section });
  }
  const named = [...headings.values()].filter(({ section }) => {
    const said = tokenize(section.replace(/^\s*\d+\s*\)\s*/, ""));
    return said.length > 0 && said.every((term) => terms.has(term));
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * A brief of one of the form's questions, a section per sub-section in the submission's order (the transitions of
 * question 5), each with its best bullets (`sectionBullets`, at most `perSection`: `BRIEF.questionTopic.perSection` for a
 * question's sub-sections, the form's own for one sub-section).
 */
function questionBrief(retriever: Retriever, members: Located[], title: string, form: BriefForm, perSection: number = BRIEF.questionTopic.perSection): Brief {
  const sections: Section[] = [];
  let order = 0;
  for (const [section, located] of groupBy(members, (hit) => hit.passage.source.section ?? "")) {
    const heading = section ? String(section).replace(/^\s*\d+\s*\)\s*/, "") : themeHeading(located.map((hit) => hit.passage), sectionNoun(retriever, Number(located[0]!.passage.source.question)));
    // One sub-section with the room of several may give a passage's several facts (a list's items) a bullet each.
    sections.push({ heading, order: order++, bullets: sectionBullets(located, form, perSection > form.perSection ? perSection : 1) });
  }
  return renderBrief(title, [], sections, { ...form, perSection });
}

/** A topic: its passages (by retrieval relevance), a section per question, or per submission when several; `scoped` are the passages the filters keep. */
async function topicBrief(retriever: Retriever, topic: string, filters: BriefFilters | undefined, scoped: Located[], label: string, form: BriefForm): Promise<Brief> {
  const title = `Briefing on “${topic}”: ${label}`;
  // A topic that is one of the form's questions is briefed as that question's answer, sub-section by sub-section.
  const question = questionOfTopic(scoped, topic);
  if (question !== undefined) {
    const members = scoped.filter((hit) => hit.passage.source.question === question);
    // A question answered in one sub-section has the room of the whole note: as many bullets as a note's headlines
    // and one section's ("the SDGs under HLPF 2025 review": five efforts of question 7 had been cut to one; blind dev 29).
    const single = new Set(members.map((hit) => hit.passage.source.section ?? "")).size === 1;
    return questionBrief(retriever, members, title, form, single ? form.headlines + form.perSection : undefined);
  }
  // So is a topic that names one sub-section by its heading ("UNODC's contribution to the food systems transition").
  const section = sectionOfTopic(scoped, topic);
  if (section) return questionBrief(retriever, scoped.filter((hit) => hit.passage.source.question === section.question && hit.passage.source.section === section.section), title, form, form.perSection);
  const hits = await topicPassages(retriever, topic, (passage) => inScope(passage, filters));
  if (!hits.length) return { title, markdown: `# ${title}\n\nThe submission does not say anything about “${topic}”.`, citations: [] };
  // "outcomes of the 67th CND session": the words before "of" say what is asked of the rest, and weigh twice (listed
  // twice): the session's outcome line over its opening line, which names the session as often (blind dev 30).
  const asked = /^(.+?)\s+of\s+\S/i.exec(topic)?.[1];
  const topicTerms = [...new Set(tokenize(retriever.expandQuery(topic)))];
  if (asked) topicTerms.push(...tokenize(asked).filter((term) => topicTerms.includes(term)));
  const taken: Bullet[] = [];
  const shared = sharedSentences(retriever.index.passages);
  const bulletOf = (hit: Located): Bullet | undefined => {
    const onTopic = proseBullets([hit], form, topicTerms, taken, shared)[0];
    // A passage whose on-topic sentences are all briefed already (a repeated lead-in) adds nothing.
    if (!onTopic && !hit.passage.source.record && proseBullets([hit], form, topicTerms, [], shared).length) return undefined;
    const prose = onTopic ?? proseBullets([hit], form, [], taken, shared)[0];
    if (!hit.passage.source.record) return prose ?? { text: cutToFacts(passageUnits(hit.passage, hit.position)[0]?.text ?? hit.passage.text, form.bulletWords), source: hit, score: 0 };
    // A record on the topic: its name, then the sentence that makes it so.
    const name = recordBullet(hit, form);
    if (!prose) return name;
    const title = cutToFacts(hit.passage.source.record.title, BRIEF.bullets.topicTitleWords);
    const joined = `${title}: ${ELLIPSIS} ${cutToFacts(prose.text.replace(/ …$/, ""), Math.max(BRIEF.bullets.minSentenceAfterTitle, form.bulletWords - countWords(title)))}`;
    return { ...prose, text: countWords(joined) <= form.bulletWords ? joined : name.text };
  };
  const bullets: Bullet[] = [];
  for (const hit of hits) {
    const bullet = bulletOf(hit);
    if (!bullet) continue;
    bullets.push({ ...bullet, score: hit.score });
    taken.push(bullet);
  }
  const bySubmission = groupBy(bullets, (b) => submissionLabel(b.source.passage));
  const sections: Section[] = [];
  if (bySubmission.size > 1) {
    let order = 0;
    for (const [submission, members] of bySubmission) sections.push({ heading: String(submission), order: order++, bullets: members });
  } else {
    for (const [question, members] of groupBy(bullets, (b) => b.source.passage.source.question ?? 0)) {
      const all = retriever.index.passages.filter((p) => p.source.question === question && p.source.document === members[0]!.source.passage.source.document);
      sections.push({ heading: question ? themeHeading(all, sectionNoun(retriever, Number(question))) : "Other content", order: Number(question) || 99, bullets: members });
    }
    sections.sort((a, b) => a.order - b.order);
  }
  return renderBrief(title, [], sections, { ...form, perSection: Math.max(form.perSection, hits.length) });
}

/**
 * A briefing note, extractive: every bullet cut from one passage by deletion only and cited to it.
 * - No topic: 3-5 headlines, then a section per question headed by its theme ("Events", "Transitions").
 * - A topic: the passages the hybrid retrieval finds about it (see topicPassages), a section per question,
 *   or one per submission when the topic spans several.
 * - `filters` limit the submissions; `full` gives the longer form. Comparisons are compareYears's.
 */
export async function buildBrief(retriever: Retriever, request: BriefRequest | string = {}): Promise<Brief> {
  const { topic, full, filters, bullets } = typeof request === "string" ? { topic: request, bullets: undefined } : request;
  const form = { ...(full ? BRIEF_FORMS.full : BRIEF_FORMS.page), ...(bullets ? { maxBullets: bullets } : {}) };
  const scoped = retriever.index.passages.map((passage, position) => ({ passage, position })).filter((hit) => inScope(hit.passage, filters));
  const labels = [...new Set(scoped.map((hit) => submissionLabel(hit.passage)))];
  const label = labels.length === 1 ? labels[0]! : describeFilters(filters) || "all submissions";
  const cleanTopic = topic?.trim();
  if (!scoped.length) {
    const title = `Briefing: ${describeFilters(filters) || "the submissions"}`;
    return { title, markdown: `# ${title}\n\nNo submission matches these filters.`, citations: [] };
  }
  if (cleanTopic) return topicBrief(retriever, cleanTopic, filters, scoped, label, form);
  // The page's membership label is a fact about the entity, not part of what it reports: no overview bullet.
  const reported = scoped.filter((hit) => hit.passage.source.section !== MEMBERSHIP_SECTION);
  return overviewBrief(retriever, reported, `Briefing: ${label} submission${labels.length > 1 ? "s" : ""}`, form);
}
