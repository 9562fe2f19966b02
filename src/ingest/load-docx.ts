import { readHtml, type HtmlText } from "./html-to-text.js";
import { sourceText } from "./source-text.js";

interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: { isOrdered: boolean; level: string } | null;
}

function firstText(element: DocxElement): DocxElement | undefined {
  if (element.type === "text") return element;
  for (const child of element.children ?? []) {
    const found = firstText(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Writes Word's automatic numbering into the text: a paragraph numbered "3." by Word carries no "3." in
 * its runs, and mammoth's HTML has only `<ol>` (restarting at 1 after every interruption). Top-level items
 * of one numbering definition are counted through the document, as Word counts them, so "3. In the past
 * year…" reads as question 3; deeper levels stay list items.
 */
function numberParagraphs(document: DocxElement): DocxElement {
  const counters = new Map<object, number>();
  const visit = (element: DocxElement) => {
    const numbering = element.numbering;
    if (element.type === "paragraph" && numbering?.isOrdered && numbering.level === "0") {
      const n = (counters.get(numbering) ?? 0) + 1;
      counters.set(numbering, n);
      const text = firstText(element);
      if (text) {
        text.value = `${n}. ${text.value ?? ""}`;
        element.numbering = null;
      }
    }
    for (const child of element.children ?? []) visit(child);
  };
  visit(document);
  return document;
}

/**
 * Reads a Word `.docx` with mammoth (headings, lists, tables as HTML) and then as an HTML page: headings
 * and numbered paragraphs become questions or sections, Word tables records labelled by their header
 * cells (or their first column), bullet lists stay with the paragraph that introduces them.
 * Returns mammoth's messages about what it could not convert as `warnings`; throws on a file that is not
 * a Word document.
 */
export async function readDocx(data: Buffer): Promise<HtmlText & { warnings: string[] }> {
  // mammoth (and its zip reader) is loaded on the first Word file, not by every process that might meet one.
  const { default: mammoth } = await import("mammoth");
  const result = await mammoth.convertToHtml({ buffer: data }, { transformDocument: numberParagraphs as (element: unknown) => unknown, includeDefaultStyleMap: true });
  const warnings = result.messages.filter((message) => message.type === "error").map((message) => message.message);
  return { ...readHtml(sourceText(result.value)), warnings };
}
