import type { LoadedText } from "./load-file.js";
import { isBoilerplate, isBullet, isFormLabel, markdownHeading, numberedLine, numberedSection, questionStart, tableInstruction } from "./questionnaire-patterns.js";

/** A logical line: a paragraph, heading, label, value or bullet. `text` keeps the length of its span. */
export interface Block {
  text: string;
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: offset + leading, end: offset + leading + trimmed.length });
    offset += raw.length + 1;
  }
  return lines;
}

function startsStructure(line: string): boolean {
  return (
    isBoilerplate(line) ||
    questionStart(line) !== undefined ||
    // A question wrapped over lines (PDF) shows its "?" only on a later line: a numbered capitalised line starts a block.
    /^[A-Z]/.test(numberedLine(line)?.text ?? "") ||
    numberedSection(line) !== undefined ||
    markdownHeading(line) !== undefined ||
    isBullet(line) ||
    isFormLabel(line) ||
    // A continuation line may read "please copy the below table…"; an instruction starts a line.
    (tableInstruction(line) !== undefined && /^[A-Z]/.test(line))
  );
}

/** Lines a label or boilerplate stands on alone: what follows them is a value, never their continuation. */
function standsAlone(line: string): boolean {
  return isFormLabel(line) || isBoilerplate(line) || questionStart(line) !== undefined || numberedSection(line) !== undefined || markdownHeading(line) !== undefined;
}

/**
 * A compact page: text (not wrapped at a width) whose paragraphs are separated by single line breaks, with
 * (almost) no blank lines, as some pages of the site serve it. There, every line is a paragraph.
 */
function isCompact(lines: Line[]): boolean {
  const first = lines.findIndex((line) => line.text);
  let last = lines.length - 1;
  while (last > first && !lines[last]!.text) last--;
  if (first < 0) return false;
  const inner = lines.slice(first, last + 1);
  const blank = inner.filter((line) => !line.text).length;
  const content = inner.length - blank;
  return content >= 2 && blank * 20 <= content;
}

function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((line) => line.text.length).filter((length) => length > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/**
 * Joins physical lines into logical ones. Text with blank lines between paragraphs keeps them; text
 * wrapped at a width (PDF) is rejoined where a line runs to the margin and the next does not start
 * a structure (question, sub-section, bullet, label). A compact page (no blank lines) keeps each line apart.
 */
export function segmentBlocks(loaded: Pick<LoadedText, "text" | "wrapped">): Block[] {
  const lines = splitLines(loaded.text);
  const width = typicalWidth(lines);
  const compact = !loaded.wrapped && isCompact(lines);
  const blocks: Block[] = [];
  let current: Line | undefined;
  let previous: Line | undefined;

  const flush = () => {
    if (current) blocks.push({ text: loaded.text.slice(current.start, current.end).replace(/\n/g, " "), start: current.start, end: current.end });
    current = undefined;
  };

  for (const line of lines) {
    if (!line.text) {
      flush();
      previous = undefined;
      continue;
    }
    let join = false;
    if (current && previous && !compact && !startsStructure(line.text)) {
      if (loaded.wrapped) {
        const runsToMargin = previous.text.length >= width * 0.8;
        const unfinished = !/[.!?:;)”"]$/.test(previous.text) && /^[a-z(]/.test(line.text);
        join = runsToMargin || (unfinished && !standsAlone(previous.text));
      } else {
        join = !standsAlone(previous.text);
      }
    }
    if (join && current) current = { text: "", start: current.start, end: line.end };
    else {
      flush();
      current = { ...line };
    }
    previous = line;
  }
  flush();
  return blocks;
}
