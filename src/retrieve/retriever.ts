import { distance } from "fastest-levenshtein";
import type { Embedder } from "../embed/embedder.js";
import type { ScoredIndex } from "../store/bm25-index.js";
import type { LoadedIndex } from "../store/load-index.js";
import { dot, normalize } from "../text/vector-math.js";
import type { ChatTurn, Passage } from "../types.js";
import { analyzeQuestion, askedHolder, DOING_WORDS, holdsIntent, namesRole, retrievalTerms, TEXT_TERMS, TEXT_WORDS, type QuestionAnalysis } from "./analyze-question.js";
import { contextualizeQuestion, lastAnswer, NOT_SAID, POINTS_AT_THING, pronounsAfter } from "./contextualize-question.js";
import { fuseRankings, type Fusion } from "./fuse-rankings.js";
import { listVocabulary, type ListVocabulary } from "./list-vocabulary.js";
import { CONNECTORS, expandAcronyms, findAcronyms, initials, stripExpandedAcronyms, type AcronymDefinition } from "./acronyms.js";
import { namedTerms, unknownAcronyms, unknownNames } from "./named-terms.js";
import { contentWordCount, focusOfQuestion, withoutSender } from "./question-focus.js";
import { isNotEnglish } from "./question-language.js";
import { type ConditionKind, type ListCondition, listConditions, recordText } from "./list-conditions.js";
import { tokenize } from "../text/tokenize.js";
import { COUNTRIES_ANY_CASE, COUNTRY_PATTERN, countriesInArea, worldAreasIn } from "../text/world-names.js";
import { countedPhrase } from "./counted-phrase.js";
import { countedKinds, type CountedKinds } from "./counted-kinds.js";
import { englishWords, type WordTest } from "../ingest/word-list.js";
import { wordNetIndexes } from "../text/wordnet-index.js";
import { singularForms } from "../text/word-forms.js";
import { nounHierarchy } from "../text/noun-hierarchy.js";
import { citiesNamed } from "../text/city-names.js";
import { goalsNamed, SDG_NAMES } from "../text/sdg-goals.js";
import { daySpans } from "../text/month-names.js";
import { firstNounSenseShare, wordNetPertainyms, wordNetPlacesWithin, wordNetRelatives, wordNetSynonyms } from "../text/wordnet-synonyms.js";
import { allowedPositions, filterValues, type SearchFilter } from "./search-filter.js";
import { joinSplitWords, SpellingCorrector, swappedOnce } from "./spelling.js";
import { questionTerms, termStatistics, type TermStatistics } from "./term-statistics.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/** At most this many of an unknown word's WordNet synonyms are searched for it. */
const BRIDGE_SYNONYMS = 3;

/** "how many": a count asked (list-cue words of analyzeQuestion's LIST_CUE). */
const COUNT_CUE = /\bhow many\b/i;

/**
 * A word in a noun's slot is bridged only when its most frequent noun sense takes at least this share of its uses
 * in WordNet's concordance (`firstNounSenseShare`): "kids" (0.88) is children, "grounds" (0.43) may be evidence or
 * an area. Chosen on dev over 0.5 / 0.67 / 0.8: 0.5 lost b153 ("going" → "departure"), 0.67 and 0.8 gained y035
 * and lost nothing; the lower end of that plateau.
 */
const MAIN_SENSE_SHARE = 0.67;

/** A word typed in lower case and asked what it means: "grace meaning?", "what does unodc stand for", "meaning of vpi". */
const LOWER_CASE_DEFINE = /^\W*(?:what\s+(?:does|do|is)\s+)?(?:the\s+)?([a-z][a-z0-9/-]{1,11})\s+(?:mean|means|meaning|stand for|stands for|full form)\W*$|^\W*(?:meaning|full form)\s+of\s+([a-z][a-z0-9/-]{1,11})\W*$/;

/** Words about the text rather than its content (`TEXT_WORDS`): "in the submission", "does the document say", "anything on". */
const ABOUT_THE_TEXT = new RegExp(`\\b(?:${TEXT_WORDS.join("|")})\\b`, "gi");

/**
 * A word's morphological family in WordNet (`wordNetRelatives` that share its first four letters): "fishing" →
 * "fishery". Only a word WordNet lists as a noun (its plural too: "smugglers" → "smuggling") or an adjective as
 * written: a verb's form ("powering") is read by its stem already, and its family moved answers on dev.
 */
async function familyWords(word: string): Promise<string[]> {
  if (word.length < 5) return [];
  const parts = (await wordNetIndexes().catch(() => undefined))?.parts;
  // A plural noun is listed by its singular ("smugglers": "smuggler").
  const singular = word.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
  if (!parts?.get("noun")!.has(word) && !parts?.get("noun")!.has(singular) && !parts?.get("adj")!.has(word)) return [];
  return (await wordNetRelatives(word)).filter((related) => !related.includes(" ") && related.slice(0, 4) === word.slice(0, 4));
}

/**
 * A yes/no question's lower-case words (three letters or more), each term with the terms of its WordNet family that
 * share its first three letters and are no form of it (`wordNetRelatives`: "own" → "owner", "ownership"; "train" →
 * "trainer", "trainee"). {} when WordNet cannot be read.
 */
async function yesNoFamilies(question: string): Promise<Record<string, string[]>> {
  const families: Record<string, string[]> = {};
  for (const word of new Set(question.match(/(?<![\p{L}\d/-])\p{Ll}{3,}(?![\p{L}\d/-])/gu) ?? [])) {
    const term = tokenize(word)[0];
    if (!term) continue;
    const related = (await wordNetRelatives(word).catch(() => [])).filter((other) => !other.includes(" ") && other.slice(0, 3) === word.slice(0, 3)).flatMap((other) => tokenize(other)).filter((other) => other !== term);
    if (related.length) families[term] = [...new Set(related)];
  }
  return families;
}

/** A word after a determiner, a possessive or a preposition: in a noun's slot ("for kids", "in jails", "their parents"). */
const NOUN_SLOT = /\b(?:the|a|an|their|our|my|his|her|its|for|of|about|on|with|in|from|by|among|without|many|some|any|more|no)\s+(\p{Ll}{3,})\b/gu;

export interface ScoredPassage {
  passage: Passage;
  /** Position in the index's passage list. */
  position: number;
  score: number;
}

export interface RetrieverOptions {
  /** How dense and lexical rankings are combined. Default "weighted" (chosen on the eval set). */
  fusion?: Fusion;
  /** Dense share of the weighted fusion. Default 0.5. */
  weight?: number;
  /** Units fetched from the HNSW graph per query. Default 64. */
  unitDepth?: number;
  /**
   * The lexical side of the weighted fusion is divided by at least this share of the sum of the query terms'
   * idf (terms the corpus never uses at the highest idf): a best BM25 match that holds few of the question's
   * words ("kids crossing borders" matching "cross") no longer counts as a full match. 0 turns it off.
   * Default 0.5: grid 0 / 0.3 / 0.5 / 0.75 / 1 on blind dev, blind dev 2 and the old set (eval/README.md);
   * 0.3-0.5 gained on both blind sets with no loss of hit@5, 0.75 and above lost hit@5 on blind dev.
   */
  lexicalCeiling?: number;
}

/**
 * A question that asks for a whole table (`records`: `total` records, of which `matched` meet the question's
 * `conditions`; `passages` are the matched ones, or the whole table when none matched) or for the sections of
 * a question.
 */
export type ListRequest =
  | {
      kind: "records";
      table: string;
      total: number;
      conditions: string[];
      matched: number;
      /** Conditions a record meets by not mentioning them ("outside Vienna"). */
      excluded?: string[];
      /** The kind of record field the first condition that has one speaks of (`ListCondition.about`). */
      about?: ConditionKind;
      /** How the answer says a record meets the one condition, when that is no word it mentions (`ListCondition.described`). */
      described?: { one: string; many: string };
      /** Set when the two conditions are alternatives ("in French or Spanish"): a record meets either. */
      either?: boolean;
    }
  | {
      kind: "sections";
      question: number;
      /** With conditions ("Which transitions mention Colombia?"): how many sections there are, and how many meet them. */
      total?: number;
      conditions?: string[];
      matched?: number;
      /** Set when the two conditions are alternatives: a section meets either. */
      either?: boolean;
    };

