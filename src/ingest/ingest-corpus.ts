import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { UnreadableFileError } from "../errors.js";
import type { Passage } from "../types.js";
import { chunkPassages, type ChunkOptions } from "./chunk-passages.js";
import { DuplicateContent } from "./duplicate-content.js";
import { loadFile } from "./load-file.js";
import { parseSubmission } from "./parse-submission.js";
import type { SubmissionDocument } from "./submission.js";

export interface CorpusFile {
  /** Path relative to the corpus folder, "/"-separated. */
  file: string;
  sha256: string;
  bytes: number;
}

/** Every file under the corpus folder (hidden files skipped), sorted, with its hash. */
export async function listCorpus(corpusDir: string): Promise<CorpusFile[]> {
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  const files: CorpusFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const full = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    const file = path.relative(corpusDir, full).split(path.sep).join("/");
    if (file.split("/").some((part) => part.startsWith("."))) continue;
    const bytes = await readFile(full);
    files.push({ file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

export interface IngestedCorpus {
  documents: SubmissionDocument[];
  passages: Passage[];
  /** One line per file that was skipped, naming the file and the reason. */
  warnings: string[];
}

/** Loads, parses and chunks every corpus file; unreadable files become warnings, never failures. */
export async function ingestCorpus(corpusDir: string, files: CorpusFile[], options: ChunkOptions = {}): Promise<IngestedCorpus> {
  const result: IngestedCorpus = { documents: [], passages: [], warnings: [] };
  const duplicates = new DuplicateContent();
  for (const { file } of files) {
    try {
      const loaded = await loadFile(corpusDir, file);
      const original = duplicates.seenAs(file, loaded.text);
      if (original !== undefined) {
        result.warnings.push(`warning: skipped ${file}: same content as ${original}, which is indexed instead`);
        continue;
      }
      const doc = parseSubmission(loaded);
      const passages = chunkPassages(doc, options);
      if (!passages.length) throw new UnreadableFileError(file, "no passages could be made from its text");
      result.documents.push(doc);
      for (const note of doc.warnings) result.warnings.push(`warning: ${file}: ${note}`);
      result.passages.push(...passages);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      result.warnings.push(`warning: skipped ${error.file}: ${error.reason}`);
    }
  }
  return result;
}
