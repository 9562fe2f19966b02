import { isBullet, isFormLabel, markdownHeading, numberedSection, tableInstruction } from "./questionnaire-patterns.js";
import type { WordTest } from "./word-list.js";

/**
 * Turns the lines of a printed PDF back into the text that was printed: running headers, footers and page
 * numbers dropped, lines wrapped at the margin rejoined, words hyphenated at a line end joined when the
 * joined word is a word. The result has one logical line (paragraph, heading, label, value, bullet) per
 * blank-line-separated block, as the plain-text submission has, so it parses the same way.
 */

export interface PdfPageText {
  num: number;
  text: string;
  /** The page's lines with their place on the page, when the PDF reader gives them (in points, y upwards). */
  lines?: PdfLineBox[];
}

export interface PdfLineBox {
  text: string;
  /** Left and right edge of the line's text. */
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size. */
  size: number;
}

/** A physical line: its text, and its box when known. */
interface Line {
  text: string;
  box?: PdfLineBox;
}

export interface CleanPdf {
  text: string;
  /** Offset in `text` where each page's first logical line starts. */
  pages: { num: number; start: number }[];
  /** Running lines removed (header, footer, page number), one entry per distinct line shape. */
  dropped: string[];
}

/** "Page 3 of 12", "3 / 12", "- 3 -": page numbers whatever else the page says. */
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$/i;
/**
 * How many lines at each end of a page's text may be a header or footer: a browser prints one line a side
 * (date and title; address and page), but pdf.js may give the header after the body, so both ends count.
 */
const EDGE = 2;

const shape = (line: string) => line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

const tidy = (line: string) => line.replace(/\u00ad/g, "").replace(/[\t ]+/g, " ").trim();

function pageLines(page: PdfPageText): Line[] {
  if (page.lines) return page.lines.map((box) => ({ text: tidy(box.text), box: { ...box, text: tidy(box.text) } })).filter((line) => line.text);
  return page.text.split(/\r\n?|\n/).map((text) => ({ text: tidy(text) })).filter((line) => line.text);
}

/** The lines that may be a header or footer: the top and bottom ones by position when known, else the first and last. */
function edgeLines(lines: Line[]): Line[] {
  if (lines.every((line) => line.box)) {
    const byHeight = [...lines].sort((a, b) => b.box!.y - a.box!.y);
    return [...new Set([...byHeight.slice(0, EDGE), ...byHeight.slice(-EDGE)])];
  }
  return [...new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)])];
}

/**
 * Lines that repeat, digits aside, at the top or bottom of at least half of the pages (and two or more)
 * are a running header or footer; "Page N of M" is one on any page, a bare number only when it runs.
 * A form label ("Event Name") that happens to open many pages is content, never a header.
 */
