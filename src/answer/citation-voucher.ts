import { sanitizeModelText } from "../compose/sanitize-model-text.js";

/**
 * One citation-like group as models write them: `[3]`, `[1, 2]`, `[2-4]`, `[^2]`, `[passage 3]`, `【2】`, `【1,2】`.
 * A group of only digits and separators is what the answer prompt asks for; the others are what models do anyway.
 */
const GROUP = String.raw`(?:\[\s*(?:\^|(?:passages?|sources?|refs?)\s*)?\d{1,6}(?:\s*(?:[,;]|[-–])\s*\^?\d{1,6})*\s*\]|【\s*\d{1,6}(?:\s*[,，、;]\s*\d{1,6})*\s*】)`;
/** A run of adjacent groups (`[2][1000]`), with the white space before it. */
const RUN = new RegExp(String.raw`(?:[ \t]*${GROUP})+`, "giu");
/**
 * Where a sentence ends: terminal punctuation, closing quotes or emphasis, the citation groups written after
 * it, then white space and the next sentence's first character. The next character must be there (else we
 * wait for more text) and must not be a lower-case letter ("e.g. the", "approx. five" go on) nor the start
 * of a citation group still arriving.
 */
const SENTENCE_END = new RegExp(String.raw`[.!?。！？]["'”’)*_]*(?:[ \t]*${GROUP})*(?=[ \t]+(?:[^\s\[【\p{Ll}]|\[[^\s\d^]))`, "gu");
/** A period that ends an abbreviation, not a sentence: initials ("U.N.", "J."), and common short forms ("No.", "para."). */
const ABBREVIATION = /(?:^|[\s(])(?:(?:\p{Lu}\.)+|(?:No|Nos|Mr|Mrs|Ms|Dr|Prof|St|Art|Arts|Vol|Fig|para|paras|p|pp|cf|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$/u;
/** A range such as `[2-40]` expands to at most this many passages (a wider range is not a citation). */
const MAX_RANGE = 20;

/** A vouched piece of the answer: the text to send (with its separator) and nothing else. */
export interface VoucherOptions {
  /** Passages the model was given; `[n]` is valid for 1 ≤ n ≤ passageCount. */
  passageCount: number;
  /** Text that, inside a sentence, is the model's "not in the submission" signal: such a sentence is never sent. */
  signal?: string;
  /** Applied to every sentence before it is sent (images, raw HTML and non-http(s) links removed). */
  sanitize?: (text: string) => string;
}

/**
 * Checks a model's answer sentence by sentence as it arrives, so that what is streamed is only what the
 * server vouches for. A sentence (or a list item, or a line) is sent when at least one of its citation
 * groups names a passage the model was given; every citation-like group is renumbered 1, 2, … in the order
 * the sent text first cites it, and numbers that name no passage are removed. A sentence with no valid
 * citation is dropped, as briefs drop uncited bullets; a lead-in ending in ":" is held until the list
 * under it has a sent item. `push` and `end` return the text to send now; their concatenation is `text`.
 */
export class CitationVoucher {
  /** 0-based passages cited by the sent text, in their new order (`[k]` names `cited[k - 1]`). */
  readonly cited: number[] = [];
  /** Everything sent so far. */
  text = "";
  /** Sentences that carried the "not in the submission" signal (and so were not sent). */
  signalled = false;
  private buffer = "";
  private leadIn: { text: string; separator: string } | undefined;
  private readonly sanitize: (text: string) => string;

  constructor(private readonly options: VoucherOptions) {
    this.sanitize = options.sanitize ?? sanitizeModelText;
  }

  /** Adds the model's next piece of text; returns the vouched text completed by it (often ""). */
  push(piece: string): string {
    this.buffer += piece;
    let out = "";
    for (;;) {
      const separator = /^\s*/.exec(this.buffer)![0];
      const body = this.buffer.slice(separator.length);
      const newline = body.indexOf("\n");
      const sentence = sentenceEnd(body);
      const ends = [newline, sentence].filter((i) => i >= 0);
      if (!ends.length) break;
      const end = Math.min(...ends);
      this.buffer = body.slice(end);
      out += this.unit(body.slice(0, end), separator);
    }
    return out;
  }

  /** The model has finished: the last sentence is judged as it stands. */
  end(): string {
    const separator = /^\s*/.exec(this.buffer)![0];
    const rest = this.buffer.slice(separator.length);
    this.buffer = "";
    return rest.trim() ? this.unit(rest, separator) : "";
  }

  private unit(raw: string, separator: string): string {
    const sentence = raw.trim();
    if (!sentence) return "";
    if (this.options.signal && sentence.includes(this.options.signal)) {
      this.signalled = true;
      return "";
    }
    const numbering = new Map(this.cited.map((passage, i) => [passage, i + 1]));
    const added: number[] = [];
    let valid = 0;
    let invalid = 0;
    const renumbered = sentence.replace(RUN, (run: string) => {
      const numbers: number[] = [];
      for (const group of run.match(new RegExp(GROUP, "giu")) ?? []) numbers.push(...groupNumbers(group));
      const kept: number[] = [];
      for (const n of numbers) {
        if (n < 1 || n > this.options.passageCount) {
          invalid++;
          continue;
        }
        let k = numbering.get(n - 1);
        if (k === undefined) {
          k = numbering.size + 1;
          numbering.set(n - 1, k);
          added.push(n - 1);
        }
        if (!kept.includes(k)) kept.push(k);
      }
      valid += kept.length;
      return kept.length ? ` ${kept.map((k) => `[${k}]`).join("")}` : "";
    });
    const text = this.sanitize(renumbered.replace(/[ \t]+([.,;:!?])/g, "$1").replace(/[ \t]{2,}/g, " ").trim());
    if (!valid) {
      // A lead-in to a list ("The events were:") carries no citation of its own; it is sent with its first item.
      if (!invalid && text.endsWith(":")) this.leadIn = { text, separator };
      return "";
    }
    this.cited.push(...added);
    let out = "";
    if (this.leadIn) {
      out += this.joined(this.leadIn.text, this.leadIn.separator);
      this.leadIn = undefined;
    }
    out += this.joined(text, separator);
    return out;
  }

  /** A sentence with the separator the model put before it: "" first, then its line breaks (at most two), else one space. */
  private joined(text: string, separator: string): string {
    const breaks = separator.replace(/[^\n]/g, "").slice(0, 2);
    const piece = (this.text ? breaks || " " : "") + text;
    this.text += piece;
    return piece;
  }
}

/** Index just after the first sentence's end (and its citations) in `text`, or -1 while none is certain. */
function sentenceEnd(text: string): number {
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match[0].startsWith(".") && ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index + 1))) continue;
    return match.index + match[0].length;
  }
  return -1;
}

/** The passage numbers in one group; a range expands when it is short and ascending. */
function groupNumbers(group: string): number[] {
  const numbers: number[] = [];
  for (const match of group.matchAll(/(\d{1,6})(?:\s*[-–]\s*\^?(\d{1,6}))?/g)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from || to - from >= MAX_RANGE) {
      numbers.push(0); // not a citation the server can vouch for: removed
      continue;
    }
    for (let n = from; n <= to; n++) numbers.push(n);
  }
  return numbers;
}

/** A whole answer checked at once: the vouched text and the 0-based passages it cites, in their new order. */
export function vouchCitations(text: string, passageCount: number): { text: string; cited: number[] } {
  const voucher = new CitationVoucher({ passageCount });
  voucher.push(text);
  voucher.end();
  return { text: voucher.text, cited: voucher.cited };
}