export interface Retrieval {
  analysis: QuestionAnalysis;
  /** The text searched: the question, with the previous one for a follow-up. */
  query: string;
  followUp: boolean;
  passages: ScoredPassage[];
  /** For "what does X stand for": where the corpus spells X out. */
  definition?: AcronymDefinition;
  /** The one form question the search was narrowed to ("… under question 6", or a request's filter), if any. */
  scopedQuestion?: number;
  /** Set when the question asks for a whole table or the sections of a question. */
  list?: ListRequest;
  /**
   * The acronyms the corpus spells out, by lower-cased acronym: `expandAcronyms(text, acronyms)` (acronyms.ts)
   * expands a text ("VPIs" → "Voluntary Pilot Initiatives") as search did the question.
   */
  acronyms: ReadonlyMap<string, AcronymDefinition>;
  /** Document frequencies of the question's terms (`questionTerms`), for weighing them: `idf(termStatistics, term)`. */
  termStatistics: TermStatistics;
  /**
   * Cosine similarity to the query of each embedded unit (by ordinal, as `passageUnits` numbers them) of the
   * first k passages, by passage position; a whole table's further records have none.
   */
  unitSimilarities: ReadonlyMap<number, readonly number[]>;
  /** For a "how many" question: what it counts and which nouns after the first k passages' figures can name it. */
  countedKinds?: CountedKinds;
  /**
   * The questionnaire's own question texts of the documents retrieved (`questionTextPassages`), for facts only
   * the form states ("the six key transitions", the goals under review at the next HLPF).
   */
  questionTexts?: ScoredPassage[];
  /**
   * For a yes/no question that names a city ("launched in Geneva?"): the cities each of the first k passages
   * names after "in" or "at" (`citiesNamed`), by passage position, so that another city said in prose is a "No.".
   */
  passageCities?: ReadonlyMap<number, readonly string[]>;
}

/**
 * One passage per questionnaire question of each document, made from its text (`source.questionText`, the
 * form's words, not the entity's): breadcrumb "UNODC 2024 · Q5 · Question", section "Question", id the first
 * passage's with "-question". Positions are negative (-1, -2, …): they are no index positions.
 */
export function questionTextPassages(passages: readonly Passage[]): ScoredPassage[] {
  const made: ScoredPassage[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    const { question, questionText, document } = passage.source;
    if (!question || !questionText || seen.has(`${document}#${question}`)) continue;
    seen.add(`${document}#${question}`);
    const { record: _record, section: _section, ...source } = passage.source;
    const prefix = passage.breadcrumb.split(" · Q")[0]!;
    made.push({ passage: { ...passage, id: `${passage.id}-question`, text: questionText, breadcrumb: `${prefix} · Q${question} · Question`, source: { ...source, section: "Question" } }, position: -(made.length + 1), score: 0 });
  }
  return made;
}

/**
 * Three or more capitalised words, up to two connectors between two of them: "Nationally Determined Contributions",
 * "Global Resource for Anti-Corruption Education", "Democratic Republic of the Congo" (so "DRC" reads as it).
 * A sentence's first word may open one.
 */
const CAPITALISED_PHRASE = new RegExp(`\\b[A-Z][\\p{L}'-]+(?:\\s+(?:(?:${[...CONNECTORS].join("|")})\\s+){0,2}[A-Z][\\p{L}'-]+){2,}`, "gu");

/** Capitalised phrases of two words or more ("General Assembly", "Commission on Narcotic Drugs"). */
const TWO_WORD_PHRASE = new RegExp(`\\b[A-Z][\\p{L}'-]+(?:\\s+(?:(?:${[...CONNECTORS].join("|")})\\s+)?[A-Z][\\p{L}'-]+)+`, "gu");

/** A country's name and nothing else (CLDR's names, world-names.ts). */
const WHOLE_COUNTRY = new RegExp(`^(?:${COUNTRY_PATTERN.source})$`);

/** A text's terms two by two in a row, as "first second": "ImPACT Coalition “The Future …”" → "impact coalit", "coalit futur", …. */
function termPairs(text: string): string[] {
  const terms = tokenize(text);
  return terms.slice(1).map((term, k) => `${terms[k]} ${term}`);
}

/** Hybrid retrieval: dense over units (max per passage) and BM25 over passages, fused; whole tables for list questions. */
export class Retriever {
  readonly vocabulary: ListVocabulary;
  readonly acronyms: ReadonlyMap<string, AcronymDefinition>;
  /** Every acronym the corpus spells out, the entity's own among them: what "What does UNODC stand for?" is answered from. */
  private readonly definitions: ReadonlyMap<string, AcronymDefinition>;
  /** Every plural noun that asks for a whole table or a question's sections. */
  private readonly listNouns: Set<string>;
  private readonly fusion: Fusion;
  private readonly weight: number;
  private readonly unitDepth: number;
  private readonly lexicalCeiling: number;

  constructor(
    readonly index: LoadedIndex,
    private readonly embedder: Embedder,
    options: RetrieverOptions = {},
  ) {
    this.fusion = options.fusion ?? "weighted";
    this.weight = options.weight ?? 0.5;
    this.unitDepth = options.unitDepth ?? 64;
    this.lexicalCeiling = options.lexicalCeiling ?? 0.5;
    const questions = new Map<number, string>();
    for (const p of index.passages) if (p.source.question && p.source.questionText) questions.set(p.source.question, p.source.questionText);
    // The entity's own acronym (UNODC) is everywhere: spelling it out would only add noise.
    const common = Math.max(2, index.passages.length / 4);
    this.definitions = findAcronyms(index.passages);
    this.acronyms = new Map([...this.definitions].filter(([key]) => index.lexical.documentFrequency(key) < common));
    this.vocabulary = listVocabulary(index.passages, [...questions].map(([number, text]) => ({ number, text })));
    this.questionTexts = questionTextPassages(index.passages);
    this.passageGoals = index.passages.map((passage) => goalsNamed(`${passage.breadcrumb} ${passage.text}`));
    this.listNouns = new Set([...this.vocabulary.tables.keys(), ...this.vocabulary.sections.keys()]);
    this.spelling = new SpellingCorrector(index.passages.map((passage) => passage.text));
    for (const passage of index.passages) {
      for (const match of passage.text.matchAll(/\b[A-Z][A-Z0-9]{1,9}\b/g)) this.corpusAcronyms.add(match[0]);
      for (const match of passage.text.matchAll(TWO_WORD_PHRASE)) {
        const words = match[0].split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
        for (let i = 0; i < words.length - 1; i++) this.shortInitials.add(initials(words.slice(i)));
      }
      const title = passage.source.record?.title;
      const words = title?.split(/\s+/) ?? [];
      if (title && words.length >= 3) this.titleInitials.set(initials(words), title);
      if (title) for (const pair of termPairs(title)) this.titlePairs.set(pair, (this.titlePairs.get(pair) ?? new Set<string>()).add(passage.source.record!.table));
      // Two capitalised words spell three initials or more through a hyphen ("Mid-term Review": MTR).
      for (const match of [...passage.text.matchAll(CAPITALISED_PHRASE), ...passage.text.matchAll(TWO_WORD_PHRASE)]) {
        const phrase = match[0];
        const spelled = initials(phrase.split(/\s+/));
        // Two phrases with the same initials: the initials name neither.
        if (spelled.length >= 3) this.phraseInitials.set(spelled, this.phraseInitials.has(spelled) && this.phraseInitials.get(spelled) !== phrase ? null : phrase);
      }
    }
  }

