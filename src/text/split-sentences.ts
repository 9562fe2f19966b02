export interface Sentence {
  text: string;
  /** Offsets into the string that was split. */
  start: number;
  end: number;
}

// Abbreviations whose full stop does not end a sentence ("St. Louis", "e.g. the").
const ABBREVIATIONS = /(?:^|[\s(])(?:St|Mr|Mrs|Ms|Dr|Prof|No|Nos|Vol|Art|para|paras|vs|etc|approx|i\.e|e\.g|cf|Inc|Ltd|Jr|Sr|U\.S|U\.N)\.$/i;

/** Splits prose into sentences at ., ! or ? followed by a capital, digit or opening quote; never inside a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9•])/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text))) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, end - 8), end))) continue;
    push(text, start, end, sentences);
    start = end;
  }
  push(text, start, text.length, sentences);
  return sentences;
}

function push(text: string, start: number, end: number, into: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) into.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
