import { cleanPdfPages, hasLineEndHyphens, type CleanPdf } from "./pdf-clean.js";
import { sourceText } from "./source-text.js";
import { englishWords } from "./word-list.js";

export type PdfText = CleanPdf;

/**
 * The printed text of a PDF (see pdf-clean.ts): running headers and footers dropped, wrapped lines and
 * hyphenated words rejoined, one logical line per blank-line-separated block; throws pdf-parse's own errors.
 */
export async function pdfToText(data: Uint8Array): Promise<PdfText> {
  // pdf.js is large: loaded on the first PDF, not by every process that might meet one.
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const result = await parser.getText();
    const pages = result.pages.map((page) => ({ num: page.num, text: sourceText(page.text) }));
    const isWord = hasLineEndHyphens(pages) ? await englishWords() : undefined;
    return cleanPdfPages(pages, isWord);
  } finally {
    await parser.destroy();
  }
}
