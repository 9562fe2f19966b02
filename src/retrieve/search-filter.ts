import type { Passage } from "../types.js";

/**
 * What a search is limited to, as LangChain's `similaritySearchVectorWithScore(query, k, filter)` takes it:
 * every field set narrows (AND), a list accepts any of its values (OR), an empty list accepts nothing. No filter,
 * or one with no field set: the whole corpus.
 */
export interface SearchFilter {
  /** Entity acronym or full name ("UNODC", "United Nations Office on Drugs and Crime"), case-insensitive. */
  entity?: string | string[];
  /** Year of submission. */
  year?: number | number[];
  /** Question number. */
  question?: number | number[];
  /** Table kind of a record ("event"): only the records of that table. */
  table?: string | string[];
}

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const fold = (text: string) => text.normalize("NFKC").trim().toLowerCase();

/** Whether a passage lies inside the filter. */
export function matchesFilter(passage: Passage, filter: SearchFilter): boolean {
  const { source } = passage;
  if (filter.entity !== undefined && !list(filter.entity).map(fold).some((e) => e === fold(source.entity ?? "") || e === fold(source.entityName ?? ""))) return false;
  if (filter.year !== undefined && (source.year === undefined || !list(filter.year).includes(source.year))) return false;
  if (filter.question !== undefined && (source.question === undefined || !list(filter.question).includes(source.question))) return false;
  if (filter.table !== undefined && (!source.record || !list(filter.table).map(fold).includes(fold(source.record.table)))) return false;
  return true;
}

export function isEmptyFilter(filter: SearchFilter | undefined): boolean {
  return !filter || (filter.entity === undefined && filter.year === undefined && filter.question === undefined && filter.table === undefined);
}

/**
 * The positions of the passages inside the filter, or undefined when the filter leaves the corpus whole
 * (then searches run exactly as unfiltered ones do).
 */
export function allowedPositions(passages: Passage[], filter: SearchFilter | undefined): Set<number> | undefined {
  if (isEmptyFilter(filter)) return undefined;
  const allowed = new Set<number>();
  passages.forEach((passage, position) => {
    if (matchesFilter(passage, filter!)) allowed.add(position);
  });
  return allowed.size === passages.length ? undefined : allowed;
}

/** Two filters narrowing together: a field both set keeps the values both accept. */
export function combineFilters(a: SearchFilter | undefined, b: SearchFilter | undefined): SearchFilter | undefined {
  if (isEmptyFilter(a)) return b;
  if (isEmptyFilter(b)) return a;
  const both = <T>(x: T | T[] | undefined, y: T | T[] | undefined, eq: (p: T, q: T) => boolean): T[] | undefined => {
    if (x === undefined) return y === undefined ? undefined : list(y);
    if (y === undefined) return list(x);
    return list(x).filter((p) => list(y).some((q) => eq(p, q)));
  };
  const same = <T>(p: T, q: T) => (typeof p === "string" && typeof q === "string" ? fold(p) === fold(q) : p === q);
  const result: SearchFilter = {};
  const entity = both(a!.entity, b!.entity, same);
  const year = both(a!.year, b!.year, same);
  const question = both(a!.question, b!.question, same);
  const table = both(a!.table, b!.table, same);
  if (entity) result.entity = entity;
  if (year) result.year = year;
  if (question) result.question = question;
  if (table) result.table = table;
  return result;
}
