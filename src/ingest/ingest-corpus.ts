import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { UnreadableFileError } from "../errors.js";
import type { Passage } from "../types.js";
import type { ChunkOptions } from "./chunk-passages.js";
import { DuplicateContent } from "./duplicate-content.js";
import { FileParser } from "./file-parser.js";
import { shownName, SUPPORTED_EXTENSIONS } from "./load-file.js";
import { DEFAULT_PARSE_LIMITS, megabytes } from "./parse-limits.js";

export interface CorpusFile {
  /** Path relative to the corpus folder, "/"-separated. */
  file: string;
  /** sha256 of the content; "" for a file that is skipped without being read. */
  sha256: string;
  bytes: number;
  /** Why the file is not read (unsupported type, too large, a link, not a regular file); absent when it is. */
  skipped?: string;
}

/** One warning line for a skipped file; a name that could forge or hide a line is quoted (JSON, `shownName`). */
export function skippedLine(file: string, reason: string): string {
  return `warning: skipped ${shownName(file)}: ${reason}`;
}

/** Files up to this size are hashed from one read; larger ones streamed, never held whole just to hash them. */
const WHOLE_READ_BYTES = 16 * 2 ** 20;

async function sha256Of(file: string, bytes: number): Promise<string> {
  const hash = createHash("sha256");
  // One read is 3-4× faster than a stream for the usual page of 10-100 kB (251 files: ~45 ms against ~160 ms).
  if (bytes <= WHOLE_READ_BYTES) hash.update(await readFile(file));
  else await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

const supported = (file: string) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());

/**
 * Every entry under the corpus folder (hidden ones left out), sorted, each regular file of a supported type
 * hashed. What is not read says why in `skipped`: an unsupported type (not read, not even to hash it), a file
 * over `maxFileBytes`, a symbolic link (not followed), a FIFO, socket or device, a file gone before it was
 * hashed. Throws only when the folder itself cannot be read.
 */