  /** The corpus's acronyms as written ("UNODC", "HLPF"), and the initials of its capitalised phrases of two words or more ("GA"). */
  private readonly corpusAcronyms = new Set<string>();
  private readonly shortInitials = new Set<string>();

  /**
   * Whether an acronym the corpus never uses is one it does use in other letters: a slip of one letter or two
   * swapped ("UNDOC" for "UNODC"), or a corpus acronym followed by a phrase's initials ("UNGA": "UN" and
   * "General Assembly"). Such a question is about the corpus's thing, not about something it never names.
   */
  private nearAcronym(word: string): boolean {
    const acronym = word.replace(/s$/, "");
    for (const known of this.corpusAcronyms) {
      if (known.length >= 4 && (swappedOnce(acronym, known) || (acronym.length >= 5 && distance(acronym, known) <= 1))) return true;
      if (acronym.startsWith(known) && this.shortInitials.has(acronym.slice(known.length))) return true;
    }
    return false;
  }

  /** The questionnaire's question texts, one passage each (`questionTextPassages`). */
  private readonly questionTexts: ScoredPassage[];
  /** The goals each passage names by number ("SDG 16", "SDGs 3 and 17"), by position. */
  private readonly passageGoals: number[][];
  /** The cities each passage names (`citiesNamed`), by position, worked out the first time a question needs them. */
  private readonly passageCityNames = new Map<number, Promise<string[]>>();

  /** The cities a passage names after "in" or "at" (`citiesNamed`), read once a passage. */
  private citiesOf(position: number): Promise<string[]> {
    let cities = this.passageCityNames.get(position);
    if (!cities) this.passageCityNames.set(position, (cities = citiesNamed(this.index.passages[position]!.text)));
    return cities;
  }

  /** An indexed passage, or a question text's passage (`questionTextPassages`), by id; undefined for an unknown id. */
  passageById(id: string): Passage | undefined {
    return this.index.byId.get(id) ?? this.questionTexts.find((text) => text.passage.id === id)?.passage;
  }

  /** The corpus's words, for reading a misspelt word of a question as the word it stands for. */
  private readonly spelling: SpellingCorrector;

  /** WordNet's test for an English word (`englishWords`), made on the first question. */
  private isEnglish?: WordTest;

  /** Capitalised phrases of the corpus by their initials ("NDC" → "Nationally Determined Contributions"); null when two phrases share them. */
  private readonly phraseInitials = new Map<string, string | null>();

  /** Record titles by their initials ("acsfd" → "African Civil Society Forum on Drugs"), for names users shorten themselves. */
  private readonly titleInitials = new Map<string, string>();

  /** The tables whose record titles hold each pair of terms in a row ("impact coalit" → {"partnership"}), for `namesOtherRecord`. */
  private readonly titlePairs = new Map<string, Set<string>>();

  /**
   * The query with a word the corpus never uses that spells a record title's initials ("acsfd launch event")
   * followed by that title, as an acronym the corpus defines is. Titles of three words or more only.
   */
  expandTitleInitials(query: string): string {
    const titles = (query.match(/\b[A-Za-z]{3,10}\b/g) ?? [])
      .filter((word) => this.index.lexical.documentFrequency(word.toLowerCase()) === 0 && !this.acronyms.has(word.toLowerCase()))
      .map((word) => this.titleInitials.get(word.toUpperCase()) ?? this.phraseOf(word))
      .filter((title): title is string => !!title && !query.includes(title));
    return titles.length ? `${query} (${[...new Set(titles)].join("; ")})` : query;
  }

  /**
   * The capitalised phrase an acronym typed in capitals stands for, when the corpus uses the phrase but never
   * the acronym: "NDCs" → "Nationally Determined Contributions". A plural "s" is the acronym's. Typed in lower
   * case when it is no English word (the spelling list): "wwcr" → "World Wildlife Crime Report".
   */
  private phraseOf(word: string): string | undefined {
    // Typed in lower case, only a word that is no English word ("wwcr", not "cat").
    const lower = /^[a-z]{3,}$/.test(word) && !!this.isEnglish && !this.isEnglish(word);
    if (!/^[A-Z]{3,}s?$/.test(word) && !lower) return undefined;
    const upper = lower ? word.toUpperCase() : word;
    return this.phraseInitials.get(upper) ?? (lower ? undefined : this.phraseInitials.get(upper.replace(/s$/, ""))) ?? undefined;
  }

  /** The query with the acronyms the corpus spells out expanded, as search sees it. */
  expandQuery(text: string): string {
    return expandAcronyms(text, this.acronyms);
  }

  /**
   * Whether a question names a record of another table than `table` by two words of its title in a row, the first typed
   * with a capital ("ImPACT coalition" of "ImPACT Coalition “The Future of Drug Policy”"): the question is about that
   * record. A pair of words the table's own records' titles hold names no other record.
   */
  private namesOtherRecord(question: string, table: string): boolean {
    // Two words of a title in a row, from a name typed with a capital past the question's first word: "ImPACT coalition".
    return (question.match(/(?<=\S\s+)\p{Lu}[\p{L}\d-]*\s+[\p{L}\d-]+/gu) ?? []).some((phrase) =>
      termPairs(phrase).some((pair) => {
        const tables = this.titlePairs.get(pair);
        return !!tables && !tables.has(table);
      }),
    );
  }


  /**
   * The text's lower-case words that the corpus never uses, each with up to `BRIDGE_SYNONYMS` of its WordNet
   * noun synonyms (wordNetSynonyms) whose every term the corpus does use. [] when every word is known.
   */
  private async bridgeUnknownWords(question: string, lookUp: (word: string) => Promise<string[]> = wordNetSynonyms): Promise<{ word: string; synonyms: string[] }[]> {
    const known = (term: string) => this.index.lexical.documentFrequency(term) > 0 || this.acronyms.has(term);
    const words = [...new Set(question.match(/(?<![\p{L}\d/-])\p{Ll}{3,}(?![\p{L}\d/-])/gu) ?? [])].filter((word) => {
      const terms = tokenize(word);
      // Words about the text ("described", "featured") ask where it says something, not about a topic.
      return terms.length > 0 && !terms.some(known) && !terms.some((term) => TEXT_TERMS.has(term));
    });
    const bridges: { word: string; synonyms: string[] }[] = [];
    for (const word of words) {
      // A lexicon that cannot be read bridges nothing: the question is answered as it would be without it.
      const synonyms = (await lookUp(word).catch(() => [])).filter((synonym) => {
        const terms = tokenize(synonym);
        return terms.length > 0 && terms.every(known);
      });
      if (synonyms.length) bridges.push({ word, synonyms: synonyms.slice(0, BRIDGE_SYNONYMS) });
    }
    return bridges;
  }

  /**
   * The countries that adjectives of the text name, when the corpus never uses the adjective but uses
   * the country ("Afghan" → "Afghanistan", "brazilian" → "Brazil"; WordNet's pertainyms, `wordNetPertainyms`), in
   * text order, as WordNet spells them, each with the adjective as typed. [] when there are none or the lexicon
   * cannot be read.
   */
  private async placesOfAdjectives(text: string): Promise<{ word: string; place: string }[]> {
    const known = (term: string) => this.index.lexical.documentFrequency(term) > 0;
    const places: { word: string; place: string }[] = [];
    for (const word of new Set(text.match(/(?<![\p{L}\d-])\p{L}\p{Ll}{2,}(?![\p{L}\d-])/gu) ?? [])) {
      if (tokenize(word).some(known)) continue;
      // Countries only (CLDR's names): "Asian" for "Asia" lost on dev, where "Central Asian countries" drew in "Central America".
      const place = (await wordNetPertainyms(word).catch(() => [])).find((name) => WHOLE_COUNTRY.test(name) && tokenize(name).every(known));
      if (place && !places.some((found) => found.place === place)) places.push({ word, place });
    }
    return places;
  }

