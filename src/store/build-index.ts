import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_MAX_WORDS } from "../ingest/chunk-passages.js";
import { FileParser } from "../ingest/file-parser.js";
import { ingestCorpus, listCorpus, type CorpusFile, type ReusedFile } from "../ingest/ingest-corpus.js";
import type { ParseLimits } from "../ingest/parse-limits.js";
import type { Embedder } from "../embed/embedder.js";
import { DamagedIndexError, EmptyCorpusError } from "../errors.js";
import { passageUnits, unitEmbeddingText } from "../ingest/passage-units.js";
import { Bm25Index } from "./bm25-index.js";
import { HnswIndex } from "./hnsw-index.js";
import { DATA_FILES, LEXICAL, MANIFEST, PASSAGES, UNITS, sha256File, writeJson } from "./index-files.js";
import type { BuildProgress } from "./build-progress.js";
import { loadIndex, verifyIndex, type LoadedIndex } from "./load-index.js";
import type { Passage } from "../types.js";
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
  /** Limits on what one file may cost (size, pages, inflated size, heap, time). Default DEFAULT_PARSE_LIMITS. */
  limits?: Partial<ParseLimits>;
  /** Told after each file parsed and each slice of texts embedded. */
  progress?: (progress: BuildProgress) => void;
  /** Test seam: called after the staging folder is written, before the swap. */
  beforeSwap?: () => Promise<void>;
}

export interface BuildIndexResult {
  reused: boolean;
  manifest: Manifest;
  /** Why the index was (re)built; undefined when reused. */
  reason?: string;
}

/** Texts embedded between two progress reports: small enough for a steady display, large enough to keep every worker busy. */
const EMBED_SLICE = 256;

