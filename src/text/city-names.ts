import { MONTH_ALTERNATION } from "./month-names.js";
import { nounHierarchy } from "./noun-hierarchy.js";
import { PLACE_PATTERN } from "./world-names.js";

/** Words after "in" or "at" that may name a city: up to three, read without consuming them ("in Nairobi or in Addis Ababa"). */
const AFTER_IN_OR_AT = /\b(?:in|at)\s+(?:the\s+)?(?=([\p{L}-]+\.?(?:\s+[\p{L}-]+){0,2}))/giu;
/** The next item of a list after a city: ", Dakar", " and St. Louis", ", and Abidjan" (up to three words). */
const NEXT_IN_LIST = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([\p{L}-]+\.?(?:\s+[\p{L}-]+){0,2})/u;

/**
 * The cities a text names after "in" or "at" ("held in Geneva", "in new york", each of "in Bamako, Dakar and St.
 * Louis"), as typed: phrases of one to three words whose most frequent WordNet 3.1 noun sense is a city (`NounHierarchy.isKind`), the longest first;
 * CLDR's countries and regions and month names are left to their own rules. [] when none or the lexicon cannot be read.
 */
export async function citiesNamed(text: string): Promise<string[]> {
  const hierarchy = await nounHierarchy().catch(() => undefined);
  if (!hierarchy) return [];
  const found: string[] = [];
  // The longest phrase of one to three of `candidate`'s words that names a city, or undefined.
  const city = (candidate: string) => {
    const words = candidate.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ").replace(/\.$/, n === 1 && !/^\p{Lu}\p{Ll}?\.$/u.test(words[0]!) ? "" : ".");
      if (WHOLE_PLACE.test(phrase) || MONTH_WORD.test(phrase)) return undefined;
      if (hierarchy.isKind(phrase, "city")) return phrase;
    }
    return undefined;
  };
  for (const match of text.matchAll(AFTER_IN_OR_AT)) {
    // A list of cities after one "in": "in Bamako, Dakar and St. Louis".
    let at = match.index + match[0].length;
    for (let next: RegExpExecArray | null = match, first = true; next; first = false) {
      const phrase = city(next[1]!);
      if (!phrase) break;
      if (!found.includes(phrase)) found.push(phrase);
      if (!first) at += next[0].length - next[1]!.length;
      at += phrase.length;
      next = NEXT_IN_LIST.exec(text.slice(at));
    }
  }
  return found;
}

const WHOLE_PLACE = new RegExp(`^(?:${PLACE_PATTERN.source})$`);
const MONTH_WORD = new RegExp(`^(?:${MONTH_ALTERNATION})\\b`, "i");