  /**
   * The words of a text that name a unit of measurement (WordNet 3.1: the most frequent noun sense of the word or
   * its singular is a "unit_of_measurement": "hectares", "tons", "kilometres", "dollars") that the corpus never
   * uses, as typed. [] when there are none or the lexicon cannot be read.
   */
  private async unknownUnits(text: string): Promise<string[]> {
    const hierarchy = await nounHierarchy().catch(() => undefined);
    if (!hierarchy) return [];
    const known = (word: string) => tokenize(word).some((term) => this.index.lexical.documentFrequency(term) > 0);
    // "per cent" is a share, not cents.
    const words = [...new Set(text.replace(/\bper\s+cent\b/gi, " ").match(/(?<![\p{L}\d-])\p{Ll}{3,}(?![\p{L}\d-])/gu) ?? [])];
    // Function words are no units ("are", a hundred square metres), nor words whose unit sense is not their main
    // use ("sent", an Estonian coin, is mostly the past of "send"): the noun sense must take `MAIN_SENSE_SHARE` of
    // the word's uses in WordNet's concordance, as for bridging.
    const candidates = words.filter((word) => tokenize(word).length > 0 && !known(word) && singularForms(word).some((form) => hierarchy.isKind(form, "unit_of_measurement")));
    const units: string[] = [];
    for (const word of candidates) if ((await firstNounSenseShare(word).catch(() => ({ share: 0 }))).share >= MAIN_SENSE_SHARE) units.push(word);
    return units;
  }

  private entityTermsCache?: Set<string>;
  /** The passages' texts in lower case, for `passagesSay`; folded on first use. */
  private foldedTexts?: string[];

  /** The terms of the indexed entities' acronyms and names ("unodc", "office"), read once from the passages. */
  private entityTerms(): Set<string> {
    if (!this.entityTermsCache) {
      const names = new Set(this.index.passages.map((passage) => `${passage.source.entity ?? ""} ${passage.source.entityName ?? ""}`));
      this.entityTermsCache = new Set([...names].flatMap((name) => tokenize(name)));
    }
    return this.entityTermsCache;
  }

  /**
   * The one country a country desk's question names (CLDR's names, any case, one the corpus names), when its other
   * words are doing words, words about the text, question words or the entities' names ("What has UNODC done in
   * Pakistan?", "Where does Kenya feature?"); for one world area ("What about Southern Africa?"), the countries inside
   * it (CLDR's containment) that the passages name, joined; undefined otherwise.
   */
  private deskCountry(asked: string): { search: string; area: boolean } | undefined {
    const countries = [...new Set((asked.match(COUNTRIES_ANY_CASE) ?? []).map((name) => name.toLowerCase()))];
    const areas = countries.length ? [] : worldAreasIn(asked);
    // "What about Southern Africa?": an area is searched by the countries inside it that the passages name ("Namibia").
    const inside = areas.length === 1 ? countriesInArea(areas[0]!).filter((country) => this.passagesSay(country)) : [];
    const place = countries.length === 1 ? countries[0]! : inside.length ? areas[0]! : undefined;
    if (!place || !tokenize(countries[0] ?? inside.join(" ")).every((term) => this.index.lexical.documentFrequency(term) > 0)) return undefined;
    const plain = new Set([...tokenize(place), ...tokenize([...TEXT_WORDS, ...DOING_WORDS].join(" ")), ...this.entityTerms()]);
    if (!retrievalTerms(asked).every((term) => plain.has(term))) return undefined;
    if (countries.length) return { search: countries[0]!, area: false };
    // An area the passages name as such ("In Southeast Asia, …") is searched by its name too.
    return { search: [...areas.filter((area) => this.passagesSay(area)), ...inside].join(" "), area: true };
  }

  /** Whether any passage's text holds a phrase, any case ("Namibia", "Southeast Asia"); the texts are folded once. */
  private passagesSay(phrase: string): boolean {
    this.foldedTexts ??= this.index.passages.map((passage) => passage.text.toLowerCase());
    const folded = phrase.toLowerCase();
    return this.foldedTexts.some((text) => text.includes(folded));
  }

  /**
   * The countries inside each world area the text names that the corpus never writes as such ("Central Asia",
   * "Latin America"; CLDR's containment), those the corpus names: what a question about the area is searched by,
   * when `asked` names nothing but the area (words about the text, doing words and the entities' names aside).
   * Scans the passages' text only when the text names an area.
   */
  private countriesOfUnnamedAreas(text: string, asked: string): string[] {
    const areas = worldAreasIn(text).filter((place) => !this.passagesSay(place));
    if (!areas.length) return [];
    const plain = new Set([...areas.flatMap((area) => tokenize(area)), ...tokenize([...TEXT_WORDS, ...DOING_WORDS].join(" ")), ...this.entityTerms()]);
    if (tokenize(asked).some((term) => !plain.has(term))) return [];
    return areas.flatMap(countriesInArea).filter((country) => tokenize(country).every((term) => this.index.lexical.documentFrequency(term) > 0));
  }

  /**
   * The countries a text names (CLDR's names, in any case) that the corpus never uses: `places`, the places inside
   * them whose names it does use, by WordNet's part meronyms (`wordNetPlacesWithin`: "Senegal" → "Dakar"), in text
   * order, as WordNet spells them; `unknown`, those of them with no such place ("Bolivia"), as typed. Both [] when
   * there are none; a lexicon that cannot be read finds no places.
   */
  private async placesInside(text: string): Promise<{ places: string[]; unknown: string[] }> {
    const known = (term: string) => this.index.lexical.documentFrequency(term) > 0;
    const places: string[] = [];
    const unknown: string[] = [];
    for (const match of text.matchAll(COUNTRIES_ANY_CASE)) {
      if (tokenize(match[0]).some(known)) continue;
      const inside = (await wordNetPlacesWithin(match[0]).catch(() => [])).filter((place) => tokenize(place).every(known));
      for (const place of inside) if (!places.includes(place)) places.push(place);
      if (!inside.length && !unknown.includes(match[0])) unknown.push(match[0]);
    }
    return { places, unknown };
  }

  /**
   * The text with a compound noun the corpus never uses split into two nouns, the second (the head) one the
   * corpus uses ("farmland" → "farm land"), WordNet 3.1 telling nouns: a verb ("understand") or a word in -ing,
   * -ed or -ly ("planting" is no "plan" + "ting") is never split, nor at an adverb ("overview"). Lower-case
   * words of 7 letters or more, parts of 4 or more ("percentage" is no "percent" + "age"); the longest first
   * part wins. The text as given when WordNet cannot be read. Measured on dev: parts of 3, or either part
   * known, split "percentage" and "planting" and lost two questions.
   */
  private async splitCompounds(text: string): Promise<string> {
    const known = (word: string) => tokenize(word).some((t) => this.index.lexical.documentFrequency(t) > 0);
    const parts = (await wordNetIndexes().catch(() => undefined))?.parts;
    const nouns = parts?.get("noun");
    const adverbs = parts?.get("adv");
    if (!nouns || !adverbs) return text;
    const isNoun = (word: string) => singularForms(word).some((form) => nouns.has(form));
    return text.replace(/(?<![\p{L}\d-])\p{Ll}{7,}(?![\p{L}\d-])/gu, (word) => {
      if (known(word) || !isNoun(word) || /(?:ing|ed|ly)$/.test(word)) return word;
      for (let cut = word.length - 4; cut >= 4; cut--) {
        const [first, second] = [word.slice(0, cut), word.slice(cut)];
        if (isNoun(first) && !adverbs.has(first) && isNoun(second) && known(second)) return `${first} ${second}`;
      }
      return word;
    });
  }

  /** Plain ranked search, as `/api/search` serves it; `filter` limits it to some entities, years, questions or tables. */
  async search(query: string, k: number, filter?: SearchFilter): Promise<ScoredPassage[]> {
    return (await this.retrieve({ question: query, k, lists: false, filter })).passages;
  }

  /** Query vectors of the last few texts searched (pending or done), oldest first. */
  private readonly queryVectors = new Map<string, Promise<number[]>>();

