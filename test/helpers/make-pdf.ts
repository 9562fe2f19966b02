import PDFDocument from "pdfkit";

/** A real PDF of `text`: paragraphs (blank-line separated) set in Helvetica, wrapped and paginated by pdfkit. */
export async function makePdf(text: string, options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: "owner", pdfVersion: "1.7" as const } : {}) });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (!paragraph.trim()) continue;
    doc.fontSize(10).text(paragraph.trim());
    doc.moveDown(0.6);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
