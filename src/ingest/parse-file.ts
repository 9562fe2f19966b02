import { readFile } from "node:fs/promises";
import path from "node:path";
import { UnreadableFileError } from "../errors.js";
import type { Passage } from "../types.js";
import { chunkPassages, type ChunkOptions } from "./chunk-passages.js";
import { contentKey } from "./duplicate-content.js";
import { loadFile } from "./load-file.js";
import { megabytes, pdfInflatedBytes, pdfPageCount, type ParseLimits } from "./parse-limits.js";
import { parseSubmission } from "./parse-submission.js";
import { plainParagraphs } from "./plain-paragraphs.js";

export interface ParsedFile {
  passages: Passage[];
  /** What was not understood in a file still read, and where its year came from (one line each, without the file's name): ingest warnings. */
  notes: string[];
  /** `contentKey` of the loaded text: what duplicate files are recognised by. */
  content: string;
}

/** A PDF over the page or inflated-size limit is refused before pdf.js reads its pages. */
async function checkPdf(corpusDir: string, file: string, limits: ParseLimits): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(corpusDir, file));
  } catch (error) {
    throw new UnreadableFileError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const inflated = pdfInflatedBytes(bytes, limits.maxInflatedBytes);
  if (inflated > limits.maxInflatedBytes) throw new UnreadableFileError(file, `its compressed content inflates to more than ${megabytes(limits.maxInflatedBytes)}`);
  const pages = await pdfPageCount(bytes).catch(() => 0); // a broken PDF is reported by the loader
  if (pages > limits.maxPages) throw new UnreadableFileError(file, `${pages} pages, more than the ${limits.maxPages} allowed`);
}

/**
 * Loads, parses and chunks one corpus file: the work the parse worker does (src/ingest/parse-worker.ts).
 * Throws UnreadableFileError naming the file and the reason, including for a file that yields no passage.
 */
export async function parseFile(corpusDir: string, file: string, options: { chunk: ChunkOptions; limits: ParseLimits }): Promise<ParsedFile> {
  if (path.extname(file).toLowerCase() === ".pdf") await checkPdf(corpusDir, file, options.limits);
  const loaded = await loadFile(corpusDir, file);
  const notes = [...(loaded.notes ?? [])];
  let document = parseSubmission(loaded);
  let passages = chunkPassages(document, options.chunk);
  if (!passages.length) {
    // A file whose structure gives no answer text is still read, as plain paragraphs.
    document = plainParagraphs(loaded, document);
    passages = chunkPassages(document, options.chunk);
    notes.push("its questions have no answer text; read as plain paragraphs");
  }
  if (!passages.length) throw new UnreadableFileError(file, "no passages could be made from its text");
  notes.push(...document.warnings);
  return { passages, notes, content: contentKey(loaded.text) };
}