  /**
   * The normalised vector of a query, embedded once for repeats: a question asked across entities is retrieved
   * once per entity with the same text (63 scopes at N = 250 made 63 encoder calls, ~1 s). The model gives a
   * text the same vector each time, so the answer is as before. Last 16 texts; a failed embedding is not kept.
   */
  private queryVector(text: string): Promise<number[]> {
    let vector = this.queryVectors.get(text);
    if (!vector) {
      vector = this.embedder.embedQuery(text).then(normalize);
      vector.catch(() => this.queryVectors.get(text) === vector && this.queryVectors.delete(text));
      this.queryVectors.set(text, vector);
      if (this.queryVectors.size > 16) this.queryVectors.delete(this.queryVectors.keys().next().value!);
    }
    return vector;
  }

  /** `recordText` of each passage, made on first use: a list question tests every record of its table, once per scope. */
  private readonly recordTexts: (string | undefined)[] = [];
  private recordTextOf(index: number): string {
    const passage = this.index.passages[index]!;
    return (this.recordTexts[index] ??= recordText(passage.breadcrumb, passage.text));
  }

  /** Units of the allowed passages, when so few that comparing the query with each is cheaper and exact. */
  private static readonly EXACT_UNITS = 4096;

  private densePassages(queryVector: number[], allowed?: Set<number>): ScoredIndex[] {
    const best = new Map<number, number>();
    let hits: ScoredIndex[];
    if (!allowed) hits = this.index.vectors.search(queryVector, Math.max(this.unitDepth, 1));
    else {
      const units = [...allowed].flatMap((position) => this.index.unitsOf[position] ?? []);
      hits =
        units.length <= Retriever.EXACT_UNITS
          ? units.map((unit) => ({ index: unit, score: dot(queryVector, this.index.vectors.vector(unit)) }))
          : this.index.vectors.search(queryVector, Math.max(this.unitDepth, 1), (unit) => allowed.has(this.index.units[unit]!.passage));
    }
    for (const hit of hits) {
      const passage = this.index.units[hit.index]!.passage;
      if (hit.score > (best.get(passage) ?? -Infinity)) best.set(passage, hit.score);
    }
    return [...best].map(([index, score]) => ({ index, score })).sort((a, b) => b.score - a.score);
  }

