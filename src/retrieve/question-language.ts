import { franc, francAll } from "franc-min";
import * as stopwords from "stopword";

// English function words: an English question, however terse or misspelt, seldom has none of them.
const ENGLISH_FUNCTION_WORDS = new Set(
  // Words that are also common in other languages ("a", "no", "me", "do", "la") are left out.
  ("the an of in on at to for from by with about and or is are was were be been does did has have had " +
    "what which who whom whose when where why how many much can could would will should please tell list " +
    "it its this that these those there their they any all some not yes if than").split(" "),
);

/**
 * Whether a question is written in a language other than English: mostly in a non-Latin script
 * ("第33届会议…", "متى…"), or in a Latin-script language that `franc-min` (trigram language identification,
 * wooorm) recognises with no English function word in it ("¿Cuándo se celebró…?", "Wann fand … statt?").
 * Terse English keywords ("ccpcj 33 venue") are not taken for another language: at least three of its words
 * must be unknown to both lists (English function words, and the corpus's own terms, which `known` tells), or three
 * be function words of the language identified (`stopword`'s lists), none English.
 */
export function isNotEnglish(question: string, known: (word: string) => boolean = () => false): boolean {
  const letters = question.match(/\p{L}/gu) ?? [];
  if (!letters.length) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) return true;
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((w) => ENGLISH_FUNCTION_WORDS.has(w))) return false;
  // "Quelles sont les dates de la 33e session de la CCPCJ ?": a large English word list knows "quelles", "les" and
  // "la", but the question is built of the function words of the language the identifier names.
  // A short question's trigrams may rank a neighbour first ("Quand s'est tenue la 33e session de la CCPCJ ?" reads
  // as Spanish by a hair): the close candidates are each read by their own function words.
  if (closeLanguages(question).some((language) => functionWordsOf(language, words) >= FOREIGN_FUNCTION_WORDS)) return true;
  if (words.filter((w) => !known(w)).length < 3) return false;
  const language = franc(question, { minLength: 12 });
  return language !== "und" && language !== "eng" && language !== "sco";
}

/**
 * How many distinct foreign function words make a question another language's, whatever an English word list says:
 * three ("sont", "les", "la"); a name or two ("de la Cruz", "Côte d'Ivoire") in an English question says fewer.
 */
const FOREIGN_FUNCTION_WORDS = 3;

/** Stop-word lists by ISO 639-3 code, from the `stopword` package (the codes `franc` gives). */
const STOPWORDS = stopwords as unknown as Readonly<Record<string, readonly string[] | undefined>>;
const ENGLISH_STOPWORDS = new Set(STOPWORDS.eng ?? []);

/** Each language's function words that are no English ones, as a set, made once per language asked. */
const FOREIGN_ONLY = new Map<string, ReadonlySet<string>>();

/** The distinct words of `words` that are function words of `language` (`stopword`'s list) and not English ones; 0 for English or a language without a list. */
function functionWordsOf(language: string, words: string[]): number {
  const list = language === "eng" || language === "sco" ? undefined : STOPWORDS[language];
  if (!list) return 0;
  const own = FOREIGN_ONLY.get(language) ?? new Set(list.filter((word) => !ENGLISH_STOPWORDS.has(word) && !ENGLISH_FUNCTION_WORDS.has(word)));
  FOREIGN_ONLY.set(language, own);
  return new Set(words.filter((word) => own.has(word))).size;
}

/**
 * The language a question is written in, as an ISO 639-3 code (`franc-min`: "spa", "fra", "cmn", "arb", "rus",
 * "deu"…), or undefined when the identifier cannot tell (fewer than 3 letters' worth of text, "und").
 */
export function questionLanguage(question: string): string | undefined {
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Of the close candidates, the one whose function words the question uses most (the first on a tie).
  let best: { language: string; count: number } | undefined;
  for (const language of closeLanguages(question)) {
    const count = functionWordsOf(language, words);
    if (!best || count > best.count) best = { language, count };
  }
  return best?.language;
}

/**
 * A trigram score this close to the best one's (`franc-min` scores the best 1) leaves the language open between
 * them: French and Spanish questions of eight words score 0.98 against each other. Set by hand on the new-user
 * trial's French question ("Quand s'est tenue …": spa 1, por 0.985, fra 0.983, ita 0.897).
 */
const CLOSE_SCORE = 0.95;

/** The languages `franc-min` ranks within `CLOSE_SCORE` of its best for the question, best first; [] when it cannot tell. */
function closeLanguages(question: string): string[] {
  return francAll(question, { minLength: 3 })
    .filter(([language, score]) => language !== "und" && score >= CLOSE_SCORE)
    .map(([language]) => language);
}

