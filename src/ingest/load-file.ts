import { readFile } from "node:fs/promises";
import path from "node:path";
import { UnreadableFileError } from "../errors.js";
import { htmlToText } from "./html-to-text.js";
import { pdfToText } from "./pdf-to-text.js";

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".pdf"] as const;

export interface LoadedText {
  /** File name relative to the corpus folder. */
  document: string;
  text: string;
  /** Page starts for paginated sources. */
  pages?: { num: number; start: number }[];
  /** True when lines are wrapped at a width rather than broken at paragraphs (PDF text). */
  wrapped: boolean;
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
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
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
    throw new UnreadableFileError(document, `unsupported file type "${extension || "(none)"}"`);
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
    return { document, text: pdf.text, pages: pdf.pages, wrapped: false };
  }

  if (looksBinary(bytes)) throw new UnreadableFileError(document, "binary content, not text");
  const raw = decodeUtf8(document, bytes);
  const text = extension === ".html" || extension === ".htm" ? htmlToText(raw) : raw;
  if (!text.trim()) throw new UnreadableFileError(document, "no text content");
  return { document, text, wrapped: false };
}