  /**
   * Dense and BM25 candidates fused, whole tables for list questions; `filter` (entity, year, question, table)
   * is honoured by every one of them, so a caller never filters afterwards.
   */
  /**
   * `continues`: the question is the second of one message, and the last user turn of `history` the first; it is
   * searched with it (a follow-up), whatever its words.
   */
  async retrieve(request: { question: string; history?: ChatTurn[]; k?: number; lists?: boolean; filter?: SearchFilter; continues?: boolean }): Promise<Retrieval> {
    const k = request.k ?? 5;
    const allowed = allowedPositions(this.index.passages, request.filter);
    const accept = allowed ? (position: number) => allowed.has(position) : () => true;
    // What the message asks: a long polite preamble is not the question.
    // Intent and list cues are read from the sentences that ask; the search also reads those they lean on.
    // A word the corpus holds (or an acronym it spells out) is no evidence of another language.
    const knownWord = (word: string) => tokenize(word).some((t) => this.index.lexical.documentFrequency(t) > 0 || this.acronyms.has(t));
    const typed = focusOfQuestion(request.question);
    this.isEnglish ??= await englishWords().catch(() => () => true);
    // An English word is no evidence of another language either: "sdg16 progress rpt - pub month?" is English.
    const isEnglish = this.isEnglish;
    const notEnglish = isNotEnglish(typed.text, (word) => knownWord(word) || isEnglish(word));
    // Misspelt words are read as the corpus's words ("comission" → "commission"); a question in another
    // language is left as typed (its words are no misspellings of English ones).
    // A word the corpus writes as one may be typed in parts ("pledge 4 action" for "Pledge4Action").
    // And one it writes apart may be typed as one, an acronym glued to its number ("CND67", "sdg16").
    const unglued = request.question.replace(/\b(\p{L}{2,})(\d{1,4})\b/gu, (word, letters: string, digits: string) => (knownWord(word) || !knownWord(letters) ? word : `${letters} ${digits}`));
    const joined = notEnglish ? request.question : joinSplitWords(unglued, (word) => this.spelling.formOf(word));
    const corrected = notEnglish ? request.question : this.spelling.correct(joined, (word) => knownWord(word) || this.titleInitials.has(word.toUpperCase()) || !!this.phraseOf(word), this.isEnglish).text;
    // An acronym typed in lower case is the acronym ("ccpcj dates", "publish with undp").
    const spelled = notEnglish ? corrected : this.spelling.capitaliseAcronyms(corrected, this.isEnglish, (word) => this.acronyms.has(word));
    // A name typed in lower case is a name ("how long is turquesa"), even first in the question. The text searched
    // stays as typed: recased, it moved the encoder off the right line ("Tapajós academic partners").
    const recased = notEnglish ? { text: spelled, names: [] } : this.spelling.capitaliseNames(spelled, this.isEnglish);
    const split = notEnglish ? spelled : await this.splitCompounds(spelled);
    const focus = split === request.question ? typed : focusOfQuestion(split);
    const asked = focus.text;
    // A subject is named by a term the corpus holds but not everywhere: "SDGs" in "Which SDGs is it linked to?" names what is asked, not a new subject.
    const distinctive = (term: string) => {
      const df = this.index.lexical.documentFrequency(term);
      return (df > 0 && df <= this.index.passages.length / 4) || this.acronyms.has(term);
    };
    const read = contextualizeQuestion(asked, request.history, distinctive);
    // The second question of one message ("How many countries benefited …, and what were the three areas of focus?")
    // continues the first, whatever its words: it is searched with it.
    const first = request.continues ? request.history?.filter((turn) => turn.role === "user").at(-1)?.content : undefined;
    const context = first && !read.followUp ? { ...read, query: `${first} ${asked}`, followUp: true, previous: first } : read;
    const analysis = analyzeQuestion(focus.ask, this.listNouns);
    // "How many events …?" is answered by the table's list, which counts them; "How many key transitions …?" by the
    // questionnaire's own count, which its numbered sections need not match.
    if (analysis.listNoun && COUNT_CUE.test(focus.ask) && !this.vocabulary.tables.has(analysis.listNoun)) delete analysis.listNoun;
    if (context.referents) analysis.referents = context.referents;
    // "when did the General Assembly end up adopting them?" after "What did UNODC do on reducing reoffending?": what
    // "them" points at is the last question's topic, its terms the corpus holds in few passages ("reoffend").
    // After an answer that said the submission does not say, the "it" of "Where does it say …?" is the text
    // (`pronounsAfter`), and that answer names nothing.
    const last = lastAnswer(request.history);
    if (context.followUp && !context.newSubject && !context.referents && POINTS_AT_THING.test(pronounsAfter(focus.ask, last))) {
      const own = new Set(tokenize(focus.ask));
      // The last answer names it too ("the High-Level Declaration …" for "what did states reaffirm in it?"), and so
      // may any earlier turn: after "What did the CND adopt in March 2024?" → "The High-level declaration …" and
      // "What did it reaffirm?" → "…", the "it" of "which resolution did they mention alongside it?" is the declaration.
      const turns = (request.history ?? []).filter((turn) => !(turn.role === "assistant" && turn.content.startsWith(NOT_SAID))).map((turn) => turn.content);
      const pointed = [...new Set(tokenize(`${context.previous!} ${turns.join(" ").replace(/\[\d+\]/g, " ")}`))].filter((term) => !own.has(term) && distinctive(term) && !this.acronyms.has(term));
      if (pointed.length) analysis.pointedTopic = pointed;
    }
    // "Who is the SRSG on …?" asks a person when the corpus spells the acronym out as a role ("SRSG-VAC":
    // "Special Representative of the Secretary-General on …"): the answer must name one.
    const holder = askedHolder(focus.ask)?.toLowerCase();
    const title = holder ? [...this.acronyms].find(([key]) => key === holder || key.startsWith(`${holder}-`))?.[1].expansion : undefined;
    if (title && namesRole(title) && (analysis.intent === "who" || analysis.intent === "general")) analysis.intent = "person";
    // An elliptical follow-up ("And in Colombia?") asks what the previous question asked; so does one that only
    // swaps the subject ("Which partnerships involve INTERPOL?" → "What about the African Union?": the same list).
    // The last question as analysed, which an elliptical follow-up asks again.
    const previous = context.followUp ? analyzeQuestion(context.previous!, this.listNouns) : undefined;
    if (previous && analysis.intent === "general") {
      // "What about …", "How about …" ask nothing of their own: they name the next subject. A yes/no question with
      // words of its own asks its own ("is it looking at gold mining in Amazonas state?" after "Who funds it?").
      const ownYesNo = YES_NO_OPENING.test(focus.ask) && contentWordCount(focus.ask) >= OWN_YES_NO_WORDS;
      if (!ownYesNo && !/\b(what|which|who|whom|whose|when|where|why|how)\b/i.test(asked.replace(SHIFTS_TO, " "))) {
        analysis.intent = previous.intent;
        analysis.describes = previous.describes;
      }
      // Only the list is carried over a "What about…": "What about the Tapajós one?" after "And who funds it?" is
      // answered as before, from the sentence that says who funds it.
      const swapsSubject = /^\W*(?:and\s+)?(?:what about|how about)\b[^?]*\??\s*$/i.test(asked);
      if (previous.listNoun && !analysis.listNoun && (swapsSubject || !/\b(what|which|who|whom|whose|when|where|why|how)\b/i.test(asked))) analysis.listNoun = previous.listNoun;
    }
    // "Which of them involve INTERPOL?", "Which ones were held in May?" after a list: the same list, narrowed by
    // what the follow-up asks of it (whatever kind of fact it asks).
    if (previous?.listNoun && !analysis.listNoun && WHICH_OF_THEM.test(focus.ask)) analysis.listNoun = previous.listNoun;
    // Acronyms are spelled out for search: the record says "Commission on Crime Prevention…", the user "CCPCJ".
    // "Afghan farmers" are the farmers of Afghanistan: an adjective of a place the corpus names by its noun.
    const adjectives = await this.placesOfAdjectives(context.query);
    const places = adjectives.map((found) => found.place);
    // "For Senegal and Mali: …": a country the corpus never names is searched by the places in it that it does
    // name ("Dakar", "Bamako"), as an adjective is by its country.
    const { places: inside, unknown: countriesUnknown } = await this.placesInside(context.query);
    // "Anything on Central Asia?": a world area the corpus never names as such is searched by the countries inside it
    // that it does name (CLDR's containment): "Kazakhstan", "Kyrgyzstan".
    // Only for a question that asks nothing else of the area: "Does UNODC work with the police on people smuggling in
    // Latin America?" is about the smuggling, which the countries' names would pull away from (lost on blind dev 20).
    const areaCountries = this.countriesOfUnnamedAreas(context.query, focus.ask);
    // "for kids crossing borders": a word in a noun's slot that the corpus never uses is searched by WordNet's
    // words for it that the corpus does use ("child"), when its main sense is clear (`MAIN_SENSE_SHARE`). Bridging
    // every unknown word lost on dev ("switching topics" → "shift"), so only nouns' slots, and only clear ones.
    const slotWords: string[] = [];
    for (const m of context.query.matchAll(NOUN_SLOT)) {
      if (tokenize(m[1]!).some((term) => this.index.lexical.documentFrequency(term) > 0)) continue;
      const use = await firstNounSenseShare(m[1]!).catch(() => ({ share: 0, tagged: 0 }));
      if (use.share >= MAIN_SENSE_SHARE) slotWords.push(m[1]!);
    }
    const nounSlots = slotWords.join(" ");
    const slotBridges = nounSlots ? await this.bridgeUnknownWords(nounSlots) : [];
    // "illegal fishing": a word the corpus never uses is searched by a word of its family that it does use
    // ("fishery": WordNet's derivational links, same first four letters).
    const family = await this.bridgeUnknownWords(context.query, familyWords);
    const searched = [...places, ...inside, ...areaCountries, ...slotBridges.flatMap((b) => b.synonyms), ...family.flatMap((b) => b.synonyms)];
    const query = this.expandTitleInitials(this.expandQuery(searched.length ? `${context.query} (${searched.join("; ")})` : context.query));
    // "Goal 14" asks about goal 14: the word "goal" alone says no more than "Goal 16" does, and is weighed as the number only.
    analysis.terms = retrievalTerms(stripExpandedAcronyms(query.replace(/\b(?:SDGs?|Goals?)(?=\s*#?\s*\d)/gi, " "), this.acronyms));
    // A counted thing named in everyday words the corpus never uses ("how many kids") is looked for by WordNet's
    // words for it that the corpus does use ("child"). Only the counted phrase: its words are nouns, and
    // bridging every unknown word (verbs and discourse words too: "switching topics" → "shift") lost on dev.
    const bridges = await this.bridgeUnknownWords(countedPhrase(focus.ask));
    // An adjective of a place is bridged to the place ("afghan": "afghanistan"): the question is not about a word
    // the corpus never uses.
    const bridged = [...bridges, ...adjectives.map((found) => ({ word: found.word, synonyms: [found.place] }))];
    if (bridged.length) analysis.bridged = Object.fromEntries(bridged.flatMap((b) => tokenize(b.word).map((term) => [term, b.synonyms.flatMap((s) => tokenize(s))])));
    // Names are capitalised words the corpus knows, and symbols it holds ("67/4", "E/RES/2024/10").
    const symbols = tokenize(asked).filter((t) => t.includes("/") && this.index.lexical.documentFrequency(t) > 0);
    // "Goal 14" is a goal's number, not a name: the sentence on marine crime need not say "Goal".
    // Nor are the goals' own name ("which Sustainable Development Goals …?") a title's words.
    const goalWords = asked.replace(/\b(?:Sustainable Development )?Goals?(?=\s*#?\s*\d)|\bSustainable Development Goals?\b/g, (words) => words.toLowerCase());
    // A country typed in lower case is a name all the same ("poppy growing in afghanistan"; CLDR's names).
    const lowerCountries = [...asked.matchAll(COUNTRIES_ANY_CASE)].filter((match) => match[0] === match[0].toLowerCase()).flatMap((match) => tokenize(match[0]));
    const countries = lowerCountries.filter((term) => this.index.lexical.documentFrequency(term) > 0);
    const recasedNames = recased.names.flatMap((name) => tokenize(name)).filter((term) => this.index.lexical.documentFrequency(term) > 0);
    analysis.names = [...new Set([...namedTerms(goalWords, this.index.lexical), ...symbols, ...countries, ...recasedNames])];
    if (places.length) {
      analysis.places = places;
      analysis.placeAdjectives = adjectives.map((found) => found.word);
    }
    // "Was the CND high-level segment held in 2023?" asks when it was: its dates field answers, yes or no.
    // So does "Did the segment run 18-22 March 2024?": days of a month asked about are a date to check.
    // So does "Did the Tapajós project start in 2019?": a beginning dated by a year ("… implemented … since 2021").
    if (analysis.intent === "general" && YES_NO_OPENING.test(focus.ask) && (/\b(?:held|took place|take place|met|meet|convened|organi[sz]ed|start|started|begin|began|begun|launch|launched|establish|established|found|founded|create|created|set up|initiate|initiated)\s+in\s+(?:19|20)\d{2}\b/i.test(focus.ask) || daySpans(focus.ask).length > 0)) analysis.intent = "when";
    // "do UNODC help women to own land?": a yes/no question's words, with the family each is said by otherwise.
    if (YES_NO_OPENING.test(focus.ask)) {
      const families = await yesNoFamilies(focus.ask);
      if (Object.keys(families).length) analysis.families = families;
    }
    const cities = await citiesNamed(focus.ask);
    if (cities.length) {
      analysis.cities = cities;
      // "was the 33rd CCPCJ in new york?" asks where it was: its location field answers, yes or no.
      if (analysis.intent === "general" && YES_NO_OPENING.test(focus.ask)) analysis.intent = "where";
    }
    // The asker's own office and documents ("RCO Malawi: …", "… for our UNSDCF report") are not what is asked.
    const strange = unknownAcronyms(withoutSender(focus.ask), this.index.lexical, (word) => knownWord(word) || this.titleInitials.has(word.toUpperCase()) || !!this.phraseOf(word) || this.nearAcronym(word));
    if (strange.length) analysis.unknownAcronyms = strange;
    const unnamed = unknownNames(focus.ask, this.index.lexical);
    if (unnamed.length) analysis.unknownNames = unnamed;
    // "What did UNODC do in Bolivia?": a country the corpus never names, nor any place in it, is a country it says
    // nothing of; one the question itself asks about, not the conversation before it.
    const unknownCountries = countriesUnknown.filter((country) => focus.ask.includes(country));
    if (unknownCountries.length) analysis.unknownCountries = unknownCountries;
    // "opium cultivation in hectares?": a unit of measurement the corpus never uses is a figure it never gives.
    const units = notEnglish ? [] : await this.unknownUnits(focus.ask);
    if (units.length) analysis.unknownUnits = units;
    analysis.notEnglish = notEnglish;
    // A question about what a goal covers ("What does UNODC report under SDG 14?") is searched with the goal's
    // name too (A/RES/70/1's short names): a submission seldom writes "SDG 14" beside "marine biodiversity".
    // Not when it asks which goals: then the goal's number is the answer, not the topic.
    const goals = analysis.intent === "sdg" ? [] : goalsNamed(asked);
    // "What did UNODC report on SDG 6?": a goal no passage in scope names is a goal the submissions say nothing of.
    const unknownGoals = goals.filter((n) => ![...(allowed ?? this.passageGoals.keys())].some((position) => this.passageGoals[position]!.includes(n)));
    if (unknownGoals.length) analysis.unknownGoals = unknownGoals;
    const search = goals.length ? `${query} (${goals.map((n) => SDG_NAMES[n]).join("; ")})` : query;
    const queryVector = await this.queryVector(search);
    const dense = this.densePassages(queryVector, allowed);
    // Words about the text itself ("Anything on Namibia in the submission?") find the page that names the submission,
    // not what it says: the lexical search, and the ceiling its scores are measured against, leave them out.
    // A country desk's question ("In which UNODC activities does Kenya feature?", "What has UNODC done in Pakistan?")
    // names one country and asks nothing else of it: it is searched lexically by the country alone, so that every
    // passage naming it competes, not those that share "activities" or the entity's name.
    const desk = this.deskCountry(focus.ask);
    const lexical = this.index.lexical.search(desk?.search ?? search.replace(ABOUT_THE_TEXT, " "), Math.max(50, k), allowed ? accept : undefined);
    // The ceiling is the query's; an area desk's is its search text's ("Namibia" for "Southern Africa"): the query's
    // own words would hold its scores down.
    const lexicalCeiling = this.lexicalCeiling ? this.lexicalCeiling * [...new Set(tokenize((desk?.area ? desk.search : query).replace(ABOUT_THE_TEXT, " ")))].reduce((sum, term) => sum + this.index.lexical.idf(term), 0) : undefined;
    const ranked = fuseRankings(dense, lexical, { fusion: this.fusion, weight: this.weight, lexicalCeiling });
    // A desk's answer is every passage that names the place: those lead, in fused order, however the encoder ranks
    // them ("What activities took place in Pakistan?" had left the prison pilots naming Pakistan out of the ten;
    // new-user trial, session 26). A country seldom has more passages than k.
    // So is every passage that holds a document symbol the question names ("What is ECOSOC resolution E/RES/2024/10
    // about?"): a symbol names one document exactly, where the question's other words ("ECOSOC") had drawn passages
    // that never hold it ahead (blind dev 30).
    // The lexical search finds them first (a symbol's term is rare), among passages that share only its parts ("2024").
    const writes = (index: number, symbol: string) => this.index.passages[index]!.text.toLowerCase().includes(symbol);
    const holding = symbols.length ? new Set(symbols.flatMap((symbol) => this.index.lexical.search(symbol, k, allowed ? accept : undefined).filter((hit) => writes(hit.index, symbol)).map((hit) => hit.index))) : undefined;
    const naming = desk ? new Set(lexical.map((hit) => hit.index)) : holding;
    // A passage that holds the symbol leads with the leading score too: the answerer weighs a passage's rank by its
    // score, and the symbol's passage is as sure a match as there is.
    const top = ranked[0]?.score ?? 0;
    const lead = (hit: ScoredIndex) => (desk ? hit : { ...hit, score: Math.max(hit.score, top) });
    const fused = naming ? [...ranked.filter((hit) => naming.has(hit.index)).map(lead), ...ranked.filter((hit) => !naming.has(hit.index))] : ranked;
    const toPassage = (hit: ScoredIndex): ScoredPassage => ({ passage: this.index.passages[hit.index]!, position: hit.index, score: hit.score });

    const unitSimilarities = new Map<number, number[]>();
    // Computed once the passages are final: the leading k are the ones an answerer weighs.
    // A lexicon that cannot be read only means figures are not told apart by what they count.
    const hierarchy = analysis.intent === "count" ? await nounHierarchy().catch(() => undefined) : undefined;
    const passageCities = new Map<number, string[]>();
    const withSimilarities = async (done: Retrieval) => {
      for (const hit of done.passages.slice(0, k)) unitSimilarities.set(hit.position, (this.index.unitsOf[hit.position] ?? []).map((unit) => dot(queryVector, this.index.vectors.vector(unit))));
      // A city asked ("In which city …?") is one WordNet knows in the quote, not any capitalised word after "in".
      if ((analysis.cities?.length && YES_NO_OPENING.test(focus.ask)) || analysis.precision === "city") {
        for (const hit of done.passages.slice(0, k)) passageCities.set(hit.position, await this.citiesOf(hit.position));
        done.passageCities = passageCities;
      }
      const kinds = hierarchy && countedKinds(analysis.question, done.passages.slice(0, k).map((hit) => hit.passage.text), hierarchy);
      if (kinds) done.countedKinds = kinds;
      return done;
    };

    const retrieval: Retrieval = {
      analysis,
      query: context.query,
      followUp: context.followUp,
      passages: fused.slice(0, k).map(toPassage),
      termStatistics: termStatistics(this.index.lexical, questionTerms(analysis)),
      questionTexts: this.questionTexts.filter((text) => fused.slice(0, k).some((hit) => this.index.passages[hit.index]!.source.document === text.passage.source.document)),
      acronyms: this.acronyms,
      unitSimilarities,
    };
    // "What challenges are mentioned under question 6?": searched within one of the form's questions.
    const scoped = request.filter?.question === undefined ? [] : filterValues(request.filter.question);
    if (scoped.length === 1) retrieval.scopedQuestion = scoped[0];
    // "What is the document symbol of the resolution on reducing reoffending?": only a passage that holds a symbol can
    // answer, and symbols are rare, so those among the k lead (in their fused order), ahead of passages on the topic alone.
    if (analysis.intent === "symbol") {
      const holds = (hit: ScoredPassage) => holdsIntent("symbol", hit.passage.text);
      retrieval.passages = [...retrieval.passages.filter(holds), ...retrieval.passages.filter((hit) => !holds(hit))];
    }
    // An acronym the corpus spells out, typed in lower case before "meaning" or "stand for" ("grace meaning?", "what
    // does unodc stand for"), is asked to be spelled out.
    const lowerCase = analysis.acronym ? undefined : LOWER_CASE_DEFINE.exec(focus.ask);
    const typedAcronym = lowerCase && this.definitions.get((lowerCase[1] ?? lowerCase[2])!.toLowerCase());
    if (typedAcronym) {
      analysis.intent = "define";
      analysis.acronym = typedAcronym.acronym;
    }
    // Of several acronyms in the question ("… UNODC's anti-corruption work … What does the acronym GRACE stand for?"),
    // the one the corpus spells out is the one asked, and one other than the entity's own (which is everywhere).
    if (analysis.acronym && !this.acronyms.has(analysis.acronym.toLowerCase())) {
      const spelled = (focus.ask.match(/\b[A-Z][A-Z0-9]{1,9}(?=s?\b)/g) ?? []).find((word) => this.acronyms.has(word.toLowerCase()));
      if (spelled) analysis.acronym = spelled;
    }
    const found = analysis.acronym ? this.definitions.get(analysis.acronym.toLowerCase()) : undefined;
    const definition = found && accept(found.passage) ? found : undefined;
    if (definition) {
      retrieval.definition = definition;
      const defining = toPassage({ index: definition.passage, score: fused.find((hit) => hit.index === definition.passage)?.score ?? fused[0]?.score ?? 1 });
      retrieval.passages = [defining, ...retrieval.passages.filter((hit) => hit.position !== definition.passage)].slice(0, k);
    }
    if (request.lists === false || !analysis.listNoun) return withSimilarities(retrieval);

    const fusedScore = new Map(fused.map((hit) => [hit.index, hit.score]));
    const table = this.vocabulary.tables.get(analysis.listNoun);
    // "what big events is the ImPACT coalition feeding into?": a question about one record of another table, named by
    // two words of its title, asks what that record says, not for this table.
    if (table && this.namesOtherRecord(focus.ask, table)) return withSimilarities(retrieval);
    if (table) {
      // Filtered: only the allowed positions are walked (ascending, as the whole list would be), not every passage per scope.
      let members = [...(allowed ?? this.index.passages.keys())].filter((index) => this.index.passages[index]!.source.record?.table === table);
      const total = members.length;
      // "Which events were held in March?", "Which partnerships involve INTERPOL?": conditions narrow the table,
      // and a condition no record meets is answered "none of the …" over the whole table.
      const texts = members.map((index) => this.recordTextOf(index));
      const conditions = listConditions(focus.ask, analysis.listNoun, texts, (acronym) => this.acronyms.get(acronym.toLowerCase())?.expansion);
      // "available in French or Spanish": two conditions joined by "or" are alternatives.
      const { either, meets } = conditionsMet(conditions, focus.ask);
      const met = members.filter((_, i) => meets(texts[i]!));
      if (conditions.length) {
        if (met.length) members = met;
      } else if (analysis.numbers.length) {
        // Figures the question names ("relevant to SDG 8") narrow the table when some record holds them.
        // Not a figure that counts the list itself ("which 3 publications", "3 flagship pubs"): that is the list's size.
        const figures = analysis.numbers.filter((n) => !new RegExp(`(?<![\\d.,/-])${n}\\s+(?:[\\p{L}-]+\\s+){0,2}?\\p{L}+s\\b`, "iu").test(focus.ask));
        const narrowed = figures.length ? members.filter((index) => figures.every((n) => this.index.lexical.termFrequency(index, n) > 0)) : [];
        if (narrowed.length) members = narrowed;
      }
      retrieval.list = { kind: "records", table, total, conditions: conditions.filter((c) => !c.excluded).map((c) => c.label), matched: conditions.length ? met.length : members.length };
      const excluded = conditions.filter((c) => c.excluded).map((c) => c.label);
      if (excluded.length) retrieval.list.excluded = excluded;
      if (either) retrieval.list.either = true;
      const described = conditions.length === 1 ? conditions[0]!.described : undefined;
      if (described) retrieval.list.described = described;
      const about = conditions.find((c) => !c.excluded && c.about)?.about;
      if (about) retrieval.list.about = about;
      retrieval.passages = members.map((index) => toPassage({ index, score: fusedScore.get(index) ?? 0 }));
      return withSimilarities(retrieval);
    }
    const question = this.vocabulary.sections.get(analysis.listNoun);
    if (question !== undefined) {
      // Each section's passages, in index order: the first is the section's own place in the list.
      const bySection = new Map<string, number[]>();
      for (const index of allowed ?? this.index.passages.keys()) {
        const { source } = this.index.passages[index]!;
        if (source.question !== question || !source.section) continue;
        const indexes = bySection.get(source.section) ?? [];
        indexes.push(index);
        bySection.set(source.section, indexes);
      }
      // "Which transitions mention Colombia?": the sections some passage of which meets the question's conditions,
      // each cited at the first passage that does; every section when none does.
      const members = [...bySection.values()];
      const texts = members.map((indexes) => indexes.map((index) => this.recordTextOf(index)).join("\n"));
      // A name the form's question itself says ("the six SDG transitions … since the 2023 SDG Summit") names the
      // list, not a condition on it.
      const first = members[0]?.[0];
      const asking = first === undefined ? "" : recordText("", this.index.passages[first]!.source.questionText ?? "");
      const conditions = listConditions(focus.ask, analysis.listNoun, texts, (acronym) => this.acronyms.get(acronym.toLowerCase())?.expansion).filter((c) => !c.described && !(asking.trim() && !c.excluded && c.test(asking)));
      const { either, meets } = conditionsMet(conditions, focus.ask);
      const met = members.flatMap((_, i) => (meets(texts[i]!) ? [i] : []));
      const chosen = conditions.length && met.length ? met.map((i) => members[i]!.find((index) => meets(this.recordTextOf(index))) ?? members[i]![0]!) : members.map((indexes) => indexes[0]!);
      retrieval.list = { kind: "sections", question };
      if (conditions.length) {
        retrieval.list = { kind: "sections", question, total: members.length, conditions: conditions.map((c) => (c.excluded ? `not “${c.label}”` : `“${c.label}”`)), matched: met.length };
        if (either) retrieval.list.either = true;
      }
      retrieval.passages = chosen.map((index) => toPassage({ index, score: fusedScore.get(index) ?? 0 }));
    }
    return withSimilarities(retrieval);
  }
}

/** Words that turn an elliptical follow-up to its next subject: "what about", "how about". */
const SHIFTS_TO = /\b(?:what|how)\s+about\b/gi;

/** A question that picks among what was just listed: "Which of them …", "and which ones …", "What of those …". */
const WHICH_OF_THEM = /^\W*(?:(?:and|so|ok(?:ay)?|now)\W+)*(?:which|what)\s+(?:of\s+(?:them|those|these|the\s+above)|ones)\b/i;

/** A yes/no question's opening auxiliary ("Was …", "And did …"). */
const YES_NO_OPENING = /^\W*(?:(?:and|so|but)\s+)?(?:is|are|was|were|does|do|did|has|have|had|will)\b/i;
/** Content words a yes/no follow-up has of its own to ask its own question ("is it looking at gold mining …?"), not the last one's ("And was it?"). */
const OWN_YES_NO_WORDS = 2;


/**
 * How a list's records or sections meet the question's conditions: every one, or either of two the question joins by
 * "or" (`either`; "in French or Spanish"), excluded ones aside.
 */
function conditionsMet(conditions: ListCondition[], question: string): { either: boolean; meets: (text: string) => boolean } {
  const either = conditions.length === 2 && !conditions.some((c) => c.excluded) && eitherOr(question, conditions[0]!.label, conditions[1]!.label);
  return { either, meets: (text) => (either ? conditions.some((c) => c.test(text)) : conditions.every((c) => c.test(text))) };
}

/** Whether the question joins two condition labels by "or" ("in French or Spanish", "in March or in May"). */
function eitherOr(question: string, first: string, second: string): boolean {
  return new RegExp(`${escapeRegExp(first)}\\W+(?:or|either)\\W+(?:(?:in|at|with|by|the)\\s+)*${escapeRegExp(second)}`, "i").test(question);
}
