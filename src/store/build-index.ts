import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MAX_WORDS } from "../ingest/chunk-passages.js";
import { ingestCorpus, listCorpus } from "../ingest/ingest-corpus.js";
import type { Embedder } from "../embed/embedder.js";
import { DamagedIndexError, EmptyCorpusError } from "../errors.js";
import { passageUnits, unitEmbeddingText } from "../ingest/passage-units.js";
import { Bm25Index } from "./bm25-index.js";
import { HnswIndex } from "./hnsw-index.js";
import { DATA_FILES, LEXICAL, MANIFEST, PASSAGES, UNITS, sha256File, writeJson } from "./index-files.js";
import { verifyIndex } from "./load-index.js";
import { INDEX_FORMAT, staleReason, type Manifest } from "./manifest.js";
import { recoverSwap, stagingDir, swapDirectory } from "./swap-directory.js";

export interface BuildIndexOptions {
  corpusDir: string;
  indexDir: string;
  embedder: Embedder;
  /** Rebuild even when the index matches corpus and embedder. Default false. */
  force?: boolean;
  /** Longest prose passage in words. Default DEFAULT_MAX_WORDS. */
  maxWords?: number;
  /** Where progress and warnings go. Default: stderr. */
  log?: (line: string) => void;
  /** Test seam: called after the staging folder is written, before the swap. */
  beforeSwap?: () => Promise<void>;
}

export interface BuildIndexResult {
  reused: boolean;
  manifest: Manifest;
  /** Why the index was (re)built; undefined when reused. */
  reason?: string;
}

async function readManifest(indexDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(indexDir, MANIFEST), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * Makes `indexDir` serve the corpus: reuses it when nothing changed, otherwise builds a new index in a
 * staging folder and swaps it in by rename, so a crash never leaves a half-written index in place.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildIndexResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  await recoverSwap(options.indexDir);
  const corpus = await listCorpus(options.corpusDir).catch((error: NodeJS.ErrnoException) => {
    throw new EmptyCorpusError(options.corpusDir, `cannot read the folder (${error.code ?? error.message})`);
  });

  const existing = await readManifest(options.indexDir);
  let reason = options.force ? "--force" : existing ? staleReason(existing, { embedderId: options.embedder.id, chunking: { maxWords }, corpus }) : "no index yet";
  if (!reason && existing) {
    try {
      await verifyIndex(options.indexDir);
      return { reused: true, manifest: existing };
    } catch (error) {
      reason = `existing index unusable: ${(error as Error).message}`;
    }
  }

  const started = Date.now();
  // The model loads while the files are read and parsed (a PDF takes a while); its failure surfaces below.
  const modelReady = options.embedder.ready();
  modelReady.catch(() => undefined);
  const ingested = await ingestCorpus(options.corpusDir, corpus, { maxWords });
  for (const warning of ingested.warnings) log(warning);
  if (!ingested.passages.length) {
    const empty = new EmptyCorpusError(options.corpusDir, corpus.length ? "no file could be read (see warnings)" : "the folder holds no files");
    if (!existing) throw empty;
    // Nothing to rebuild from: keep serving a sound index; refuse a damaged one, saying what to run.
    const damage = await verifyIndex(options.indexDir).then(() => undefined, (error: Error) => error.message);
    if (!damage) {
      log(`warning: ${empty.message}; serving the index built ${existing.builtAt}`);
      return { reused: true, manifest: existing, reason: empty.message };
    }
    throw new DamagedIndexError(options.indexDir, `${damage.replace(/^index in .*? is damaged \((.*)\); run .*$/, "$1")}; and ${empty.message}`);
  }

  // Units (sentences, bullets, record fields) are what is embedded: a question meets the sentence that answers it.
  const units = ingested.passages.flatMap((passage, position) => passageUnits(passage, position));
  const texts = units.map((unit) => unitEmbeddingText(unit, ingested.passages[unit.passage]!));
  // A list's lead-in repeats in each of its parts: each distinct text is embedded once.
  const distinct = [...new Set(texts)];
  await modelReady;
  const embedded = await options.embedder.embedDocuments(distinct);
  const byText = new Map(distinct.map((text, i) => [text, embedded[i]!]));
  const vectors = texts.map((text) => byText.get(text)!);
  const dimension = vectors[0]?.length ?? 0;
  const hnsw = HnswIndex.create(dimension, vectors.length);
  hnsw.add(vectors);
  const lexical = Bm25Index.build(ingested.passages.map((p) => `${p.breadcrumb}\n${p.text}`));

  const staging = stagingDir(options.indexDir);
  await mkdir(staging, { recursive: true });
  try {
    await hnsw.save(staging);
    await writeJson(staging, PASSAGES, ingested.passages);
    await writeJson(staging, UNITS, units);
    await writeJson(staging, LEXICAL, lexical.toJSON());
    const files: Record<string, string> = {};
    for (const name of DATA_FILES) files[name] = await sha256File(path.join(staging, name));
    const manifest: Manifest = {
      format: INDEX_FORMAT,
      embedder: { id: options.embedder.id, dimension },
      chunking: { maxWords },
      corpus,
      passages: ingested.passages.length,
      units: units.length,
      files,
      warnings: ingested.warnings,
      builtAt: new Date().toISOString(),
      buildMs: Date.now() - started,
    };
    // The manifest is written last: a staging folder without one is never mistaken for an index.
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    await options.beforeSwap?.();
    await mkdir(path.dirname(path.resolve(options.indexDir)), { recursive: true });
    await swapDirectory(staging, options.indexDir);
    return { reused: false, manifest, reason };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
