import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import type { Brief } from "./build-brief.js";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The brief as a Word document (the `docx` package writes the OOXML): the title, the headings, the bullets
 * as a bulleted list with their "[n]" markers, then "Sources": a numbered list, "[n]" each, with the cited
 * passage's breadcrumb.
 */
export async function briefDocx(brief: Brief): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (const line of brief.markdown.split("\n")) {
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^\s*-\s+(.*)$/.exec(line);
    if (heading) children.push(new Paragraph({ text: heading[2]!, heading: heading[1]!.length === 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1 }));
    else if (bullet) children.push(new Paragraph({ text: bullet[1]!, bullet: { level: 0 } }));
    else if (line.trim()) children.push(new Paragraph({ text: line.trim() }));
  }
  if (brief.citations.length) {
    children.push(new Paragraph({ text: "Sources", heading: HeadingLevel.HEADING_1 }));
    for (const citation of brief.citations) {
      children.push(new Paragraph({ numbering: { reference: "sources", level: 0 }, children: [new TextRun({ text: citation.breadcrumb, size: 18 })] }));
    }
  }
  const document = new Document({
    title: brief.title,
    creator: "Submission Assistant",
    numbering: { config: [{ reference: "sources", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "[%1]", alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
