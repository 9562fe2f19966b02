export interface PdfText {
  text: string;
  /** Offset in `text` where each page starts. */
  pages: { num: number; start: number }[];
}

/** Text of every page of a PDF, pages joined by a newline; throws pdf-parse's own errors. */
export async function pdfToText(data: Uint8Array): Promise<PdfText> {
  // pdf.js is large: loaded on the first PDF, not by every process that might meet one.
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data, verbosity: 0 });
  try {
    const result = await parser.getText();
    const pages: PdfText["pages"] = [];
    let text = "";
    for (const page of result.pages) {
      if (text) text += "\n";
      pages.push({ num: page.num, start: text.length });
      text += page.text.replace(/\r\n?/g, "\n").trimEnd();
    }
    return { text, pages };
  } finally {
    await parser.destroy();
  }
}
