import { readFile } from "node:fs/promises";
import path from "node:path";
import { DamagedIndexError, IndexMismatchError } from "../errors.js";
import type { Unit } from "../ingest/passage-units.js";
import type { Passage } from "../types.js";
import { Bm25Index, type Bm25Data } from "./bm25-index.js";
import { HnswIndex } from "./hnsw-index.js";
import { DATA_FILES, LEXICAL, MANIFEST, PASSAGES, UNITS, sha256File } from "./index-files.js";
import { INDEX_FORMAT, type Manifest } from "./manifest.js";

export interface LoadedIndex {
  manifest: Manifest;
  passages: Passage[];
  byId: Map<string, Passage>;
  units: Unit[];
  /** Unit positions of each passage. */
  unitsOf: number[][];
  /** HNSW graph over the unit vectors. */
  vectors: HnswIndex;
  lexical: Bm25Index;
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, "utf8")) as T;
}

/**
 * Checks every index file against the manifest's hashes, so a damaged or truncated file is reported
 * (DamagedIndexError) before the native HNSW reader ever sees it. Returns the manifest.
 */
export async function verifyIndex(indexDir: string, options: { embedderId?: string } = {}): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = await readJson<Manifest>(path.join(indexDir, MANIFEST));
  } catch (error) {
    throw new DamagedIndexError(indexDir, `${MANIFEST} unreadable: ${(error as Error).message}`);
  }
  if (manifest.format !== INDEX_FORMAT || !manifest.files || !manifest.embedder) {
    throw new DamagedIndexError(indexDir, `${MANIFEST} is not of format ${INDEX_FORMAT}`);
  }
  if (options.embedderId && manifest.embedder.id !== options.embedderId) {
    throw new IndexMismatchError(options.embedderId, manifest.embedder.id);
  }
  for (const name of DATA_FILES) {
    const expected = manifest.files[name];
    const actual = await sha256File(path.join(indexDir, name)).catch(() => "missing");
    if (actual !== expected) throw new DamagedIndexError(indexDir, `${name} is ${actual === "missing" ? "missing" : "damaged"}`);
  }
  return manifest;
}

/** Opens a verified index: passages, lexical statistics and the HNSW graph. */
export async function loadIndex(indexDir: string, options: { embedderId?: string } = {}): Promise<LoadedIndex> {
  const manifest = await verifyIndex(indexDir, options);
  try {
    const passages = await readJson<Passage[]>(path.join(indexDir, PASSAGES));
    if (!Array.isArray(passages) || passages.length !== manifest.passages) throw new Error(`${PASSAGES} does not hold ${manifest.passages} passages`);
    const units = await readJson<Unit[]>(path.join(indexDir, UNITS));
    if (!Array.isArray(units) || units.length !== manifest.units) throw new Error(`${UNITS} does not hold ${manifest.units} units`);
    const unitsOf: number[][] = passages.map(() => []);
    units.forEach((unit, i) => {
      if (!unitsOf[unit.passage]) throw new Error(`${UNITS} names passage ${unit.passage}, which does not exist`);
      unitsOf[unit.passage]!.push(i);
    });
    const lexical = Bm25Index.fromJSON(await readJson<Bm25Data>(path.join(indexDir, LEXICAL)));
    const vectors = await HnswIndex.load(indexDir, manifest.embedder.dimension, manifest.units);
    return { manifest, passages, byId: new Map(passages.map((p) => [p.id, p])), units, unitsOf, vectors, lexical };
  } catch (error) {
    throw new DamagedIndexError(indexDir, (error as Error).message);
  }
}
