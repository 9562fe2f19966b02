import { MONTH_ALTERNATION } from "./month-names.js";
import { nounHierarchy } from "./noun-hierarchy.js";
import { PLACE_PATTERN } from "./world-names.js";

/** Words after "in" or "at" that may name a city: up to three, read without consuming them ("in Nairobi or in Addis Ababa"). */
const AFTER_IN_OR_AT = /\b(?:in|at)\s+(?:the\s+)?(?=([\p{L}-]+(?:\s+[\p{L}-]+){0,2}))/giu;

/**
 * The cities a text names after "in" or "at" ("held in Geneva", "in new york"), as typed: phrases of one to
 * three words whose most frequent WordNet 3.1 noun sense is a city (`NounHierarchy.isKind`), the longest first;
 * CLDR's countries and regions and month names are left to their own rules. [] when none or the lexicon cannot be read.
 */
export async function citiesNamed(text: string): Promise<string[]> {
  const hierarchy = await nounHierarchy().catch(() => undefined);
  if (!hierarchy) return [];
  const found: string[] = [];
  for (const match of text.matchAll(AFTER_IN_OR_AT)) {
    const words = match[1]!.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(" ");
      if (WHOLE_PLACE.test(phrase) || MONTH_WORD.test(phrase)) break;
      if (hierarchy.isKind(phrase, "city")) {
        if (!found.includes(phrase)) found.push(phrase);
        break;
      }
    }
  }
  return found;
}

const WHOLE_PLACE = new RegExp(`^(?:${PLACE_PATTERN.source})$`);
const MONTH_WORD = new RegExp(`^(?:${MONTH_ALTERNATION})\\b`, "i");
