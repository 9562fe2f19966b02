import { tablePlural } from "../ingest/chunk-passages.js";
import { passageUnits, type Unit } from "../ingest/passage-units.js";
import { CITY_BEFORE_COUNTRY, DATE_MENTION, DOING_WORDS, INTENT_FIELDS, holdsIntent, holdsPrecision, TEXT_WORDS, type QuestionAnalysis } from "../retrieve/analyze-question.js";
import { CONNECTORS, expandAcronyms, initials } from "../retrieve/acronyms.js";
import { figureWords } from "../retrieve/counted-kinds.js";
import { SOLE_ASKED, WORLDWIDE_SAID } from "../retrieve/list-conditions.js";
import { NOT_SAID } from "../retrieve/contextualize-question.js";
import { countedTerms } from "../retrieve/counted-phrase.js";
import { documentFrequency, idf } from "../retrieve/term-statistics.js";
import type { Retrieval, ScoredPassage } from "../retrieve/retriever.js";
import { capitalisedTerms, foldText, tokenize } from "../text/tokenize.js";
import { countWords, splitSentences } from "../text/split-sentences.js";
import { citesGoal, goalsNamed } from "../text/sdg-goals.js";
import { COUNTRIES_ANY_CASE, COUNTRY_NAMES, COUNTRY_PATTERN, PLACE_PATTERN, countriesInArea, worldAreasIn } from "../text/world-names.js";
import { baseForms } from "../text/word-forms.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";
import { listNames } from "../text/list-names.js";
import { countOrRank } from "../text/number-words.js";
import type { AnswerResult } from "../types.js";
import type { AnswerRequest, Answerer } from "./answerer.js";
import { asksYesNo, countsIn, LIGHT, otherCounts, subdivisionsNamed, yesNoVerdict } from "./confirm-yes-no.js";
import { countListed } from "./count-listed.js";
import { CitationList } from "../compose/citations.js";
import { SCORER } from "./extractive-scorer.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { TITLE_DASH, writeFieldQuote } from "../text/field-quote.js";

/** How an answer opens when the quote settles a yes/no question (`yesNoVerdict`). */
const VERDICT_OPENING = { yes: "Yes. ", no: "No. " } as const;

export interface ExtractiveOptions {
  /** Passages whose units compete to answer. Default 5. */
  candidates?: number;
  /** Below this share of the question's (rarity-weighted) terms in the best evidence, abstain. Default 0.08, tuned on the eval set. */
  minCoverage?: number;
  /** Below this combined unit score, abstain. Default 0.3. */
  threshold?: number;
  /** Weights of the unit score's parts. */
  weights?: { dense: number; coverage: number; intent: number; rank: number };
}

export interface ScoredUnit {
  hit: ScoredPassage;
  unit: Unit;
  /** The unit's terms, acronyms spelled out ("VPIs" also gives "voluntari", "pilot", "initi"). */
  terms: ReadonlySet<string>;
  ordinal: number;
  dense: number;
  coverage: number;
  intent: number;
  rank: number;
  score: number;
}

export const DEFAULT_THRESHOLD = SCORER.threshold;
export const DEFAULT_MIN_COVERAGE = SCORER.minCoverage;
const DEFAULT_WEIGHTS = SCORER.weights;

/** Kinds of question whose table field holds labels, not prose: goal numbers, language names. */
const LABEL_FIELDS = ["sdg", "language"] as const;

function contextTerms(hit: ScoredPassage): Set<string> {
  const { record, section } = hit.passage.source;
  return new Set(tokenize([record?.title, section].filter(Boolean).join(" ")));
}

/** Share of the question's terms (weighted by rarity) that the unit, or its record title and section, contain. */
function coverage(terms: string[], unitTerms: Set<string>, context: Set<string>, retrieval: Retrieval): number {
  let total = 0;
  let covered = 0;
  for (const term of new Set(terms)) {
    // A term the corpus never uses weighs most (idf of df 0).
    const weight = idf(retrieval.termStatistics, term);
    total += weight;
    if (unitTerms.has(term)) covered += weight;
    else if (context.has(term)) covered += SCORER.contextTermShare * weight;
  }
  return total ? covered / total : 0;
}

interface UnitTerms {
  unit: Unit;
  terms: Set<string>;
}

// Passages are immutable once loaded: their units and terms are worked out once, not per question.
const unitCache = new WeakMap<object, UnitTerms[]>();

function unitsWithTerms(hit: ScoredPassage, acronyms: Retrieval["acronyms"]): UnitTerms[] {
  let cached = unitCache.get(hit.passage);
  if (!cached) {
    cached = passageUnits(hit.passage, hit.position).map((unit) => ({ unit, terms: new Set(tokenize(expandAcronyms(unit.text, acronyms))) }));
    unitCache.set(hit.passage, cached);
  }
  return cached;
}

const termCache = new WeakMap<object, Set<string>>();

/** The terms of the reporting entity's names a passage carries (its acronym and full name): "unodc", "unit", "nation", …. */
function entityTerms(passage: ScoredPassage["passage"]): string[] {
  return tokenize([passage.source.entity, passage.source.entityName].filter(Boolean).join(" "));
}

/** A passage's terms, breadcrumb included, worked out once. */
function passageTerms(passage: ScoredPassage["passage"]): Set<string> {
  let terms = termCache.get(passage);
  if (!terms) {
    terms = new Set(tokenize(`${passage.breadcrumb} ${passage.text}`));
    termCache.set(passage, terms);
  }
  return terms;
}

