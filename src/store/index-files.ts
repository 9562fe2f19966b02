import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export const MANIFEST = "manifest.json";
export const PASSAGES = "passages.json";
export const LEXICAL = "lexical.json";
export const VECTORS = "vectors.hnsw";
export const UNITS = "units.json";

/** Every data file of an index, each hashed in the manifest. */
export const DATA_FILES = [VECTORS, PASSAGES, UNITS, LEXICAL] as const;

export async function sha256File(file: string): Promise<string> {
  return createHash("sha256").update(await readFile(file)).digest("hex");
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<void> {
  await writeFile(path.join(dir, name), JSON.stringify(value));
}
