import { cleanPdfPages, hasLineEndHyphens, type CleanPdf, type PdfLineBox, type PdfPageText } from "./pdf-clean.js";
import { sourceText } from "./source-text.js";
import { englishWords } from "./word-list.js";

export type PdfText = CleanPdf;

/** The part of pdf.js's document that pdf-parse holds open between `getText` and `destroy`. */
interface PdfJsDocument {
  getPage(num: number): Promise<{ getTextContent(): Promise<{ items: PdfJsItem[] }> }>;
}

interface PdfJsItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** A page's lines with their boxes, from pdf.js's text items: items on one baseline make one line. */
function linesOf(items: PdfJsItem[]): PdfLineBox[] {
  const lines: PdfLineBox[] = [];
  let current: PdfLineBox | undefined;
  for (const item of items) {
    if (typeof item.str !== "string" || !item.transform) continue;
    if (!item.str) continue;
    const [, , , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(d) || item.height || 10;
    const right = x + (item.width ?? 0);
    if (current && Math.abs(current.y - y) <= size * 0.4 && x >= current.x1 - size * 0.5) {
      const spaced = x - current.x1 > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      current.text += (spaced ? " " : "") + item.str;
      current.x1 = Math.max(current.x1, right);
      current.size = Math.max(current.size, size);
    } else {
      current = { text: item.str, x0: x, x1: right, y, size };
      lines.push(current);
    }
  }
  return lines.map((line) => ({ ...line, text: sourceText(line.text) })).filter((line) => line.text.trim());
}

/**
 * The printed text of a PDF (see pdf-clean.ts): running headers and footers dropped, wrapped lines and
 * hyphenated words rejoined, one logical line per blank-line-separated block; throws pdf-parse's own errors.
 * Lines' positions (paragraph gaps, the column's edge) come from the pdf.js document pdf-parse opened;
 * should a later pdf-parse not hold it where expected, the text alone is read, with estimated widths.
 */
export async function pdfToText(data: Uint8Array): Promise<PdfText> {
  // pdf.js is large: loaded on the first PDF, not by every process that might meet one.
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const result = await parser.getText();
    const document = (parser as unknown as { doc?: PdfJsDocument }).doc;
    const pages: PdfPageText[] = [];
    for (const page of result.pages) {
      const text = sourceText(page.text);
      let lines: PdfLineBox[] | undefined;
      if (typeof document?.getPage === "function") {
        lines = linesOf((await (await document.getPage(page.num)).getTextContent()).items);
        // Boxes that do not hold the text pdf-parse read are not trusted.
        if (lines.map((line) => line.text).join("").replace(/\s+/g, "") !== text.replace(/\s+/g, "")) lines = undefined;
      }
      pages.push({ num: page.num, text, ...(lines ? { lines } : {}) });
    }
    const isWord = hasLineEndHyphens(pages) ? await englishWords() : undefined;
    return cleanPdfPages(pages, isWord);
  } finally {
    await parser.destroy();
  }
}
