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

const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINALS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
/** "twenty five", "sixty-seventh", "thirtieth": a number from 21 to 99 spelt out in two words, or a round tens ordinal. */
const SPELLED_TENS = new RegExp(
  String.raw`\b(?:(${TENS.join("|")})(?:[\s-]+(${[...CARDINALS.slice(1, 10), ...ORDINALS.slice(1, 10)].join("|")}))?|(${TENS_ORDINALS.join("|")}))\b`,
  "gi",
);

/** The English ordinal suffix of a number: 21 → "st", 22 → "nd", 33 → "rd", 67 → "th", 11–13 → "th". */
function ordinalSuffix(value: number): string {
  if (value % 100 >= 11 && value % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/**
 * `text` with the numbers from 21 to 99 that speech and dictation spell out in words written in digits, as the
 * submissions write them: "the thirty third session" → "the 33rd session", "sixty-seven countries" → "67
 * countries", "the fortieth" → "the 40th". A tens word alone as a cardinal ("forty") is also written in digits.
 * Smaller numbers are left as words: "one" and "first" are English words first ("which one", "the first one"), and
 * `countOrRank` reads them where they count.
 */
export function spelledNumbersAsDigits(text: string): string {
  return spelledYearsAsDigits(text).replace(SPELLED_TENS, (_whole, tens?: string, unit?: string, tensOrdinal?: string) => {
    if (tensOrdinal) {
      const value = (TENS_ORDINALS.indexOf(tensOrdinal.toLowerCase()) + 2) * 10;
      return `${value}th`;
    }
    const base = (TENS.indexOf(tens!.toLowerCase()) + 2) * 10;
    if (!unit) return String(base);
    const word = countOrRank(unit)!;
    const value = base + word.value;
    return word.rank ? `${value}${ordinalSuffix(value)}` : String(value);
  });
}

/** The two-digit half of a year spoken in words: "ten" … "nineteen", or a tens word with a unit ("twenty five", "twenty-four"). */
const YEAR_HALF = String.raw`(?:${CARDINALS.slice(10, 20).join("|")}|(?:${TENS.join("|")})(?:[\s-]+(?:${CARDINALS.slice(1, 10).join("|")}))?)`;
/** "twenty twenty five", "nineteen ninety-nine", "two thousand and twenty four", "two thousand nine". */
const SPOKEN_YEAR = new RegExp(String.raw`\b(?:(nineteen|twenty)[\s-]+(${YEAR_HALF})|two[\s-]+thousand(?:[\s-]+and)?[\s-]+(${YEAR_HALF}|${CARDINALS.slice(1, 10).join("|")}))\b`, "gi");

/** The value of a year's spoken half: "twenty five" → 25, "twelve" → 12, "five" → 5. */
function spokenHalf(words: string): number {
  const [first, second] = words.toLowerCase().split(/[\s-]+/);
  const tens = TENS.indexOf(first!);
  if (tens < 0) return CARDINALS.indexOf(first!);
  return (tens + 2) * 10 + (second ? CARDINALS.indexOf(second) : 0);
}

/**
 * `text` with years said as speech says them written in digits: "in twenty twenty five" → "in 2025", "nineteen
 * ninety-nine" → "1999", "two thousand and twenty four" → "2024" (the voice queries of blind dev 25 said
 * "twenty twenty five"). A century word before a two-digit half, or "two thousand" before one: "twenty five"
 * alone stays a number (`spelledNumbersAsDigits` writes it 25), and so does "twenty one" ("twenty one" is no year).
 */
export function spelledYearsAsDigits(text: string): string {
  return text.replace(SPOKEN_YEAR, (whole, century?: string, half?: string, afterThousand?: string) => {
    if (afterThousand) return String(2000 + spokenHalf(afterThousand));
    const value = spokenHalf(half!);
    if (value < 10) return whole;
    return String((century!.toLowerCase() === "nineteen" ? 1900 : 2000) + value);
  });
}