export async function listCorpus(corpusDir: string, options: { maxFileBytes?: number } = {}): Promise<CorpusFile[]> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_PARSE_LIMITS.maxFileBytes;
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  const files: CorpusFile[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() || entry.name.startsWith(".")) continue;
    const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    const file = path.relative(corpusDir, full).split(path.sep).join("/");
    if (file.split("/").some((part) => part.startsWith("."))) continue;
    const skip = (skipped: string, bytes = 0) => files.push({ file, sha256: "", bytes, skipped });
    if (entry.isSymbolicLink()) skip("a symbolic link (links are not followed)");
    else if (!entry.isFile()) skip(`not a regular file (${entry.isFIFO() ? "a FIFO" : entry.isSocket() ? "a socket" : "a device"})`);
    else if (!supported(file)) skip(`unsupported file type "${path.extname(file).toLowerCase() || "(none)"}"`);
    else {
      try {
        const { size } = await stat(full);
        if (size > maxFileBytes) skip(`too large (${megabytes(size)}, the limit is ${megabytes(maxFileBytes)})`, size);
        else files.push({ file, sha256: await sha256Of(full, size), bytes: size });
      } catch (error) {
        skip(`cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    }
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * What a build keeps of each file it read (in the manifest, beside the file's sha256 in `corpus`), so that the
 * next build takes an unchanged file's passages from the index instead of parsing it again (issue 15: re-parsing 250 files cost 2.3 s of every change).
 */
export interface ParsedSummary {
  /** `contentKey` of its loaded text: what a copy under another name is recognised by. */
  content: string;
  /** Its ingest notes (warnings without the file's name). */
  notes: string[];
}

/** An unchanged file as the previous index holds it; `passages` is absent when it was a copy and not indexed. */
export interface ReusedFile extends ParsedSummary {
  passages?: Passage[];
}

export interface IngestedCorpus {
  passages: Passage[];
  /** One line per file that was skipped, naming the file (quoted) and the reason. */
  warnings: string[];
  /** Files that gave passages. */
  indexed: string[];
  /** Files skipped, each with its reason. */
  skipped: { file: string; reason: string }[];
  /** What was read of each file that parsed (indexed or a copy), by file: the manifest's `parsed`. */
  parsed: Record<string, ParsedSummary>;
  /** Files parsed by this call; the others' passages came from `reuse` (or they were skipped). */
  parsedCount: number;
}

export interface IngestOptions extends ChunkOptions {
  /** Parses the files; default a FileParser of its own (a worker thread), closed at the end. */
  parser?: FileParser;
  /** Called after each file, with how many of `files` are done. */
  onFile?: (done: number, total: number) => void;
  /** An unchanged file's passages and notes from the previous index (same sha256, chunking and format), or undefined to parse it. */
  reuse?: (file: CorpusFile) => Promise<ReusedFile | undefined> | ReusedFile | undefined;
  /**
   * Files known to need parsing (new or changed), parsed one after another from the start, while `reuse` may
   * still be waiting for the previous index to load.
   */
  prefetch?: string[];
}

/**
 * Loads, parses and chunks every corpus file on a worker thread (started only when some file is not in
 * `reuse`); each file that cannot be read, is over a limit or was skipped when listed becomes one warning line,
 * never a failure. A copy of an earlier file (same `contentKey`) is skipped with a warning naming both.
 */
export async function ingestCorpus(corpusDir: string, files: CorpusFile[], options: IngestOptions = {}): Promise<IngestedCorpus> {
  const result: IngestedCorpus = { passages: [], warnings: [], indexed: [], skipped: [], parsed: {}, parsedCount: 0 };
  let parser = options.parser;
  const duplicates = new DuplicateContent();
  const skip = (file: string, reason: string) => {
    result.skipped.push({ file, reason });
    result.warnings.push(skippedLine(file, reason));
  };
  // One file at a time on the worker, in the order asked: a file's parse limits never count time spent waiting.
  let queue: Promise<unknown> = Promise.resolve();
  const parsing = new Map<string, Promise<ReusedFile & { passages: Passage[] }>>();
  const parse = (file: string) => {
    let parsed = parsing.get(file);
    if (!parsed) {
      parsed = queue.then(async () => {
        parser ??= new FileParser();
        result.parsedCount++;
        const { passages, notes, content } = await parser.parse(corpusDir, file, { maxWords: options.maxWords });
        return { content, notes, passages };
      });
      queue = parsed.catch(() => undefined);
      parsing.set(file, parsed);
    }
    return parsed;
  };
  for (const file of options.prefetch ?? []) parse(file).catch(() => undefined); // awaited (and its error met) in the loop
  try {
    for (const [i, entry] of files.entries()) {
      const { file, skipped } = entry;
      if (skipped) skip(file, skipped);
      else {
        try {
          // A copy kept from the previous index is known by its content key without reading it again.
          const known = parsing.has(file) ? undefined : await options.reuse?.(entry);
          const copyOf = known && !known.passages ? duplicates.original(known.content) : undefined;
          const parsed = copyOf !== undefined || known?.passages ? known! : await parse(file);
          // A file whose content is already indexed under another name (a copy) is indexed once.
          const original = copyOf ?? duplicates.seenAs(file, parsed.content);
          result.parsed[file] = { content: parsed.content, notes: parsed.notes };
          if (original !== undefined) skip(file, `same content as ${shownName(original)}, which is indexed instead`);
          else {
            for (const note of parsed.notes) result.warnings.push(`warning: ${shownName(file)}: ${note}`);
            result.passages.push(...parsed.passages!);
            result.indexed.push(file);
          }
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          skip(error.file, error.reason);
        }
      }
      options.onFile?.(i + 1, files.length);
    }
  } finally {
    await queue; // a prefetched file the loop never reached (it threw) finishes before the parser closes
    if (!options.parser) await parser?.close();
  }
  return result;
}
