import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import path from "node:path";

export const MANIFEST = "manifest.json";
export const PASSAGES = "passages.json";
export const LEXICAL = "lexical.json";
export const VECTORS = "vectors.hnsw";
export const UNITS = "units.json";
/** Graph label of each unit (src/store/hnsw-index.ts). */
export const LABELS = "labels.json";

/** Every data file of an index, each hashed in the manifest. */
export const DATA_FILES = [VECTORS, LABELS, PASSAGES, UNITS, LEXICAL] as const;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<void> {
  await writeFile(path.join(dir, name), JSON.stringify(value));
}
