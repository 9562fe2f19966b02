/** The English month names, January to December (from `Intl.DateTimeFormat`, not typed out in each stage). */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month, 1))));

/** The month names as a regular-expression alternation: "January|February|…|December". */
export const MONTH_ALTERNATION = MONTH_NAMES.join("|");

/** Days of one month a text dates: `from` to `to` (the same for one day), and the month's name in lower case. */
export interface DaySpan {
  from: number;
  to: number;
  month: string;
}

/** A day or a range of days of a month, day first or month first, a range by "-", "–", "to", "and" or "until". */
const DAY_RANGE = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|until)\s*(\d{1,2})(?:st|nd|rd|th)?)?`;
const DAYS_OF_MONTH = new RegExp(String.raw`\b${DAY_RANGE}\s+(?:of\s+)?(${MONTH_ALTERNATION})\b|\b(${MONTH_ALTERNATION})\s+${DAY_RANGE}\b`, "gi");

/**
 * The days a text dates in a month: "18-22 March 2024" → [{ from: 18, to: 22, month: "march" }], "on 14 and 15
 * March" → 14 to 15, "March 18" → 18 to 18. English day-month order and month-day order. [] when the text names no
 * day of a month.
 */
export function daySpans(text: string): DaySpan[] {
  return [...text.matchAll(DAYS_OF_MONTH)].map((m) => {
    const [first, last, month] = m[3] ? [m[1]!, m[2], m[3]] : [m[5]!, m[6], m[4]!];
    return { from: Number(first), to: Number(last ?? first), month: month.toLowerCase() };
  });
}
