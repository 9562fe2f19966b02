import { readFile } from "node:fs/promises";
import path from "node:path";
import { UnreadableFileError } from "../errors.js";
import { readHtml } from "./html-to-text.js";
import { readDocx } from "./load-docx.js";
import type { LoadedTable } from "./loaded-table.js";
import { readMarkdown } from "./markdown-to-text.js";
import { pdfToText } from "./pdf-to-text.js";
import { sourceText } from "./source-text.js";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"] as const;

export interface LoadedText {
  /** File name relative to the corpus folder. */
  document: string;
  text: string;
  /** Page starts for paginated sources. */
  pages?: { num: number; start: number }[];
  /** True when lines are wrapped at a width rather than broken at paragraphs (PDF text). */
  wrapped: boolean;
  /** Tables read from the file's markup (HTML, Markdown, Word), records at their offsets in `text`. */
  tables?: LoadedTable[];
  /** What the reader did not understand in a file it still read: one line each, for the ingest warnings. */
  notes?: string[];
}

/** A file name as messages show it: quoted (JSON) when it holds anything that could forge or hide a line. */
export function shownName(file: string): string {
  return /^[\p{L}\p{N}_./@+,()\[\]-][\p{L}\p{N} _./@+,()\[\]-]*$/u.test(file) && !/\s$/.test(file) ? file : JSON.stringify(file);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length * 0.05;
}

function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new UnreadableFileError(file, "not valid UTF-8 text");
  }
}

function describePdfError(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(name) || /password|encrypt/i.test(message)) return "encrypted PDF (password required)";
  return `broken PDF (${message.split("\n")[0]})`;
}

/** Loads one corpus file as text; throws UnreadableFileError naming the file and the reason. */
export async function loadFile(corpusDir: string, document: string): Promise<LoadedText> {
  const extension = path.extname(document).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new UnreadableFileError(document, `unsupported file type ${JSON.stringify(extension || "(none)")}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(corpusDir, document));
  } catch (error) {
    throw new UnreadableFileError(document, `cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (bytes.length === 0) throw new UnreadableFileError(document, "empty file");

  if (extension === ".pdf") {
    if (!Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-")) {
      throw new UnreadableFileError(document, "broken PDF (no PDF header)");
    }
    let pdf;
    try {
      pdf = await pdfToText(new Uint8Array(bytes));
    } catch (error) {
      throw new UnreadableFileError(document, describePdfError(error));
    }
    if (!pdf.text.trim()) throw new UnreadableFileError(document, "PDF has no extractable text (scanned images?)");
    // Lines are rejoined into paragraphs by pdf-clean.ts: the text reads as a plain-text file does.
    return { document, text: pdf.text, pages: pdf.pages, wrapped: false };
  }

  if (extension === ".docx") {
    let docx;
    try {
      docx = await readDocx(Buffer.from(bytes));
    } catch (error) {
      throw new UnreadableFileError(document, `not a readable Word document (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`);
    }
    if (!docx.text.trim()) throw new UnreadableFileError(document, "no text content");
    const notes = docx.warnings.map((warning) => `Word content not understood: ${warning}`);
    return { document, text: docx.text, tables: docx.tables, wrapped: false, ...(notes.length ? { notes } : {}) };
  }

  if (looksBinary(bytes)) throw new UnreadableFileError(document, "binary content, not text");
  const raw = sourceText(decodeUtf8(document, bytes));
  if (extension === ".html" || extension === ".htm" || extension === ".md" || extension === ".markdown") {
    const page = extension === ".md" || extension === ".markdown" ? readMarkdown(raw) : readHtml(raw);
    if (!page.text.trim()) throw new UnreadableFileError(document, "no text content");
    return { document, text: page.text, tables: page.tables, wrapped: false };
  }
  if (!raw.trim()) throw new UnreadableFileError(document, "no text content");
  return { document, text: raw, wrapped: false };
}