/** Scores every unit of the leading passages against the question. */
export function scoreUnits(retrieval: Retrieval, options: ExtractiveOptions = {}): ScoredUnit[] {
  const { analysis } = retrieval;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const hits = retrieval.passages.slice(0, options.candidates ?? 5);
  const top = Math.max(1e-9, hits[0]?.score ?? 1);
  const field = INTENT_FIELDS[analysis.intent];
  const scored: ScoredUnit[] = [];
  hits.forEach((hit, rankIndex) => {
    const context = contextTerms(hit);
    unitsWithTerms(hit, retrieval.acronyms).forEach(({ unit, terms }, ordinal) => {
      // A record's name field repeats its title: it says which record, never what the record says.
      if (unit.value && unit.value === hit.passage.source.record?.title) return;
      const dense = retrieval.unitSimilarities.get(hit.position)?.[ordinal] ?? 0;
      const cover = coverage(analysis.terms, terms, context, retrieval);
      const fieldMatch = field && unit.field ? field.test(unit.field) : false;
      // A field of labels ("Relevant SDGs: SDGs 3, 16 and 17", "Language(s): English") that shares no word with a
      // question asking for neither says nothing it asks: it keeps no credit for the kind of fact asked.
      const otherKind =
        !fieldMatch && !!unit.field && LABEL_FIELDS.some((kind) => kind !== analysis.intent && INTENT_FIELDS[kind]!.test(unit.field!)) && !analysis.terms.some((term) => terms.has(term));
      const intent = fieldMatch ? 1 : !otherKind && holdsIntent(analysis.intent, unit.value ?? unit.text, analysis.numbers) ? SCORER.partialIntent : 0;
      const rank = (hit.score / top) * (1 - rankIndex * SCORER.rankDecay);
      const score = weights.dense * dense + weights.coverage * cover + weights.intent * intent + weights.rank * rank;
      scored.push({ hit, unit, terms, ordinal, dense, coverage: cover, intent, rank, score });
    });
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * A count or share a yes/no question asks about that the evidence's passage neither states nor gives otherwise,
 * or undefined: "more than 200 victims?" against a passage that counts no victims, "rose by 10%?" against one
 * with no share. A passage that counts the same thing otherwise ("300 women" for "750 women?") is left to the
 * quote and the reader; ranks ("33rd") and years are no counts (`countsIn`). Thousands separators aside.
 */
export function unsaidCount(analysis: QuestionAnalysis, hit: ScoredPassage): string | undefined {
  const passage = foldText(`${hit.passage.source.record?.title ?? ""} ${hit.passage.text}`);
  const said = countsIn(passage);
  const plain = (word: string) => word.replace(/(?<=\d),(?=\d{3}\b)/g, "");
  const written = plain(passage);
  return countsIn(analysis.question).find(
    ({ word, number, thing }) => !number.rank && /^\d/.test(word) && !said.some((other) => other.thing === thing) && !new RegExp(`(?<![\\d.,])${plain(word).replace(/\./g, "\\.")}(?![\\d]|[.,]\\d)`).test(written),
  )?.word;
}

/** Why the submission cannot answer, or undefined when the evidence holds. */
export function abstainReason(analysis: QuestionAnalysis, best: ScoredUnit | undefined, retrieval: Retrieval, options: { threshold: number; minCoverage: number }, units: ScoredUnit[] = []): string | undefined {
  if (!best) return "nothing retrieved";
  // A figure inside a symbol the corpus holds ("2024/10" of "E/RES/2024/10") is known through the symbol.
  const tokens = tokenize(analysis.question);
  const df = (term: string) => documentFrequency(retrieval.termStatistics, term);
  const known = (n: string) => df(n.toLowerCase()) > 0 || tokens.some((t) => t.includes(n.toLowerCase()) && df(t) > 0);
  // A yes/no question's count that a competing quote gives otherwise ("run in 40 countries?" against "in 26
  // countries") is answered "No.": the number is unknown because it is wrong.
  // So is a year that a competing quote gives otherwise ("launched in 2022?" against "launched in 2023").
  const yesNo = asksYesNo(analysis.question);
  const recounted = (n: string) =>
    yesNo && units.some((u) => otherCounts(analysis.question, u.unit.value ?? u.unit.text).has(n) || (/^(19|20)\d{2}$/.test(n) && /\b(19|20)\d{2}\b/.test(u.unit.value ?? u.unit.text)));
  // A figure with a thousands separator ("60,000") is two terms to the index ("60", "000"): it is known when a
  // retrieved passage writes it.
  const written = (n: string) => /[,.]/.test(n) && retrieval.passages.some((hit) => hit.passage.text.includes(n));
  const unknownNumber = analysis.numbers.find((n) => !known(n) && !written(n) && !recounted(n));
  if (unknownNumber) return `the submission never mentions ${unknownNumber}`;
  // An acronym the corpus never uses: the question is about an organisation or document the submissions do not
  // name. A yes/no question is left to its check ("Was it co-published with UNICEF?" is answered "No").
  const unknownAcronym = yesNo ? undefined : analysis.unknownAcronyms?.[0];
  if (unknownAcronym) return `the submission never mentions ${unknownAcronym}`;
  // The question's topic is its terms that few passages share (not the entity's own name, which every passage
  // carries) and that do not speak of the submission itself ("according to the submission").
  // Words for obstacles ("barriers") ask what stands in the way of the topic, which the evidence may say otherwise
  // ("lack of data … hinder"): they are no topic of their own (CHALLENGE_SAID decides after).
  const topic = analysis.terms.filter((term) => !ABOUT_THE_TEXT.has(term) && !CHALLENGE_TERMS.has(term) && df(term) <= retrieval.termStatistics.passages * COMMON_TERM_SHARE);
  // A name of several words the corpus mostly lacks ("Who won the Nobel Peace Prize in 2024?") is what the
  // question is about when little else of its topic is in the corpus: a name that only sets the scene ("…their
  // climate pledges under the Paris Agreement") leaves the rest of the question to be answered.
  const unknownName = yesNo ? undefined : analysis.unknownNames?.find((name) => {
    const inName = new Set(tokenize(name));
    return topic.filter((term) => !inName.has(term) && !/^\d+$/.test(term) && df(term) > 0).length <= 1;
  });
  if (unknownName) return `the submission never mentions ${unknownName}`;
  // A figure in a unit of measurement the corpus never uses ("opium cultivation in hectares?") is not given.
  const unknownUnit = analysis.unknownUnits?.[0];
  if (unknownUnit) return `the submission gives no figure in ${unknownUnit}`;
  // A follow-up's "them" is the last question's topic: evidence whose passage never names it is about something
  // else ("adopted by the UN General Assembly in 2021", of a declaration, for "when did the General Assembly adopt
  // them?" after a question on the strategies on reducing reoffending).
  const pointed = analysis.pointedTopic;
  if (pointed && !pointed.some((term) => passageTerms(best.hit.passage).has(term) || contextTerms(best.hit).has(term))) return `the evidence does not speak of what the question points back to (${pointed.join(", ")})`;
  // A country the corpus never names, nor any place in it ("What alternative development work did UNODC do in
  // Bolivia?"): what is asked of it is not said. A yes/no question is left to its check when the quote says what
  // it asks of the country ("Did UNODC localize its … modules in Uzbekistan?" against "… localized … modules … in
  // Kazakhstan and Kyrgyzstan": no) or a record's field that names countries answers, which names every place of
  // its kind ("Member States benefiting from it: Brazil"; not "…: Global", which names none); not when it asks only
  // whether the entity worked there ("Did UNODC work in India?" against a sentence on Kyrgyzstan: new-user trial),
  // which no example of elsewhere settles.
  const ownTerms = new Set(entityTerms(best.hit.passage));
  const countryTerms = new Set(tokenize((analysis.unknownCountries ?? []).join(" ")));
  const askedOfCountry = analysis.terms.filter((term) => !ownTerms.has(term) && !countryTerms.has(term) && !LIGHT.has(term));
  const closedField = !!best.unit.field && COUNTRY_PATTERN.test(best.unit.value ?? best.unit.text);
  const unknownCountry = yesNo && (closedField || askedOfCountry.some((term) => best.terms.has(term))) ? undefined : analysis.unknownCountries?.[0];
  if (unknownCountry) return `the submission never mentions ${unknownCountry}`;
  // A goal no passage names ("What did UNODC report on SDG 6, clean water and sanitation?"): what the submission
  // reports under it is nothing, whatever its topic words find.
  const unknownGoal = yesNo ? undefined : analysis.unknownGoals?.[0];
  if (unknownGoal !== undefined) return `the submission never mentions SDG ${unknownGoal}`;
  if ((analysis.intent === "amount" || analysis.intent === "website") && !holdsIntent(analysis.intent, best.unit.text)) return `no ${analysis.intent} in the evidence`;
  // When the corpus never uses any of the topic's terms, not even through a WordNet synonym, it does not speak of
  // the topic: "What is UNODC doing on money laundering according to this submission?" shares only "UNODC" and
  // "submission" with it.
  if (topic.length && topic.every((term) => df(term) === 0 && !analysis.bridged?.[term]?.length)) return `the submission never mentions ${topic.join(", ")}`;
  // "How do I get access to the UNODC intranet and set up my email signature?": a task of the asker's own, three
  // words (or half) of whose topic the corpus never mentions, is office business, not the submission's.
  const unknownTopic = topic.filter((term) => df(term) === 0 && !analysis.bridged?.[term]?.length);
  if (OWN_TASK.test(analysis.question) && unknownTopic.length >= 2 && (unknownTopic.length >= 3 || unknownTopic.length * 2 >= topic.length)) return `the submission never mentions ${unknownTopic.join(", ")}`;
  // The thing a "What is the …?" question asks for is its first noun ("the weather" of "What's the weather going
  // to be like in Vienna this weekend?"): when the corpus never uses it, not even through a WordNet synonym, the
  // place or name beside it cannot carry the question. Spelling corrections are already in the terms.
  const focus = FOCUS_NOUN.exec(analysis.question)?.[1];
  const focusTerm = focus ? tokenize(focus)[0] : undefined;
  // Only for a general question (a typed one's noun names its answer's kind: "the symbol", "the budget"), not a
  // verb ("What's stopping …") nor a word for a part of a text ("the title", "the subtitle"), which asks about it.
  // Nor an attribute of a thing named after it ("What is the theme / status / timeline of Project Turquesa?"),
  // which the thing's description may answer in other words.
  const ofNamed = !!focus && FOCUS_NOUN_OF.test(analysis.question);
  const asksThing = analysis.intent === "general" && focus && !ofNamed && !/ing$/i.test(focus) && !TEXT_PARTS.test(focus) && !ABOUT_NOUNS.test(focus);
  // A compound is known by its parts ("ex-opium growers": "opium").
  const unknownTerm = (term: string) => df(term) === 0 && !analysis.bridged?.[term]?.length;
  // An unknown word that only describes the noun after it, which the quote says ("the superfood seed …" against "…
  // sacha inchi seeds"), is the asker's word for it: the quote names the thing. Not a noun the quote lacks ("phone
  // number", "web page").
  const head = focus ? focusHead(analysis.question) : undefined;
  const headSaid = !!head && tokenize(head).length === 1 && best.terms.has(tokenize(head)[0]!);
  if (asksThing && focusTerm && analysis.terms.includes(focusTerm) && tokenize(focus).every(unknownTerm) && !headSaid) return `the submission never mentions ${focus}`;
  // Nor the thing a "Who did …?" question asks the doer of ("Who wrote the foreword of the Global Study on Homicide
  // 2023?"): when the corpus never uses its head noun, not even through a WordNet synonym, the record named after
  // it cannot carry the question (its publisher did not write a foreword the submission never mentions).
  const object = WHO_DID_OBJECT.exec(analysis.question)?.[1]?.split(/\s+/).at(-1);
  if (object && tokenize(object).length && tokenize(object).every(unknownTerm)) return `the submission never mentions ${object}`;
  // Nor the thing the entity is asked to be acting on ("What is UNODC doing about online scams?"): when the corpus
  // never uses the last word of the phrase, its head, not even through a WordNet synonym, the work on the words
  // before it ("online") is on something else (new-user trial, session 26).
  // A word of its family among the question's terms ("fishing": "fisheri", added as its WordNet relative) says it.
  const actedOn = DOING_ABOUT.exec(analysis.question)?.[1]?.split(/\s+/).at(-1);
  const saidByFamily = (term: string) => analysis.terms.some((other) => other.slice(0, 4) === term.slice(0, 4) && df(other) > 0);
  if (actedOn && tokenize(actedOn).length && tokenize(actedOn).every((term) => unknownTerm(term) && !saidByFamily(term))) return `the submission never mentions ${actedOn}`;
  // Nor the name of a thing the quote never speaks of ("What's the name of the farmers association in Putumayo?"
  // against a sentence on Putumayo's farmers that names no association): the quote, its record's title or its
  // section must say the thing's head noun.
  // Asked with a name that places it ("in Putumayo"), that is a near miss; without one ("the name of the programme
  // for teaching integrity"), the thing may be called otherwise ("initiative") and is left to the quote.
  const thing = namedThing(analysis.question);
  if (thing && analysis.names.length > 0 && !units.concat(best).some((u) => saysTerm(u, thing.term) && placesNamed(u, analysis))) return `the evidence names no ${thing.word} of ${analysis.names.join(", ")}`;
  // Nor a thing a visitor wants near a place the corpus names ("any good cafes near the Vienna International Centre?").
  const wanted = WANTED_NOUN.exec(analysis.question);
  const wantedNoun = wanted?.[1] ?? wanted?.[2];
  if (wantedNoun && tokenize(wantedNoun).length && tokenize(wantedNoun).every(unknownTerm)) return `the submission never mentions ${wantedNoun}`;
  // An attribute of a place ("What is the population of Vienna?"): the submissions name places as where things
  // happened, so only a unit holding both the attribute and the place answers it, not the place's field.
  const place = ofNamed && focusTerm ? placeAsked(analysis.question, units.length ? units : [best]) : undefined;
  if (place && !units.concat(best).some((u) => u.terms.has(focusTerm!) && tokenize(place).every((term) => u.terms.has(term)))) return `the submission gives no ${focus} of ${place}`;
  // A unit chosen for holding the kind of fact asked that says none of the question's words but the one asking for
  // that kind (`cue`: "date"), while other evidence says some, gives another thing's fact: "the exact date the
  // cybercrime convention got voted through at the GA" is not dated by a session's "Event Dates: 13-17 May 2024".
  const cue = new Set(analysis.cue ?? []);
  const saysTopic = (u: ScoredUnit) => analysis.terms.some((term) => !cue.has(term) && (u.terms.has(term) || contextTerms(u.hit).has(term)));
  // Only for a date or a place: a language or a count is asked of the thing by its own name ("in French?").
  if (cue.size && (analysis.intent === "when" || analysis.intent === "where") && !saysTopic(best) && units.some(saysTopic)) return `the evidence gives the ${analysis.intent} of another thing`;
  // The evidence is every competing unit: a paraphrase's answer may hold none of its words while its neighbours hold some.
  const covered = Math.max(best.coverage, ...units.map((u) => u.coverage));
  const dense = Math.max(best.dense, ...units.map((u) => u.dense));
  if (covered < options.minCoverage && dense < SCORER.paraphraseDense) return `the question's terms are not in the evidence (${covered.toFixed(3)})`;
  // Supported neither lexically nor by the encoder: an off-topic question that shares a word or two ("the weather in Vienna").
  // A unit holding every term of the question (bar words about the text: "say") and an identifier it names (a
  // symbol or a name with a figure: "resolution 33/1", "COVID-19", which the encoder barely reads) supports it
  // lexically, however unlike the whole it is.
  const identifiers = analysis.terms.filter((term) => term.includes("/") || (/\d/.test(term) && /[a-z]/.test(term)));
  const topicTerms = analysis.terms.filter((term) => !ABOUT_THE_TEXT.has(term));
  const identified =
    (identifiers.length > 0 && units.some((u) => topicTerms.every((term) => u.terms.has(term) || contextTerms(u.hit).has(term)))) ||
    namedRecordField(analysis, best, topicTerms) ||
    namesHeld(analysis, units, topicTerms) ||
    // Asked within one of the form's questions ("What challenges are mentioned under question 6?"), a short question
    // is unlike any whole passage; a unit of that question holding all its topic words supports it.
    (retrieval.scopedQuestion !== undefined && topicTerms.length > 0 && units.some((u) => u.hit.passage.source.question === retrieval.scopedQuestion && topicTerms.every((term) => u.terms.has(term))));
  if (dense < SCORER.noSupportDense && !identified) return `nothing in the submission is like the question (similarity ${dense.toFixed(3)})`;
  const top = units[0] ?? best;
  // Nor is the top unit remote when it holds a document symbol the question or its context names ("which body
  // adopted it?" after "what is resolution 33/1 about?").
  const holdsSymbol = identifiers.some((term) => /\d/.test(term) && term.includes("/") && top.terms.has(term));
  if (top.dense < SCORER.remoteEvidence.dense && top.coverage < SCORER.remoteEvidence.coverage && !holdsSymbol && !identified) return `the best evidence is unlike the question (similarity ${top.dense.toFixed(3)}, coverage ${top.coverage.toFixed(3)})`;
  // A record's place or date field answers only for the record the question is about: a record sharing nothing
  // with the question but the place it names ("Where do I renew my grounds pass at the Vienna International
  // Centre?", "weather vienna tmrw" and a session held in "Vienna, Austria") is about something else. The words
  // that ask where or when ("dates", "held") are no sharing: every record's field labels say them.
  const placeOrDate = analysis.intent === "where" || analysis.intent === "when" || (!!best.unit.field && (INTENT_FIELDS.where!.test(best.unit.field) || INTENT_FIELDS.when!.test(best.unit.field)));
  // A short field of a record answers for that record only: a name the question gives that the record never says
  // ("the Convention against Cybercrime" against the SE4U project's "Member States benefiting from it: Global",
  // whose title names another convention) says the question is about something else.
  if (best.unit.field && best.unit.value !== undefined && best.hit.passage.source.record && countWords(best.unit.value) <= FIELD_ONLY_WORDS && !asksYesNo(analysis.question)) {
    const record = new Set([...passageTerms(best.hit.passage), ...contextTerms(best.hit)]);
    // An acronym is named by its spelled-out form ("CCPCJ": "Commission on Crime Prevention and Criminal Justice").
    const spelled = (name: string) => {
      const expansion = retrieval.acronyms.get(name)?.expansion;
      return !!expansion && tokenize(expansion).every((term) => record.has(term));
    };
    // A name another retrieved record's title holds is that record, named beside this one ("Compare the Global Study
    // on Homicide with the World Wildlife Crime Report: which SDGs?"): each is answered from its own record.
    const otherTitled = (name: string) => retrieval.passages.some((hit) => hit.position !== best.hit.position && !!hit.passage.source.record && tokenize(hit.passage.source.record.title).includes(name));
    const unnamed = analysis.names.find((name) => !record.has(name) && !spelled(name) && !otherTitled(name));
    if (unnamed) return `the record does not name ${unnamed}`;
  }
  if (placeOrDate && best.unit.value !== undefined && countWords(best.unit.value) <= FIELD_ONLY_WORDS) {
    const answer = new Set(tokenize(best.unit.value));
    // A name the question gives that holds the answer's place is the place ("the Vienna International Centre").
    for (const name of analysis.question.match(/\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)+/gu) ?? []) {
      const terms = tokenize(name);
      if (terms.some((term) => answer.has(term))) for (const term of terms) answer.add(term);
    }
    const record = passageTerms(best.hit.passage);
    if (!topic.some((term) => !answer.has(term) && !HAPPENING_TERMS.has(term) && record.has(term))) return `the record holds only what the question names (${best.unit.value})`;
  }
  // Nor for a year the record never says ("When is the next session in 2025, and where?" and a session held in
  // 2024): that is another session. A yes/no question about the year is the year rule's ("held in 2023?": "No.").
  if (placeOrDate && best.unit.value !== undefined && !asksYesNo(analysis.question)) {
    const record = passageTerms(best.hit.passage);
    const otherYear = (analysis.question.match(/\b(?:19|20)\d{2}\b/g) ?? []).find((year) => !record.has(year));
    if (otherYear) return `the record is not of ${otherYear}`;
  }
  // A unit chosen for the next one, which points back at it ("Lack of data … hinder …" before "To overcome these
  // challenges, …"), is supported by that one's words.
  // Not for a question naming what that passage never does ("Any challenges mentioned for the ImPACT Coalition?").
  const pointing = units.find((u) => u.hit.position === best.hit.position && u.ordinal === best.ordinal + 1 && CHALLENGES_POINTED.test(u.unit.value ?? u.unit.text) && analysis.names.every((name) => passageTerms(u.hit.passage).has(name) || contextTerms(u.hit).has(name)));
  const coverage = Math.max(best.coverage, pointing?.coverage ?? 0);
  if (coverage < SCORER.weakSupport.coverage && dense < SCORER.weakSupport.dense) return `the question is not supported by the evidence (coverage ${coverage.toFixed(3)}, similarity ${dense.toFixed(3)})`;
  if (Math.max(best.score, pointing?.score ?? 0) < options.threshold) return `weak evidence (${best.score.toFixed(3)})`;
  return undefined;
}

/**
 * "Did UNODC publish the Global Progress Report alone?": a thing done alone, asked yes or no, is settled by the record's
 * field that names who did it (publishers, partners, organisers): "no" when it names more than one ("UNODC, OHCHR and
 * UNDP"), "yes" when one; another quote, "no" when it says the work was shared ("jointly implemented by UNODC and
 * INTERPOL"). Undefined when the question asks nothing of doing alone (`SOLE_ASKED`) or neither settles it. New-user
 * trial, session 25.
 */
function soleVerdict(question: string, best: ScoredUnit): "yes" | "no" | undefined {
  if (!asksYesNo(question) || !SOLE_ASKED.test(question)) return undefined;
  // A sentence that says the work was shared: "jointly implemented by UNODC and INTERPOL".
  if (!best.unit.field || !DONE_BY_FIELD.test(best.unit.field)) return DONE_WITH_OTHERS.test(best.unit.value ?? best.unit.text) ? "no" : undefined;
  const names = (best.unit.value ?? "").split(/\s*(?:,|;|\band\b)\s*/).filter((name) => name.trim());
  return names.length > 1 ? "no" : names.length === 1 ? "yes" : undefined;
}

/** A sentence that says work was shared (general English): "jointly implemented", "co-organized by", "in partnership with". */
const DONE_WITH_OTHERS = /\b(?:jointly|co-(?:organi[sz]ed|published|implemented|hosted|funded|led|authored)|in\s+(?:partnership|collaboration|cooperation)\s+with|together\s+with)\b/i;

/** A record field that names who did the work (the form's words): publishers, partners, organisers, implementers. */
const DONE_BY_FIELD = /\b(?:publish\w*|partners?|organi[sz]\w*|implement\w*)\b/i;

/**
 * "Which supplier installed …?", "What company built …?": a business asked as the one that acted (general English).
 * Answered only by evidence that speaks of one (`COMPANY_SAID`): the entity that reports the work is no supplier.
 */
const COMPANY_ASKED = /\b(?:which|what|name\s+(?:of\s+)?the)\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|contractors?|subcontractors?|vendors?|compan(?:y|ies)|firms?|manufacturers?|corporations?)\b/i;
const COMPANY_SAID = /\b(?:suppliers?|contractors?|subcontractors?|vendors?|compan(?:y|ies)|firms?|manufacturers?|corporations?|enterprises?|businesses|Ltd|Inc|LLC|GmbH|PLC)\b/i;

/** "Which delegation tabled …", "which country proposed …": a State asked as the one that acted (general English). */
const STATE_AGENT_ASKED = /\b(?:which|what)\s+(?:delegations?|member\s+states?|countries|country|governments?|states?)\s+(?:first\s+)?(tabled|proposed|introduced|submitted|drafted|put\s+forward|sponsored|co-sponsored|hosted|chaired|presided|led|initiated)\b/i;

/**
 * Whether `text` says the act a State is asked to have done (`STATE_AGENT_ASKED`'s verb): a word of its family,
 * the two sharing their first five letters ("chaired" by "Chair", "sponsored" by "co-sponsored"); "led" by "lead",
 * "leading"; "put forward" by "put forward".
 */
function saysAct(act: string, text: string): boolean {
  const lower = act.toLowerCase().replace(/^co-/, "");
  if (lower === "led") return /\b(?:led|lead|leads|leading)\b/i.test(text);
  if (/\s/.test(lower)) return new RegExp(`\\b${lower.replace(/\s+/g, "\\s+")}\\b`, "i").test(text);
  const stem = lower.slice(0, 5);
  return text.toLowerCase().split(/[^\p{L}]+/u).some((word) => word.startsWith(stem));
}

/** "Who hosted …?", "who organised …?", "which organisation convened …?": the host or organiser asked (general English). */
const HOST_ASKED = /\b(?:who|which\s+(?:[\w-]+\s+)?(?:organi[sz]ation|body|agency|institution|government|entity))\s+(?:(?:was|were)\s+)?(?:hosted|hosts|hosting|co-hosted|organi[sz]ed|organi[sz]es|co-organi[sz]ed|convened|convenes)\b|\bwho\s+(?:was|were|is|are)\s+the\s+(?:hosts?|organi[sz]ers?|conveners?)\b/i;
/** Evidence that speaks of a host or organiser: "co-organized by the Chairs", "hosted by", "convened", "at the invitation of". */
const HOST_SAID = /\b(?:host(?:s|ed|ing)?|co-host(?:s|ed)?|organi[sz](?:e|es|ed|ing|er|ers)|co-organi[sz]ed|conven(?:e|es|ed|er|ers)|invit(?:e|ed|ing|ation)|auspices)\b/i;

/** Words that ask where or when a thing happened rather than name it ("held", "take place", "occur"). */
const HAPPENING_TERMS = new Set(tokenize("held hold holds take took taken takes place happen happened occur occurred located location venue meet met convene convened date dates"));

/**
 * Whether the best unit is the place or date field a "where" / "when" question asks for, of a record whose
 * title and section name every other term of the question ("where did the high-level segment take place" and
 * the session titled "… Mid-term Review / High-level Segment"): lexical support the encoder, reading "Vienna,
 * Austria" alone, cannot give. Found by a probe.
 */
function namedRecordField(analysis: QuestionAnalysis, best: ScoredUnit, topicTerms: string[]): boolean {
  if ((analysis.intent !== "where" && analysis.intent !== "when") || best.unit.value === undefined || best.intent < 1) return false;
  const named = topicTerms.filter((term) => !HAPPENING_TERMS.has(term));
  const context = contextTerms(best.hit);
  return named.length > 0 && named.every((term) => best.terms.has(term) || context.has(term));
}

/**
 * The place a "What is the … of X?" question asks about, when X is one: a country or region (CLDR's names) or a
 * name a candidate's location field holds ("Vienna" of "Vienna, Austria"). undefined otherwise.
 */
function placeAsked(question: string, units: ScoredUnit[]): string | undefined {
  const object = /\b(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s*\??\s*$/u.exec(question)?.[1];
  if (!object) return undefined;
  if (new RegExp(`^(?:${PLACE_PATTERN.source})$`).test(object)) return object;
  const where = INTENT_FIELDS.where!;
  return units.some((u) => u.unit.field && where.test(u.unit.field) && u.unit.value?.includes(object)) ? object : undefined;
}

/** Words that ask how long or since when rather than name a thing ("how long", "start date", "how long does it run / last", "duration"). */
const DURATION_TERMS = new Set(tokenize("long start starts started begin began begun end ends ended time run runs ran last lasts lasted duration timeline span lifespan"));

/**
 * Whether a unit holds every name the question gives and every other term of it but the words that ask where,
 * when or how long ("how long is Turquesa" and "Project Turquesa is a 2.5-year initiative …"): lexical
 * support for a short question the encoder barely reads (similarity 0.21 there). Found on blind dev 13.
 */
function namesHeld(analysis: QuestionAnalysis, units: ScoredUnit[], topicTerms: string[]): boolean {
  if (!analysis.names.length) return false;
  const needed = topicTerms.filter((term) => !HAPPENING_TERMS.has(term) && !DURATION_TERMS.has(term));
  return units.some((u) => {
    const context = contextTerms(u.hit);
    return [...analysis.names, ...needed].every((term) => u.terms.has(term) || context.has(term));
  });
}

/** A question about a task of the asker's own: "How do I …", "Where can I …", "Can I …" (general English). */
const OWN_TASK = /^\W*(?:(?:how|where|when|who|what)\s+(?:do|can|should|could|must|would)\s+(?:i|we)|(?:can|could|should|may|must)\s+(?:i|we)|how\s+to)\b/i;

/** A record field of at most this many words holds only a place or a date ("Vienna, Austria", "13-17 May 2024"), no description. */
const FIELD_ONLY_WORDS = 6;

/** The noun a "What is the …?" / "What's the …?" question asks for: its first word after the article. */
// Words of precision or style before it ("the exact title", "the full name", "the catchy name") ask for the same
// thing: they are passed over.
const FOCUS_NOUN = /^\s*(?:what|which)(?:['’]s|\s+(?:is|are|was|were|will be))\s+(?:the\s+|a\s+|an\s+)?(?:(?:exact|precise|full|official|correct|complete|specific|actual|proper|catchy|short|snappy|memorable|formal)\s+)?([\p{L}-]+)/iu;

/**
 * The word right after a "What is the …?" question's first noun (`FOCUS_NOUN`) when it may continue its noun phrase
 * as its head: a word of letters that tokenizes to one term, no light word (`LIGHT`), not ending in "-ing" or "-ed"
 * ("seed" is no "-ed"), which would make it a verb: "whats the superfood seed the colombian …" → "seed"; "What's the
 * weather going to be like" → undefined.
 */
function focusHead(question: string): string | undefined {
  const match = FOCUS_NOUN.exec(question);
  const word = match ? question.slice(match.index + match[0].length).trim().split(/\s+/)[0] : undefined;
  if (!word || !/^[\p{L}-]+$/u.test(word) || /(?:ing|[^e]ed)$/i.test(word)) return undefined;
  const terms = tokenize(word);
  return terms.length === 1 && !LIGHT.has(terms[0]!) ? word : undefined;
}

/**
 * What the entity is asked to be doing something about, ending the question (general English): "What is UNODC
 * doing about online scams?", "what has the Office done on jail overcrowding", "How is UNODC tackling X?".
 */
const DOING_ABOUT = /\b(?:doing|do|does|did|done|working|work)\s+(?:about|on|against|to\s+(?:tackle|fight|combat|counter|stop|prevent|address))\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s*\W*$/iu;

/**
 * A thing a visitor wants somewhere (general English): "any good cafes near the VIC?", "are there hotels near the
 * venue?", "can you recommend a restaurant in Nairobi?". Its noun is what is asked for.
 */
const WANTED_NOUN = /\b(?:(?:any|some)\s+(?:good\s+|nice\s+|decent\s+|cheap\s+|great\s+)?|are\s+there\s+(?:any\s+)?(?:good\s+|nice\s+)?)([\p{L}-]+)\s+(?:near|around|close\s+to|nearby|to\s+visit|in\s+walking)\b|\brecommend\s+(?:me\s+)?(?:a|an|some|any)\s+(?:good\s+|nice\s+)?([\p{L}-]+)/iu;

/**
 * What a "Who did …?" question asks the doer of (general English): "Who wrote the foreword of …", "Who gave the
 * keynote at …", "who signed the cover letter for …": up to three words after the verb and its article, before
 * the preposition that names what it belongs to; its last word is its head noun. Not after "is" or "has": "Who is
 * the donor of …?" asks for the donor, whom the evidence may name in other words ("Funded by …").
 */
const WHO_DID_OBJECT = /^\W*(?:and\s+)?who\s+(?!(?:is|are|was|were|be|been|has|have|had)\b)(?:[\p{L}-]+)\s+(?:the|a|an|its|their)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:of|for|at|to|in|on)\b/iu;

/**
 * The thing whose name a question asks (general English): "the name of the farmers association in Putumayo", "the
 * name of the roadmap UNODC follows": up to four lower-case words (the last may be an acronym: "the NGO") after
 * "name of" and an article, before a preposition, a relative, a capitalised word or the end; its last word is its
 * head noun.
 */
const NAME_OF_THING = /\b[Nn]ame\s+of\s+(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+((?:[\p{Ll}'’-]+\s+){0,3}?(?:[\p{Ll}'’-]+|\p{Lu}{2,6}s?))(?=\s+(?:in|at|for|of|on|that|which|who|with|from|by|based|working|run|behind)\b|\s+\p{Lu}|\W*$)/u;

/** The head noun of the thing whose name the question asks (`NAME_OF_THING`), as typed and as a term; undefined otherwise. */
function namedThing(question: string): { word: string; term: string } | undefined {
  const word = NAME_OF_THING.exec(question)?.[1]?.split(/\s+/).at(-1);
  const term = word ? tokenize(word)[0] : undefined;
  return word && term ? { word, term } : undefined;
}

/** Whether the unit's passage, its record's title or its section says every name the question gives. */
function placesNamed(u: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const passage = passageTerms(u.hit.passage);
  return analysis.names.every((name) => passage.has(name) || saysTerm(u, name));
}

/** Whether the unit, its record's title or its section says the term. */
function saysTerm(u: ScoredUnit, term: string): boolean {
  return u.terms.has(term) || contextTerms(u.hit).has(term);
}

/** `FOCUS_NOUN` followed by "of" or "for": an attribute of a thing named after it ("the theme of Project Turquesa"). */
const FOCUS_NOUN_OF = new RegExp(`${FOCUS_NOUN.source}\\s+(?:of|for)\\b`, "iu");

/**
 * English nouns that ask what a thing is about, whatever follows them: "What is the subject matter of resolution
 * E/RES/2024/10?" asks what the description says, in any words (blind dev 30; "the subject matter" is no attribute
 * `FOCUS_NOUN_OF` reads, and "contact email for" or "dress code for" must stay things asked).
 */
const ABOUT_NOUNS = /^(?:subject|topic|theme|content|gist|focus|scope|purpose|aim|nature|essence|substance|thrust|main point)s?$/i;

/** English words for a part or a name of a text, which a question asks for by its words rather than about. */
const TEXT_PARTS = /^(?:sub)?(?:title|heading|name|symbol|number|reference|wording|text|phrase|term|word|acronym|abbreviation|label|caption)s?(?:\/(?:sub)?(?:title|heading|name)s?)?$/i;

/** Terms (as tokenized) that speak of the text, not of a topic: "according to the submission", "does it mention". */
const ABOUT_THE_TEXT = new Set(tokenize(["according", ...TEXT_WORDS].join(" ")));

/**
 * A term in more than this share of the passages names the corpus, not a topic ("UNODC", in all 45 of its
 * submission's passages once the breadcrumb is counted).
 */
const COMMON_TERM_SHARE = 0.5;

/** Whether the unit itself (or its record title and section) names everything the question names. */
function unitNames(u: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const context = contextTerms(u.hit);
  // A world area the question names ("kids in Central America") is named by a country inside it ("In Guatemala, …").
  const area = areasNamed(analysis);
  const inArea = (name: string) => area.terms.has(name) && !!area.countries?.test(u.unit.text);
  // A country named by an adjective ("Afghan farmers", "a Brazilian university") is the passage's setting: the
  // answer need not repeat it (the university's name does not say "Brazil"; measured on dev: unit level lost one).
  const places = (analysis.places ?? []).flatMap((place) => tokenize(place));
  const passage = places.length ? passageTerms(u.hit.passage) : undefined;
  return analysis.names.every((name) => u.terms.has(name) || context.has(name) || inArea(name)) && places.every((place) => passage!.has(place));
}

const areasOfQuestion = new WeakMap<QuestionAnalysis, { terms: Set<string>; countries?: RegExp }>();

/** The terms of the world areas a question names ("central", "america") and a pattern of the countries inside them (`countriesInArea`). */
function areasNamed(analysis: QuestionAnalysis): { terms: Set<string>; countries?: RegExp } {
  let found = areasOfQuestion.get(analysis);
  if (!found) {
    const areas = worldAreasIn(analysis.question);
    const countries = areas.flatMap(countriesInArea).map(escapeRegExp);
    found = { terms: new Set(areas.flatMap((area) => tokenize(area))), ...(countries.length ? { countries: new RegExp(`\\b(?:${countries.join("|")})\\b`) } : {}) };
    areasOfQuestion.set(analysis, found);
  }
  return found;
}

/**
 * Whether a unit may replace `best` without losing what the question names: any unit when `best` does not name it
 * all (`unitNames`), else only one that does too. "Engagement with civil society significantly increased" does not
 * replace a sentence on "the one in Angola".
 */
function keepsNames(best: ScoredUnit, analysis: QuestionAnalysis): (u: ScoredUnit) => boolean {
  const named = unitNames(best, analysis);
  return (u) => !named || unitNames(u, analysis);
}

/**
 * The countries the question names, by name in any case ("afghanistan" is Afghanistan, CLDR's spelling) or by an
 * adjective ("Afghan farmers": `analysis.places`), each once, in the question's order.
 */
function countriesAsked(analysis: QuestionAnalysis): string[] {
  return [...new Set([...(analysis.question.match(COUNTRIES_ANY_CASE) ?? []).map(countryName), ...(analysis.places ?? [])])];
}

/**
 * Prefers, among near-best units, one that names everything the question names ("Turquesa", "Afghanistan"):
 * first the sentence itself, so that a neighbour about another country in the same passage loses; then its passage.
 */
function preferNamed(units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  const best = units[0];
  const asked = countriesAsked(analysis);
  if (!best || (!analysis.names.length && !asked.length)) return best;
  const passageNames = (u: ScoredUnit) => {
    const terms = passageTerms(u.hit.passage);
    return analysis.names.every((name) => terms.has(name));
  };
  if (unitNames(best, analysis)) return best;
  const near = units.filter((u) => u.score >= best.score * SCORER.nearBestShare);
  // Within the best passage, a sentence that names the question's subject wins by a wider margin: its neighbour
  // about another country shares the topic's words, not the subject.
  const sibling = units.find((u) => u.hit.position === best.hit.position && u.score >= best.score * SCORER.namedSiblingShare && unitNames(u, analysis));
  // A best sentence about another country than the one the question names ("In Myanmar, …" for "…in
  // Afghanistan?") is no answer to it: a sentence naming the asked country wins from any passage, by the same margin.
  const namesAsked = (u: ScoredUnit) => (u.unit.text.match(COUNTRIES) ?? []).some((country) => asked.includes(country));
  const otherCountry = asked.length > 0 && !namesAsked(best) && COUNTRY_PATTERN.test(best.unit.text);
  // Asked yes or no, a sentence naming the country must also say the rest as well as half the best does: "Has GRACE
  // worked in Nigeria?" is read from what GRACE did, not from a prison programme that names Nigeria.
  // An acronym the question names ("Did the VPIs take place in Nigeria?") must be said, not only its words' kin
  // ("piloted targeted initiatives").
  const acronymTerms = tokenize((analysis.question.match(/\b[A-Z][A-Z0-9]{1,9}(?=s?\b)/g) ?? []).join(" "));
  const aboutSame = (u: ScoredUnit) => !asksYesNo(analysis.question) || (u.coverage >= best.coverage * SCORER.typedCoverageShare && acronymTerms.every((term) => u.terms.has(term) || contextTerms(u.hit).has(term)));
  const elsewhere = otherCountry ? units.find((u) => u.score >= best.score * SCORER.namedSiblingShare && unitNames(u, analysis) && (analysis.names.length > 0 || namesAsked(u)) && aboutSame(u)) : undefined;
  return elsewhere ?? near.find((u) => unitNames(u, analysis)) ?? sibling ?? (passageNames(best) ? best : near.find(passageNames)) ?? best;
}

/**
 * The question names a record by its title's distinctive words ("the Tapajós project": a title word at most
 * COMMON_TERM_SHARE of the passages use): a best unit from another record's passage loses to the named record's best unit
 * within `SCORER.namedSiblingShare` of it. "Was the Tapajós project funded by Global Affairs Canada?" is about
 * Tapajós, however well Project Turquesa's "funded by Global Affairs Canada" matches the rest.
 */
function preferTitled(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis, retrieval: Retrieval): ScoredUnit | undefined {
  if (!best) return best;
  const asked = new Set(analysis.terms);
  const titled = (u: ScoredUnit) => {
    const title = u.hit.passage.source.record?.title;
    if (!title) return false;
    const distinctive = tokenize(title).filter((term) => documentFrequency(retrieval.termStatistics, term) <= retrieval.termStatistics.passages * COMMON_TERM_SHARE);
    return distinctive.length > 0 && distinctive.every((term) => asked.has(term));
  };
  // Only a unit of another record gives way: prose about the named thing ("During the 33rd session of the
  // CCPCJ, …") may say more of it than its own record does (measured on dev: prose giving way lost three).
  if (!best.hit.passage.source.record || titled(best)) return best;
  return units.find((u) => titled(u) && u.score >= best.score * SCORER.namedSiblingShare) ?? best;
}

/**
 * When the best unit lies in a record that has the field the question asks for, that field answers, unless the
 * best unit already holds the kind of fact asked ("VPIs have taken place in Mexico, Pakistan…" for "in which
 * countries", over the record's "Member States benefiting from it: Global").
 */
function preferIntentField(units: ScoredUnit[], analysis: QuestionAnalysis, retrieval: Retrieval): ScoredUnit | undefined {
  const best = preferTitled(preferNamed(units, analysis), units, analysis, retrieval);
  // "What is UNODC doing in Brazil?": a record's place field that only repeats the question's place ("Member States
  // benefiting from it: Brazil") says which record; what it does there is said by its description. A yes/no
  // question is confirmed by the field ("Is Brazil the country benefiting from the Tapajós project?").
  const echoesPlace = (u: ScoredUnit) => !!u.unit.field && INTENT_FIELDS.where!.test(u.unit.field) && u.unit.value !== undefined && tokenize(u.unit.value).every((term) => analysis.names.includes(term) || analysis.terms.includes(term));
  const echoed = !!best && analysis.intent === "general" && !asksYesNo(analysis.question) && echoesPlace(best);
  // What a record is, is said by its description: its first sentence, not its partners or dates.
  if ((echoed || analysis.aboutWhole) && best?.hit.passage.source.record) {
    const description = fieldUnits(units, best.hit.position, (field) => DESCRIBING_FIELD.test(field))[0];
    if (description && (echoed || description.unit.field !== best.unit.field)) return description;
  }
  const field = INTENT_FIELDS[analysis.intent];
  if (!best?.hit.passage.source.record || !field) return best;
  // The record's field answers for the whole record; a line of it that holds the same kind of fact and covers
  // clearly more of the question ("• Alternative development (SDG 8, 10, 16)" for "the alternative development
  // resolution - which SDGs?") answers for the part asked about.
  // The part must name a word of the question that the field and the record's title do not: "co-produced with
  // local partners" in a description is no better answer to "which academic institutions partner on X?" than
  // the partners field's "Academia: …" line.
  if (best.unit.field && field.test(best.unit.field)) {
    // Nor may the word be one that asked for the field ("aimed at" of "Who is the report aimed at?" in "it aims to …").
    const fieldSays = new Set([...best.terms, ...tokenize(best.unit.field), ...contextTerms(best.hit), ...(analysis.cue ?? [])]);
    // A line covering only somewhat more must say most of what the field and title do not (the corpus's words, bar
    // light ones such as "linked"): "• Alternative development (SDG 8, 10, 16)" for "the CND 67 alternative
    // development resolution", not a line sharing one chance word ("one" of "one-pager").
    const unsaid = analysis.terms.filter((term) => !fieldSays.has(term) && !LIGHT.has(term) && documentFrequency(retrieval.termStatistics, term) > 0);
    // Only a line tagged with its own goals: other fields' parts (a description's "partner", "aims") lost on dev.
    const namesMost = (u: ScoredUnit) => GOAL_TAG.test(u.unit.text) && u.coverage > best.coverage && unsaid.filter((term) => u.terms.has(term)).length * 2 > unsaid.length;
    // Of several such lines, the one covering most of the question: "relate to" must not pick "related support
    // services" over the line naming the resolution asked about.
    const part = units.filter(
      (u) =>
        u.hit.position === best.hit.position &&
        u !== best &&
        !(u.unit.field && field.test(u.unit.field)) &&
        u.score >= best.score * SCORER.typedShare &&
        holdsIntent(analysis.intent, u.unit.value ?? u.unit.text, analysis.numbers) &&
        (u.coverage >= best.coverage * SCORER.partCoverage ? analysis.terms.some((term) => u.terms.has(term) && !fieldSays.has(term)) : namesMost(u)),
    ).reduce<ScoredUnit | undefined>((most, u) => (!most || u.coverage > most.coverage ? u : most), undefined);
    if (part) return part;
  }
  const asked = units.find((u) => u.hit.position === best.hit.position && u.unit.field && field.test(u.unit.field));
  if (!asked) return best;
  // A record's dates are when the record (the session) took place: "When did the General Assembly adopt …?" is
  // not answered by them because its description mentions a draft "for adoption by the General Assembly". The
  // names the question gives must be the record's own (its title), when the best unit is not its dates.
  if (analysis.intent === "when" && best !== asked && analysis.names.some((name) => !contextTerms(asked.hit).has(name) && !asked.terms.has(name))) return best;
  // As a typed neighbour must (chooseTyped), the field carries half the best unit's term coverage to replace one that holds the fact.
  // In running text a who-fact is a name as an agent ("funded by Global Affairs Canada", "jointly implemented by
  // UNODC and INTERPOL"), not any capitalised name ("the Tapajós River basin"): against a record's partners
  // field, only such a line holds it.
  const text = best.unit.value ?? best.unit.text;
  // Nor is a where-fact a country inside an agent's name ("funded by Global Affairs Canada"): where a project is
  // implemented is its record's field, not who funds it.
  const placeText = analysis.intent === "where" ? text.replace(AGENT_NAME, " ") : text;
  const holds = holdsIntent(analysis.intent, placeText, analysis.numbers) && (analysis.intent !== "who" || AGENT.test(text));
  // A line that holds the fact and names what the question names beyond the record ("overdose" of "CND
  // overdose resolution SDG", in "• Prevention of and response to drug overdose (SDG 3)") answers for that part.
  // Not a date: a year in a line ("the 2024 midterm review") is less than the record's dates field says.
  const fieldText = passageUnits(asked.hit.passage, asked.hit.position).filter((u) => u.field === asked.unit.field).map((u) => u.text).join(" ");
  const recordSays = new Set([...tokenize(fieldText), ...contextTerms(asked.hit)]);
  // The follow-up's own words, not the last question's it is searched with ("ok, and who is it aimed at?" after
  // "which edition is the Global Study on Homicide?": "edition" names no part of the audience asked).
  const own = retrieval.followUp ? new Set(tokenize(analysis.question)) : undefined;
  const namesPart = analysis.intent !== "when" && analysis.terms.some((term) => best.terms.has(term) && !recordSays.has(term) && (!own || own.has(term)));
  return holds && (namesPart || asked.coverage < best.coverage * SCORER.typedCoverageShare) ? best : asked;
}

/**
 * "Is the Tapajós project in Goiás state?": a yes/no question about a part of a country is settled by a unit that
 * names a part of that kind ("… State of Pará, Brazil"), not by the record's country field ("Brazil"): the passage's
 * best-scoring such unit is chosen when the chosen one names none.
 */
function preferSubdivision(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !asksYesNo(analysis.question)) return best;
  const asked = subdivisionsNamed(analysis.question);
  if (asked.length !== 1) return best;
  const names = (u: ScoredUnit) => subdivisionsNamed(u.unit.value ?? u.unit.text).some((part) => part.unit === asked[0]!.unit);
  if (names(best)) return best;
  return units.find((u) => u.hit.position === best.hit.position && names(u)) ?? best;
}

/**
 * "Which countries appear in the SE4U pilot list?": a record's countries field that names none ("Member States
 * benefiting from it: Global") gives way to a sentence of the same record that names two countries or more
 * ("VPIs have taken place in Mexico, Pakistan, Kenya and Angola …"), the best-scoring such; not when the question
 * asks in the field's own words ("Which countries benefit from it?").
 */
function preferNamedCountries(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best?.unit.field || !WHICH_COUNTRIES.test(analysis.question) || !INTENT_FIELDS.where!.test(best.unit.field)) return best;
  const countries = (u: ScoredUnit) => new Set((u.unit.value ?? u.unit.text).match(COUNTRIES) ?? []).size;
  // "Which countries benefit from it?" asks the field itself, in its own words.
  const fieldTerms = new Set(tokenize(best.unit.field));
  if (countries(best) > 0 || analysis.terms.some((term) => fieldTerms.has(term))) return best;
  return units.find((u) => u !== best && u.hit.position === best.hit.position && countries(u) >= 2) ?? best;
}

/** Goals given as a tag in brackets after what they are for: "(SDGs 3, 8 and 16)", "(SDG 8, 10, 16)". */
const GOAL_TAG = /\((?:SDGs?|Goals?)\s*#?\d[^)]*\)/i;

/**
 * Which goals something is tied to are the goals tagged to it ("… on countering trafficking in persons in the
 * context of rapid technological change (SDGs 3, 8 and 16)"), not goals a sentence mentions in passing
 * ("recognizing the importance of SDG 16"): for a "which SDGs" question, a near-best unit whose goals are such a
 * tag replaces a best unit whose goals are not, when it covers nearly as much of the question
 * (`SCORER.typedShare` of the score, `SCORER.typedCoverageShare` of the coverage, as a typed neighbour must).
 */
function preferGoalTag(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || analysis.intent !== "sdg" || (best.unit.field && INTENT_FIELDS.sdg!.test(best.unit.field)) || GOAL_TAG.test(best.unit.text)) return best;
  return units.find((u) => u !== best && GOAL_TAG.test(u.unit.text) && u.score >= best.score * SCORER.typedShare && u.coverage >= best.coverage * SCORER.typedCoverageShare) ?? best;
}

/**
 * A question about a section's topic as a whole ("what did they do on education?") is covered by the section's
 * title alone, so every sentence under it covers it: its opening sentence, which says what the section is about,
 * answers (among those that cover as much and score within the near-best share).
 */
function sectionLead(best: ScoredUnit | undefined, units: ScoredUnit[], retrieval: Retrieval): ScoredUnit | undefined {
  const { analysis, termStatistics } = retrieval;
  const section = best?.hit.passage.source.section;
  // Words in more than a quarter of the passages ("UNODC") name no topic, as the retriever's `distinctive` has it;
  // words in none ("done") tell no section from another.
  const topical = analysis.terms.filter((term) => {
    const df = documentFrequency(termStatistics, term);
    return df > 0 && df <= termStatistics.passages / 4;
  });
  if (!best || !section || best.unit.field || analysis.intent !== "general" || !topical.length) return best;
  // The section whose title names the topic: the best unit's, or else that of a near-best unit under another
  // title ("What did UNODC do on food systems?" is best covered by the energy section's "…more sustainable food
  // systems", but asks about the section "Food systems").
  const titled = (u: ScoredUnit) => !u.unit.field && topical.every((term) => contextTerms(u.hit).has(term));
  const lead = titled(best) ? best : units.find((u) => titled(u) && u.score >= best.score * SCORER.nearBestShare);
  if (!lead) return best;
  const same = units.filter((u) => u.hit.passage.source.section === lead.hit.passage.source.section && u.hit.passage.source.question === lead.hit.passage.source.question && !u.unit.field && (lead !== best || u.coverage + 1e-9 >= best.coverage) && u.score >= best.score * SCORER.nearBestShare);
  return same.sort((a, b) => a.hit.passage.offsets.start - b.hit.passage.offsets.start || a.ordinal - b.ordinal)[0] ?? best;
}

/** An agent and its name after "by" or "with": "by Global Affairs Canada", "with UNODC and INTERPOL". */
const AGENT_NAME = /\b(?:by|with)\s+(?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}&'’-]*)*/gu;

/** The units of one passage whose record field passes `test`, in the passage's order. */
function fieldUnits(units: ScoredUnit[], position: number, test: (field: string) => boolean): ScoredUnit[] {
  return units.filter((u) => u.hit.position === position && !!u.unit.field && test(u.unit.field)).sort((a, b) => a.ordinal - b.ordinal);
}

/** A name as the agent of what a sentence says: "by/with/from/partners …" before a capitalised name or acronym. */
const AGENT = /\b(?:by|with|from|between|partners?|partnership|funders?|donors?|organi[sz]ers?)\b[:,]?\s+(?:the\s+)?(?:\p{Lu}|\d)/u;

/** Record fields that say what a record is or does. */
const DESCRIBING_FIELD = /description|objective|purpose|summary|about|overview/i;

/** Kinds of fact an answer must hold, or the submission does not answer: abstain rather than quote a neighbour. */
const REQUIRED_TYPES = new Set(["when", "count", "amount", "website", "person", "language", "symbol", "where"]);
/** Kinds of fact an answer should hold: a near-best unit that holds one wins, but none is no reason to abstain. */
const PREFERRED_TYPES = new Set(["who", "sdg"]);

/**
 * The text that must hold the kind of fact asked: the field asked for whole, with its record's title (which the
 * answer names); else what the answer shows of the unit (withNext: the places a lead-in sentence introduces
 * follow it), but for a count the unit alone: a figure counts what its own sentence talks about ("…750 farmers
 * in Colombia" joined after a sentence on Afghanistan). The rest of a description ("a 2.5-year initiative") is
 * never shown, so never counts.
 */
function answerText(u: ScoredUnit, units: ScoredUnit[], analysis: QuestionAnalysis): string {
  const record = u.hit.passage.source.record;
  const shown = (list: ScoredUnit[]) => list.map((o) => o.unit.value ?? o.unit.text);
  const own = analysis.intent === "count" ? [u] : withNext(u, units, analysis);
  if (!u.unit.field || !record) return shown(own).join(" ");
  const asked = INTENT_FIELDS[analysis.intent]?.test(u.unit.field);
  return [record.title, ...shown(asked ? fieldUnits(units, u.hit.position, (field) => field === u.unit.field) : own)].join(" ");
}

/** Every country a text names (COUNTRY_PATTERN, global here so that `match` finds them all). */
const COUNTRIES = new RegExp(COUNTRY_PATTERN.source, "g");

/** A country name as CLDR spells it ("afghanistan" → "Afghanistan"); the name as given when CLDR has none. */
function countryName(name: string): string {
  return COUNTRY_NAMES.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
}
/**
 * "Which 17 countries", "which three nations", "list / name / what are the 17 countries": a question that asks a
 * known number of countries to be named.
 */
const NAMED_COUNTRIES = /\b(?:which|(?:list|name|enumerate|what\s+are)\s+(?:all\s+)?(?:of\s+)?the)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,4}?(?:countries|nations|member states|states)\b/i;

/** An institution asked for by its kind (general English): "which university", "what school", "which institute". */
const INSTITUTION_ASKED = /\b(?:which|what)\s+(?:[\w-]+\s+)?(?:universit(?:y|ies)|colleges?|schools?|institutes?|academ(?:y|ies)|hospitals?|prisons?)\b/i;
/** An institution named: its kind capitalised, as part of a name ("University of Chicago", "Virtual Anti-Corruption Schools"). */
const INSTITUTION_NAMED = /\b(?:Universit(?:y|ies)|Colleges?|Schools?|Institutes?|Academ(?:y|ies)|Hospitals?|Prisons?)\b/u;

/**
 * "Which Central and South American countries …?", "which African countries …?": countries asked by name within an
 * area (capitalised words before "countries"); "17 countries in Central and South America" names none of them
 * (new-user trial, session 25).
 */
const AREA_COUNTRIES = /\b[Ww]hich\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,4}(?:countries|nations)\b/u;

