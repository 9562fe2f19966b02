import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { LoadedTable } from "./loaded-table.js";
import type { FormField, FormRecord } from "./submission.js";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

/** Never content: scripts, styles, embedded objects, form controls' option lists. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "select", "button", "input", "textarea"]);
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "legend", "main", "nav", "p", "pre", "section", "summary",
]);
const HEADING = /^h([1-6])$/;

export interface HtmlText {
  /** The page's text: one block (paragraph, heading, bullet, table record line group) per blank-line-separated block. */
  text: string;
  /** The page's tables, as records; their text is in `text` at their offsets. */
  tables: LoadedTable[];
}

const isElement = (node: Node): node is Element => "tagName" in node;
const collapse = (text: string) => text.replace(/[^\S\n]+|\u00a0/g, " ").replace(/ *\n */g, "\n").trim();
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** A source's footnote reference ("<sup>2</sup>", "<a href="#fn2">[2]</a>"): not part of the sentence. */
function isFootnoteReference(element: Element): boolean {
  const text = collapse(inlineText(element));
  if (!/^\[?\^?[\w-]{1,6}\]?$/.test(text)) return false;
  if (element.tagName === "sup") return /\d|^\[/.test(text);
  const href = attribute(element, "href") ?? "";
  return element.tagName === "a" && /^#(fn|footnote|note|cite)/i.test(href);
}

/** The text of an element's inline content; `<br>` is a line break, nested lists and tables are left out. */
function inlineText(element: Element | DefaultTreeAdapterMap["parentNode"], skip: (el: Element) => boolean = () => false): string {
  let out = "";
  for (const child of element.childNodes) {
    // Source line breaks are spaces; only <br> breaks a line.
    if (child.nodeName === "#text") out += (child as DefaultTreeAdapterMap["textNode"]).value.replace(/\s+/g, " ");
    else if (isElement(child)) {
      if (SKIPPED.has(child.tagName) || skip(child) || isFootnoteReference(child)) continue;
      if (child.tagName === "br") out += "\n";
      else {
        const inner = inlineText(child, skip);
        out += BLOCKS.has(child.tagName) || HEADING.test(child.tagName) || child.tagName === "li" ? `\n${inner}\n` : inner;
      }
    }
  }
  return out;
}

const cellText = (cell: Element) => inlineText(cell).split("\n").map(collapse).filter(Boolean).join("\n");

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (element: Element) => {
    for (const child of element.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === "tr") rows.push(child);
      else if (["thead", "tbody", "tfoot"].includes(child.tagName)) visit(child);
    }
  };
  visit(table);
  return rows;
}

const cellsOf = (row: Element) => row.childNodes.filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"));

/** "Event name" → "event"; a label of more than three words says nothing about what a record is. */
function kindFrom(label: string | undefined): string {
  const words = (label ?? "").toLowerCase().replace(/[^\p{L}\p{N}/ -]/gu, "").trim().split(/\s+/).filter(Boolean);
  if (words.length > 1 && /^(name|title)$/.test(words[words.length - 1]!)) words.pop();
  return words.length >= 1 && words.length <= 3 ? words.join(" ") : "record";
}

class TextBuilder {
  text = "";

  /** Appends a block (its own lines kept) and returns its span. */
  block(content: string): { start: number; end: number } {
    const lines = content.split("\n").map(collapse).filter(Boolean);
    if (!lines.length) return { start: this.text.length, end: this.text.length };
    if (this.text) this.text += "\n\n";
    const start = this.text.length;
    this.text += lines.join("\n");
    return { start, end: this.text.length };
  }
}

interface Shape {
  /** Label/value pairs per record. */
  records: [string, string][][];
  kind: string;
}

/**
 * A table's records: with a header row (all `<th>`, a `<thead>`, or the first of several rows when no
 * column holds labels) one record per later row, labelled by the header cells; with `<th>` down the first
 * column, or two columns of short labels and values, the table is one record. Undefined for a table that
 * holds no record (one row, or one column): its cells are read as paragraphs.
 */
