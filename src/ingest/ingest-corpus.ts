import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { UnreadableFileError } from "../errors.js";
import type { Passage } from "../types.js";
import type { ChunkOptions } from "./chunk-passages.js";
import { DuplicateContent } from "./duplicate-content.js";
import { FileParser } from "./file-parser.js";
import { shownName, SUPPORTED_EXTENSIONS } from "./load-file.js";
import { DEFAULT_PARSE_LIMITS, megabytes } from "./parse-limits.js";
import type { SubmissionDocument } from "./submission.js";

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

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  // Streamed: a large file is never held whole in memory just to hash it.
  await pipeline(createReadStream(file), hash);
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
        else files.push({ file, sha256: await sha256Of(full), bytes: size });
      } catch (error) {
        skip(`cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    }
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

export interface IngestedCorpus {
  documents: SubmissionDocument[];
  passages: Passage[];
  /** One line per file that was skipped, naming the file (quoted) and the reason. */
  warnings: string[];
  /** Files that gave passages. */
  indexed: string[];
  /** Files skipped, each with its reason. */
  skipped: { file: string; reason: string }[];
}

export interface IngestOptions extends ChunkOptions {
  /** Parses the files; default a FileParser of its own (a worker thread), closed at the end. */
  parser?: FileParser;
  /** Called after each file, with how many of `files` are done. */
  onFile?: (done: number, total: number) => void;
}

/**
 * Loads, parses and chunks every corpus file on a worker thread; each file that cannot be read, is over a
 * limit or was skipped when listed becomes one warning line, never a failure.
 */
export async function ingestCorpus(corpusDir: string, files: CorpusFile[], options: IngestOptions = {}): Promise<IngestedCorpus> {
  const result: IngestedCorpus = { documents: [], passages: [], warnings: [], indexed: [], skipped: [] };
  const parser = options.parser ?? new FileParser();
  const duplicates = new DuplicateContent();
  const skip = (file: string, reason: string) => {
    result.skipped.push({ file, reason });
    result.warnings.push(skippedLine(file, reason));
  };
  try {
    for (const [i, { file, skipped }] of files.entries()) {
      if (skipped) skip(file, skipped);
      else {
        try {
          const { document, passages, notes, text } = await parser.parse(corpusDir, file, { maxWords: options.maxWords });
          // A file whose content is already indexed under another name (a copy) is indexed once.
          const original = duplicates.seenAs(file, text);
          if (original !== undefined) {
            skip(file, `same content as ${shownName(original)}, which is indexed instead`);
            options.onFile?.(i + 1, files.length);
            continue;
          }
          for (const note of notes) result.warnings.push(`warning: ${shownName(file)}: ${note}`);
          result.documents.push(document);
          result.passages.push(...passages);
          result.indexed.push(file);
        } catch (error) {
          if (!(error instanceof UnreadableFileError)) throw error;
          skip(error.file, error.reason);
        }
      }
      options.onFile?.(i + 1, files.length);
    }
  } finally {
    if (!options.parser) await parser.close();
  }
  return result;
}