/** A follow-up asking for the things just counted, by a pronoun: "which ones?", "name them", "what are they?". */
const NAMES_THEM = /^\W*(?:and\s+)?(?:which ones|which are they|what are they|who are they|name them|list them|can you name them|please name them)\b/i;
/** A question asking the size of a change: "by how much", "how much did … fall / rise" (general English). */
const BY_HOW_MUCH = /\bby how much\b|\bhow (?:much|far) (?:has|have|had|did|does|do|is|are|was|were)\b.*\b(?:fall|fallen|fell|drop|dropped|declin\w*|decreas\w*|reduc\w*|ris(?:e|en)|rose|increas\w*|grow|grown|grew|go(?:ne)? (?:up|down)|went (?:up|down)|shr[iau]nk\w*|climb\w*)\b/i;
/** A figure of a change: a share ("95%", "per cent"), "by" or "from" a figure, or a multiple ("doubled", "halved"). */
const CHANGE_FIGURE = /\d\s*(?:%|per ?cent\b)|\b(?:by|from)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?\d|\b(?:doubled|tripled|halved|quadrupled)\b/i;
/** A question that asks which countries: "Which Member States…", "which countries …". */
const WHICH_COUNTRIES = /\b(?:which|what)\s+(?:member states|countries|nations)\b/i;
/** Countries given by number or area: "17 countries in Central and South America", "more than 50 countries". */
const COUNTED_PLACES = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many)\s+(?:[\w-]+\s+)?(?:countries|nations|member states|states)\b/i;
/** A question that counted countries ("how many countries benefit?"). */
const COUNTED_COUNTRIES = /\bhow many\s+(?:[\w-]+\s+){0,2}?(?:countries|nations|member states|states)\b/i;

const TIME_UNIT = /^(year|month|week|day|hour|decad)/;
const PERCENTAGE = /\b\d[\d.,]*\s*(?:%|per ?cent\b)/gi;
/**
 * A superlative: what a question asking for the most or least of something needs its evidence to say (general
 * English). Not an evaluative "most important / relevant / recent …", which asks for the notable, not a ranking.
 */
const SUPERLATIVE = /\b(?:(?:most|least)(?!\s+(?:important|significant|relevant|notable|noteworthy|recent|interesting|useful|critical|urgent|pressing|prominent|striking|key)\b)|largest|biggest|highest|lowest|greatest|fewest|smallest|strongest|weakest|worst|best)\b/i;
/** Other words that rank: "the main driver", "the leading cause", "the top three". */
const RANKING = /\b(?:main|primary|principal|leading|top|foremost|chief|major|majority|first)\b/i;

/** "What are the 11 forms…", "Which are the six transitions…", "List the 25 decisions…": a question asking for counted items (general English). */
const COUNTED_ITEMS_ASKED = /\b(?:what|which|list|name)\b(?:\s+(?:are|were|is|was))?\s+(?:all\s+)?the\s+(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z][a-z-]+)/i;
/** What follows a count in a quote that goes on to name the items: a colon, a bracket, "namely", "including", "such as". */
const ITEMS_FOLLOW = /^[^.;]{0,40}?(?:[:(]|\bnamely\b|\bincluding\b|\bsuch as\b|\bi\.e\.)/i;

/**
 * Whether the question asks for counted items ("What are the 11 forms of cybercrime…?") and the quote says that
 * count of that thing ("establishing 11 forms of cybercrime and …") without naming them after it.
 */
function onlyCountsItems(question: string, text: string): boolean {
  const asked = COUNTED_ITEMS_ASKED.exec(question);
  if (!asked) return false;
  const thing = tokenize(asked[2]!)[0];
  const said = [...text.matchAll(new RegExp(`\\b${asked[1]!.replace(/,/g, ",?")}\\s+([a-z][a-z-]+)`, "gi"))].filter((m) => tokenize(m[1]!)[0] === thing);
  return said.length > 0 && said.every((m) => !ITEMS_FOLLOW.test(text.slice(m.index! + m[0].length)));
}

/** A question asking what something is for: "What is the end goal of …?", "What is X trying to measure?" (general English). */
const PURPOSE_ASKED = /\b(?:end goal|ultimate goal|main goal|goal of|purpose|aims?|objectives?|trying to|meant to|intended to|designed to|seeks? to)\b/i;
/**
 * A sentence that states a purpose: "The project aims to…", "The overall objective is…", or what something was
 * made for ("was established during … to bridge diverse voices"; general English).
 */
const PURPOSE_SAID = /\b(?:aims?|aimed|objectives?|purpose|goal is|seeks?|sought|intends?|intended|designed to|in order to|with a view to)\b|\b(?:established|created|launched|founded|formed|set up|developed)\b[^.;]*?\bto (?!(?:19|20)\d{2}\b)[a-z]+/i;

/**
 * When the question asks what something is for and the chosen unit states no purpose, the unit of the same
 * passage that does, if it scores within `SCORER.typedShare` of the chosen one or is the next sentence of the
 * same field ("Project Turquesa is a 2.5-year initiative funded by …" → "The overall objective of the project is …").
 */
function preferPurpose(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !PURPOSE_ASKED.test(analysis.question) || PURPOSE_SAID.test(best.unit.value ?? best.unit.text)) return best;
  // The sentence right after the chosen one, which goes on about the same thing, may say it in words of its own ("The
  // overall objective of the project is …" after "Project Turquesa is a 2.5-year initiative …").
  const next = (u: ScoredUnit) => u.ordinal === best.ordinal + 1 && u.unit.field === best.unit.field;
  return units.find((u) => u.hit.position === best.hit.position && (u.score >= best.score * SCORER.typedShare || next(u)) && PURPOSE_SAID.test(u.unit.value ?? u.unit.text)) ?? best;
}

/** "What are the VPIs (exactly)?", "what's a VPI?", "What is CAE in this context?": what an acronym is, asked of it alone. */
const ACRONYM_ASKED = /^\W*[Ww]hat(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+)?([A-Z][A-Z0-9]{1,9})s?\b(?:[,\s]+(?:exactly|actually|again|really|in\s+\S+(?:\s+\S+)?))?\W*$/;

/**
 * When the question asks what an acronym is, the sentence that introduces it, spelling it out before it in
 * brackets ("… the Voluntary Pilot Initiatives (VPIs), voluntary, country-based initiatives …"), says what it is;
 * a sentence that only uses it ("VPIs have taken place in Mexico …") does not. Of the chosen unit's passage, if it
 * scores within `SCORER.typedShare` of the chosen one.
 */
function preferSpelledOut(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  const acronym = ACRONYM_ASKED.exec(analysis.question)?.[1];
  if (!best || !acronym) return best;
  const introduces = new RegExp(`\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){1,9}\\s+\\(${acronym}s?\\)`, "u");
  if (introduces.test(best.unit.value ?? best.unit.text)) return best;
  return units.find((u) => u.hit.position === best.hit.position && u.score >= best.score * SCORER.typedShare && introduces.test(u.unit.value ?? u.unit.text)) ?? best;
}

/**
 * A country the question names (CLDR's names, any case) that `text` does not, when `text` names another country:
 * `{ asked, said }`, or undefined. A world area the question names is no country ("Central America" is said by
 * "Guatemala"), so only countries are compared.
 */
function otherCountry(question: string, text: string): { asked: string; said: string } | undefined {
  const asked = [...new Set((question.match(COUNTRIES_ANY_CASE) ?? []).map((name) => name.toLowerCase()))];
  if (!asked.length) return undefined;
  const said = [...new Set((text.match(COUNTRIES_ANY_CASE) ?? []).map((name) => name.toLowerCase()))];
  if (!said.length || asked.some((name) => said.includes(name))) return undefined;
  return { asked: asked[0]!, said: said[0]! };
}

/**
 * "Was the Beware the Share campaign launched in West Africa?" against "In Southeast Asia, the Beware the Share campaign
 * was launched …": "no" when the quote says all the rest of a yes/no question (`yesNoVerdict` of it without the place
 * is "yes") and names world areas or countries, none of which lie in the one asked (CLDR's containment). Undefined
 * otherwise: an area inside the one asked ("Asia" for "South-East Asia") or around it settles nothing. New-user
 * trial, session 25.
 */
function areaElsewhereVerdict(question: string, quote: string, known: string[]): "no" | undefined {
  const asked = worldAreasIn(question);
  if (asked.length !== 1) return undefined;
  const said = worldAreasIn(quote);
  const countries = quote.match(COUNTRIES_ANY_CASE) ?? [];
  if (!said.length && !countries.length) return undefined;
  const inside = new Set(countriesInArea(asked[0]!).map((country) => country.toLowerCase()));
  if (said.some((area) => countriesInArea(area).some((country) => inside.has(country.toLowerCase()))) || countries.some((country) => inside.has(country.toLowerCase()))) return undefined;
  const rest = question.replace(new RegExp(`\\s*\\b(?:in|to|across|within|throughout|for)\\s+(?:the\\s+)?${escapeRegExp(asked[0]!)}\\b`, "i"), "");
  if (rest === question) return undefined;
  return yesNoVerdict(rest, quote, known) === "yes" ? "no" : undefined;
}

/** A question about what is planned or to come (general English): "planned", "plans to", "will", "going to", "next", "upcoming". */
const TO_COME_ASKED = /\b(?:plann?(?:ed|ing|s)?|will|going\s+to|next|upcoming|forthcoming|future)\b/i;

/** Opposing something: voting against, objecting, rejecting, withdrawing, blocking, vetoing, abstaining (general English). */
const OPPOSITION = /\b(?:vot(?:e|es|ed|ing) against|oppos(?:e|es|ed|ing|ition)|object(?:s|ed|ing)? to|objections?|reject(?:s|ed|ing|ion)?|withdr(?:e|a)w(?:n|s|al)?|block(?:s|ed|ing)|boycott(?:s|ed|ing)?|veto(?:es|ed)?|abstained)\b/i;

/** "which state or region of Myanmar", "what city in Brazil": a part of a country (CLDR's names), asked by its kind (general English). */
const PLACE_PART = String.raw`(?:part|state|region|province|district|city|town|village|municipality|area|department|county|locality)s?`;
const PART_OF_COUNTRY = new RegExp(String.raw`\b(?:which|what)\s+${PLACE_PART}(?:\s+(?:or|and|/)\s+${PLACE_PART})?\s+(?:of|in)\s+(?:the\s+)?(${COUNTRY_PATTERN.source.replace(/^\\b/, "").replace(/\\b$/, "")})\b`, "i");

/**
 * Whether a text names a place inside `country`: a city WordNet knows (`cities`, the passage's), a name before the
 * country after a comma ("Lusaka, Zambia"), one a kind of part introduces ("State of Pará", "Putumayo department"),
 * or another name after "in" ("farmers in Putumayo"). A rule of general English, not a gazetteer: a name it reads
 * as a place may be none, which keeps an answer rather than losing one.
 */
function namesPlaceInside(text: string, country: string, cities: readonly string[]): boolean {
  if (cities.some((city) => new RegExp(`\\b${escapeRegExp(city)}\\b`).test(text))) return true;
  const named = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
  if (new RegExp(String.raw`${named},\s*${escapeRegExp(country)}\b|\b${PLACE_PART} of ${named}|${named}\s+${PLACE_PART}\b`, "u").test(text)) return true;
  // "… farmers in Putumayo": a name after "in" that is not the country's.
  return [...text.matchAll(new RegExp(String.raw`\b(?:in|at|near|around)\s+(?:the\s+)?(${named})`, "gu"))].some((match) => !match[1]!.toLowerCase().startsWith(country.toLowerCase()));
}

/** A question about a coming occurrence: "the next session", "the upcoming meeting", "When will … be held?" (general English). */
const FUTURE_ASKED = /\b(?:next|upcoming|forthcoming|coming|following)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:session|sessions|meeting|meetings|event|events|edition|editions|conference|summit|segment|round|forum|report|study)\b|\bwill\b[^?]*\b(?:be held|take place|meet|convene|happen|be published|come out|be released)\b/iu;
/** Evidence that speaks of what is to come: a future verb, "upcoming", "planned", a coming year's "in the lead-up to". */
const FUTURE_SAID = /\b(?:will|shall|upcoming|forthcoming|planned|scheduled|to be held|next|lead-up|ahead of|preparations? for|future)\b/i;

/** "Which of the resolutions concerns alternative development?", "Which CND resolution deals with children?": the topic asked of items. */
const ITEM_ON_TOPIC = /^\W*(?:and\s+)?which\b[^?]*?\b(?:concerns?|is about|are about|deals? with|covers?|address(?:es)?|is on|are on|relates? to|focus(?:es)? on|targets?)\s+([^?]+?)\W*$/i;

/**
 * Asked which item concerns a topic, the one bulleted line among the scored units that says every term of the
 * topic ("• Alternative development (SDG 8, 10, 16); and"), over a lead sentence that only introduces the items.
 * The best unit when it says the topic itself, or when no single bulleted line does.
 */
function preferTopicItem(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  const topic = best && ITEM_ON_TOPIC.exec(analysis.question)?.[1];
  if (!best || !topic) return best;
  const terms = tokenize(topic);
  if (!terms.length || terms.every((term) => best.terms.has(term))) return best;
  const items = units.filter((u) => BULLET.test(u.unit.text) && terms.every((term) => u.terms.has(term)));
  return items.length === 1 ? items[0] : best;
}

/** A comparison with another time (general English): "compared with 2023", "than the year before", "2022 or 2023". */
const COMPARED_WITH_TIME =
  /\b(?:compare[ds]?|comparison|differ(?:s|ed|ence)?)\s+(?:\w+\s+){0,3}?(?:with|to|from)\s+(?:the\s+|its\s+|a\s+)?(?:(?:19|20)\d{2}|year before|previous year|prior year|last year|earlier years?|previous (?:edition|session|submission)s?)\b|\bthan\s+(?:in\s+)?(?:the\s+|its\s+)?(?:(?:19|20)\d{2}|year before|previous year|prior year|last year|(?:the\s+)?(?:19|20)\d{2}\s+\w+)|\b(?:19|20)\d{2}\s+(?:or|vs\.?|versus)\s+(?:19|20)\d{2}\b|\bfrom\s+(?:19|20)\d{2}\s+to\s+(?:19|20)\d{2}\b/i;

/** What says a comparison over time: "than" (not "more than 50"), "compared with", "up from", "rose from", "the previous year". */
const COMPARISON_SAID = /\bthan\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a (?:hundred|thousand|million)|half|double))|\b(?:compared|comparison|up from|down from|(?:rose|fell|increased|decreased|grew|dropped)\s+from|previous year|year before|prior year|since (?:19|20)\d{2})\b/i;

/**
 * Whether the question compares with another time (`COMPARED_WITH_TIME`) that the quote neither names (a year the
 * question gives) nor compares with (`COMPARISON_SAID`): "How does the number of stakeholders in 2024 compare with
 * 2023?" against "… connecting 5,200 stakeholders …".
 */
function comparesWithUnsaidTime(question: string, quoted: string): boolean {
  const compared = COMPARED_WITH_TIME.exec(question);
  if (!compared || COMPARISON_SAID.test(quoted)) return false;
  // "… compare with the previous edition's figure?": a time named by its place before this one, which no year the
  // quote gives can be ("in the 2023 study" names this one).
  if (!/\b(?:19|20)\d{2}\b/.test(compared[0])) return true;
  const years = question.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  const said = new Set(quoted.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  return !years.length || years.some((year) => !said.has(year));
}

/** A question asking why: "Why does UNODC work on …?", "What is the reason for …?", "How come …?" (general English). */
const REASON_ASKED = /^\W*(?:and\s+|so\s+)?why\b|\bwhat\s+(?:is|was|are|were)\s+the\s+reasons?\b|\bfor what reason\b|\bhow come\b/i;

/** A sentence that gives a reason: a cause ("because", "due to", "poses … risks"), a need, or what something is for. */
const REASON_SAID = new RegExp(`${PURPOSE_SAID.source}|\\b(?:because|due to|owing to|as a result of|since|given (?:that|the)|poses?|posing|risks?|threats?|vulnerab\\w*|so that|essential|vital|critical|important|key to|crucial|promotes?|enhances?)\\b`, "i");

/**
 * Asked why, the sentence of the same passage that gives a reason (`REASON_SAID`) wins over the chosen one when it
 * gives none, if it scores within `SCORER.typedShare` of it or stands right before or after it: "Why is UNODC
 * worried about heatwaves in prisons?" → "Climate change poses severe and often life-threatening risks for
 * prisoners …", not the next sentence on what UNODC prioritises.
 */
function preferReason(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !REASON_ASKED.test(analysis.question) || REASON_SAID.test(best.unit.value ?? best.unit.text)) return best;
  const beside = (u: ScoredUnit) => Math.abs(u.ordinal - best.ordinal) <= CHALLENGE_REACH && u.unit.field === best.unit.field;
  return units.find((u) => u !== best && u.hit.position === best.hit.position && (u.score >= best.score * SCORER.typedShare || beside(u)) && REASON_SAID.test(u.unit.value ?? u.unit.text)) ?? best;
}

/** A month's name, as tokenized: a value a yes/no question checks, not its subject. */
const MONTH_TERM = new RegExp(`^(?:${MONTH_ALTERNATION})$`, "i");

/**
 * Asked yes or no about one record's field ("Did the CND regular segment take place on 14-15 March 2024?"), the same
 * field of the record whose title says more of the question's subject wins over one that only holds the values asked:
 * the dates, places and figures are what is checked, the rest names whose they are (the Regular Segment's "18-22
 * March 2024", not the High-level Segment's "14-15 March 2024"). Within `SCORER.namedSiblingShare` of the best.
 */
function preferAskedRecord(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best?.unit.field || !best.hit.passage.source.record || !asksYesNo(analysis.question)) return best;
  const subject = analysis.terms.filter((term) => !/\d/.test(term) && !MONTH_TERM.test(term));
  const inTitle = (u: ScoredUnit) => {
    const title = new Set(tokenize(u.hit.passage.source.record?.title ?? ""));
    return subject.filter((term) => title.has(term)).length;
  };
  const own = inTitle(best);
  return units.find((u) => u.hit.position !== best.hit.position && u.unit.field === best.unit.field && u.score >= best.score * SCORER.namedSiblingShare && inTitle(u) > own) ?? best;
}

