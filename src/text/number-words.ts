/**
 * Small counts and ranks spelt out in English, as values: "five" → 5, "third" → 3, "5" → 5, "3rd" → 3.
 * Up to twenty: English prose spells out small counts and ranks ("four resolutions", "the third edition") and
 * writes larger ones in digits, which are read as digits.
 */
const CARDINALS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

/** A count or a rank, as a word: a cardinal ("five", "5", "1,200") or an ordinal ("third", "3rd"). */
export const COUNT_OR_RANK = new RegExp(`\\b(?:${[...CARDINALS, ...ORDINALS].join("|")}|\\d[\\d,]*(?:st|nd|rd|th)?)\\b`, "i");

/**
 * The value of a count or rank word, and which it is: `{ rank: false, value: 5 }` for "five" or "5",
 * `{ rank: true, value: 3 }` for "third" or "3rd"; undefined for any other word.
 */
export function countOrRank(word: string): { rank: boolean; value: number } | undefined {
  const lower = word.toLowerCase();
  const cardinal = CARDINALS.indexOf(lower);
  if (cardinal >= 0) return { rank: false, value: cardinal };
  const ordinal = ORDINALS.indexOf(lower);
  if (ordinal >= 0) return { rank: true, value: ordinal };
  const digits = /^(\d[\d,]*)(st|nd|rd|th)?$/.exec(lower);
  return digits ? { rank: !!digits[2], value: Number(digits[1]!.replace(/,/g, "")) } : undefined;
}
