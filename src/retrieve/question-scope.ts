import type { Passage } from "../types.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/** An entity of the corpus as its pages name it, with the years it submitted (ascending). */
export interface CorpusEntity {
  /** Acronym ("UNODC"); the name when the page gives none. */
  entity: string;
  entityName?: string;
  years: number[];
}

/** The entities and years of the indexed passages, in order of first appearance. */
export function corpusEntities(passages: Passage[]): CorpusEntity[] {
  const byEntity = new Map<string, CorpusEntity>();
  for (const { source } of passages) {
    if (!source.entity) continue;
    let entry = byEntity.get(source.entity);
    if (!entry) byEntity.set(source.entity, (entry = { entity: source.entity, entityName: source.entityName, years: [] }));
    if (source.year !== undefined && !entry.years.includes(source.year)) entry.years.push(source.year);
  }
  for (const entry of byEntity.values()) entry.years.sort((a, b) => a - b);
  return [...byEntity.values()];
}


/**
 * Where a question names an entity: its acronym as written ("UNECE's", "UN-Habitat"; all-capital acronyms
 * match only in capitals, so "who" is never WHO) or its full name in any case. Returns the character
 * position of the first mention, or -1.
 */
function mentionAt(question: string, entity: CorpusEntity): number {
  const positions: number[] = [];
  const { acronym, name } = entityPatterns(entity);
  const a = acronym.exec(question);
  if (a) positions.push(a.index);
  if (name) {
    const n = name.exec(question);
    if (n) positions.push(n.index);
  }
  return positions.length ? Math.min(...positions) : -1;
}

/**
 * An entity's acronym and name patterns, compiled once per (acronym, name) rather than for every question: a
 * corpus of 250 submissions names ~60 entities, and compiling their 120 Unicode patterns was most of planning
 * a question. Neither pattern is global or sticky, so `exec` keeps no state between questions.
 */
const compiledMentions = new Map<string, { acronym: RegExp; name?: RegExp }>();
function entityPatterns(entity: CorpusEntity): { acronym: RegExp; name?: RegExp } {
  const key = `${entity.entity}\u0000${entity.entityName ?? ""}`;
  let patterns = compiledMentions.get(key);
  if (!patterns) {
    const acronym = new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(entity.entity)}(?![\\p{L}\\d]|-\\p{L})`, entity.entity === entity.entity.toUpperCase() ? "u" : "iu");
    const name = entity.entityName && entity.entityName !== entity.entity ? new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(entity.entityName).replace(/\s+/g, "\\s+")}(?![\\p{L}\\d])`, "iu") : undefined;
    // Bounded: request filters never reach here, only the corpus's entities, but an index is reloaded after every re-index.
    if (compiledMentions.size >= 4096) compiledMentions.clear();
    compiledMentions.set(key, (patterns = { acronym, name }));
  }
  return patterns;
}

/** What a question points at: entities it names (acronyms, in the order named), years it names, and whether it asks across entities. */
export interface QuestionScope {
  entities: string[];
  years: number[];
  /** "Which entities mention cybercrime?", "What do UNODC and IOM each say…": one line per entity. */
  acrossEntities: boolean;
}

/** Asks about the entities as a set: "which entities mention …", "across agencies", "each organization". */
const ACROSS = /\b(?:which|what)\s+(?:un\s+)?(?:entities|agencies|organi[sz]ations|submissions)\s+(?:\w+\s+)?(?:mention|say|said|talk|discuss|report|address|cover|refer|write|wrote|work|describe)\b|\b(?:across|all|every|each|other)\s+(?:un\s+)?(?:entities|entity|agencies|agency|organi[sz]ations|submissions)\b/i;

/** "Compare …", "… each say", "UNODC and IOM": names set side by side; "UNODC's partnership with UNDP" is not. */
const SIDE_BY_SIDE = /\b(?:each|both|compare|compared|comparison|differ|differs|difference|differences|versus|vs|respectively|between)\b/i;

function comparesNamed(question: string, named: CorpusEntity[]): boolean {
  if (SIDE_BY_SIDE.test(question)) return true;
  const names = named.flatMap((e) => [e.entity, e.entityName].filter((n): n is string => !!n)).map(escape).join("|");
  return new RegExp(`(?:${names})(?:['’]s)?\\s*(?:,|&|\\band\\b|\\bor\\b|,\\s*and\\b)\\s*(?:${names})`, "iu").test(question);
}

/**
 * The entities and years a question names, among those of the corpus (`corpusEntities`): a question that names
 * one is answered from it as if the filter were given. A year counts when the corpus has submissions of that
 * year and it stands alone ("in 2022", "2019 submission"), not inside a symbol such as "E/RES/2024/10".
 */
export function questionScope(question: string, entities: CorpusEntity[]): QuestionScope {
  const named = entities
    .map((entity) => ({ entity: entity.entity, at: mentionAt(question, entity) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((m) => m.entity);
  const corpusYears = new Set(entities.flatMap((e) => e.years));
  const years = [...question.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d/]|-\d)/g)].map((m) => Number(m[1])).filter((year, i, all) => corpusYears.has(year) && all.indexOf(year) === i);
  return { entities: named, years, acrossEntities: named.length >= 2 ? comparesNamed(question, entities.filter((e) => named.includes(e.entity))) : named.length === 0 && ACROSS.test(question) };
}

/**
 * Years the question names as a submission's ("its 2023 submission", "the submission for 2022", "the 2021
 * questionnaire") that no indexed submission has, ascending: such a question is about a submission the corpus
 * lacks, and no other year's passage answers it.
 */
export function missingSubmissionYears(question: string, entities: CorpusEntity[]): number[] {
  const corpusYears = new Set(entities.flatMap((e) => e.years));
  const named = [...question.matchAll(/(?<![\d/.-])((?:19|20)\d{2})\s+(?:submissions?|questionnaires?)\b|\b(?:submissions?|questionnaires?)\s+(?:for|of|from|in)\s+((?:19|20)\d{2})(?![\d/]|-\d)/gi)].map((m) => Number(m[1] ?? m[2]));
  return [...new Set(named)].filter((year) => !corpusYears.has(year)).sort((a, b) => a - b);
}

/** Request filter values ("United Nations Office on Drugs and Crime", "unodc") as the corpus's acronyms; unknown values are kept, and match nothing. */
export function canonicalEntities(values: string[], entities: CorpusEntity[]): string[] {
  const fold = (text: string) => text.trim().toLowerCase();
  return values.map((value) => entities.find((e) => fold(e.entity) === fold(value) || (e.entityName && fold(e.entityName) === fold(value)))?.entity ?? value);
}