/** A question asking under which part of the text something stands: "Under which transition is X reported?". */
const SECTION_ASKED = /\b(?:under|in)\s+(?:which|what)\s+(?:of\s+the\s+(?:six\s+)?)?(?:transitions?|sections?|parts?|headings?|chapters?)\b|\b(?:which|what)\s+(?:transition|section|part|heading|chapter)s?\s+(?:covers?|includes?|holds?|contains?|reports?|is|are|does|do|has)\b/i;

/** A question whether something is planned: "Is another one planned?", "Any more scheduled?", "upcoming pilots". */
const PLANNED_ASKED = /\b(?:planned|planning|scheduled|foreseen|upcoming|in the pipeline|coming up)\b/i;

/** A quote that says something will happen: "… will start in Chile in November 2024", "is scheduled for May". */
const WILL_HAPPEN = /\bwill\s+(?:start|begin|take place|be held|be launched|launch|open|be organi[sz]ed|be published|be released|convene|be rolled out|be expanded|expand)\b|\b(?:planned|scheduled)\s+(?:for|to)\b/i;

/**
 * Asked whether something is planned, a near-best unit that says what will happen wins over the best when that
 * says nothing of the future (and names what the question names that the best does): "Is another one planned?"
 * after the VPI countries → "… will start in Chile in November 2024", not "One of the key deliverables …".
 */
function preferFuture(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !PLANNED_ASKED.test(analysis.question) || FUTURE_SAID.test(best.unit.value ?? best.unit.text)) return best;
  const keeps = keepsNames(best, analysis);
  return units.find((u) => u !== best && u.score >= best.score * SCORER.typedShare && WILL_HAPPEN.test(u.unit.value ?? u.unit.text) && keeps(u)) ?? best;
}

/** Words of a question whether something is planned that any quote of a plan may leave unsaid. */
const PLANNED_WORDS = new Set(tokenize("planned planning scheduled foreseen upcoming pipeline coming up another more any other others one ones new"));

/**
 * "Yes." to whether something is planned when the quote says it will happen and says, or its passage does, every
 * other content term of the question: "Is another one planned?" against "… will start in Chile in November 2024".
 * "Is a VPI planned in Peru?" gets no verdict from the same quote: "Peru" is unsaid.
 */
function plannedVerdict(question: string, text: string, passage: string): "yes" | undefined {
  if (!asksYesNo(question) || !PLANNED_ASKED.test(question) || !WILL_HAPPEN.test(text)) return undefined;
  const said = new Set(tokenize(`${text} ${passage}`));
  return tokenize(question).every((term) => PLANNED_WORDS.has(term) || LIGHT.has(term) || said.has(term)) ? "yes" : undefined;
}

/** Nouns for obstacles (general English); not "problems" or "gaps", which name topics too. */
const CHALLENGE_NOUNS = ["challenge", "challenges", "obstacle", "obstacles", "barrier", "barriers", "hurdle", "hurdles", "difficulty", "difficulties", "constraint", "constraints"];
/** A question asking for obstacles by a noun for them ("any barriers?", "What challenges …?"). */
const CHALLENGE_NOUN_ASKED = new RegExp(`\\b(?:${CHALLENGE_NOUNS.join("|")})\\b`, "i");
/** `CHALLENGE_NOUNS` as terms. */
const CHALLENGE_TERMS = new Set(tokenize(CHALLENGE_NOUNS.join(" ")));

/** A question asking what stands in the way: "What challenges…", "What obstacles get in the way of…" (general English). */
const CHALLENGE_ASKED = /\b(?:challenges?|obstacles?|barriers?|hurdles?|difficult(?:y|ies)|problems?|constraints?|gaps?|get(?:s|ting)? in the way|stand(?:s|ing)? in the way|hold(?:s|ing)? back)\b/i;

/** A sentence that names what stands in the way: "Lack of data … hinder effective protection" (a bare "these challenges" points back, names none). */
const CHALLENGE_SAID = /\b(?:hinder\w*|imped\w*|hamper\w*|obstacles?|barriers?|lack of|lacks?|insufficient|ineffective|inadequate|constrain\w*|undermin\w*|(?:challenges?|problems?|difficult(?:y|ies)) (?:is|are|include\w*|remain\w*))\b/i;

/** How many sentences from the chosen one an obstacle may be said: two (a strategy, what it will focus on, then what hinders it). */
const CHALLENGE_REACH = 2;

/**
 * When the question asks what stands in the way of something and the chosen unit names no obstacle, the unit
 * of the same passage that does, if it scores within `SCORER.typedShare` of the chosen one or is within
 * `CHALLENGE_REACH` sentences of it in the same field ("Lack of data, insufficient collaboration and ineffective
 * frameworks … hinder effective protection" after "Interventions … will focus on child victims of trafficking", two
 * after the strategy they serve). Found on blind dev 13; the reach of two on blind dev 22.
 */
function preferChallenge(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !CHALLENGE_ASKED.test(analysis.question) || CHALLENGE_SAID.test(best.unit.value ?? best.unit.text)) return best;
  const beside = (u: ScoredUnit) => Math.abs(u.ordinal - best.ordinal) <= CHALLENGE_REACH && u.unit.field === best.unit.field;
  const near = units.find((u) => u.hit.position === best.hit.position && (u.score >= best.score * SCORER.typedShare || beside(u)) && CHALLENGE_SAID.test(u.unit.value ?? u.unit.text));
  if (near) return near;
  // A sentence that points back at the challenges ("To overcome these challenges, UNODC will …"), scoring within
  // `SCORER.namedSiblingShare` of the best, follows the one that names them ("Lack of data, insufficient
  // collaboration … hinder …"), which shares no word with the question: that one answers (second new-user trial).
  const pointer = units.find((u) => u.score >= best.score * SCORER.namedSiblingShare && CHALLENGES_POINTED.test(u.unit.value ?? u.unit.text));
  const named = pointer && units.find((u) => u.hit.position === pointer.hit.position && u.ordinal === pointer.ordinal - 1 && CHALLENGE_SAID.test(u.unit.value ?? u.unit.text));
  return named ?? best;
}

/** Words that point back at obstacles named before (general English): "these challenges", "such barriers", "those problems". */
const CHALLENGES_POINTED = /\b(?:these|those|such|the above|the aforementioned)\s+(?:challenges|obstacles|barriers|problems|difficulties|constraints|gaps)\b/i;

/**
 * When the question asks for results ("What were the results of …?") and the chosen unit reports none, the
 * best near-best unit that does (`OUTCOME_SAID`: a word of result or change, or a figure), if it scores within
 * `SCORER.typedShare` of the chosen one: "Engagement with civil society significantly increased, connecting
 * 5,200 …" over a partners field naming an NGO committee. Else the check after it abstains. Found on blind dev 3.
 */
function preferOutcome(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  // A record's dates are when it happened, not what came of it ("Event Dates: 13-17 May 2024" holds figures).
  const dates = !!best?.unit.field && INTENT_FIELDS.when!.test(best.unit.field);
  if (!best || !OUTCOME_ASKED.test(analysis.question) || (!dates && OUTCOME_SAID.test(best.unit.value ?? best.unit.text))) return best;
  // A word of result, not a figure alone: "Relevant SDGs: SDGs 16 and 17" reports nothing.
  // Nor a result that leaves out what the question names and the best unit says: "Engagement with civil society
  // significantly increased" is no result of "the one in Angola".
  const keeps = keepsNames(best, analysis);
  return units.find((u) => u !== best && u.score >= best.score * SCORER.typedShare && OUTCOME_WORD.test(u.unit.value ?? u.unit.text) && keeps(u)) ?? best;
}

/** "What will UNODC do for …?", "what does the Office plan to do on …?": what a named doer will do (general English); its name. */
const PLAN_ASKED = /\b[Ww]hat\s+(?:will|would|does|do|is|are)\s+((?:the\s+)?[\p{L}\d-]+(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,3}?)\s+(?:do|doing|plan|plans|planning|intend|intends|going to do)\b/u;

/**
 * When the question asks what a named doer will do and the chosen unit does not say that doer will, the unit of the
 * same passage that does ("UNODC will continue to strengthen the capacity of states …" over "Interventions in the
 * context of Children on the Move will focus on …"), if it scores within `SCORER.typedShare` of the chosen one.
 */
function preferPlan(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  const doer = best && PLAN_ASKED.exec(analysis.question)?.[1];
  if (!best || !doer || /^(?:you|we|i|they|it|he|she|this|that)$/i.test(doer)) return best;
  const says = new RegExp(`\\b${escapeRegExp(doer.replace(/^the\s+/i, ""))}(?:['’]s)?\\s+(?:will|plans?\\s+to|intends?\\s+to|is\\s+(?:going|set|planning)\\s+to)\\b`, "i");
  if (says.test(best.unit.value ?? best.unit.text)) return best;
  return units.find((u) => u.hit.position === best.hit.position && u.score >= best.score * SCORER.typedShare && says.test(u.unit.value ?? u.unit.text)) ?? best;
}

/** A word of the question after a demonstrative ("To realize this objective, …"): the thing was stated before. */
const POINTED_AT = /\b(?:this|that|these|those|such|the same|said)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/giu;

/**
 * When the chosen unit opens by pointing back ("It also aims to …"), the unit right before it in the same passage
 * and field, or when it points back at a word of the question ("To realize this objective, the project aims to …"
 * for "What is the objective of Project Turquesa?"), the unit before it that states it ("The overall objective of
 * the project is to identify …") and names the word without pointing at it; either only if it scores within
 * `SCORER.nearBestShare` of the chosen one. Its next sentence may still join it (`withNext`).
 */
function preferStated(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best) return best;
  const asked = new Set(analysis.terms);
  const pointedTerms = (text: string) => new Set([...text.matchAll(POINTED_AT)].flatMap((match) => tokenize(match[1]!)).filter((term) => asked.has(term)));
  const text = best.unit.value ?? best.unit.text;
  const pointed = pointedTerms(text);
  const near = (u: ScoredUnit) => u.hit.position === best.hit.position && u.unit.field === best.unit.field && u.score >= best.score * SCORER.nearBestShare;
  // A sentence that opens by pointing back ("It also aims to …", "To realize this objective, …") goes on from the
  // one before it, which says what it points at ("The Coalition was established … to bridge diverse voices …").
  if (POINTS_BACK_FIRST.test(text)) {
    const before = units.find((u) => near(u) && u.ordinal === best.ordinal - 1);
    if (before) return before;
  }
  if (!pointed.size) return best;
  return (
    units.find((u) => {
      if (!near(u) || u.ordinal >= best.ordinal) return false;
      const own = pointedTerms(u.unit.value ?? u.unit.text);
      return [...pointed].some((term) => u.terms.has(term) && !own.has(term));
    }) ?? best
  );
}

/**
 * A sentence that opens by pointing back: a pronoun subject ("It also aims …", "This was supplemented …") or a
 * demonstrative among its first four words ("To realize this objective, …", "In this context, …"); not a possessive,
 * which may point ahead to the sentence's own subject ("Building on its extensive expertise, UNODC …").
 */
const POINTS_BACK_FIRST = /^\W*(?:(?:it|they|this|these|those|such)\b|(?:[\p{L}-]+\s+){1,3}?(?:this|that|these|those)\s+\p{L})/iu;

