/** The English month names, January to December (from `Intl.DateTimeFormat`, not typed out in each stage). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month, 1))));

/** The month names as a regular-expression alternation: "January|February|…|December". */
export const MONTH_ALTERNATION = MONTH_NAMES.join("|");

/**
 * The days a text dates in a month, as "day-day month" spans in lower case: "18-22 March 2024" → ["18-22 march"],
 * "on 14 and 15 March" → ["14-15 march"], "March 18" → ["18-18 march"]. English day-month order and month-day
 * order, a range by "-", "–", "to" or "and". [] when the text names no day of a month.
 */
export function daySpans(text: string): string[] {
  const months = `(${MONTH_ALTERNATION})`;
  const range = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|until)\s*(\d{1,2})(?:st|nd|rd|th)?)?`;
  const spans: string[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`\b${range}\s+(?:of\s+)?${months}\b|\b${months}\s+${range}\b`, "gi"))) {
    const [first, last, month] = m[3] ? [m[1]!, m[2], m[3]] : [m[5]!, m[6], m[4]!];
    spans.push(`${Number(first)}-${Number(last ?? first)} ${month.toLowerCase()}`);
  }
  return spans;
}