async function readManifest(indexDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(indexDir, MANIFEST), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

/** What BM25 counts of a passage: its breadcrumb (entity, year, question, record) and its text. */
const lexicalText = (passage: Passage) => `${passage.breadcrumb}\n${passage.text}`;

/**
 * The parse cache of a loaded index: each file it parsed, with its passages when it was indexed (not a copy).
 * Whether the file is unchanged since is the caller's to check (`keepsParse` in buildIndex).
 */
function reusedFiles(index: LoadedIndex): (file: CorpusFile) => ReusedFile | undefined {
  const byFile = new Map<string, Passage[]>();
  for (const passage of index.passages) {
    const list = byFile.get(passage.source.document);
    if (list) list.push(passage);
    else byFile.set(passage.source.document, [passage]);
  }
  return ({ file }) => {
    const summary = index.manifest.parsed[file];
    return summary && { ...summary, passages: byFile.get(file) };
  };
}

/**
 * Makes `indexDir` serve the corpus: reuses it when nothing changed, otherwise builds a new index in a
 * staging folder and swaps it in by rename, so a crash never leaves a half-written index in place. A rebuild
 * parses only the files the previous index (same embedder, verified by its hashes) did not parse with the same
 * bytes and chunking, embeds only the unit texts it did not hold and tokenizes only the passages it did not
 * count; `force` parses and embeds everything again. Files that cannot be read are skipped with a warning line each (`log`); throws
 * EmptyCorpusError only when nothing at all could be indexed and no sound index exists.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildIndexResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  await recoverSwap(options.indexDir);
  const corpus = await listCorpus(options.corpusDir, { maxFileBytes: options.limits?.maxFileBytes }).catch((error: NodeJS.ErrnoException) => {
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
  const progress = options.progress ?? (() => undefined);
  // The model loads while the files are read and parsed (a PDF takes a while), but only when some file is new
  // or changed: removing a file embeds nothing. Its failure surfaces where it is awaited.
  const had = new Set(existing?.corpus.map((f) => `${f.file}:${f.sha256}`) ?? []);
  const mayEmbed = options.force || !existing || corpus.some((f) => !f.skipped && !had.has(`${f.file}:${f.sha256}`));
  const modelReady = mayEmbed ? options.embedder.ready() : undefined;
  modelReady?.catch(() => undefined);
  // The previous index is both the vector cache and the parse cache: an unchanged file (same bytes, chunking
  // and format) keeps its passages and notes, so only new or changed files are parsed. Those the manifest says
  // are new or changed are parsed while it loads, and the model loads beside both.
  const previousIndex = options.force ? Promise.resolve(undefined) : loadIndex(options.indexDir, { embedderId: options.embedder.id }).catch(() => undefined);
  const keepsParse = (file: CorpusFile) => !options.force && existing?.format === INDEX_FORMAT && existing.chunking.maxWords === maxWords && existing.parsed?.[file.file] !== undefined && had.has(`${file.file}:${file.sha256}`);
  const reused = previousIndex.then((index) => index && reusedFiles(index));
  progress({ phase: "parse", done: 0, total: corpus.length });
  const parser = new FileParser(options.limits);
  const ingested = await ingestCorpus(options.corpusDir, corpus, {
    maxWords,
    parser,
    prefetch: corpus.filter((file) => !file.skipped && !keepsParse(file)).map((file) => file.file),
    reuse: async (file) => (keepsParse(file) ? (await reused)?.(file) : undefined),
    onFile: (done, total) => progress({ phase: "parse", done, total }),
  }).finally(() => parser.close());
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

  const previous = await previousIndex;
  // Units (sentences, bullets, record fields) are what is embedded: a question meets the sentence that answers it.
  const units = ingested.passages.flatMap((passage, position) => passageUnits(passage, position));
  const texts = units.map((unit) => unitEmbeddingText(unit, ingested.passages[unit.passage]!));
  // Vectors are cached by (embedder, text) in the previous index: a unit whose text it embedded keeps its
  // graph element, so adding or changing one file embeds only that file's new texts (issue 15).
  const cached = new Map<string, number[]>();
  const firstCached = new Map<string, number>();
  previous?.units.forEach((unit, position) => {
    const text = unitEmbeddingText(unit, previous.passages[unit.passage]!);
    const positions = cached.get(text);
    if (positions) positions.push(position);
    else cached.set(text, [position]);
    if (!firstCached.has(text)) firstCached.set(text, position);
  });
  // Each unit keeps a graph element of its own; a text now used more often than before copies a cached vector.
  const kept = texts.map((text) => cached.get(text)?.pop());
  // A list's lead-in repeats in each of its parts: each distinct text is embedded once. Texts of like length
  // are embedded together (the encoder pads a batch to its longest text).
  const missing = [...new Set(texts.filter((text, i) => kept[i] === undefined && !firstCached.has(text)))].sort((a, b) => a.length - b.length);
  const byText = new Map<string, number[]>();
  if (missing.length) {
    await modelReady;
    progress({ phase: "embed", done: 0, total: missing.length });
    for (let i = 0; i < missing.length; i += EMBED_SLICE) {
      const slice = missing.slice(i, i + EMBED_SLICE);
      const vectors = await options.embedder.embedDocuments(slice);
      slice.forEach((text, j) => byText.set(text, vectors[j]!));
      progress({ phase: "embed", done: i + slice.length, total: missing.length });
    }
  }
  const added = texts.filter((_, i) => kept[i] === undefined).map((text) => byText.get(text) ?? Array.from(previous!.vectors.vector(firstCached.get(text)!)));
  const dimension = previous?.vectors.dimension ?? added[0]?.length ?? 0;
  let hnsw: HnswIndex;
  if (previous) hnsw = previous.vectors.update(kept, added);
  else {
    hnsw = HnswIndex.create(dimension, added.length);
    hnsw.add(added);
  }
  const lexical = Bm25Index.statistics(ingested.passages.map(lexicalText), { previous: previous && { texts: previous.passages.map(lexicalText), data: previous.lexical.toJSON() } });

  const staging = stagingDir(options.indexDir);
  await mkdir(staging, { recursive: true });
  try {
    await hnsw.save(staging);
    await writeJson(staging, PASSAGES, ingested.passages);
    await writeJson(staging, UNITS, units);
    await writeJson(staging, LEXICAL, lexical);
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
      skipped: ingested.skipped,
      embedded: missing.length,
      reusedVectors: kept.filter((p) => p !== undefined).length,
      parsed: ingested.parsed,
      parsedFiles: ingested.parsedCount,
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
