import { constants, inflateSync } from "node:zlib";

/**
 * What one file may cost to parse; a file over a limit is skipped with a warning, never fails the build. The
 * numbers are generous for real submissions (a few dozen pages, a few MB) and stop the hostile files of issue
 * 18: a 20,000-page PDF, a 1.5 MB PDF whose streams inflate to 1.5 GB, a 3 GB file.
 */
export interface ParseLimits {
  /** Largest file read, in bytes. Default 100 MB. */
  maxFileBytes: number;
  /** Most pages of a PDF. Default 2,000. */
  maxPages: number;
  /** Most bytes a PDF's compressed streams may inflate to, all together. Default 512 MB. */
  maxInflatedBytes: number;
  /** Heap of the parsing thread, in MB: a file that needs more is skipped. Default 1,024. */
  maxHeapMb: number;
  /**
   * Longest one file may take to parse, in ms. Default 300,000 (5 min; real submissions parse in well under
   * a second). The one wall-clock limit of a build, and it skips a file, never fails the build.
   */
  maxParseMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 100 * 2 ** 20,
  maxPages: 2_000,
  maxInflatedBytes: 512 * 2 ** 20,
  maxHeapMb: 1_024,
  maxParseMs: 300_000,
};

export const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/**
 * What a PDF's compressed streams inflate to, all together, in bytes; stops counting once over `limit`
 * (returns a number > limit). Each `stream … endstream` is inflated with zlib capped at what is left of the
 * budget, so a hostile stream never allocates more than the limit; streams that are not zlib data (images,
 * other filters) count as nothing.
 */
export function pdfInflatedBytes(bytes: Uint8Array, limit: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString("latin1");
  const opening = /stream\r?\n/g;
  let total = 0;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    // "endstream" also ends in "stream": only an opening after ">>" (a stream's dictionary) counts.
    if (!/>>\s*$/.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    opening.lastIndex = end;
    try {
      total += inflateSync(buffer.subarray(start, end), { maxOutputLength: limit - total + 1, finishFlush: constants.Z_SYNC_FLUSH /* tolerate a cut stream */ }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return limit + 1;
      // Not zlib data: nothing to inflate.
    }
    if (total > limit) return total;
  }
  return total;
}

/** Pages of a PDF as its catalogue says (pdf.js reads the page tree, not the pages). */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    return (await parser.getInfo()).total;
  } finally {
    await parser.destroy();
  }
}