function tableShape(table: Element): Shape | undefined {
  const rows = rowsOf(table).map((row) => cellsOf(row).map((cell) => ({ text: cellText(cell), header: cell.tagName === "th" })));
  const filled = rows.filter((row) => row.some((cell) => cell.text));
  if (filled.length === 0) return undefined;
  const columns = Math.max(...filled.map((row) => row.length));
  if (columns < 2) return undefined;
  const caption = table.childNodes.find((c): c is Element => isElement(c) && c.tagName === "caption");
  const captionKind = caption ? kindFrom(collapse(inlineText(caption))) : undefined;

  const headerRow = filled[0]!.every((cell) => cell.header) && filled[0]!.length > 1;
  const labelColumn = filled.every((row) => row[0]?.header && row.slice(1).every((cell) => !cell.header));
  const shortLabels = columns === 2 && filled.every((row) => row.length === 2 && row[0]!.text.split(/\s+/).length <= 8 && !/[.;]$/.test(row[0]!.text));
  if (!headerRow && (labelColumn || (shortLabels && !filled.some((row) => row.some((cell) => cell.header))))) {
    const record = filled.map((row): [string, string] => [row[0]!.text.replace(/:$/, ""), row.slice(1).map((cell) => cell.text).filter(Boolean).join("\n")]);
    return { records: [record], kind: captionKind ?? kindFrom(record[0]![0]) };
  }
  if (filled.length < 2) return undefined;
  const header = filled[0]!.map((cell, i) => cell.text.replace(/:$/, "") || `Column ${i + 1}`);
  const records = filled.slice(1).map((row) => row.map((cell, i): [string, string] => [header[i] ?? `Column ${i + 1}`, cell.text]).filter(([, value]) => value));
  return { records: records.filter((record) => record.length), kind: captionKind ?? kindFrom(header[0]) };
}

/**
 * Reads an HTML page with a real HTML parser (parse5, the WHATWG algorithm: every named and numeric
 * entity, broken markup recovered as browsers do) into the text the questionnaire parser reads:
 * block elements as blocks, headings as "## Heading" (numbered questions stay plain), list items as
 * bullets (nested ones too, after their parent), and tables as records (see `tableShape`).
 */
export function readHtml(html: string): HtmlText {
  const out = new TextBuilder();
  const tables: LoadedTable[] = [];
  let pending = "";
  const flush = () => {
    if (pending.trim()) out.block(pending);
    pending = "";
  };

  const list = (element: Element, depth: number) => {
    let number = Number(attribute(element, "start") ?? 1);
    for (const item of element.childNodes) {
      if (!isElement(item) || item.tagName !== "li") continue;
      const marker = element.tagName === "ol" && depth === 0 ? `${number++}. ` : depth === 0 ? "• " : "◦ ";
      const own = collapse(inlineText(item, (el) => el.tagName === "ul" || el.tagName === "ol" || el.tagName === "table").replace(/\n/g, " "));
      if (own) out.block(marker + own);
      for (const child of item.childNodes) if (isElement(child)) visitNested(child, depth + 1);
    }
  };
  const visitNested = (element: Element, depth: number) => {
    if (element.tagName === "ul" || element.tagName === "ol") list(element, depth);
    else if (element.tagName === "table") table(element);
    else for (const child of element.childNodes) if (isElement(child)) visitNested(child, depth);
  };

  const table = (element: Element) => {
    flush();
    const shape = tableShape(element);
    if (!shape) {
      for (const row of rowsOf(element)) for (const cell of cellsOf(row)) out.block(cellText(cell));
      return;
    }
    const records: FormRecord[] = [];
    for (const pairs of shape.records) {
      const fields: FormField[] = [];
      for (const [label, value] of pairs) {
        const span = out.block(`${label}: ${value.replace(/\n/g, " ")}`);
        fields.push({ label, value, ...span });
      }
      if (!fields.length) continue;
      const start = fields[0]!.start;
      const end = fields[fields.length - 1]!.end;
      records.push({ index: records.length + 1, title: fields[0]!.value.split("\n")[0]!, fields, start, end });
    }
    if (records.length) tables.push({ kind: shape.kind, records, start: records[0]!.start, end: records[records.length - 1]!.end });
  };

  const visit = (node: Element | DefaultTreeAdapterMap["document"]) => {
    for (const child of node.childNodes) {
      if (child.nodeName === "#text") {
        pending += (child as DefaultTreeAdapterMap["textNode"]).value.replace(/\s+/g, " ");
        continue;
      }
      if (!isElement(child) || SKIPPED.has(child.tagName) || isFootnoteReference(child)) continue;
      const tag = child.tagName;
      const heading = HEADING.exec(tag);
      if (heading) {
        flush();
        const text = collapse(inlineText(child).replace(/\n/g, " "));
        // A numbered question set as a heading is a question, not a section.
        if (text) out.block(/^\d{1,2}[.)]\s/.test(text) ? text : `${"#".repeat(Number(heading[1]))} ${text}`);
      } else if (tag === "ul" || tag === "ol") {
        flush();
        list(child, 0);
      } else if (tag === "table") {
        table(child);
      } else if (tag === "br") {
        pending += "\n";
      } else if (BLOCKS.has(tag) || tag === "li" || tag === "tr" || tag === "td" || tag === "th") {
        flush();
        visit(child);
        flush();
      } else {
        visit(child);
      }
    }
  };
  visit(parse(html));
  flush();
  return { text: out.text, tables };
}

/** The visible text of an HTML page (see `readHtml`), without its tables' records. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}
