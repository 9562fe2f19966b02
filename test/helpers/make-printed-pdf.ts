import PDFDocument from "pdfkit";

export interface PrintOptions {
  /** Running header printed at the top of every page. */
  header?: string;
  /** Print "Page N of M" at the bottom of every page. */
  pageFooter?: boolean;
  /** Break long words at a line end with a hyphen ("imple-" / "mentation"), as a browser's print does. */
  hyphenate?: boolean;
  /** Page width in points (A4 is 595); a narrower page wraps more lines. */
  width?: number;
}

const HEIGHT = 842;
const MARGIN = { top: 60, bottom: 60, side: 50 };
const LINE = 12;
const FONT_SIZE = 10;

/**
 * A real PDF of `text` laid out as a browser prints a page: paragraphs (blank-line separated) and their
 * lines kept, wrapped at the margin (after a hyphen in a compound too), long words hyphenated at a line
 * end when asked, a running header and a "Page N of M" footer on every page. Set line by line so the
 * breaks are the ones a reader sees (pdfkit's own soft hyphens print visibly in the standard fonts).
 */
export async function makePrintedPdf(text: string, options: PrintOptions = {}): Promise<Buffer> {
  const width = options.width ?? 595;
  const doc = new PDFDocument({ size: [width, HEIGHT], margin: 0, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  doc.font("Helvetica").fontSize(FONT_SIZE);
  const column = width - 2 * MARGIN.side;
  const fits = (line: string) => doc.widthOfString(line) <= column;

  const lines: (string | null)[] = []; // null: a paragraph gap
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (!paragraph.trim()) continue;
    for (const hard of paragraph.trim().split("\n")) {
      let line = "";
      for (const word of hard.trim().split(/\s+/).filter(Boolean)) {
        let rest = word;
        while (rest) {
          const candidate = line ? `${line} ${rest}` : rest;
          if (fits(candidate)) {
            line = candidate;
            rest = "";
            break;
          }
          // Break inside the word: after a compound's hyphen, or (hyphenating) after 4+ letters leaving 3+.
          let cut = -1;
          for (let i = rest.length - 1; i > 0; i--) {
            const compound = rest[i - 1] === "-";
            const syllable = options.hyphenate && i >= 4 && rest.length - i >= 3 && /\p{L}{2}/u.test(rest.slice(i - 2, i)) && /^\p{Ll}{3}/u.test(rest.slice(i));
            if (!compound && !syllable) continue;
            const head = compound ? rest.slice(0, i) : `${rest.slice(0, i)}-`;
            if (fits(line ? `${line} ${head}` : head)) {
              cut = i;
              break;
            }
          }
          if (cut > 0) {
            const head = rest[cut - 1] === "-" ? rest.slice(0, cut) : `${rest.slice(0, cut)}-`;
            lines.push(line ? `${line} ${head}` : head);
            line = "";
            rest = rest.slice(cut);
          } else if (line) {
            lines.push(line);
            line = "";
          } else {
            line = rest; // one word wider than the column: let it overflow
            rest = "";
          }
        }
      }
      lines.push(line);
    }
    lines.push(null);
  }

  let y = MARGIN.top;
  for (const line of lines) {
    if (line === null) {
      y += LINE / 2;
      continue;
    }
    if (y + LINE > HEIGHT - MARGIN.bottom) {
      doc.addPage({ size: [width, HEIGHT], margin: 0 });
      doc.font("Helvetica").fontSize(FONT_SIZE);
      y = MARGIN.top;
    }
    doc.text(line, MARGIN.side, y, { lineBreak: false });
    y += LINE;
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font("Helvetica").fontSize(8);
    if (options.header) doc.text(options.header, MARGIN.side, 30, { lineBreak: false });
    if (options.pageFooter) doc.text(`Page ${i + 1} of ${range.count}`, MARGIN.side, HEIGHT - 40, { lineBreak: false });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