function dropRunningLines(pages: Line[][]): { pages: Line[][]; dropped: Set<string> } {
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgeLines(lines).map((line) => shape(line.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const running = (line: string) => PAGE_NUMBER.test(line) || ((seen.get(shape(line)) ?? 0) >= needed && !isFormLabel(line));
  const dropped = new Set<string>();
  const kept = pages.map((lines) => {
    const edges = new Set(edgeLines(lines).filter((line) => running(line.text)));
    for (const line of edges) dropped.add(shape(line.text));
    return lines.filter((line) => !edges.has(line));
  });
  return { pages: kept, dropped };
}

/** Width of a line in ems, from the proportions of a sans-serif print face: "iiii" is narrower than "MMMM". */
export function printedWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (/[ijlI.,:;'|!]/.test(char)) width += 0.26;
    else if (/[ frt()\-/"]/.test(char)) width += 0.32;
    else if (/[mwMW]/.test(char)) width += 0.85;
    else if (/\p{Lu}/u.test(char)) width += 0.68;
    else width += 0.54;
  }
  return width;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** A line that begins a new unit whatever the line before it: question, sub-section, bullet, form label, heading. */
function startsUnit(line: string): boolean {
  if (tableInstruction(line) && /^\p{Lu}/u.test(line)) return true;
  return /^\d{1,2}\.\s+\p{Lu}/u.test(line) || numberedSection(line) !== undefined || isBullet(line) || isFormLabel(line) || markdownHeading(line) !== undefined;
}

function documentVocabulary(lines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // The word cut at the line's end is not evidence for itself.
    const body = line.replace(/\p{L}+-$/u, "");
    for (const match of body.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) words.add(match[0].toLowerCase());
  }
  return words;
}

/**
 * How a word broken at a line end ("imple-" + "mentation") is rejoined: without the hyphen when that
 * makes a word the document itself uses or the dictionary knows, with it when the hyphenated form is
 * the one in use ("High-level", "non-governmental") or nothing says otherwise.
 */
function joinHyphenated(left: string, right: string, vocabulary: Set<string>, isWord: WordTest | undefined): "join" | "keep" {
  const hyphenated = `${left}-${right}`.toLowerCase();
  const joined = `${left}${right}`.toLowerCase();
  if (vocabulary.has(hyphenated)) return "keep";
  if (vocabulary.has(joined)) return "join";
  if (isWord?.(hyphenated)) return "keep";
  if (isWord?.(joined)) return "join";
  return "keep";
}

/** True when some line of the pages ends in a word broken by a hyphen: only then is the dictionary needed. */
export function hasLineEndHyphens(pages: PdfPageText[]): boolean {
  return pages.some((page) => /\p{L}-[ \t]*(?:\r?\n|$)/u.test(page.text));
}

/**
 * The page's own geometry, when every line has its box: the column's right edge (where long lines end),
 * and the usual distance between baselines, so a larger one is a paragraph's gap.
 */
function geometry(lines: { box?: PdfLineBox; page: number }[]) {
  if (!lines.length || !lines.every((line) => line.box)) return undefined;
  const right = percentile(lines.map((line) => line.box!.x1), 0.97);
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const dy = a.box!.y - b.box!.y;
    if (a.page === b.page && dy > 0 && dy < 3 * a.box!.size) steps.push(dy);
  }
  const spacing = percentile(steps, 0.5);
  // The right edge is a margin only when several lines reach it; on a short page the longest line is no margin.
  const reach = lines.filter((line) => line.box!.x1 >= right - 2 * line.box!.size).length;
  const margined = reach >= 3;
  return {
    /** A gap wider than the usual line spacing, or a jump back up the page: not the same paragraph. */
    gapBetween(a: { box?: PdfLineBox; page: number }, b: { box?: PdfLineBox; page: number }): boolean {
      if (a.page !== b.page || !spacing) return false;
      const dy = a.box!.y - b.box!.y;
      return dy <= 0 || dy > spacing * 1.35;
    },
    /**
     * True when the next line's first word would not have fitted after the line: the line was wrapped.
     * The word's width is its share of the next line's measured width, by the print face's proportions;
     * half an em of slack covers the estimate (a paragraph's end is told by its gap, not by its width).
     */
    wrapped(line: PdfLineBox, next: PdfLineBox): boolean {
      if (!margined) return false;
      const word = ` ${next.text.split(" ")[0]!}`;
      const wordWidth = ((next.x1 - next.x0) * printedWidth(word)) / Math.max(0.01, printedWidth(next.text));
      return line.x1 + wordWidth > right - next.size * 0.5;
    },
  };
}

/** See the module comment. `isWord` decides hyphenated words the document does not settle (WordNet). */
export function cleanPdfPages(input: PdfPageText[], isWord?: WordTest): CleanPdf {
  const { pages: kept, dropped } = dropRunningLines(input.map(pageLines));
  const lines = kept.flatMap((pageLines, i) => pageLines.map((line) => ({ ...line, page: input[i]!.num })));
  const vocabulary = documentVocabulary(lines.map((line) => line.text));
  const geo = geometry(lines);

  // Without boxes, the text column's width is the width most long lines reach, in estimated ems. Trusted
  // only when several lines reach it: a short page (a few lines, none wrapped) has no margin to measure.
  const widths = lines.map((line) => printedWidth(line.text));
  const margin = percentile(widths, 0.9);
  const reachMargin = widths.filter((width) => width >= margin * 0.9).length;
  const measured = lines.length >= 6 && reachMargin >= 3;

  // `tail` is the logical line's last physical line: the one whose width says whether it was wrapped.
  type Logical = { text: string; page: number; tail: (typeof lines)[number] };
  const logical: Logical[] = [];
  const startNew = (line: (typeof lines)[number]) => logical.push({ text: line.text, page: line.page, tail: line });
  for (const line of lines) {
    const current = logical[logical.length - 1];
    // A questionnaire's question ends with its word limit.
    if (!current || startsUnit(line.text) || /\(max(?:imum)? \d+ words\)$/i.test(current.text) || geo?.gapBetween(current.tail, line)) {
      startNew(line);
      continue;
    }
    const previous = current.text;
    const broken = /(\p{L}+)-$/u.exec(previous);
    const continuation = /^\p{Ll}+/u.exec(line.text);
    if (broken && continuation) {
      const keep = joinHyphenated(broken[1]!, continuation[0], vocabulary, isWord) === "keep";
      current.text = (keep ? previous : previous.slice(0, -1)) + line.text;
      current.tail = line;
      continue;
    }
    let wrapped: boolean;
    if (geo) wrapped = geo.wrapped(current.tail.box!, line.box!);
    else {
      const nextWord = line.text.split(" ")[0]!;
      // Measured on the submission printed at two widths: a sentence's end at the margin before a capital is
      // as often a paragraph's end as a wrap, so it needs the next word to overflow the margin outright.
      const sentenceEnds = /[.?!:)]$/.test(previous) && /^\p{Lu}/u.test(line.text);
      wrapped = measured && printedWidth(current.tail.text) + printedWidth(` ${nextWord}`) > margin * (sentenceEnds ? 1 : 0.97);
    }
    // A label stands alone unless it ran to the margin; what follows it is its value.
    const unfinished = !isFormLabel(previous) && !/[.!?:;)”"]$/.test(previous) && /^[\p{Ll}(]/u.test(line.text);
    if (wrapped || unfinished) {
      // A line broken after a slash ("E/" + "RES/2024/11") continues the same token.
      current.text = previous.endsWith("/") && !/\s\/$/.test(previous) ? previous + line.text : `${previous} ${line.text}`;
      current.tail = line;
      continue;
    }
    startNew(line);
  }

  let text = "";
  const pages: CleanPdf["pages"] = [];
  for (const line of logical) {
    if (text) text += "\n\n";
    if (!pages.length || pages[pages.length - 1]!.num !== line.page) pages.push({ num: line.page, start: text.length });
    text += line.text;
  }
  // A page whose every line continues the previous page's paragraph has no start of its own: its
  // passages carry the page they start on.
  return { text, pages, dropped: [...dropped] };
}
