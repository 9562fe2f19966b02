import { tokenize } from "../text/tokenize.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";

// Months and weekdays are capitalised by spelling, not because they name a subject: "in March" is a condition.
const CALENDAR = new RegExp(`^(${MONTH_ALTERNATION}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);

/**
 * Capitalised words inside the question that the corpus knows ("Vienna", "Turquesa", "Afghanistan"):
 * an answer about another place or project does not answer it. Acronyms are left to expansion.
 */
export function namedTerms(question: string, lexicon: { documentFrequency(term: string): number }): string[] {
  const names: string[] = [];
  const words = question.split(/\s+/);
  words.forEach((word, i) => {
    const clean = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "").replace(/['’]s$/, "");
    // The first word is capitalised by grammar, and all-capital words are acronyms.
    if (i === 0 || !/^\p{Lu}\p{Ll}{2,}/u.test(clean) || CALENDAR.test(clean)) return;
    for (const term of tokenize(clean)) if (lexicon.documentFrequency(term) > 0 && !names.includes(term)) names.push(term);
  });
  return names;
}
