import { tokenize } from "../text/tokenize.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";

// Months and weekdays are capitalised by spelling, not because they name a subject: "in March" is a condition.
const CALENDAR = new RegExp(`^(${MONTH_ALTERNATION}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`);

/**
 * Capitalised words inside the question that the corpus knows ("Vienna", "Turquesa", "Afghanistan"), not the
 * first of a sentence: an answer about another place or project does not answer it. Acronyms are left to expansion.
 */
export function namedTerms(question: string, lexicon: { documentFrequency(term: string): number }): string[] {
  const names: string[] = [];
  const words = question.split(/\s+/);
  words.forEach((word, i) => {
    const clean = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "").replace(/['’]s$/, "");
    // A sentence's first word is capitalised by grammar ("… for the 33rd CCPCJ? Need it for a one-pager"), and
    // all-capital words are acronyms.
    if (i === 0 || /[.?!]["”’)]*$/.test(words[i - 1]!) || !/^\p{Lu}\p{Ll}{2,}/u.test(clean) || CALENDAR.test(clean)) return;
    for (const term of tokenize(clean)) if (lexicon.documentFrequency(term) > 0 && !names.includes(term)) names.push(term);
  });
  return names;
}

/** A purpose clause to the end of its sentence (general English): "so (that) I can …", "so we could …", "in order to …". */
const PURPOSE_CLAUSE = /\b(?:so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may|might|will|['’]ll)|in\s+order\s+(?:to|that))\b[^.?!]*/gi;

/**
 * Acronyms in the question that the corpus never uses, nor spells out ("UNICEF", "UNHCR"), as typed, in question
 * order. An acronym names an organisation, a programme or a document: a question about one the submissions never
 * name is not answered by a sentence about another. Capitalised words are left out: a place or people the text
 * names otherwise ("the Amazon" for the Tapajós region, "Afghan" for Afghanistan) lost right answers on dev,
 * as did two-letter acronyms ("AU" for the African Union, "OK"). `known` says whether the corpus holds the
 * word in another form (an acronym it spells out, a title's initials).
 */
export function unknownAcronyms(question: string, lexicon: { documentFrequency(term: string): number }, known: (word: string) => boolean = () => false): string[] {
  const names: string[] = [];
  // A purpose clause says why the asker asks ("… so I can brief the DSG", "in order to update the RC"): an acronym
  // there names the asker's audience, not what is asked about.
  const asked = question.replace(PURPOSE_CLAUSE, " ");
  for (const word of asked.split(/\s+/)) {
    const clean = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "").replace(/['’]s$/, "");
    if (!/^\p{Lu}{3,}s?$/u.test(clean) || known(clean)) continue;
    const terms = tokenize(clean);
    if (terms.length && terms.every((term) => lexicon.documentFrequency(term) === 0) && !names.includes(clean)) names.push(clean);
  }
  return names;
}

/**
 * Names of two or more capitalised words in the question ("the Nobel Peace Prize", "the World Bank Group") most of
 * whose words the corpus never uses, as typed, in question order: a question about a prize, a body or an event
 * the submissions never name is not answered by a sentence sharing one word of it ("peace"). Pass the question
 * as spelling correction left it ("Project Turqesa" read as "Project Turquesa"). Unlike single capitalised words
 * (`unknownAcronyms` says why those are left out), a name of several words the corpus mostly lacks is no other
 * form of one it has. The question's first word is capitalised by grammar and starts no name.
 */
export function unknownNames(question: string, lexicon: { documentFrequency(term: string): number }): string[] {
  const names: string[] = [];
  for (const match of question.matchAll(/(?<=\S\s+)\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:of|the|for|on|and|de)\s+){0,2}\p{Lu}[\p{Ll}'’-]+)+/gu)) {
    const words = match[0].split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !CALENDAR.test(word));
    const terms = words.flatMap((word) => tokenize(word.replace(/['’]s$/, "")));
    const unknown = terms.filter((term) => lexicon.documentFrequency(term) === 0);
    if (words.length >= 2 && unknown.length * 2 > terms.length && !names.includes(match[0])) names.push(match[0]);
  }
  return names;
}