/** A question asking what something is called: "What do we call the work …?", "What's the name of the project …?" (general English). */
const NAME_ASKED = /\bwhat (?:do|does|did|would) (?:we|you|they|people|staff|\w+) (?:call|name)\b|\bwhat (?:is|are|was|were) (?:it|this|that|they|these|those)\s+(?:\w+\s+)?called\b|\b(?:what|which)(?:['’]s|\s+(?:is|are|was|were))\s+the\s+(?:[\w-]+\s+)?names?\s+(?:of|for)\b|\bcalled what\b/i;

/** A name in a quote: two capitalised words or more, connectors between them allowed, not opening the sentence. */
const NAME_SAID = new RegExp(`(?<!^|[.:;!?]\\s)\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:${[...CONNECTORS].join("|")})\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)+`, "u");

/**
 * When the question asks what something is called and the chosen unit names nothing (`namesSomething`), the
 * unit that names something and scores within `SCORER.typedShare` of it, with `SCORER.typedCoverageShare` of
 * its coverage: "UNODC’s Alternative Development Programmes …" for "what do we call the work helping farmers
 * give up growing drug crops?". Without the record exception of `namesSomething`, dev5 lost one question.
 */
function preferNaming(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !NAME_ASKED.test(analysis.question)) return best;
  // A name in quotation marks before a noun the question names ("A voluntary “Pledge4Action” initiative …" for "the
  // name of the pledge initiative") is the name asked, over a record that only names itself.
  const asked = new Set(analysis.terms);
  const coins = (u: ScoredUnit) => [...(u.unit.value ?? u.unit.text).matchAll(/[“"]([^”"]{2,60})[”"]\s+(\p{L}+)/gu)].some((m) => tokenize(m[2]!).some((term) => asked.has(term)));
  if (!coins(best)) {
    const coined = units.find((u) => u.score >= best.score * SCORER.typedShare && coins(u));
    if (coined) return coined;
  }
  // The name of a thing the chosen unit never speaks of ("the name of the anti-corruption education initiative"
  // against "Virtual Anti-Corruption Schools …"): the unit that says the thing's head noun ("… (GRACE) initiative").
  const thing = namedThing(analysis.question)?.term;
  if (thing && !saysTerm(best, thing)) {
    const saying = units.find((u) => u.score >= best.score * SCORER.typedShare && saysTerm(u, thing) && placesNamed(u, analysis) && namesSomething(u, analysis));
    if (saying) return saying;
  }
  if (namesSomething(best, analysis)) return best;
  return units.find((u) => u.score >= best.score * SCORER.typedShare && u.coverage >= best.coverage * SCORER.typedCoverageShare && namesSomething(u, analysis)) ?? best;
}

/**
 * "Which resolutions did the CCPCJ adopt in 2024?" asks for several symbols: among units within `SCORER.typedShare`
 * of the best, the one that gives the most distinct symbols answers it, when it gives more than the best ("In May
 * 2024, the CCPCJ passed several resolutions …, including Resolution 33/1 …; E/RES/2024/10 …; and E/RES/2024/11 …"
 * over "in Resolution 33/1, the Commission … encouraged Member States to adopt measures …", which shares "adopt").
 * Only for a symbol question that asks for its documents in the plural.
 */
function preferMostSymbols(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || analysis.intent !== "symbol" || !PLURAL_DOCUMENTS_ASKED.test(analysis.question)) return best;
  const symbols = (u: ScoredUnit) => new Set((u.unit.value ?? u.unit.text).match(SYMBOLS) ?? []).size;
  let chosen = best;
  for (const u of units) if (u.score >= best.score * SCORER.typedShare && symbols(u) > symbols(chosen)) chosen = u;
  return chosen;
}

/** Documents asked for in the plural (general English): "which resolutions", "the symbols", "what decisions". */
const PLURAL_DOCUMENTS_ASKED = /\b(?:resolutions|decisions|declarations|symbols|documents)\b/i;

/** Whether a unit names something the question does not (`NAME_SAID`); a record's field is answered under the record's title, which names it. */
function namesSomething(u: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const asked = new Set(tokenize(analysis.question));
  return !!u.hit.passage.source.record || [...(u.unit.value ?? u.unit.text).matchAll(new RegExp(NAME_SAID.source, "gu"))].some((m) => tokenize(m[0]).some((term) => !asked.has(term)));
}

/** The document symbols a text names, by their numbered tail: "2024/10" of "E/RES/2024/10", "33/1", "67/4". */
function symbolsNamed(text: string): string[] {
  return [...new Set(text.match(/\b[\w.]*\d+\/[\d/]+\b/g) ?? [])];
}

/**
 * Whether a unit gives the title of the symbol a title question names ("the full title of resolution 67/4?"): the
 * symbol followed by its subject or title ("E/RES/2024/10 on reducing reoffending …", "67/4, entitled …",
 * "33/1 “…”"), not a sentence that only names it ("Resolution 67/4 underscored …"). True when the question names no symbol.
 */
function titlesSymbol(u: ScoredUnit, analysis: QuestionAnalysis): boolean {
  const symbols = symbolsNamed(analysis.question);
  const text = u.unit.value ?? u.unit.text;
  return !symbols.length || symbols.some((symbol) => new RegExp(`${escapeRegExp(symbol)}\\s*,?\\s*(?:on|entitled|titled|concerning|regarding|[“"‘'])`, "i").test(text));
}

/**
 * "What is the full title of resolution 33/1?": when the chosen unit only names the symbol, the best-scoring unit
 * that gives its title (`titlesSymbol`) answers ("… including Resolution 33/1 on countering trafficking in persons
 * …"), from the leading passages first, then from every retrieved one; else the chosen one stays, and the check
 * after it abstains.
 */
function preferTitledSymbol(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis, retrieval: Retrieval): ScoredUnit | undefined {
  if (!best || !TITLE_ASKED.test(analysis.question) || titlesSymbol(best, analysis)) return best;
  const top = (from: ScoredUnit[]) => from.filter((u) => titlesSymbol(u, analysis)).reduce<ScoredUnit | undefined>((most, u) => (!most || u.score > most.score ? u : most), undefined);
  // Every retrieved passage's units, when the leading ones hold none: a title is said once, often in a list of several.
  return top(units) ?? top(scoreUnits(retrieval, { candidates: retrieval.passages.length })) ?? best;
}

/** A question asking for something's title as written: "what's its full title?", "the official name of …" (general English). */
const TITLE_ASKED = /\b(?:full|official|exact|complete)\s+(?:title|name)\b|\bwhat(?:['’]s|\s+is|\s+was)\s+(?:its|their|the)\s+title\b/i;

/** Kinds of fact the questionnaire's own text may state: a count ("six key transitions"), goals, a date, a place. */
const FORM_FACTS: ReadonlySet<string> = new Set(["count", "sdg", "when", "where"]);

/**
 * The sentence of the questionnaire's own question text that answers a question of a typed kind (`FORM_FACTS`)
 * that the submission's evidence does not: "How many key transitions has the UN defined?" → "The United Nations
 * has defined six key transitions, …" (question 5's text). The sentence holds the kind of fact asked and covers
 * at least `SCORER.formCoverage` of the question's terms, and more than the chosen unit by `SCORER.formMargin`.
 * A general question is never answered from the form's words: they ask, the entity answers.
 */
function questionTextAnswer(retrieval: Retrieval, best: ScoredUnit | undefined): { text: string; hit: ScoredPassage } | undefined {
  const { analysis } = retrieval;
  if (!FORM_FACTS.has(analysis.intent) || !retrieval.questionTexts?.length) return undefined;
  let found: { text: string; hit: ScoredPassage; cover: number } | undefined;
  for (const hit of retrieval.questionTexts) {
    for (const sentence of splitSentences(hit.passage.text)) {
      const cover = coverage(analysis.terms, new Set(tokenize(expandAcronyms(sentence.text, retrieval.acronyms))), new Set(), retrieval);
      if (cover > (found?.cover ?? 0) && holdsIntent(analysis.intent, sentence.text, analysis.numbers)) found = { text: sentence.text, hit, cover };
    }
  }
  if (!found || found.cover < SCORER.formCoverage || found.cover < (best?.coverage ?? 0) + SCORER.formMargin) return undefined;
  const number = found.hit.passage.source.question;
  return { text: `The questionnaire's question ${number} says: ${found.text}`, hit: found.hit };
}

/**
 * A question asking what something achieved: "What were the results of the pilot in Kenya?", "What did the one in
 * Angola achieve?", "what were its main outcomes?" (general English); not what it hopes "to achieve", which is its aim.
 */
const OUTCOME_ASKED = /\b(?:what|which)\s+(?:were|are|was|is|have\s+been|has\s+been)\s+(?:the\s+)?(?:main\s+|key\s+|concrete\s+)?(?:results?|outcomes?|impacts?|achievements?|effects?)\s+(?:of|from|in)\b|\b(?:what|which)\s+(?:were|are|was|is|have\s+been|has\s+been)\s+(?:its|their)\s+(?:main\s+|key\s+|concrete\s+)?(?:results?|outcomes?|impacts?|achievements?)\b|\b(?:any|what)\s+(?:concrete\s+|tangible\s+)?(?:results?|outcomes?)\s+(?:of|from|in|so\s+far)\b|\bwhat\s+(?:came|comes|has\s+come|emerged|resulted)\s+(?:out\s+of|from)\b|\bwhat\s+(?:did|has|have|had|does|do)\s+[^?]{1,60}?(?<!\bto)\s+(?:achieved?|accomplish(?:ed)?|deliver(?:ed)?|yield(?:ed)?|result(?:ed)?\s+in|lead\s+to|led\s+to)\b|\bwhat\s+(?:impact|difference|effect)\s+(?:did|has|have|does|do)\b|\bhow\s+(?:did|has|have)\s+[^?]{1,60}?\s+(?:go|gone|turn(?:ed)?\s+out|work(?:ed)?\s+out)\b|\b(?:was|were|has|have)\s+[^?]{1,60}?\s+(?:successful|a\s+success|been\s+successful|effective)\b/i;
/**
 * What a quote that reports an outcome says: a word of result or change ("led to", "dropped", "benefited",
 * "adopted"), or a figure that is not a year (general English). Starting something ("launched", "established",
 * "developed") is no outcome of it: "What impact did the campaign have?" is not answered by "the campaign was launched".
 */
const OUTCOME_WORD = /(?<![\w-])(?:results?|resulted|resulting|outcomes?|led to|leading to|achieved|achievements?|increased|reduced|decreased|dropped|fell|rose|improved|strengthened|prevented|benefited|benefitted|reached|trained|supported|adopted|published|helped|enabled|produced|completed)\b/i;
const OUTCOME_SAID = new RegExp(`${OUTCOME_WORD.source}|\\b(?!(?:19|20)\\d{2}\\b)\\d[\\d,.]*\\b`, "i");

/**
 * A span a text gives besides a duration (general English): "since 2021", "2023-2030", "13-17 May 2024", "from 2022
 * to 2025", "until 2026".
 */
const SPAN_SAID = /\b\d{1,2}\s*[-–—]\s*\d{1,2}\s+[A-Z][a-z]+\b|\bsince\s+(?:\w+\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)?\d{2}\b|\bfrom\s+[^.;]{0,30}?\b(?:to|until|till|through)\s+[^.;]{0,20}?(?:19|20)\d{2}\b|\b(?:until|till|through|ending(?:\s+in)?|runs?\s+to)\s+(?:\w+\s+)?(?:19|20)\d{2}\b/i;
/** A question that asks for a length of time, which a duration answers. */
const HOW_LONG = /\bhow long\b|\bduration\b|\btime ?span\b|\blifespan\b|\bfor how many (years|months|weeks|days)\b|\bhow many (years|months|weeks|days)\b/i;
const DURATION = /\b\d+(?:\.\d+)?[- ](?:years?|months?|weeks?|days?|hours?)(?:[- ]long)?\b/gi;
/** `DURATION` for a single test (no global flag, so no state between calls). */
const DURATION_SAID = new RegExp(DURATION.source, "i");

/**
 * Whether every date in `text` dates another country than those asked: the country said last before a date, in
 * its sentence, is the one it dates ("VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start
 * in Chile in November 2024" dates Chile, not Kenya). False when no country is asked or a date has none before it.
 */
function datesOnlyOthers(text: string, asked: string[]): boolean {
  if (!asked.length) return false;
  const dates = [...text.matchAll(new RegExp(DATE_MENTION.source, "gi"))];
  return (
    dates.length > 0 &&
    dates.every((date) => {
      const before = text.slice(0, date.index).split(/[.;!?]\s/).pop()!;
      const dated = before.match(COUNTRIES)?.pop();
      return dated !== undefined && !asked.includes(dated);
    })
  );
}

/**
 * Whether every date in `text` dates another thing than the one asked: it sits in a later coordinated clause (after
 * "… and to an HLPF side event …", "; and …") that holds none of the question's terms `asked`, while an earlier
 * clause holds some. "…inviting them to a roundtable discussion at the Margins of the ECOSOC Coordination Segment …
 * and to an HLPF side event co-organized by the Chairs … in July 2024" dates the side event, not the roundtable.
 * A date in the first clause ("In May 2024, the CCPCJ passed several resolutions …; and E/RES/2024/11 …") dates
 * the whole sentence. False when the text has no date.
 */
function datesAnotherClause(text: string, asked: string[]): boolean {
  // A link's words ("unodc.org/…") name no thing the clause is about.
  const clauses = text.replace(/\bhttps?:\/\/\S+/g, " ").split(COORDINATED_CLAUSE);
  if (clauses.length < 2) return false;
  const holds = clauses.map((clause) => {
    const terms = new Set(tokenize(clause));
    return asked.some((term) => terms.has(term));
  });
  const dated = clauses.map((clause) => DATE_MENTION.test(clause));
  if (!dated.some(Boolean) || dated[0]) return false;
  return dated.every((has, i) => !has || !holds[i]) && holds.some((has, i) => has && !dated[i]);
}

/**
 * Whether every place in `text` places another thing than the one asked: each clause that holds a place (as
 * `holdsIntent("where")` reads one) says fewer than half as many of the question's terms `asked` as a clause that
 * holds none. "…inviting them to a roundtable discussion at the Margins of the ECOSOC Coordination Segment … and to
 * an HLPF side event co-organized by the Chairs of the CND and the CCPCJ in July 2024" places the roundtable, not
 * the side event (new-user trials, sessions 24 and 25). False when the text has one clause or no place.
 */
function placesAnotherClause(text: string, asked: string[]): boolean {
  const clauses = text.replace(/\bhttps?:\/\/\S+/g, " ").split(COORDINATED_CLAUSE);
  if (clauses.length < 2) return false;
  const unique = [...new Set(asked)];
  const said = clauses.map((clause) => {
    const terms = new Set(tokenize(clause));
    return unique.filter((term) => terms.has(term)).length;
  });
  const placed = clauses.map((clause) => holdsIntent("where", clause));
  if (!placed.some(Boolean)) return false;
  const unplacedBest = Math.max(0, ...said.filter((_, i) => !placed[i]));
  return unplacedBest > 0 && said.every((count, i) => !placed[i] || count * 2 < unplacedBest);
}

/** "Where were X held": the thing held, organised or hosted (general English). */
const HELD = /\b(?:was|were|is|are|will\s+be)\s+(.+?)\s+(?:held|organi[sz]ed|conducted|hosted|convened)\b/i;

/**
 * The head noun of the thing a where-question asks was held (`HELD`), as typed: the last word before its first
 * preposition ("UNODC's regional dialogues on anti-corruption" → "dialogues"; "the 33rd session of the CCPCJ" →
 * "session"). undefined when the question says no such thing, its word is no single term, or it stands for a thing
 * named before ("Where was the second one held?").
 */
function heldThing(question: string): string | undefined {
  const thing = HELD.exec(question)?.[1];
  if (!thing) return undefined;
  const head = thing.split(/\s+(?:of|on|for|in|at|with|about|by|to|from|against|under)\s+/i)[0]!.split(/\s+/).at(-1) ?? "";
  // "the second one", "that one" stand for a thing named before: no head of their own.
  if (/^(?:one|ones|it|they|them|this|that|these|those|same|latter|former)$/i.test(head)) return undefined;
  return tokenize(head).length === 1 ? head : undefined;
}

/** "When was it launched / adopted / set up …?": a question about when something happened, not how long it runs. */
const ASKS_EVENT = /\b(launch|launched|start|started|begin|began|begun|establish|established|set up|create|created|adopt|adopted|found|founded|introduce|introduced|open|opened|sign|signed|publish|published|release|released)\b/i;

/** A month's name as a whole word. */
const MONTH_WORD = new RegExp(`^(?:${MONTH_ALTERNATION})$`, "i");

/**
 * Whether every date in `text` is a year that names or spans rather than dates: one end of a period ("the
 * Strategy … 2023-2030") or a year within a title ("the 2024 Ministerial Declaration", "Global Study on
 * Homicide 2023"). Neither says when something was launched. A month, or a year after "in", "since" or "by",
 * dates. False when the text has no date.
 */
function yearsOnlyNameOrSpan(text: string): boolean {
  const dates = [...text.matchAll(new RegExp(DATE_MENTION.source, "gi"))];
    return (
    dates.length > 0 &&
    dates.every((date) => {
      if (MONTH_WORD.test(date[0])) return false;
      const before = text.slice(0, date.index);
      const after = text.slice(date.index! + date[0].length);
      if (/\d{4}\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d{4}/.test(after)) return true;
      const previous = /([\p{L}]+)\s+$/u.exec(before)?.[1];
      const next = /^\s+([\p{L}]+)/u.exec(after)?.[1];
      const namesWord = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word) && !MONTH_WORD.test(word) && !/^(?:In|Since|By|From|Until|To|Of|On|At|During|For)$/.test(word);
      return namesWord(next) || namesWord(previous);
    })
  );
}

/**
 * A boundary between coordinated clauses: "; ", or "and" before a repeated preposition (", and to an HLPF side
 * event …"), general English. Not "and the": "the Chairs of the CND and the CCPCJ" is one noun phrase.
 */
const COORDINATED_CLAUSE = /;\s+|,?\s+and\s+(?=(?:to|in|at|for|with|by|on)\s)/i;

/** Kinds of document a symbol numbers (general English); a UN symbol's "/RES/" or "/DEC/" says its kind. */
const SYMBOL_KIND_WORDS = "declaration|resolution|decision|report|convention|protocol";
const SYMBOL_KINDS = new RegExp(`\\b(${SYMBOL_KIND_WORDS})s?\\b`, "i");
/** A kind word right before a symbol, at the end of the text before it ("… Resolution " before "67/4"). */
const KIND_BEFORE_SYMBOL = new RegExp(`\\b(${SYMBOL_KIND_WORDS})\\s+(?:no\\.?\\s*)?$`, "i");
/** Document symbols in a text: a UN symbol ("E/RES/2024/10") or a session's number ("67/4"). */
const SYMBOLS = /\b[A-Z]+\/[A-Z]+\/[\d/]+|\b\d+\/\d+\b/g;

/**
 * Whether every symbol of `text` numbers another kind of document than the one the question asks the symbol of:
 * "Resolution 67/4" is not the symbol of "the 2024 high-level declaration". A symbol whose kind the text does
 * not say (no kind word right before it, no "/RES/") is given the benefit of the doubt.
 */
function symbolsOfOtherKind(question: string, text: string): boolean {
  const asked = SYMBOL_KINDS.exec(question.replace(/\b(resolution|document|reference) (number|symbol)s?\b/gi, " "))?.[1]?.toLowerCase();
  if (!asked) return false;
  const kinds = [...text.matchAll(SYMBOLS)].map((match) => {
    if (/\/RES\//.test(match[0])) return "resolution";
    if (/\/DEC\//.test(match[0])) return "decision";
    return KIND_BEFORE_SYMBOL.exec(text.slice(0, match.index))?.[1]?.toLowerCase();
  });
  // Staff say "decision" for a resolution and back ("the reference number of the decision on shielding kids" is
  // E/RES/2024/11's): the two are one kind here.
  const family = (kind: string) => (kind === "decision" ? "resolution" : kind);
  return kinds.length > 0 && kinds.every((kind) => kind !== undefined && family(kind) !== family(asked));
}

/** The content words read of the alternative after "or": enough for a head noun after an adverb and an adjective ("still a final draft"). */
const ALTERNATIVE_WORDS = 3;

/**
 * The two alternatives a yes/no question offers ("… by consensus or was there a recorded vote?", "rising or
 * falling?"): the content word right before "or" and up to three content words after it (tokenize drops function words:
 * "was there a recorded vote" gives "recorded" and "vote"), each as the terms of its forms (`baseForms`). Undefined for a question with no choice, or with a
 * quantity after "or" ("a sentence or two", "or so", "or more", "or not").
 */
function alternativesOffered(question: string): [string[], string[]] | undefined {
  const choice = /([\p{L}\d/-]+)\s+or\s+(?!(?:not|so|more|less|two|three|else|other|similar|otherwise)\b)([^?.!]+)/iu.exec(question);
  if (!choice) return undefined;
  // Each alternative with the terms of its word's forms ("rising": "rise", which the stemmer reads otherwise).
  const forms = (word: string | undefined) => (word ? [...new Set(baseForms(word.toLowerCase()).flatMap((form) => tokenize(form)))] : []);
  const left = forms(choice[1]!.split(/\s+/).filter((word) => tokenize(word).length).at(-1));
  // The alternative after "or" is its content words up to a comma or the clause's end, at most three ("still a
  // draft": "still" and "draft"; "was there a recorded vote": "recorded" and "vote"): its first word may only
  // qualify the one that names it.
  const right = choice[2]!.split(/[,;:]|\s+(?:and|but|because|since|if)\s+/i)[0]!.split(/\s+/).filter((word) => tokenize(word).length).slice(0, ALTERNATIVE_WORDS).flatMap(forms);
  return left.length && right.length ? [left, right] : undefined;
}

/** What a symbol question asks the symbol of: the words after "on", "about", "concerning" or "covering" ("the resolution on the treatment of children …"). */
// "on" inside a name ("the Commission on Crime Prevention …", a capitalised word on each side) names no topic.
// Case-sensitive: with the "i" flag, \p{Lu} would match any letter.
const SYMBOL_TOPIC = /\b(?:(?<!\p{Lu}[\p{L}-]*\s)[Oo]n|[Oo]n(?!\s+\p{Lu})|[Aa]bout|[Cc]oncerning|[Rr]egarding|[Cc]overing|[Cc]overs)\s+(?:[Tt]he\s+)?([^?]+?)\s*\??\s*$/u;

/**
 * The topic a symbol question names ("the treatment of children associated with terrorist groups") when no symbol
 * the quote gives is said with it, in the quote or in another unit of the evidence (`others`): each symbol's own
 * words run from it to the next symbol or semicolon ("E/RES/2024/11
 * on preventing and countering violence against children by organized criminal groups and terrorist groups"), and
 * the closest still lacks a term of the topic that is not light ("treatment": E/RES/2024/11 is on violence against
 * children, not their treatment), while the evidence names something on the topic without a symbol. A term is said
 * by a word of its family ("technology" by "technological"). Undefined when a symbol's words say it, when nothing
 * unnumbered does, when the question names no topic of two terms or more, or when the quote holds no symbol.
 */
function symbolTopicUnsaid(question: string, text: string, others: string[]): string | undefined {
  const topic = SYMBOL_TOPIC.exec(question)?.[1];
  if (!topic) return undefined;
  const terms = tokenize(topic).filter((term) => !LIGHT.has(term) && !/\d/.test(term));
  const given = new Set([...text.matchAll(SYMBOLS)].map((symbol) => symbol[0]));
  if (terms.length < 2 || !given.size) return undefined;
  // A term is said by a word of its family, the two sharing their first six letters ("technology", "technological").
  const family = (term: string) => term.slice(0, 6);
  // Each given symbol's own words, wherever the evidence says it ("Resolution 33/1 on countering trafficking …" in
  // one sentence gives the topic of "in Resolution 33/1, the Commission …" in another), up to the clause's or sentence's end.
  const unsaid = [text, ...others].flatMap((said) => {
    const symbols = [...said.matchAll(SYMBOLS)];
    return symbols.filter((symbol) => given.has(symbol[0])).map((symbol) => {
      const i = symbols.indexOf(symbol);
      const words = new Set(tokenize(said.slice(symbol.index, symbols[i + 1]?.index ?? said.length).split(/;|\.\s/)[0]!).map(family));
      return terms.filter((term) => !words.has(family(term))).length;
    });
  });
  if (Math.min(...unsaid) < 1) return undefined;
  // And the evidence names a thing on that topic without a symbol ("resolutions … on the treatment of children
  // associated with terrorist groups,* and on …"): the submission gives that one no number. A topic in other words
  // ("keeping ex-prisoners from going back to crime") is left to the quote.
  const unnumbered = [text, ...others].flatMap((said) => said.split(/;|,\s+(?:and\s+)?(?=on\b)|\s+and\s+(?=on\b)/)).filter((clause) => !SYMBOLS_ONE.test(clause));
  return unnumbered.some((clause) => {
    const words = new Set(tokenize(clause).map(family));
    return terms.every((term) => words.has(family(term)));
  })
    ? topic
    : undefined;
}

/** A document symbol anywhere in a text (SYMBOLS, not global, for `test`). */
const SYMBOLS_ONE = new RegExp(SYMBOLS.source);

/** Whether the unit holds the kind of fact asked: a date for "when", a figure of the counted thing for "how many". */
function holdsAnswerType(u: ScoredUnit, units: ScoredUnit[], analysis: QuestionAnalysis, retrieval: Retrieval): boolean {
  const counted = countedTerms(analysis.question);
  // A duration ("a 2.5-year initiative") counts time, not the victims or countries asked about.
  const countsTime = counted.some((term) => TIME_UNIT.test(term));
  // A percentage ("dropped by 95%") is a share, not how many farmers: only a question asking for a share takes one.
  const countsShare = /\b(share|percent|percentage|proportion|rate|how much|how far)\b|%/i.test(analysis.question);
  const shown = answerText(u, units, analysis);
  // A duration dates nothing: "a 2.5-year initiative" answers "how long", not "when did it start".
  const text =
    analysis.intent === "when"
      ? HOW_LONG.test(analysis.question) ? shown : shown.replace(DURATION, " ")
      : analysis.intent !== "count" ? shown : shown.replace(countsTime ? /$^/ : DURATION, " ").replace(countsShare ? /$^/ : PERCENTAGE, " ");
  if (!holdsIntent(analysis.intent, text, analysis.numbers) || !holdsPrecision(analysis.precision, text)) return false;
  // A city asked is a city WordNet knows in the quote, or a name before its country ("Vienna, Austria"): "Trafficking
  // in Persons" names none (new-user trial, session 25).
  // Only a city asked by that word: "where exactly" may be answered by a district ("in Putumayo").
  const cities = analysis.precision === "city" && /\b(?:city|cities|town|towns)\b/i.test(analysis.question) ? retrieval.passageCities?.get(u.hit.position) : undefined;
  if (cities && !CITY_BEFORE_COUNTRY.test(text) && !cities.some((city) => new RegExp(`\\b${escapeRegExp(city)}\\b`).test(text))) return false;
  if (analysis.intent === "when" && datesOnlyOthers(text, analysis.question.match(COUNTRIES) ?? [])) return false;
  if (analysis.intent === "when" && datesAnotherClause(text, analysis.terms)) return false;
  if (analysis.intent === "where" && placesAnotherClause(text, analysis.terms)) return false;
  // "In which countries were UNODC's regional dialogues on anti-corruption held?": a place of a sentence that never
  // says "dialogues" places other work (the modules localised in Kazakhstan), whatever words they share.
  // An acronym ("the 33rd CCPCJ") may be said spelled out: the names' own checks settle it.
  const held = analysis.intent === "where" ? heldThing(analysis.question) : undefined;
  const heldTerm = held && !/^\p{Lu}{2,}/u.test(held) && !retrieval.acronyms.has(held.toLowerCase()) ? tokenize(held)[0] : undefined;
  if (heldTerm && !u.terms.has(heldTerm) && !contextTerms(u.hit).has(heldTerm)) return false;
  if (analysis.intent === "when" && ASKS_EVENT.test(analysis.question) && yearsOnlyNameOrSpan(text)) return false;
  if (analysis.intent === "symbol" && symbolsOfOtherKind(analysis.question, text)) return false;
  // "By what percentage…?", "What is the homicide rate…?" ask for a share: "300 women" or "17 countries" is none.
  if (analysis.intent === "count" && /\b(percentage|percent|per cent|rates?|ratio|prevalence)\b|%/i.test(analysis.question) && !/%|\bper ?cent\b|\bper\s+(\d[\d,]*|capita|hundred|thousand|million)\b|\b\d+\s+(in|out of)\s+(\d+|every)\b/i.test(text)) return false;
  // "Which countries got anti-corruption education help?" is answered by a quote that names a country or a world
  // area, not by one whose only place is an organisation's name (new-user trial, session 25).
  // "The world" and "the United Nations" (CLDR's "001" and "UN") are no such places.
  // A record's reach said as worldwide ("Member States benefiting from it: Global") answers it as a place does.
  if (analysis.intent === "where" && WHICH_COUNTRIES.test(analysis.question) && !(text.match(COUNTRIES_ANY_CASE) ?? []).some((name) => !/^united nations$/i.test(name)) && !worldAreasIn(text).some((area) => !/^world$/i.test(area)) && !(u.unit.field && WORLDWIDE_SAID.test(text))) return false;
  // "Which 17 countries…?" asks for the countries: "17 countries in Central and South America" restates the count.
  if ((NAMED_COUNTRIES.test(analysis.question) || AREA_COUNTRIES.test(analysis.question)) && new Set(text.match(COUNTRIES) ?? []).size < 2) return false;
  if (analysis.intent !== "count") return true;
  // Figures that each count another kind of thing ("25 decisions" for "how many people attended") count
  // nothing asked; a figure whose words WordNet does not know is given the benefit of the doubt.
  const kinds = retrieval.countedKinds;
  if (kinds) {
    // When the evidence gives a figure of the very noun counted ("300 women") or a synonym of it (`same`), a figure of
    // another kind of the same family ("750 farmers", persons too) counts something else: "How many women in
    // Colombia did UNODC help switch to growing coffee?" is not answered by Colombia's farmers (new-user trial,
    // session 26).
    const countsKind = (word: string) => (kinds.same.length ? kinds.same.includes(word) : kinds.related[word]);
    const judged = figureWords(text).map((words) => {
      // What a figure counts is its last noun ("three permanent exhibitions": not "permanent", which WordNet also
      // lists as a noun; "11 forms of cybercrime": cybercrime, as "of" passes).
      const nouns = words.filter((word) => word in kinds.related);
      const head = nouns.at(-1);
      // A kind of thing counted by its kinds ("11 forms of cybercrime" for "how many offence types"): the classifier
      // before "of" counts what the question's classifier counts.
      return head === undefined ? undefined : countsKind(head) || nouns.some((noun) => countsKind(noun) && CLASSIFIER.test(noun));
    });
    if (judged.length && judged.every((counts) => counts === false)) return false;
    // A figure WordNet says counts the kind asked counts it, in the submission's words ("11 forms of cybercrime"
    // for "how many offence types", words it never uses).
    if (judged.some((counts) => counts === true)) return true;
  }
  // A counted thing the submission never names ("hectares") has no figure in it. One it names may be counted
  // in other words ("nations" for "countries"), so a figure is enough then.
  if (!counted.length || counted.some((term) => documentFrequency(retrieval.termStatistics, term) > 0)) return true;
  const terms = new Set([...tokenize(text), ...contextTerms(u.hit)]);
  // A synonym's stem may begin an irregular plural the stemmer keeps whole ("child" of "children").
  const holds = (synonym: string) => terms.has(synonym) || (synonym.length >= 4 && [...terms].some((t) => t.startsWith(synonym)));
  return counted.some((term) => terms.has(term) || (analysis.bridged?.[term] ?? []).some(holds));
}

/** Nouns that count kinds of a thing ("forms of cybercrime", "types of support"): general English. */
const CLASSIFIER = /^(?:types?|kinds?|forms?|sorts?|categor(?:y|ies)|variet(?:y|ies)|classes)$/;

/** A count of countries (general English): "how many countries", "how many Member States", "how many nations". */
const COUNTS_COUNTRIES = /\bhow\s+many\s+(?:[\w-]+\s+)?(?:countries|member\s+states|states|nations)\b/i;

/** "how many" and prepositions the tokenizer keeps, as tokenized: they say how a count is asked, not what of. */
const COUNT_WORDS = new Set(tokenize("how many much under over across within among into through during"));

/** The sentence of `text` right before `sentence`, or "" when `sentence` opens it or is not in it. */
function sentenceBefore(text: string, sentence: string): string {
  const at = text.indexOf(sentence);
  return at > 0 ? (text.slice(0, at).trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? "") : "";
}

/**
 * The question's content terms a text does not say: its terms bar the counted phrase's (`countedTerms`), light words
 * (`LIGHT`), words about the text itself and the submitting entity's names, which the text may leave unsaid; an
 * acronym is said by its spelled-out form (the unit's terms).
 */
function unsaidTerms(analysis: QuestionAnalysis, u: ScoredUnit, text: string): string[] {
  const exempt = new Set([...countedTerms(analysis.question), ...COUNT_WORDS, ...entityTerms(u.hit.passage)]);
  const said = new Set([...tokenize(text), ...u.terms]);
  return analysis.terms.filter((term) => !exempt.has(term) && !LIGHT.has(term) && !ABOUT_THE_TEXT.has(term) && !said.has(term));
}

/** `unsaidTerms` of a sentence of `u`'s passage read with its antecedent: the sentence before it and the passage's breadcrumb. */
function unsaidInContext(analysis: QuestionAnalysis, u: ScoredUnit, sentence: string): string[] {
  return unsaidTerms(analysis, u, `${sentenceBefore(u.hit.passage.text, sentence)} ${u.hit.passage.breadcrumb} ${sentence}`);
}

/**
 * A count the evidence gives only by listing what is counted (`countListed`), from the chosen unit, another unit of
 * its passage, or a near-best one (`SCORER.typedShare` of its score, as `chooseTyped` takes them), those naming what
 * the question names first; a field's own or labelled items only for a record the question names by its title
 * (`recordNamer`).
 * Returns the unit, the count as said (with each labelled group's count after it: "9 (Academia 2, …)") and the listing
 * stretch, a record field's prefixed with its record's title; undefined when none lists it.
 */
function listedCount(best: ScoredUnit, units: ScoredUnit[], retrieval: Retrieval): { unit: ScoredUnit; count: string; quote: string } | undefined {
  const { analysis } = retrieval;
  // The chosen unit's own passage (a record's other fields: its partners for "how many local partners", when its
  // description scored best) and the near-best units.
  const near = [best, ...units.filter((u) => u !== best && (u.hit.position === best.hit.position || u.score >= best.score * SCORER.typedShare))];
  const ordered = analysis.names.length ? [...near.filter((u) => unitNames(u, analysis)), ...near.filter((u) => !unitNames(u, analysis))] : near;
  // A record's field counts for the record the question names by its title, not for any record ("How many Member
  // States have signed the Convention?" is not counted by a project's "Member States benefiting from it: Global").
  const namer = recordNamer(units, [analysis.question, ...(analysis.referents ?? [])].join(" "));
  for (const u of ordered) {
    // A field's lines are its units: the whole field is read, so a label's items on the lines after it count.
    const field = u.unit.field;
    const text = field ? joinLines(passageUnits(u.hit.passage, u.hit.position).filter((line) => line.field === field).map((line) => line.value ?? line.text)) : u.unit.text;
    const found = countListed(analysis.question, text, field ?? "");
    if (!found || (found.source !== "series" && !namer.names(u.hit.position))) continue;
    // A series of names counts for the question only in a sentence that says what the question says of them, bar one
    // word, with the sentence before it and its section's heading (its antecedent: "… the resilience of prison systems
    // to climate change. The Office has piloted … in Ghana, Kenya, …"): "How many countries took part in the regional
    // dialogues …?" is not counted by the sentence before the dialogues' that names "Kazakhstan and Kyrgyzstan".
    if (found.source === "series" && unsaidInContext(analysis, u, found.quote).length > 1) continue;
    const title = u.unit.field ? u.hit.passage.source.record?.title : undefined;
    // Labelled groups are counted each ("9 (Local and National Partners 4, Academia 2, CSOs 3)"): which of them the
    // asker counts as partners is theirs to judge.
    const count = found.groups ? `${found.count} (${found.groups.map((group) => `${group.label} ${group.count}`).join(", ")})` : `${found.count}`;
    return { unit: u, count, quote: title ? `${title}${TITLE_DASH}${found.quote}` : found.quote };
  }
  return undefined;
}

/**
 * A count of places that a near-best sentence gives by naming them, when the figure chosen is about something else:
 * "How many countries has UNODC supported on prison rehabilitation programmes in 2024?" is answered by the sentence
 * on the rehabilitation programmes that names ten countries, not by "more than 50 countries have benefited from
 * UNODC's advisory service … in the field of prison and penal reform". The series (`listedCount`'s, with its
 * sentence before and its section's heading) must leave fewer of the question's terms unsaid (`unsaidTerms`) than
 * the figure's sentence with the same context; undefined otherwise, or when none is named.
 */
function seriesOverFigure(best: ScoredUnit, units: ScoredUnit[], retrieval: Retrieval): { unit: ScoredUnit; count: string; quote: string } | undefined {
  const listed = listedCount(best, units, retrieval);
  if (!listed || listed.unit === best || best.unit.field) return undefined;
  const { analysis } = retrieval;
  return unsaidInContext(analysis, listed.unit, listed.unit.unit.text).length < unsaidInContext(analysis, best, best.unit.text).length ? listed : undefined;
}

/** Words that ask for a document's symbol itself (general English): "symbol", "number", "reference", "code". */
const SYMBOL_WORD_ASKED = /\b(?:symbols?|numbers?|no\.|references?|codes?|document\s+numbers?)\b/i;

/**
 * The unit that holds the kind of fact asked: the chosen one if it does, else the best near-best one that does
 * (naming what the question names first). `missing` when the type is required and no near-best unit holds it.
 */
function chooseTyped(best: ScoredUnit, units: ScoredUnit[], retrieval: Retrieval): { unit: ScoredUnit; missing?: string } {
  const { analysis } = retrieval;
  // "Which resolution is about overdose?" is answered by the resolution named by its subject when it has no symbol;
  // a symbol, number or reference asked for is required.
  const namedBySubject = analysis.intent === "symbol" && !SYMBOL_WORD_ASKED.test(analysis.question);
  const required = (REQUIRED_TYPES.has(analysis.intent) && !namedBySubject) || analysis.precision !== undefined;
  // A symbol the question names ("E/RES/2024/10") is one document: a fact from a passage that never names it is
  // about something else, however near it scores.
  const symbols = analysis.names.filter((name) => name.includes("/"));
  const namesSymbols = (u: ScoredUnit) => symbols.every((symbol) => passageTerms(u.hit.passage).has(symbol));
  if ((!required && !PREFERRED_TYPES.has(analysis.intent) && !namedBySubject) || (holdsAnswerType(best, units, analysis, retrieval) && namesSymbols(best))) return { unit: best };
  // A neighbour that holds the type but hardly any of the question's terms is not evidence for it.
  // Measured against the best-scoring unit too: a record's asked-for field ("…benefiting from it: Global") may have
  // been preferred with none of the question's terms, and must not lower the bar for its neighbours.
  const coverage = Math.max(best.coverage, units[0]?.coverage ?? 0);
  // Nor one from another passage that drops two or more of the question's terms the chosen unit says: "the start
  // year of the climate-resilience pilots in prisons" is not dated by another programme's pilots starting in November.
  const bestSays = analysis.terms.filter((term) => best.terms.has(term) || contextTerms(best.hit).has(term));
  // Countries asked for ("Which countries got anti-corruption education help?") come from the chosen unit's own
  // sub-section: another's countries ("VPIs have taken place in Mexico, …") are of other work.
  const otherSection = (u: ScoredUnit) => analysis.intent === "where" && WHICH_COUNTRIES.test(analysis.question) && (u.hit.passage.source.question !== best.hit.passage.source.question || u.hit.passage.source.section !== best.hit.passage.source.section);
  const dropsBest = (u: ScoredUnit) => bestSays.filter((term) => !u.terms.has(term) && !contextTerms(u.hit).has(term)).length >= 2;
  // In the same passage, a sentence before the chosen one speaks of another thing when the chosen one opens on its
  // own subject, not leaning back on it (`LEANS_BACK`): "Which regions hosted the regional dialogues …?" is not
  // placed by the sentence before "Furthermore, the Office conducted regional dialogues …", which names the
  // countries of other work (blind dev 29).
  // Only for a place: a goals tag ("…, contributing to accelerating SDGs 1, 2, 13 and 16") speaks for its passage.
  const before = (u: ScoredUnit) => analysis.intent === "where" && u.hit.position === best.hit.position && u.unit.field === best.unit.field && u.ordinal < best.ordinal && !LEANS_BACK.test(best.unit.text);
  const aboutOther = (u: ScoredUnit) => (u.hit.position !== best.hit.position && (otherSection(u) || dropsBest(u))) || (before(u) && dropsBest(u));
  const near = units.filter((u) => u.score >= best.score * SCORER.typedShare && u.coverage >= coverage * SCORER.typedCoverageShare && !aboutOther(u) && holdsAnswerType(u, units, analysis, retrieval));
  // When the chosen unit names what the question names ("Afghanistan"), a figure about something else ("750
  // farmers in Colombia") does not answer it; other facts may come from a neighbour (places nest: "Guatemala"
  // answers "which countries in Central America").
  const named = analysis.names.length ? near.find((u) => unitNames(u, analysis)) : undefined;
  const figure = analysis.intent === "count" || analysis.intent === "amount";
  // Nor does a date from another passage that does not name it ("adopted … in 2021", of UNCAC, for when the
  // Convention against Cybercrime enters into force); one from the same passage may (its next sentence). Places
  // nest, so a place may come from anywhere.
  const bestNames = analysis.names.length > 0 && unitNames(best, analysis);
  const sameThread = analysis.intent === "when" ? near.find((u) => u.hit.position === best.hit.position) : near[0];
  const candidate = named ?? (bestNames ? (figure ? undefined : sameThread) : near[0]);
  const found = candidate && namesSymbols(candidate) ? candidate : undefined;
  if (found) return { unit: found };
  return required ? { unit: best, missing: analysis.intent === "count" ? `no figure for "${countedTerms(analysis.question).join(" ") || "it"}" in the evidence` : `no ${analysis.intent} in the evidence` } : { unit: best };
}

/**
 * The best unit and what follows it in the same passage and field: the next sentence when it scores nearly as
 * well, or when the question asks what something does (the sentence that introduces a programme is seldom the
 * one that says what it does); every item after a lead-in that ends with ":".
 */
function withNext(best: ScoredUnit, units: ScoredUnit[], analysis?: QuestionAnalysis): ScoredUnit[] {
  const after = (u: ScoredUnit) => units.find((o) => o.hit.position === u.hit.position && o.ordinal === u.ordinal + 1 && o.unit.field === u.unit.field);
  if (/:$/.test(best.unit.text)) {
    const items = [best];
    for (let next = after(best); next && items.length <= SCORER.leadInItems; next = after(next)) items.push(next);
    return items;
  }
  // A line that introduces what follows it ("Local and National Partners:") is not joined without what it introduces.
  const opens = (u: ScoredUnit | undefined) => !!u && /:\s*$/.test(u.unit.value ?? u.unit.text);
  const next = after(best);
  if (!next || opens(next)) return [best];
  // One item of a bulleted list is whole: the next item is a sibling, not the rest of it.
  if (BULLET.test(best.unit.text) && BULLET.test(next.unit.text)) return [best];
  // Asked who pays, a next sentence that says nothing of paying adds nothing ("The overall objective of the project …").
  if (analysis && silentOnPaying(next, analysis)) return [best];
  if (!(next.score >= best.score * SCORER.nextSentenceShare || analysis?.describes)) return [best];
  const third = after(next);
  // What something does or how may take a third sentence, when it scores nearly as well as the best.
  return analysis?.describes && third && !opens(third) && third.score >= best.score * SCORER.thirdSentenceShare ? [best, next, third] : [best, next];
}

/** A line that is an item of a bulleted list: "• Alternative development (SDG 8, 10, 16); and". */
const BULLET = /^\s*[•▪◦·‣○●■□–-]\s/;

/** What opens a sentence that leans on the one before it for its subject: "They …", "This …" (general English). */
const LEANS_BACK = /^(they|it|this|these|those|their|its|such)\b/i;

/**
 * For a question on what the entity does about something ("What is UNODC doing about illegal fishing?": `describes`),
 * the best sentence of another passage when it scores nearly as well (`SCORER.elsewhereShare` of the best) and says
 * every term of the question the chosen sentence says: the work is reported in two places ("crimes in the fisheries
 * … sectors" under one question, "A legislative guide on combatting crimes in the fisheries sector was published"
 * under another; new-user trial, session 26). [] for any other question, or a record's field on either side.
 */
function describedElsewhere(best: ScoredUnit, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit[] {
  if (!analysis.describes || analysis.intent !== "general" || analysis.listNoun || asksYesNo(analysis.question) || best.unit.field) return [];
  const said = analysis.terms.filter((term) => best.terms.has(term));
  const other = units.find((u) => u.hit.position !== best.hit.position && !u.unit.field && u.score >= best.score * SCORER.elsewhereShare && said.every((term) => u.terms.has(term)));
  return other ? [other] : [];
}

/** A sentence that opens with "They" or "This" needs the one before it to be understood (`LEANS_BACK`). */
function withAntecedent(best: ScoredUnit, units: ScoredUnit[], analysis: QuestionAnalysis): string {
  const next = withNext(best, units, analysis);
  const chosen = next.map((u) => u.unit.text);
  if (!LEANS_BACK.test(best.unit.text)) return endItem(chosen.join(" "), next.at(-1)!);
  const previous = units.find((u) => u.hit.position === best.hit.position && u.ordinal === best.ordinal - 1);
  return endItem(previous ? [previous.unit.text, ...chosen].join(" ") : chosen.join(" "), next.at(-1)!);
}

/** What joins a list item to the next, left at the end of the last one: "…(SDG 8, 10, 16); and". */
const JOINER_AT_END = /\s*[;,]\s*(?:and|or)?\s*$/i;

/** An answer ending in a bulleted item without what the list joins it to: "…(SDG 8, 10, 16)", not "…(SDG 8, 10, 16); and". */
function endItem(text: string, last: ScoredUnit): string {
  return BULLET.test(last.unit.text) ? text.replace(JOINER_AT_END, "") : text;
}

/**
 * A record field, named with its record: the whole field when the question asks for it (or the one group of its
 * items the question asks for: `askedGroup`, with `query` the text searched, a follow-up's previous question
 * included), else the one sentence.
 */
function fieldAnswer(best: ScoredUnit, all: ScoredUnit[], analysis: QuestionAnalysis, query: string): string {
  const title = best.hit.passage.source.record!.title;
  // A field is asked for by the intent it answers, or by its name ("Tapajós partners": the Partners field whole).
  const fieldTerms = tokenize(best.unit.field ?? "");
  const named = fieldTerms.length > 0 && fieldTerms.every((term) => analysis.terms.includes(term));
  const asked = INTENT_FIELDS[analysis.intent]?.test(best.unit.field ?? "") || named;
  const units = asked ? fieldUnits(all, best.hit.position, (field) => field === best.unit.field) : withNext(best, all, analysis);
  // Lines of a multi-line field join with "; ", but a line that introduces the next ("Local partners:"), a
  // sentence that ends ("…in 2023."), or a list item that already ends its own way ("…(SDG 3);", "…; and")
  // with a space: never ";;" or "; and;".
  const shown = asked ? (askedGroup(units, analysis, query, title, best.unit.field ?? "") ?? units) : units;
  const value = endItem(joinLines(shown.map((u) => u.unit.value ?? u.unit.text)), shown.at(-1)!);
  // A value that opens with the record's title names it itself: "Project Turquesa is a 2.5-year initiative …", not
  // "Description: Project Turquesa is …" (new-user trial, session 26).
  if (title && value.startsWith(title)) return value;
  return writeFieldQuote({ title: best.unit.field ? title : undefined, field: best.unit.field ?? "", value });
}

/** An acronym label ("CSOs") whose initials a run of the question's words spells ("civil society organisations"). */
function spelledOut(label: string, question: string): boolean {
  const acronym = /^([A-Z]{2,8})s?$/.exec(label.trim())?.[1];
  if (!acronym) return false;
  const words = question.match(/[\p{L}-]+/gu) ?? [];
  return words.some((_, i) => initials(words.slice(i, i + acronym.length)) === acronym);
}

/** A line of a field that heads a group of its items: "Academia: NORC – University of Chicago, …", "Local partners:". */
const GROUP_LABEL = /^([^:;]{2,60}?):(?:\s|$)/;

/** A question about who pays: "Who funds …?", "who finances", "the donor", "who pays for", "where does the money …". */
const FUNDING_ASKED = /\b(?:fund(?:s|ed|er|ers|ing)?|financ\w*|donors?|sponsor\w*|pa(?:ys?|id|ying)\s+for|bankroll\w*|money|foot(?:s|ing)?\s+the\s+bill)\b/i;

/**
 * A question that asks who pays for something (general English): "Who funds X?", "What is the funding source for X?",
 * "Which donor finances X?", "Where does the money for X come from?", "Who is X funded by?", "the main funder of X",
 * "X funder?", "Who is footing the bill for X?"; not a word of money that only sets the scene ("ahead of a meeting with donors").
 */
const FUNDER_ASKED =
  /\bwho\s+(?:funds|funded|finances|financed|pays|paid|bankrolls|bankrolled|sponsors|sponsored)\b|\bwho(?:\s+(?:is|was|are|were)|['’]s)\s+(?:paying|funding|financing|bankrolling|sponsoring|footing\s+the\s+bill|picking\s+up\s+the\s+(?:tab|bill))\b|\b(?:funding|financing)\s+(?:source|sources)\b|\bsources?\s+of\s+(?:funding|financing|money)\b|\b(?:which|what)\s+(?:[\w-]+\s+)?(?:funders?|donors?|sponsors?)\b|\b(?:funders?|donors?|sponsors?)\s*(?:\?|$|(?:of|for|behind)\b)|\bwhere\s+(?:does|did)\s+(?:the\s+)?(?:money|funding)\b|\b(?:funded|financed|paid|sponsored)\s+by\s+(?:whom|who)\b|\bwho\s+(?:is|was|are|were)\s+[^?]{1,60}?\s+(?:funded|financed|sponsored)\s+by\b|\b(?:which|what)\s+(?:[\w-]+\s+){1,2}(?:funds|funded|finances|financed|sponsors|sponsored|bankrolls|bankrolled|pays\s+for|paid\s+for)\b/i;
/**
 * A way to apply, join or register asked (general English): "How can my NGO apply to join …?", "how do we register
 * for …", "is there an application form or deadline?", "how to sign up". Not "get involved", which the work a text
 * describes may answer.
 */
const PROCEDURE_ASKED =
  /\bhow\s+(?:can|could|do|does|would|should|might|may|to)\b[^?]{0,60}?\b(?:apply|register|sign\s+up|enrol+|join|submit|nominate|subscribe)\b(?!\s+forces\b)|\b(?:application|registration|nomination|sign-?up)\s+(?:forms?|process|procedures?|deadlines?|portal|page|link)\b/i;
/** Evidence that speaks of a way to apply, join or register: applying, membership, ratification, a deadline, a contact or an address. */
// Whole words: "joint solutions" and "11 forms of cybercrime" speak of no joining and no form to fill in.
const PROCEDURE_SAID = /\b(?:appl(?:y|ies|ied|ying)|applications?|regist\w*|sign(?:s|ed|ing)?\s+up|enrol\w*|members?hip|join(?:s|ed|ing)?|submit\w*|nominat\w*|subscri\w*|deadlines?|contact\w*|e-?mail|(?:application|registration|sign-?up|online|entry)\s+forms?|ratif\w*|accession|accede)\b|https?:|www\./i;

/** Evidence that speaks of who pays: "funded by", "financing", "donors", "sponsored", "paid for", "grant", "financial contribution" (not any "contribution": "constructive contributions to its Review Mechanism"). */
const FUNDING_SAID = /\b(?:fund(?:s|ed|er|ers|ing)?|financ\w*|donors?|donat\w*|sponsor\w*|paid|pays?|grants?|(?:financial|monetary)\s+contributions?|bankroll\w*)\b/i;

/** Whether the question asks who pays (`FUNDER_ASKED`) and the unit says nothing of paying (`FUNDING_SAID`). */
function silentOnPaying(u: ScoredUnit, analysis: QuestionAnalysis): boolean {
  return FUNDER_ASKED.test(analysis.question) && !FUNDING_SAID.test(u.unit.value ?? u.unit.text);
}

/**
 * When the question asks who pays (`FUNDER_ASKED`) and the chosen unit says nothing of paying (`FUNDING_SAID`), the
 * best unit of the same passage that does: "Who is paying for Project Turquesa?" is answered by "… funded by Global
 * Affairs Canada and jointly implemented by UNODC and INTERPOL", not by the partners field, which names a partner that
 * pays nothing (new-user trial, session 27; "Who funds …?" had found the sentence by its word).
 */
function preferFunder(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !silentOnPaying(best, analysis)) return best;
  return units.find((u) => u.hit.position === best.hit.position && FUNDING_SAID.test(u.unit.value ?? u.unit.text)) ?? best;
}

/** A group of a field's items that says who pays, by its opening words: "Funded by …", "Donors: …". */
const FUNDING_GROUP = /^\W*(?:funded|financed|sponsored|funding|funders?|donors?|sponsors?|financing)\b/i;

/**
 * The one group of a field's lines that the question asks for, where the field's items stand in groups (the
 * group's first line is labelled, "Academia: A, B", or the field opens with unlabelled lines): "Who funds the
 * Tapajós project?" → its "Funded by …" line, not every partner; "Which academic partners …?" → the "Academia: …"
 * group. A group is asked when a question term shares a stem with its label (the same term, or one the prefix of the
 * other, 4 letters or more, so "academic" names "Academia"), terms of the record's title and the field's own name aside, or
 * spells out an acronym label ("civil society organisations" names "CSOs"), or
 * when the question or the previous one it follows asks who pays (FUNDING_ASKED) without naming the field ("partners and funders" asks for it all)
 * and the group opens by saying who funds (FUNDING_GROUP); with no label asked, the one group whose items say a term of
 * the question that no other group says.
 * Undefined unless the field has two groups or more and exactly one is asked.
 */
function askedGroup(lines: ScoredUnit[], analysis: QuestionAnalysis, query: string, title: string, field: string): ScoredUnit[] | undefined {
  const groups: ScoredUnit[][] = [];
  for (const line of lines) {
    if (!groups.length || GROUP_LABEL.test(line.unit.value ?? line.unit.text)) groups.push([line]);
    else groups.at(-1)!.push(line);
  }
  if (groups.length < 2) return undefined;
  const known = new Set(tokenize(`${title} ${field}`));
  const terms = tokenize(analysis.question).filter((term) => term.length >= 3 && !known.has(term));
  // "Who are the partners and funders of X?" asks for the whole field, not only who pays.
  // A follow-up ("What about the Tapajós one?" after "Who funds it?") asks who pays as its previous question did.
  const funding = FUNDING_ASKED.test(query) && !tokenize(field).some((term) => tokenize(analysis.question).includes(term));
  const sameStem = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  const asked = groups.filter((group) => {
    const opening = group[0]!.unit.value ?? group[0]!.unit.text;
    const label = GROUP_LABEL.exec(opening)?.[1];
    if (funding && FUNDING_GROUP.test(label ?? opening)) return true;
    const labelTerms = label ? tokenize(label).filter((term) => !known.has(term)) : [];
    return labelTerms.some((l) => terms.some((t) => sameStem(l, t))) || (!!label && spelledOut(label, analysis.question));
  });
  if (asked.length) return asked.length === 1 ? asked[0] : undefined;
  // No label asked: the one group whose items say a word of the question that no other group says ("Which women's
  // organisation is among the Tapajós partners?" → the "CSOs: … Munduruku Wakoborun Women's Association" group).
  const says = groups.map((group) => new Set(group.flatMap((line) => tokenize(line.unit.value ?? line.unit.text))));
  const holding = groups.filter((_, i) => terms.some((term) => !LIGHT.has(term) && says[i]!.has(term) && says.every((other, j) => j === i || !other.has(term))));
  return holding.length === 1 ? holding[0] : undefined;
}

/** "How many of the VPIs were in …": a count of some of what a list names. */
const HOW_MANY_OF = /\bhow many of (?:the|these|those|them|its|their)\b/i;

/**
 * The world areas a question names by their names or an adjective ("Africa", "African countries", "Asian", "South
 * or South-East Asia"), as CLDR's containment knows them (`countriesInArea`, with staff's shorter names); [] when it names none,
 * or several adjectives.
 */
function areasAsked(question: string): string[] {
  // "South or South-East Asia": the first area's last word is left out before "or" / "and".
  const elided = [...question.matchAll(/\b(\p{Lu}[\p{L}-]*) (?:or|and|&) (\p{Lu}[\p{L}-]*) (\p{Lu}\p{L}+)\b/gu)].flatMap((m) => [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`]);
  if (elided.length === 2 && elided.every((area) => countriesInArea(area).length > 0)) return elided;
  const named = worldAreasIn(question);
  if (named.length) return named;
  // An adjective of an area: "African" → "Africa", "European" → "Europe", "Asian" → "Asia".
  const candidates = [...question.matchAll(/\b(\p{Lu}\p{Ll}+?)(an|n)\b/gu)].flatMap((m) => [`${m[1]}${m[2] === "an" ? "a" : ""}`, m[1]!]);
  const areas = [...new Set(candidates.filter((name) => countriesInArea(name).length > 0))];
  return areas.length === 1 ? areas : [];
}

/** "Of the countries …, which are in …?", "Which of the countries … are in …?": countries chosen by where they are. */
const WHICH_COUNTRIES_IN = /\bcountr(?:y|ies)\b[^?]*\b(?:are|is|were|was|lie|lies|sit|sits)\s+(?:located\s+|situated\s+)?in\b/i;

/**
 * "How many of the SE4U pilot initiatives were in African countries, and which?", "Of the countries UNODC supported
 * …, which are in South or South-East Asia?": of the countries the chosen unit (or a near-best one,
 * `SCORER.typedShare` of its score) lists as a series (`countListed`), those inside the areas asked (CLDR's
 * containment): "2 of the 4 countries listed are in Africa: Kenya and Angola." and the quote. Undefined without
 * "how many of" or a which-question of countries in a place, an area, or a series of two countries or more.
 */
function countedInArea(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): { unit: ScoredUnit; text: string } | undefined {
  if (!best || !(HOW_MANY_OF.test(analysis.question) || (/\bwhich\b/i.test(analysis.question) && WHICH_COUNTRIES_IN.test(analysis.question)))) return undefined;
  const areas = areasAsked(analysis.question);
  if (!areas.length) return undefined;
  const area = areas.join(" or ");
  const inside = new Set(areas.flatMap(countriesInArea).map((country) => country.toLowerCase()));
  for (const u of [best, ...units.filter((o) => o !== best && o.score >= best.score * SCORER.typedShare)]) {
    const said = u.unit.value ?? u.unit.text;
    const series = countListed("How many countries?", said);
    if (!series || series.count < 2) continue;
    const within = series.items.filter((item) => inside.has(item.replace(/^the\s+/i, "").toLowerCase()));
    const title = u.unit.field ? u.hit.passage.source.record?.title : undefined;
    const quote = title ? writeFieldQuote({ title, field: u.unit.field!, value: said }) : said;
    const lead = within.length ? `${within.length} of the ${series.count} countries listed ${within.length === 1 ? "is" : "are"} in ${area}: ${listNames(within)}.` : `None of the ${series.count} countries listed is in ${area}.`;
    // A place listed that is no country of CLDR's ("Somaliland") is placed in no area: said, not silently left out.
    const unplaced = series.items.filter((item) => !COUNTRY_NAME_SET.has(item.replace(/^the\s+/i, "").toLowerCase()));
    const note = unplaced.length ? ` (${listNames(unplaced)}: not on the UN M49 list of countries and areas.)` : "";
    return { unit: u, text: `${lead}${note} ${quote}` };
  }
  return undefined;
}

/** `COUNTRY_NAMES` in lower case. */
const COUNTRY_NAME_SET = new Set(COUNTRY_NAMES.map((name) => name.toLowerCase()));

/** Lines joined with "; ", or a space after a line that already ends its own way (":", ".", ";", "and"). */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => (!text ? line : `${text}${/(?:[:.!?;,]["”’)]?|\b(?:and|or))$/i.test(text) ? " " : "; "}${line}`), "");
}

/** A question that asks which ones, directly or inside a request: "Which …?", "I'd like to know which …", "Of the four …, which …?". */
// "Of the four resolutions the CND adopted, which ones …?": the set they are chosen from may come first.
const WHICH_ASKED = /^\W*which\b|^\W*(?:and\s+)?of\s+[^,?]{1,80},\s*which\b|\b(?:know|tell (?:me|us)|see|find out|wondering|understand|learn|check|confirm|clarify|indicate|list)\s+which\b/i;

/**
 * Items asked by the goal they relate to without "which" (general English): "Do any of the resolutions relate to
 * SDG 5?", "cnd 67 resolutions that correspond to goal 3?".
 */
const ITEMS_OF_GOAL_ASKED = /^\W*(?:do|does|did|are|is|were|was)\s+any\b|\b(?:that|which)\s+(?:relate|correspond|belong|link|apply|pertain|contribute|are\s+(?:linked|related|tagged|relevant|connected|mapped|aligned))\s+to\b/i;

/**
 * For "Which of the four CND 67 resolutions are linked to SDG 3?": the lines of the chosen passage that each
 * cite the one goal asked ("• Prevention of and response to drug overdose (SDG 3)"), joined in order, with the
 * record's title and field; when two or more lines of one field carry their own goals tag and none the goal asked
 * ("… linked to SDG 5?"), "None of the 4 listed is tagged SDG 5: " and those lines. Undefined unless the question
 * asks which items relate to one goal (`WHICH_ASKED`, `ITEMS_OF_GOAL_ASKED`) and a line besides the record's goals
 * field cites it, or none does while two or more lines carry their own goals tag.
 */
function goalItems(best: ScoredUnit, analysis: QuestionAnalysis): string | undefined {
  const goals = goalsNamed(analysis.question);
  if (analysis.intent !== "sdg" || !(WHICH_ASKED.test(analysis.question) || ITEMS_OF_GOAL_ASKED.test(analysis.question)) || goals.length !== 1) return undefined;
  const goalsField = INTENT_FIELDS.sdg!;
  const lines = passageUnits(best.hit.passage, best.hit.position).filter((u) => !(u.field && goalsField.test(u.field)));
  const items = lines.filter((u) => citesGoal(u.value ?? u.text, goals[0]!));
  const title = best.hit.passage.source.record?.title;
  // "Which of the four CND 67 resolutions were linked to SDG 5?" when each of two or more lines carries its own goals
  // tag and none of them the goal asked: none, with the tagged lines to show it.
  const tagged = lines.filter((u) => GOAL_TAG.test(u.value ?? u.text));
  if (!items.length && tagged.length >= 2 && tagged.every((u) => u.field === tagged[0]!.field)) {
    const value = joinLines(tagged.map((u) => u.value ?? u.text)).replace(JOINER_AT_END, "");
    return `None of the ${tagged.length} listed is tagged SDG ${goals[0]}: ${title && tagged[0]!.field ? writeFieldQuote({ title, field: tagged[0]!.field, value }) : value}`;
  }
  if (!items.length) return undefined;
  const field = items[0]!.field;
  // The last item chosen may have been joined to the next one ("…(SDG 8, 10, 16); and"): what joins them goes.
  const value = joinLines(items.map((u) => u.value ?? u.text)).replace(JOINER_AT_END, "");
  return title && field && items.every((u) => u.field === field) ? writeFieldQuote({ title, field, value }) : value;
}

/** Goals asked as held in common (general English): "Which SDGs are shared by all three events?", "common to", "in common". */
const SHARED_GOALS_ASKED = /\b(?:sdgs?|goals?)\b[^?]*\b(?:shared|in common|common to|all (?:of them|three|four|five|the)\s+(?:have|share|name|list|cite)|every one)\b|\b(?:shared|common)\s+(?:sdgs?|goals?)\b/i;

/** The goals every passage's goals field names ("Relevant SDGs: SDGs 3, 16 and 17"), ascending; undefined when one has no such field. */
function sharedGoals(passages: ScoredPassage["passage"][]): number[] | undefined {
  const fields = passages.map((passage) => passageUnits(passage, 0).find((u) => u.field && /sdg|goal/i.test(u.field))?.value);
  if (!fields.length || fields.some((value) => value === undefined)) return undefined;
  const [first, ...rest] = fields.map((value) => goalsNamed(`SDGs ${value!.replace(/^\s*(?:SDGs?|Goals?)\s*/i, "")}`));
  return first!.filter((goal) => rest.every((goals) => goals.includes(goal)));
}

/** "SDG 16", "SDGs 16 and 17", "SDGs 3, 16 and 17". */
function goalList(goals: number[]): string {
  if (goals.length === 1) return `SDG ${goals[0]}`;
  return `SDGs ${goals.slice(0, -1).join(", ")} and ${goals.at(-1)}`;
}

function listAnswer(retrieval: Retrieval, citations: CitationList): string {
  const list = retrieval.list!;
  const lines = retrieval.passages.map((hit) => {
    // A section chosen by a condition shows the sentence that meets it.
    if (list.kind === "sections") return `- ${hit.passage.source.section}${list.conditions?.length && list.matched ? `: ${sectionSentence(hit.passage.text, list.conditions)}` : ""} ${citations.cite(hit)}`;
    // Listed as done with others, a record shows who: its publishers or partners.
    const shown = list.kind === "records" && list.described && list.about !== "where" ? /date|location|sdg|publish|partner|organi[sz]er/i : /date|location|sdg/i;
    // Listed by where they reach, a record shows its countries or beneficiaries when they say the place asked ("Global"),
    // or, for a world area, any place ("17 countries in Central and South America" for "Latin America").
    const reaches = (u: { field?: string; value?: string }) =>
      list.kind === "records" && list.about === "where" && /countr|benefit/i.test(u.field ?? "") && (!!list.described || list.conditions.some((label) => foldText(u.value ?? "").includes(foldText(label))));
    const details = passageUnits(hit.passage, hit.position)
      .filter((u) => u.field && (shown.test(u.field) || reaches(u)) && !/\bname\b/i.test(u.field))
      .map((u) => u.value)
      .join("; ");
    return `- ${hit.passage.source.record!.title}${details ? ` (${details})` : ""} ${citations.cite(hit)}`;
  });
  const what = list.kind === "sections" ? `sections under question ${list.question}` : tablePlural(list.table);
  // "Were any of the events held outside Vienna?" is asked yes or no: the count that answers it opens with the verdict.
  const verdict = list.kind === "records" && (list.conditions.length || list.excluded?.length) && asksYesNo(retrieval.analysis.question) ? (list.matched ? "Yes. " : "No. ") : "";
  const answer = conditionedList(list, lines, what, retrieval, citations);
  // "Which SDGs are shared by all three events?": the goals every listed record's goals field names, said first.
  const shared = list.kind === "records" && SHARED_GOALS_ASKED.test(retrieval.analysis.question) ? sharedGoals(retrieval.passages.map((hit) => hit.passage)) : undefined;
  if (shared && !verdict) {
    const lead = shared.length ? `${goalList(shared)} ${shared.length === 1 ? "is" : "are"} shared by` : "No goal is shared by";
    const whole = /^The submission lists \d+ [^:\n]+:\n/.exec(answer);
    return whole ? `${lead} all ${retrieval.passages.length} ${what} the submission lists:\n${answer.slice(whole[0].length)}` : `${lead} all ${retrieval.passages.length} listed:\n${answer}`;
  }
  // "None: all 3 events … mention “Vienna”" is the "No" itself.
  return verdict === "No. " && answer.startsWith("None: ") ? `No: ${answer.slice("None: ".length)}` : verdict + answer;
}

/** The first sentence of a passage that says a condition's words ("“Colombia”"), else its first sentence. */
function sectionSentence(text: string, conditions: string[]): string {
  const sentences = splitSentences(text).map((sentence) => sentence.text);
  const terms = conditions.filter((c) => !c.startsWith("not ")).map((c) => tokenize(c));
  return sentences.find((sentence) => {
    const said = new Set(tokenize(sentence));
    return terms.some((condition) => condition.every((term) => said.has(term)));
  }) ?? sentences[0] ?? text;
}

/** `listAnswer`'s text after any verdict: the records that meet the question's conditions, or what they hold instead. */
function conditionedList(list: NonNullable<Retrieval["list"]>, lines: string[], what: string, retrieval: Retrieval, citations: CitationList): string {
  if (list.kind === "sections" && list.conditions?.length) {
    const condition = list.conditions.join(list.either ? " or " : " and ");
    if (!list.matched) return `None of the ${list.total} ${what} mentions ${condition} ${retrieval.passages.map((hit) => citations.cite(hit)).join("")}.`;
    return `${list.matched} of the ${list.total} ${what} ${list.matched === 1 ? "mentions" : "mention"} ${condition}:\n${lines.join("\n")}`;
  }
  if (list.kind === "records" && !list.conditions.length && list.excluded?.length) {
    // "Which events were held outside Vienna?": the records that do not mention it, or none.
    const left = list.excluded.map((c) => `“${c}”`).join(" or ");
    if (!list.matched) return `None: all ${list.total} ${what} the submission lists mention ${left} ${retrieval.passages.map((hit) => citations.cite(hit)).join("")}.`;
    return `${list.matched} of the ${list.total} ${what} the submission lists ${list.matched === 1 ? "does" : "do"} not mention ${left}:\n${lines.join("\n")}`;
  }
  if (list.kind === "records" && list.conditions.length) {
    const condition = [...list.conditions.map((c) => `“${c}”`), ...(list.excluded ?? []).map((c) => `not “${c}”`)].join(list.either ? " or " : " and ");
    // A condition no word of the records says ("published jointly with other agencies") is said in its own words.
    const { described } = list;
    if (described) {
      if (!list.matched) return `None of the ${list.total} ${what} the submission lists ${described.one} ${retrieval.passages.map((hit) => citations.cite(hit)).join("")}.`;
      const share = list.matched === list.total && list.total > 1 ? `All ${list.total}` : `${list.matched} of the ${list.total}`;
      return `${share} ${what} the submission lists ${list.matched === 1 ? described.one : described.many}:\n${lines.join("\n")}`;
    }
    if (!list.matched) {
      const none = `None of the ${list.total} ${what} the submission lists mentions ${condition}`;
      // A condition nobody meets is often a wrong premise ("published with the World Bank"): say what each record
      // does hold in the field the question asks about (its publishers, funders, languages).
      // Asked which records meet it ("Which events were held in New York?"), the field is the condition's kind's.
      // A name of no known kind ("done together with UNICEF") is a partner, a funder or a publisher: the who-fields.
      const field = INTENT_FIELDS[retrieval.analysis.intent] ?? (list.about ? INTENT_FIELDS[list.about] : INTENT_FIELDS.who);
      const held = field
        ? retrieval.passages.map((hit) => {
            const values = passageUnits(hit.passage, hit.position).filter((u) => u.field && field.test(u.field) && u.value !== hit.passage.source.record!.title).map((u) => u.value ?? u.text);
            return values.length ? `- ${hit.passage.source.record!.title}: ${values.join("; ")} ${citations.cite(hit)}` : undefined;
          })
        : [];
      if (held.length && held.every(Boolean)) return `${none}. What they list instead:\n${held.join("\n")}`;
      // Records with no dates field date themselves in their titles ("Global Study on Homicide 2023", "(July 2024)").
      const titles = retrieval.passages.map((hit) => hit.passage.source.record?.title ?? "");
      if (list.about === "when" && titles.every((title) => /\b(?:19|20)\d{2}\b/.test(title))) return `${none}. What they list instead:\n${retrieval.passages.map((hit, i) => `- ${titles[i]} ${citations.cite(hit)}`).join("\n")}`;
      return `${none} ${retrieval.passages.map((hit) => citations.cite(hit)).join("")}.`;
    }
    // Every record meets it ("Which resources target academia?"): all of them, said so.
    if (list.matched === list.total && list.total > 1) return `All ${list.total} ${what} the submission lists mention ${condition}:\n${lines.join("\n")}`;
    return `${list.matched} of the ${list.total} ${what} the submission lists ${list.matched === 1 ? "mentions" : "mention"} ${condition}:\n${lines.join("\n")}`;
  }
  return `The submission lists ${lines.length} ${lines.length === 1 && list.kind === "records" ? list.table : what}:\n${lines.join("\n")}`;
}

/** The chosen record's other fields the question also asks for ("…and on which dates?"): "Event Dates: 13-17 May 2024". */
function alsoAsked(best: ScoredUnit, units: ScoredUnit[], analysis: QuestionAnalysis): string[] {
  if (!best.unit.field || !best.hit.passage.source.record || (!analysis.alsoAsks && !analysis.aspects)) return [];
  const lines: string[] = [];
  for (const intent of analysis.alsoAsks ?? []) {
    const field = INTENT_FIELDS[intent]!;
    if (field.test(best.unit.field)) continue;
    const values = fieldUnits(units, best.hit.position, (name) => field.test(name));
    const first = values[0]?.unit.field;
    if (first) lines.push(`${first}: ${values.filter((u) => u.unit.field === first).map((u) => u.unit.value ?? u.unit.text).join("; ")}`);
  }
  // Each other thing asked beside the fields ("outcomes" of "dates and outcomes"): the record's best unit that says it.
  for (const aspect of analysis.aspects ?? []) {
    const saying = units.find((u) => u.hit.position === best.hit.position && u !== best && u.terms.has(aspect));
    if (!saying || best.terms.has(aspect)) continue;
    // A lead-in ("… adopted four resolutions on the following issues:") keeps the items it introduces.
    const shown = /:\s*$/.test(saying.unit.value ?? saying.unit.text) ? withNext(saying, units) : [saying];
    const value = endItem(joinLines(shown.map((u) => u.unit.value ?? u.unit.text)), shown.at(-1)!);
    lines.push(saying.unit.field ? `${saying.unit.field}: ${value}` : value);
  }
  return lines;
}

/** Words that ask what happened without saying what (general English): "what stuff happened", "any news from May". */
const VAGUE_TERMS = new Set(tokenize("stuff thing things related relating news notable key main major anything everything"));

/**
 * A time desk's question ("What happened in May 2024?", "what unodc related stuff happened in march 2024"): a test of
 * whether a text dates something in the month (and year) it names, when the question names one month and asks nothing
 * else (its other terms are doing, happening, vague or light words, words about the text or the entity's names).
 * The month is matched capitalised, as English writes it ("May 2024", not the modal "may"), with the year within a
 * few characters after it when one is asked ("13-17 May 2024", "in May 2024"). Undefined for a yes/no, a list (a
 * table's month condition is `listConditions`'), or a typed question.
 */
function deskTime(retrieval: Retrieval): ((text: string) => boolean) | undefined {
  const { analysis } = retrieval;
  if (analysis.intent !== "general" || asksYesNo(analysis.question) || analysis.listNoun) return undefined;
  const named = [...analysis.question.matchAll(new RegExp(`\\b(${MONTH_ALTERNATION})\\b(?:\\s+((?:19|20)\\d{2}))?`, "gi"))];
  if (named.length !== 1) return undefined;
  const month = named[0]![1]!;
  const year = named[0]![2];
  // "may" typed in lower case is a month only with its year after it.
  if (month === month.toLowerCase() && !year) return undefined;
  const sources = new Set(retrieval.passages.flatMap((hit) => tokenize(`${hit.passage.source.entity ?? ""} ${hit.passage.source.entityName ?? ""}`)));
  const exempt = new Set([...tokenize(`${month} ${year ?? ""}`), ...DOING_TERMS, ...HAPPENING_TERMS, ...VAGUE_TERMS, ...sources]);
  if (analysis.terms.some((term) => !exempt.has(term) && !LIGHT.has(term) && !ABOUT_THE_TEXT.has(term))) return undefined;
  const capital = month.charAt(0).toUpperCase() + month.slice(1).toLowerCase();
  const dates = new RegExp(year ? `\\b${capital}\\b[^.;:]{0,12}?\\b${year}\\b` : `\\b${capital}\\b(?:\\s+\\d{1,2}\\b|\\s+(?:19|20)\\d{2}\\b)|\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${capital}\\b`);
  return (text) => dates.test(text);
}

/** `DOING_WORDS` as terms. */
const DOING_TERMS = new Set(tokenize(DOING_WORDS.join(" ")));

/**
 * The place a country desk asks about ("What has UNODC done in Kyrgyzstan?", "Anything on Central Asia?"): a test
 * of whether a unit names it (the country; the world area by its name or a country inside it, CLDR's containment), when the
 * question names one country or one world area with countries in it and asks nothing else of it (its other terms
 * are doing words, words about the text, light words or the entity's names). Undefined for a list or a typed
 * question, and for a yes/no one unless it asks whether the place is mentioned at all ("Is Kyrgyzstan mentioned?").
 */
function deskPlace(best: ScoredUnit, analysis: QuestionAnalysis): ((u: ScoredUnit) => boolean) | undefined {
  // "In which activities does Kenya feature?" lists what is done there: a list of doing words is a desk's question.
  const listsDoing = !!analysis.listNoun && tokenize(analysis.listNoun).every((term) => DOING_TERMS.has(term));
  // "Is Kyrgyzstan mentioned anywhere in the submission?" asks yes or no where the place comes up: a desk's question too.
  if (analysis.intent !== "general" || (asksYesNo(analysis.question) && !MENTION_ASKED.test(analysis.question)) || (analysis.listNoun && !listsDoing)) return undefined;
  const countries = [...new Set((analysis.question.match(COUNTRIES_ANY_CASE) ?? []).map(countryName))];
  const areas = worldAreasIn(analysis.question);
  const place = countries.length === 1 && !areas.length ? countries[0]! : !countries.length && areas.length === 1 ? areas[0]! : undefined;
  if (!place) return undefined;
  const inside = new Set(countries.length ? countries : countriesInArea(place));
  // An area is named by its own name too ("In Southeast Asia, the Beware the Share campaign …").
  const byName = new RegExp(`\\b${escapeRegExp(place)}\\b`, "i");
  // The countries an area is searched by are the area's words too.
  // "… mentioned anywhere? If so in what contexts": where and how the place comes up is what a desk's answer gives.
  const exempt = new Set([...tokenize(place), ...[...inside].flatMap((country) => tokenize(country)), ...DOING_TERMS, ...entityTerms(best.hit.passage), ...(MENTION_ASKED.test(analysis.question) ? MENTION_CONTEXT_TERMS : [])]);
  if (analysis.terms.some((term) => !exempt.has(term) && !LIGHT.has(term) && !ABOUT_THE_TEXT.has(term))) return undefined;
  return (u) => {
    const named: string[] = u.unit.text.match(COUNTRIES) ?? [];
    return named.some((country) => inside.has(country)) || byName.test(u.unit.text);
  };
}

/** Words asking where or how a thing is mentioned: "anywhere", "if so, in what context(s)" (general English), as tokenized. */
const MENTION_CONTEXT_TERMS = tokenize("anywhere where context contexts if so yes");

/** Whether the text names a thing at all, asked (general English): "mentioned", "feature", "appear", "come up", "referred to". */
const MENTION_ASKED = /\b(?:mention(?:s|ed)?|feature(?:s|d)?|appear(?:s|ed)?|come\s+up|came\s+up|refer(?:s|red)?\s+to|cited|named)\b/i;

/**
 * A country desk's best unit: the best-scoring unit that names the place asked (`deskPlace`), when the chosen one
 * does not ("Anything on Central Asia?" is not answered by "17 countries in Central and South America").
 */
function preferDeskPlace(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  const names = best ? deskPlace(best, analysis) : undefined;
  if (!best || !names || names(best)) return best;
  // A record that names the place in another field is about it ("Tapajós Project — … Member States benefiting from
  // it: Brazil"): its chosen unit stays. So does the best unit when only a short field names the place.
  if (best.hit.passage.source.record && units.some((u) => u.hit.position === best.hit.position && names(u))) return best;
  return units.find((u) => names(u) && (u.unit.value === undefined || countWords(u.unit.value) > FIELD_ONLY_WORDS)) ?? best;
}

/**
 * A country desk's question is answered with every passage that names the place (`deskPlace`), not only the best:
 * the other units naming it, one per passage and up to `SCORER.equalRecords`, best first.
 */
function countryMentions(best: ScoredUnit, units: ScoredUnit[], everyUnit: () => ScoredUnit[], retrieval: Retrieval): ScoredUnit[] {
  const names = deskPlace(best, retrieval.analysis);
  // The chosen unit may be another field of a record that names the place ("SE4U — Description: …" of the record
  // whose next sentence names Kenya): its passage counts as naming it.
  if (!names || !units.some((u) => u.hit.position === best.hit.position && names(u))) return [];
  const seen = new Set([best.hit.position]);
  const others: ScoredUnit[] = [];
  // The mentions are looked for in every passage retrieved, not only the leading ones the answer is chosen from.
  for (const u of everyUnit()) {
    if (others.length >= SCORER.equalRecords || seen.has(u.hit.position) || !names(u)) continue;
    seen.add(u.hit.position);
    others.push(u);
  }
  return others;
}

/**
 * Other records that answer the question as well as the chosen one: the same field asked for, as much of the
 * question's terms (so the question does not tell them apart) and a near-best score. "When did the 67th
 * session take place?" is answered for both of its segments, each cited; "When was its regular segment?"
 * only for that one. At most `SCORER.equalRecords` more.
 */
function equallyAsked(best: ScoredUnit, units: ScoredUnit[], analysis: QuestionAnalysis, retrieval?: Retrieval): ScoredUnit[] {
  const field = INTENT_FIELDS[analysis.intent];
  if (!best.unit.field || !best.hit.passage.source.record || !field?.test(best.unit.field)) return [];
  // A follow-up is about what the conversation named: "Who are the academic partners?" after "Tell me about the
  // Tapajós project" is not answered by other records' partners, which do not name "Tapajós".
  const earlier = retrieval?.followUp ? retrieval.query.slice(0, Math.max(0, retrieval.query.length - analysis.question.length)) : "";
  const bestSays = new Set([...best.terms, ...contextTerms(best.hit)]);
  const named = capitalisedTerms(earlier).filter((term) => bestSays.has(term) && !tokenize(best.hit.passage.source.entity ?? "").includes(term));
  // Nor, when the question names the chosen record by its title ("Was the Tapajós project funded by …?"), by
  // another record that it does not name.
  const namer = recordNamer(units, analysis.question);
  const namesBest = namer.names(best.hit.position);
  // So, in a follow-up, when the conversation named it by its title ("Who are its partners?" after "Tell me about the
  // African Civil Society Forum on Drugs" is not answered by the ImPACT Coalition's partners, which list the Forum).
  const earlierNamer = earlier ? recordNamer(units, earlier) : undefined;
  const namedEarlier = earlierNamer?.names(best.hit.position) ?? false;
  const seen = new Set([best.hit.position]);
  const others: ScoredUnit[] = [];
  for (const u of units) {
    if (others.length >= SCORER.equalRecords || seen.has(u.hit.position) || u.unit.field !== best.unit.field || !u.hit.passage.source.record) continue;
    if ((namesBest && !namer.names(u.hit.position)) || (namedEarlier && !earlierNamer!.names(u.hit.position))) continue;
    if (u.coverage + 1e-9 < best.coverage || u.score < best.score * SCORER.nearBestShare) continue;
    if (named.length && !named.every((term) => u.terms.has(term) || contextTerms(u.hit).has(term))) continue;
    // The same value ("Vienna, Austria" for both segments) is said once.
    if ((u.unit.value ?? u.unit.text) === (best.unit.value ?? best.unit.text)) continue;
    // Asked who pays, a record whose field says nothing of paying answers nothing (`preferFunder`).
    if (silentOnPaying(u, analysis)) continue;
    seen.add(u.hit.position);
    others.push(u);
  }
  return others;
}

/**
 * Which records a question names by title, among the units' records: `names(position)` when the question holds the
 * first two terms of the record's title that no other record's title holds, or its one such term, or two terms in
 * a row of the title, one of them such a term or one some other record's title lacks; `strongly(position)` when by the
 * first two or by a count (`countedTitles`); `distinctive` gives those terms (worked out once a record), `positions` the
 * records.
 */
function recordNamer(units: ScoredUnit[], question: string): { names: (position: number) => boolean; strongly: (position: number) => boolean; distinctive: (position: number) => string[]; positions: number[] } {
  // The goals' own name without a number ("which Sustainable Development Goals …?") names the kind of fact asked, not
  // a record whose title holds a goal ("Global Progress Report on Sustainable Development Goal 16 Indicators").
  const asked = new Set(tokenize(question.replace(/\bsustainable\s+development\s+goals?\b(?!\s*#?\s*\d)/gi, " ")));
  const titles = new Map<number, Set<string>>();
  const sequences = new Map<number, string[]>();
  for (const u of units) {
    if (!u.hit.passage.source.record || titles.has(u.hit.position)) continue;
    sequences.set(u.hit.position, tokenize(u.hit.passage.source.record.title));
    titles.set(u.hit.position, new Set(sequences.get(u.hit.position)));
  }
  const own = new Map([...titles].map(([position, terms]) => [position, [...terms].filter((term) => ![...titles].some(([other, theirs]) => other !== position && theirs.has(term)))]));
  const distinctive = (position: number) => own.get(position) ?? [];
  // The title's leading words name it ("African Civil …", "ImPACT Coalition"); its later ones describe it
  // ("… for the Implementation of the … Convention"), and an asker's own words may happen to be among them.
  // So does a phrase of two words of the title in a row, one of them its own or at least not every record's:
  // "wildlife crime report" names "World Wildlife Crime Report 2024", "SDG 16 progress report" the "Global Progress
  // Report on … Goal 16 …", "67th session" both records of the CND's 67th session.
  // Not a phrase that is part of another title the question names by its own terms: "water crime" of "the Regional
  // Forum on Water Crime" does not also name the "Office for Water Crime Studies".
  const namesOwn = (position: number) => {
    const terms = distinctive(position);
    return terms.length > 0 && terms.slice(0, 2).every((term) => asked.has(term));
  };
  const counted = countedTitles(question, titles);
  const names = (position: number) => {
    if (namesOwn(position) || counted.has(position)) return true;
    const terms = distinctive(position);
    const sequence = sequences.get(position) ?? [];
    const rare = (term: string) => terms.includes(term) || [...titles.values()].some((title) => !title.has(term));
    const inOther = (pair: string[]) => [...titles].some(([other, title]) => other !== position && namesOwn(other) && pair.every((term) => title.has(term)));
    return sequence.some((term, i) => i > 0 && asked.has(term) && asked.has(sequence[i - 1]!) && (rare(term) || rare(sequence[i - 1]!)) && !inOther([sequence[i - 1]!, term]));
  };
  // Named by its own terms or by count, not only by two words in a row that may be the asker's own phrase ("civil
  // society organisations" holds "Civil Society" of the "African Civil Society Forum on Drugs").
  const strongly = (position: number) => namesOwn(position) || counted.has(position);
  return { names, strongly, distinctive, positions: [...titles.keys()] };
}

/**
 * "both segments", "the two CND segments", "all three events": a count and a plural noun (general English) name
 * the records whose titles hold that noun when there are exactly that many among them. Empty otherwise. Found by
 * a new-user trial ("What were the outcomes of the two CND segments?" answered for one of them).
 */
const COUNTED_GROUP = /\b(?:both|(?:all\s+)?(?:the\s+|these\s+|those\s+)?(two|three|four|five))\s+(?:of\s+the\s+)?(?:[\p{L}\d-]+\s+){0,2}?([\p{L}-]+s)\b/giu;
function countedTitles(question: string, titles: Map<number, Set<string>>): Set<number> {
  const named = new Set<number>();
  for (const [, number, noun] of question.matchAll(COUNTED_GROUP)) {
    const count = number ? countOrRank(number)!.value : 2;
    const term = tokenize(noun!)[0];
    const holding = [...titles].filter(([, title]) => !!term && title.has(term)).map(([position]) => position);
    if (holding.length === count) for (const position of holding) named.add(position);
  }
  return named;
}

/** Words that ask about time or order in time (general English): "when", "dates", "which came first", "earlier". */
const TIME_ASKED = /\b(?:when|dates?|years?|months?|first|earlier|earliest|later|latest|older|oldest|newer|newest|before|after|since)\b/i;

/**
 * The other records the question names by their titles (`recordNamer`), each with its unit that best answers it:
 * "When were the African Civil Society Forum on Drugs and the ImPACT Coalition launched?" is answered for both,
 * each cited ("african", "civil"; "impact", "coalit"). A list question and a yes/no question are left as they
 * are. At most `SCORER.equalRecords`.
 */
function namedRecords(best: ScoredUnit, units: ScoredUnit[], retrieval: Retrieval): ScoredUnit[] {
  const { analysis } = retrieval;
  if (!best.hit.passage.source.record || asksYesNo(analysis.question) || analysis.listNoun) return [];
  // A follow-up's "they" names the records the last answer listed ("who are they aimed at?").
  const { names, strongly, distinctive, positions } = recordNamer(units, [analysis.question, ...(analysis.referents ?? [])].join(" "));
  // What the chosen unit answers with, the others should too: a date for a date ("Which was set up first?").
  // Not a year inside a name the chosen unit gives ("… Declaration on the 2024 midterm review"): a date asked is.
  const dated = DATE_MENTION.test(best.unit.value ?? best.unit.text) && (analysis.intent === "when" || TIME_ASKED.test(analysis.question) || (!!best.unit.field && INTENT_FIELDS.when!.test(best.unit.field)));
  if (!names(best.hit.position)) return [];
  const spellsGroup = best.hit.passage.text.split(/[;\n]/).some((line) => spelledOut(GROUP_LABEL.exec(line.trim())?.[1] ?? "", analysis.question));
  // Not a unit that names the chosen record: the Coalition's partners field naming the Forum is about the Forum.
  const chosen = distinctive(best.hit.position);
  const others: ScoredUnit[] = [];
  for (const position of positions) {
    if (others.length >= SCORER.equalRecords || position === best.hit.position || !names(position)) continue;
    // Not one named only by a phrase of the asker's that spells out a group the chosen record's field answers with, when
    // the chosen one is named by its own terms: "Which civil society organisations are partners in the Tapajós
    // project?" asks for its "CSOs:" and names no African Civil Society Forum (new-user trial, session 27).
    if (spellsGroup && strongly(best.hit.position) && !strongly(position)) continue;
    const own = units.filter((u) => u.hit.position === position && !chosen.every((term) => u.terms.has(term)));
    const answering = own.find((u) => holdsAnswerType(u, units, analysis, retrieval) && (!dated || DATE_MENTION.test(u.unit.value ?? u.unit.text))) ?? own[0];
    if (answering) others.push(answering);
  }
  return others;
}

/**
 * For a question that names two countries or more ("Compared with Afghanistan, what is the trend in poppy
 * cultivation in Myanmar?"), the best unit that names each one the quote (`quote`, the answer's text) does not, when it scores at least
 * `SCORER.namedSiblingShare` of the best (as a sentence naming the asked country wins in `preferNamed`): the answer
 * then spans each country asked, each cited. A list question and a yes/no question are left as they are. At most
 * `SCORER.equalRecords`.
 */
function otherCountriesAsked(best: ScoredUnit, quote: string, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit[] {
  if (asksYesNo(analysis.question) || analysis.listNoun) return [];
  const asked = countriesAsked(analysis);
  if (asked.length < 2) return [];
  const named = (u: ScoredUnit) => new Set(u.unit.text.match(COUNTRIES) ?? []);
  const quoted = new Set(quote.match(COUNTRIES) ?? []);
  const others: ScoredUnit[] = [];
  for (const country of asked) {
    if (others.length >= SCORER.equalRecords || quoted.has(country) || others.some((u) => named(u).has(country))) continue;
    const found = units.find((u) => u !== best && u.score >= best.score * SCORER.namedSiblingShare && named(u).has(country));
    if (found) others.push(found);
  }
  return others;
}

/**
 * The units less those that only repeat what the question says: the field "Brazil" of the record the question
 * names answers nothing to "In which part of Brazil does the Tapajós project work?". All of them when every unit
 * does, and for a yes/no question, which a field that repeats it confirms ("Is the Global Study linked to SDG 16?").
 */
function withoutEchoes(units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit[] {
  if (asksYesNo(analysis.question)) return units;
  // A country the question names by its adjective ("Which Brazilian state…?") is said by it: "Brazil" repeats it.
  const asked = new Set([...tokenize(analysis.question), ...(analysis.places ?? []).flatMap((place) => tokenize(place))]);
  const kept = units.filter((u) => {
    if (!u.unit.field) return true;
    // The record's title is part of what the field says: "Relevant SDGs: SDG 15" of a report the question does not name is news.
    const said = tokenize(`${u.hit.passage.source.record?.title ?? ""} ${u.unit.value ?? u.unit.text}`);
    return !said.length || !said.every((term) => asked.has(term));
  });
  return kept.length ? kept : units;
}

/**
 * Whether an answer says nothing the question does not: every content term of `answer` (tokenized) is a term of
 * `question`, or shares its first `SAME_WORD_PREFIX` letters with one ("America" of "American"). "Which 17
 * Central and South American countries are covered? Please name them." is not answered by "17 countries in
 * Central and South America" (a record's field value, with its record's title). A yes/no question's answer restates it by design: callers leave those out.
 */
export function restatesQuestion(answer: string, question: string): boolean {
  const asked = tokenize(question);
  const said = tokenize(answer);
  const same = (a: string, b: string) => a === b || (a.length >= SAME_WORD_PREFIX && b.length >= SAME_WORD_PREFIX && a.slice(0, SAME_WORD_PREFIX) === b.slice(0, SAME_WORD_PREFIX));
  return said.length > 0 && said.every((term) => asked.some((word) => same(term, word)));
}

/** Letters two terms share to count as one word in `restatesQuestion` (Porter stems of one word's forms differ late). */
const SAME_WORD_PREFIX = 6;

/** "The submission does not say", with the nearest passages offered. */
export function abstention(retrieval: Retrieval): AnswerResult {
  const citations = new CitationList();
  const nearest = retrieval.passages.slice(0, 3).map((hit) => `- ${citations.cite(hit)} ${hit.passage.breadcrumb}`);
  const answer = nearest.length ? `${NOT_SAID}. The nearest passages are:\n${nearest.join("\n")}` : `${NOT_SAID}.`;
  return { answer, abstained: true, mode: "extractive", citations: citations.citations };
}

/** Offline answers: the sentences or record fields that answer, verbatim, each followed by its citation. */
/** A rule that may hand the choice of the answering unit from `best` to another of `units` (each says when and why). */
type Preference = (best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis, retrieval: Retrieval) => ScoredUnit | undefined;

/** A question asking what things were about (general English): "what were the CND resolutions about?", "… topics". */
const ISSUES_ASKED = /\b(?:what|which)\b[^?]*\b(?:about|on what|topics?|issues?|subjects?|themes?)\W*$|\b(?:topics?|issues?|subjects?|themes?)\b/i;

/**
 * When the question asks what things were about and a unit within `SCORER.typedShare` of the chosen one, saying as
 * much of the question, introduces its items ("… adopted four resolutions on the following issues:"), that unit:
 * it names them, where the chosen one may only say there were some ("adopted several resolutions contributing to
 * …"). New-user trial ("CND resolutions 2024 topics").
 */
function preferIssuesListed(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || !ISSUES_ASKED.test(analysis.question) || /:\s*$/.test(best.unit.value ?? best.unit.text)) return best;
  // Not one that drops a symbol or figure the chosen unit says ("What issue did CND Resolution 67/4 highlight?").
  const identifiers = analysis.terms.filter((term) => /\d/.test(term) && best.terms.has(term));
  return units.find((u) => u.score >= best.score * SCORER.typedShare && u.coverage + 1e-9 >= best.coverage && identifiers.every((term) => u.terms.has(term)) && /:\s*$/.test(u.unit.value ?? u.unit.text) && units.some((o) => o.hit.position === u.hit.position && o.ordinal === u.ordinal + 1)) ?? best;
}

/** The rules the unit `preferIntentField` chooses passes through, in this order: a later one sees an earlier one's choice. */
/**
 * In a follow-up, a name the question itself says (one of `analysis.names`: "What's the Pledge4Action thing that came
 * out of it?") that the chosen unit does not, when another unit says them all: the conversation's subject ("it", the
 * CND session) had drawn the session's record, which never names the initiative (new-user trial, session 27).
 */
function preferOwnName(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis, retrieval: Retrieval): ScoredUnit | undefined {
  if (!best || !retrieval.followUp) return best;
  const own = new Set(tokenize(analysis.question));
  const names = analysis.names.filter((name) => own.has(name));
  if (!names.length || names.every((name) => saysTerm(best, name))) return best;
  return units.find((u) => names.every((name) => saysTerm(u, name))) ?? best;
}

/**
 * "Where have they run the pilot initiatives?": what was run, held or carried out (general English), after its verb;
 * the thing asked to be placed, not the record's own reach.
 */
const PLACED_THING = /\bwhere\s+(?:have|has|had|did|do|does|were|was|is|are)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:run|held|conducted|implemented|launched|piloted|organi[sz]ed|carried\s+out|rolled\s+out)\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu;

/**
 * A where-question about a thing the record did (`PLACED_THING`: "where have they run the pilot initiatives?" after a
 * turn on SE4U), answered by the record's place field, which says nothing of it: the unit of the same passage that
 * says the thing's head noun (or an acronym that spells it: "VPIs") and names a country (new-user trial, session 27).
 */
function preferThingPlaced(best: ScoredUnit | undefined, units: ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit | undefined {
  if (!best || analysis.intent !== "where" || !best.unit.field || !INTENT_FIELDS.where?.test(best.unit.field)) return best;
  const head = PLACED_THING.exec(analysis.question)?.[1]?.split(/\s+/).at(-1);
  const [term] = head ? tokenize(head) : [];
  if (!term || best.terms.has(term)) return best;
  return units.find((u) => u.hit.position === best.hit.position && u.terms.has(term) && COUNTRY_PATTERN.test(u.unit.value ?? u.unit.text)) ?? best;
}

const PREFERENCES: Preference[] = [
  preferOwnName,
  preferThingPlaced,
  preferAskedRecord,
  preferSubdivision,
  preferNamedCountries,
  preferGoalTag,
  (best, units, _analysis, retrieval) => sectionLead(best, units, retrieval),
  preferPurpose,
  preferChallenge,
  preferFunder,
  preferNaming,
  preferMostSymbols,
  preferTitledSymbol,
  preferOutcome,
  preferSpelledOut,
  preferPlan,
  preferStated,
  preferFuture,
  preferTopicItem,
  preferReason,
  preferDeskPlace,
  preferIssuesListed,
];

export class ExtractiveAnswerer implements Answerer {
  readonly mode = "extractive" as const;
  private readonly limits: { threshold: number; minCoverage: number };

  constructor(private readonly options: ExtractiveOptions = {}) {
    this.limits = { threshold: options.threshold ?? DEFAULT_THRESHOLD, minCoverage: options.minCoverage ?? DEFAULT_MIN_COVERAGE };
  }

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const { reason: _reason, ...result } = this.compose(request.retrieval);
    // Streamed word by word, as a model's answer would be.
    if (request.onToken) for (const piece of result.answer.match(/\S+\s*/g) ?? []) request.onToken(piece);
    return result;
  }

  compose(retrieval: Retrieval): AnswerResult & { reason?: string } {
    const citations = new CitationList();
    if (retrieval.list && retrieval.passages.length) {
      const answer = listAnswer(retrieval, citations);
      return { answer, abstained: false, mode: this.mode, citations: citations.citations };
    }
    if (retrieval.definition && retrieval.passages[0]?.position === retrieval.definition.passage) {
      const { acronym, expansion } = retrieval.definition;
      const answer = `${acronym} stands for ${expansion} ${citations.cite(retrieval.passages[0])}`;
      return { answer, abstained: false, mode: this.mode, citations: citations.citations };
    }
    const units = withoutEchoes(scoreUnits(retrieval, this.options), retrieval.analysis);
    // Every retrieved passage's units, not only the leading ones the answer is chosen from: for desks.
    const everyUnit = () => withoutEchoes(scoreUnits(retrieval, { ...this.options, candidates: retrieval.passages.length }), retrieval.analysis);
    // "What happened in May 2024?": every retrieved passage that dates something in that month, one line each.
    const dated = deskTime(retrieval);
    if (dated) {
      const all = everyUnit();
      const seen = new Set<number>();
      const lines: string[] = [];
      for (const u of all) {
        // A record's title may date it ("… Indicators (July 2024)"): its fields are dated by it.
        const title = u.unit.field ? (u.hit.passage.source.record?.title ?? "") : "";
        if (lines.length > SCORER.equalRecords || seen.has(u.hit.position)) continue;
        const byText = dated(u.unit.value ?? u.unit.text);
        if (!byText && !dated(title)) continue;
        seen.add(u.hit.position);
        // Dated by its title alone, a record is said by its description.
        const said = byText ? u : (all.find((o) => o.hit.position === u.hit.position && /description/i.test(o.unit.field ?? "")) ?? u);
        lines.push(`${said.unit.field ? fieldAnswer(said, all, retrieval.analysis, retrieval.query) : said.unit.text} ${citations.cite(said.hit)}`);
      }
      if (lines.length) return { answer: lines.join("\n"), abstained: false, mode: this.mode, citations: citations.citations };
    }
    // "What does ECOSOC stand for?": an acronym the submission uses but never spells out is not defined by a sentence
    // that uses it. One it writes in brackets after a name its initials do not spell ("Office to Monitor and Combat
    // Trafficking in Persons (J-TIP)") is defined by the line that does.
    const { acronym } = retrieval.analysis;
    if (retrieval.analysis.intent === "define" && acronym && !retrieval.definition) {
      const bracketed = new RegExp(`\\(${escapeRegExp(acronym)}s?(?:[/)]|\\s*[-–,])`);
      const naming = units.find((u) => bracketed.test(u.unit.value ?? u.unit.text));
      if (!naming) return { ...abstention(retrieval), reason: `the submission never spells out ${acronym}` };
      const line = naming.unit.field && naming.hit.passage.source.record ? writeFieldQuote({ title: naming.hit.passage.source.record.title, field: naming.unit.field, value: naming.unit.value ?? naming.unit.text }) : naming.unit.text;
      return { answer: `${line} ${citations.cite(naming.hit)}`, abstained: false, mode: this.mode, citations: citations.citations };
    }
    const preferred = PREFERENCES.reduce((best, prefer) => prefer(best, units, retrieval.analysis, retrieval), preferIntentField(units, retrieval.analysis, retrieval));
    const typed = preferred ? chooseTyped(preferred, units, retrieval) : undefined;
    const best = typed?.unit;
    const form = questionTextAnswer(retrieval, best);
    if (form) return { answer: `${form.text} ${citations.cite(form.hit)}`, abstained: false, mode: this.mode, citations: citations.citations };
    const reason =
      abstainReason(retrieval.analysis, best, retrieval, this.limits, units) ??
      typed?.missing ??
      (best && TITLE_ASKED.test(retrieval.analysis.question) && (symbolsNamed(retrieval.analysis.question).length ? !titlesSymbol(best, retrieval.analysis) : !namesSomething(best, retrieval.analysis)) ? "the evidence names no title" : undefined);
    // "How many countries benefited from the ImPACT Coalition?" against "Member States benefiting from it: Global": no
    // number, but the reach the record gives, before any count of countries a sentence lists (new-user trial, session 25).
    if (reason && reason === typed?.missing && retrieval.analysis.intent === "count" && COUNTS_COUNTRIES.test(retrieval.analysis.question) && best!.unit.field && best!.hit.passage.source.record && WORLDWIDE_SAID.test(best!.unit.value ?? "")) {
      return { answer: `The submission gives no number of countries; it gives the reach as worldwide: ${fieldAnswer(best!, units, retrieval.analysis, retrieval.query)} ${citations.cite(best!.hit)}`, abstained: false, mode: this.mode, citations: citations.citations };
    }
    // "How many academic partners …?" with no figure for them is answered by counting the ones the evidence lists.
    const listed = reason && reason === typed?.missing && retrieval.analysis.intent === "count" ? listedCount(best!, units, retrieval) : undefined;
    const countAnswer = (found: { unit: ScoredUnit; count: string; quote: string }): AnswerResult => ({ answer: `The submission lists ${found.count}: ${found.quote} ${citations.cite(found.unit.hit)}`, abstained: false, mode: this.mode, citations: citations.citations });
    if (listed) return countAnswer(listed);
    // "How many of the VPIs were in African countries, and which?": the countries a near-best unit lists, those inside the area.
    const inArea = countedInArea(best, units, retrieval.analysis);
    if (inArea) return { answer: `${inArea.text} ${citations.cite(inArea.unit.hit)}`, abstained: false, mode: this.mode, citations: citations.citations };
    if (reason) return { ...abstention(retrieval), reason };
    const series = retrieval.analysis.intent === "count" ? seriesOverFigure(best!, units, retrieval) : undefined;
    if (series) return countAnswer(series);
    const text = goalItems(best!, retrieval.analysis) ?? (best!.unit.field && best!.hit.passage.source.record ? fieldAnswer(best!, units, retrieval.analysis, retrieval.query) : withAntecedent(best!, units, retrieval.analysis));
    if (!asksYesNo(retrieval.analysis.question) && restatesQuestion(`${best!.hit.passage.source.record?.title ?? ""} ${best!.unit.value ?? text}`, retrieval.analysis.question)) return { ...abstention(retrieval), reason: "the evidence only restates the question" };
    // "Can you list the 17 countries covered?" asks for the countries whatever its intent: a count of them is no list.
    // So does a follow-up asking for the ones a "how many countries" before it counted ("which ones? name them").
    const namesCounted = NAMES_THEM.test(retrieval.analysis.question) && COUNTED_COUNTRIES.test(retrieval.query.slice(0, -retrieval.analysis.question.length));
    if ((NAMED_COUNTRIES.test(retrieval.analysis.question) || AREA_COUNTRIES.test(retrieval.analysis.question) || namesCounted) && new Set(text.match(COUNTRIES) ?? []).size < 2) return { ...abstention(retrieval), reason: "the evidence names no countries" };
    // "In which university of Kazakhstan …?" asks for an institution's name: "university modules … in Kazakhstan" names none.
    if (INSTITUTION_ASKED.test(retrieval.analysis.question) && !INSTITUTION_NAMED.test(`${text} ${alsoAsked(best!, units, retrieval.analysis).join(" ")}`)) return { ...abstention(retrieval), reason: "the evidence names no institution" };
    // "By how much did coca cultivation fall?" asks for a change: a figure of something else ("over 750 farmers")
    // does not answer it; a share or a change by or from a figure does ("dropped by 95%").
    if (BY_HOW_MUCH.test(retrieval.analysis.question) && !CHANGE_FIGURE.test(text)) return { ...abstention(retrieval), reason: "the evidence gives no change figure" };
    // "How long does SE4U run?", "ImPACT Coalition duration" ask for a span: a quote that gives none (no "2.5-year",
    // no "since 2021", no "2023-2030", no "until …") does not answer, whatever dates it gives.
    if (HOW_LONG.test(retrieval.analysis.question) && !asksYesNo(retrieval.analysis.question) && !DURATION_SAID.test(text) && !SPAN_SAID.test(text)) return { ...abstention(retrieval), reason: "the evidence gives no duration" };
    // "Which Member States sponsored resolution 33/1?" asks for countries: a quote that names none, no region
    // and no number of them ("encouraged Member States to adopt measures") does not answer it. A record's field
    // for them does, whatever it holds ("Member States benefiting from it: African Union Members").
    if (WHICH_COUNTRIES.test(retrieval.analysis.question) && !(best!.unit.field && INTENT_FIELDS.where!.test(best!.unit.field)) && !PLACE_PATTERN.test(text) && !COUNTED_PLACES.test(text)) return { ...abstention(retrieval), reason: "the evidence names no countries" };
    // "Which species is most trafficked?" asks for a ranking: a quote that ranks nothing does not answer it.
    if (!asksYesNo(retrieval.analysis.question) && SUPERLATIVE.test(retrieval.analysis.question) && !SUPERLATIVE.test(text) && !RANKING.test(text))
      return { ...abstention(retrieval), reason: "the evidence ranks nothing" };
    // "What are the 11 forms of cybercrime?" asks for the forms: a quote that only counts them does not name them.
    if (!asksYesNo(retrieval.analysis.question) && onlyCountsItems(retrieval.analysis.question, text)) return { ...abstention(retrieval), reason: "the evidence counts the items asked for but does not name them" };
    // "How many women did UNODC support in Afghanistan to grow coffee?" is not answered by "In Myanmar, … UNODC has
    // supported 300 women …": a quote about another country than the one the question names, and not about it too.
    // The quote with its record's title, which the answer names.
    const titled = `${best!.hit.passage.source.record?.title ?? ""} ${text}`;
    const elsewhere = otherCountry(retrieval.analysis.question, titled);
    if (elsewhere && !asksYesNo(retrieval.analysis.question)) return { ...abstention(retrieval), reason: `the evidence is about ${elsewhere.said}, not ${elsewhere.asked}` };
    // "What's the resolution number of the resolution on the treatment of children associated with terrorist groups?"
    // is not answered by the numbers of the resolutions on other topics the same sentence gives. Every passage
    // retrieved may name the topic unnumbered: symbol-holding passages lead a symbol question's list (retriever.ts).
    const symbolTopic = retrieval.analysis.intent === "symbol" ? symbolTopicUnsaid(retrieval.analysis.question, text, [...units.map((u) => u.unit.value ?? u.unit.text), ...retrieval.passages.flatMap((hit) => splitSentences(hit.passage.text).map((sentence) => sentence.text))]) : undefined;
    if (symbolTopic) return { ...abstention(retrieval), reason: `the evidence gives no symbol for ${symbolTopic}` };
    // "Was resolution 67/4 adopted by vote or by consensus?" is not answered by a quote that says neither: a yes/no
    // question's choice needs evidence that says one of its alternatives (in the quote, its record's title or its
    // own terms, which spell out acronyms).
    const choice = asksYesNo(retrieval.analysis.question) ? alternativesOffered(retrieval.analysis.question) : undefined;
    const quoted = new Set([...tokenize(titled), ...best!.terms]);
    if (choice && !choice.some((terms) => terms.some((term) => quoted.has(term)))) return { ...abstention(retrieval), reason: `the evidence says neither ${choice.map((terms) => terms[0]).join(" nor ")}` };
    // "Which countries voted against the Tapajós project?" is not answered by the countries it benefits: opposition
    // asked of something needs evidence that speaks of opposition.
    if (OPPOSITION.test(retrieval.analysis.question) && !OPPOSITION.test(text)) return { ...abstention(retrieval), reason: "the evidence speaks of no opposition" };
    // "Who funds the SE4U project?" is not answered by its partners, nor "Who sponsors the report?" by its publisher:
    // who pays, asked of something, needs evidence that speaks of paying, in the quote or, for a record, anywhere
    // in the record ("Who pays for Project Turquesa?": its partners field, whose description says "funded by …").
    const paidFor = best!.hit.passage.source.record ? `${best!.hit.passage.text} ${titled}` : titled;
    if (FUNDER_ASKED.test(retrieval.analysis.question) && !FUNDING_SAID.test(paidFor)) return { ...abstention(retrieval), reason: "the evidence does not say who funds it" };
    // "How can my NGO apply to join the ImPACT Coalition?" is not answered by what the Coalition is: a way to apply,
    // join or register, asked, needs evidence that speaks of one.
    if (PROCEDURE_ASKED.test(retrieval.analysis.question) && !PROCEDURE_SAID.test(text)) return { ...abstention(retrieval), reason: "the evidence gives no way to apply or join" };
    // "Which delegation tabled the resolution on alternative development?" is not answered by what the resolution is
    // about: a State asked as the one that acted needs evidence that names a country.
    if (STATE_AGENT_ASKED.test(retrieval.analysis.question) && !COUNTRY_PATTERN.test(text)) return { ...abstention(retrieval), reason: "the evidence names no State that did it" };
    // Nor by a country named for something else: "Which country chaired the CND at its 67th session?" is not answered
    // by the session's venue, "Vienna, Austria" (new-user trial, session 26): the quote must say the act asked.
    // A country that hosted is the venue's ("Which country hosted the 33rd session?": "Vienna, Austria").
    const stateAct = STATE_AGENT_ASKED.exec(retrieval.analysis.question)?.[1];
    if (stateAct && !/^hosted$/i.test(stateAct) && !saysAct(stateAct, titled)) return { ...abstention(retrieval), reason: `the evidence does not say which State ${stateAct.toLowerCase()} it` };
    // "Who hosted the conference?" is not answered by a partners list: the quote must speak of hosting or organising.
    if (HOST_ASKED.test(retrieval.analysis.question) && !HOST_SAID.test(titled)) return { ...abstention(retrieval), reason: "the evidence says nothing of who hosted or organised it" };
    if (COMPANY_ASKED.test(retrieval.analysis.question) && !COMPANY_SAID.test(text)) return { ...abstention(retrieval), reason: "the evidence names no business that did it" };
    // "In which state or region of Myanmar are these women located?" is not answered by "In Myanmar, …": a part of a
    // country asked needs evidence that names a place inside it.
    const within = PART_OF_COUNTRY.exec(retrieval.analysis.question);
    if (within && !namesPlaceInside(text, within[1]!, retrieval.passageCities?.get(best!.hit.position) ?? [])) return { ...abstention(retrieval), reason: `the evidence names no place inside ${within[1]}` };
    // "When will the next CND session be held?" is not answered by the dates of the session the submission reports:
    // a when or where asked of a coming one needs evidence that speaks of what is to come.
    if ((retrieval.analysis.intent === "when" || retrieval.analysis.intent === "where") && FUTURE_ASKED.test(retrieval.analysis.question) && !FUTURE_SAID.test(text)) return { ...abstention(retrieval), reason: "the evidence speaks of past ones, not the coming one asked" };
    // "How does the number in 2024 compare with 2023?" is not answered by the 2024 figure alone: a comparison with
    // another time needs evidence that names that time or compares.
    if (comparesWithUnsaidTime(retrieval.analysis.question, titled)) return { ...abstention(retrieval), reason: "the evidence compares with no other time" };
    // "What barriers does it face?" is not answered by a quote that names no obstacle.
    if (!asksYesNo(retrieval.analysis.question) && CHALLENGE_NOUN_ASKED.test(retrieval.analysis.question) && !CHALLENGE_SAID.test(text)) return { ...abstention(retrieval), reason: "the evidence names no obstacle" };
    // "What were the results of the pilot in Kenya?" is not answered by where the pilots took place.
    if (OUTCOME_ASKED.test(retrieval.analysis.question) && !OUTCOME_SAID.test(text)) return { ...abstention(retrieval), reason: "the evidence reports no outcome" };
    // "When was the first edition published?" is not answered by what the quote says of "The second edition".
    const recounted = asksYesNo(retrieval.analysis.question) ? undefined : [...otherCounts(retrieval.analysis.question, text)][0];
    if (recounted) return { ...abstention(retrieval), reason: `the evidence gives another count or rank than "${recounted}"` };
    const { source } = best!.hit.passage;
    const passage = `${best!.hit.passage.breadcrumb} ${best!.hit.passage.text}`;
    // "Is the Brazilian Federal Police among the Tapajós partners?": the country of an adjective is settled by a
    // passage that names it ("… State of Pará, Brazil"); the partner itself must still be in the quote.
    const placeWords = (retrieval.analysis.placeAdjectives ?? []).filter((_, i) => new RegExp(`\\b${escapeRegExp(retrieval.analysis.places![i]!)}\\b`, "i").test(passage));
    const asking = placeWords.reduce((question, word) => question.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u"), " ").replace(/\s+/g, " "), retrieval.analysis.question);
    // A term the quote says by a word of its family ("ownership" for "own") is said.
    const quoteTerms = new Set(tokenize(text));
    const said = new Set([...best!.terms, ...Object.entries(retrieval.analysis.families ?? {}).filter(([, family]) => family.some((term) => quoteTerms.has(term))).map(([term]) => term)]);
    const entityNames = [source.entity, source.entityName].filter((name): name is string => !!name);
    const verdict =
      soleVerdict(retrieval.analysis.question, best!) ??
      yesNoVerdict(asking, text, entityNames, said, passage, retrieval.analysis.cities, retrieval.passageCities?.get(best!.hit.position)) ??
      plannedVerdict(retrieval.analysis.question, text, passage) ??
      areaElsewhereVerdict(asking, best!.unit.value ?? best!.unit.text, entityNames) ??
      // "Did UNODC support 750 farmers in Peru?" against "In Colombia, UNODC … support over 750 farmers": the fact is
      // said of another country, and the quote, its record and its passage never name the one asked. Not of what is
      // planned: "Is a VPI planned in Peru?" is not answered by where the coming one will be.
      (asksYesNo(retrieval.analysis.question) && elsewhere && !TO_COME_ASKED.test(retrieval.analysis.question) && !new RegExp(`\\b${escapeRegExp(elsewhere.asked)}\\b`, "i").test(passage) ? "no" : undefined);
    // A yes/no question the quote leaves open, about a count its passage neither states nor gives otherwise, is one
    // the submission does not answer: "Did the brief find killings rose by 10%?" is not answered by the brief's
    // description.
    const unsaid = verdict || !asksYesNo(retrieval.analysis.question) ? undefined : unsaidCount(retrieval.analysis, best!.hit);
    if (unsaid) return { ...abstention(retrieval), reason: `the submission does not say ${unsaid}` };
    // "Under which transition is X reported?": the section that holds the quote names it first.
    const section = SECTION_ASKED.test(retrieval.analysis.question) ? best!.hit.passage.source.section : undefined;
    const lead = section && !best!.hit.passage.source.record ? `Under “${section.replace(/^\s*\d+\s*\)\s*/, "")}”: ` : "";
    const lines = [`${verdict ? VERDICT_OPENING[verdict] : ""}${lead}${joinLines([text, ...alsoAsked(best!, units, retrieval.analysis)])} ${citations.cite(best!.hit)}`];
    // Each other record is asked the same: its fields and other things asked beside the first ("dates and venue").
    for (const other of equallyAsked(best!, units, retrieval.analysis, retrieval)) lines.push(`${joinLines([fieldAnswer(other, units, retrieval.analysis, retrieval.query), ...alsoAsked(other, units, retrieval.analysis)])} ${citations.cite(other.hit)}`);
    // Each other passage that names the place a country desk asks about, then each other record the question names,
    // answered from its own best unit.
    for (const other of [...countryMentions(best!, units, everyUnit, retrieval), ...namedRecords(best!, units, retrieval), ...otherCountriesAsked(best!, text, units, retrieval.analysis), ...describedElsewhere(best!, units, retrieval.analysis)]) {
      if (citations.citations.some((c) => c.id === other.hit.passage.id)) continue;
      lines.push(`${joinLines([other.unit.field ? fieldAnswer(other, units, retrieval.analysis, retrieval.query) : withAntecedent(other, units, retrieval.analysis), ...alsoAsked(other, units, retrieval.analysis)])} ${citations.cite(other.hit)}`);
    }
    return { answer: lines.join("\n"), abstained: false, mode: this.mode, citations: citations.citations };
  }
}
