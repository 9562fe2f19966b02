import type { Passage } from "../types.js";

/** Which submissions a brief covers; the shape of `filters` on the API (DESIGN.md, "Many submissions"). */
export interface BriefFilters {
  entity?: string | string[];
  year?: number | number[];
}

/**
 * The year of a passage's submission: `source.year` when ingest records it, else the year its breadcrumb's
 * first part names ("UNODC 2024 · Q3 …": the document label ingest writes from the submission's year).
 * Undefined when neither says.
 */
export function passageYear(passage: Passage): number | undefined {
  const recorded = (passage.source as { year?: number }).year;
  if (typeof recorded === "number") return recorded;
  const label = passage.breadcrumb.split(" · ")[0] ?? "";
  const year = /\b((?:19|20)\d{2})$/.exec(label)?.[1];
  return year ? Number(year) : undefined;
}

/** The entity's acronym (or name) of a passage's submission, else its file. */
export function passageEntity(passage: Passage): string {
  return passage.source.entity ?? passage.source.document;
}

/** "UNODC 2024": how a brief names one submission. */
export function submissionLabel(passage: Passage): string {
  return passage.breadcrumb.split(" · ")[0] ?? passageEntity(passage);
}

function list<T>(value: T | T[] | undefined): T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** Whether a passage is inside the filters (entities compared without regard to case). */
export function inScope(passage: Passage, filters: BriefFilters | undefined): boolean {
  const entities = list(filters?.entity)?.map((e) => e.toLowerCase());
  const years = list(filters?.year);
  if (entities && !entities.includes(passageEntity(passage).toLowerCase())) return false;
  if (years) {
    const year = passageYear(passage);
    if (year === undefined || !years.includes(year)) return false;
  }
  return true;
}

/** The filters in words, for a title: "UNODC, 2024". */
export function describeFilters(filters: BriefFilters | undefined): string {
  return [list(filters?.entity)?.join(", "), list(filters?.year)?.join(", ")].filter(Boolean).join(" ");
}
