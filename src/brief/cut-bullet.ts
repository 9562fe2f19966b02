import { BRIEF } from "./brief-scorer.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";
import { tokenize } from "../text/tokenize.js";

/**
 * Shortens a sentence to the clause that carries its facts by deletion only: no word is added, changed or
 * moved, so a bullet stays a quotation of its passage. A dropped opening (a preamble such as "In line with
 * its mandate,") leaves the first kept letter capitalised; every other cut is marked "…".
 */

export const ELLIPSIS = "…";

const MONTH = new RegExp(`\\b(?:${MONTH_ALTERNATION})\\b`);

/**
 * Openings that frame a sentence rather than state its fact: discourse markers and "in line with …"-type
 * phrases (general English, not this corpus's words).
 */
const FRAMING = /^(?:moving forward|going forward|looking ahead|furthermore|moreover|additionally|in addition|notably|also|however|likewise|similarly|overall|finally|accordingly|therefore|thus|importantly|in particular|in this context|in this regard|to this end|to that end|for (?:example|instance)|as (?:a result|part of|such)|in (?:line|accordance|keeping) with|aligned with|consistent with|building on|based on|recogni[sz]ing|through|by|with|within|under)\b/i;

/**
 * A clause that opens on its subject and verb: a capitalised name, then a modal, an auxiliary or a verb in the
 * third person or the past ("UNODC will continue", "the Office has piloted" is lower case: not this).
 */
const SUBJECT_VERB = /^\p{Lu}[\p{L}’'-]*\s+(?:will|would|shall|can|could|may|must|has|have|had|is|are|was|were|continues?|continued|\p{Ll}+(?:ed|es))\b/u;

/** Lengths and weights of the cut, each with where it came from (brief-scorer.ts). */
const CUT = BRIEF.cut;

interface Segment {
  text: string;
  /** Set when only the clause's first words are kept. */
  cut?: boolean;
  /** Set when only the clause's last words are kept. */
  tail?: boolean;
  /** The text joining it to the previous segment, kept when both are kept: ", ", "; ", " – ". */
  joiner: string;
}

/** Facts a reader wants: figures, document symbols, dates, names. Higher keeps the segment first. */
export function factWeight(text: string): number {
  const figures = (text.match(/\d[\d,.%]*/g) ?? []).length;
  const symbols = (text.match(/\b[A-Z]+(?:\/[A-Z0-9.]+)+\b|\b\d+\/\d+\b/g) ?? []).length;
  const names = (text.match(/(?<=\s)[A-Z][\p{L}’'-]+/gu) ?? []).length;
  const w = CUT.factWeight;
  return w.figure * Math.min(figures, w.maxFigures) + w.symbol * symbols + w.name * Math.min(names, w.maxNames) + (MONTH.test(text) ? w.month : 0);
}

/** Words as a brief counts them: tokens with a letter or a digit ("…", "-", "[" alone are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Splits at clause boundaries (", ", "; ", dashes, parentheses) outside quotes. */
function segments(sentence: string): Segment[] {
  const out: Segment[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  let joiner = "";
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (ch === "“") quoted = true;
    else if (ch === "”") quoted = false;
    if (quoted) continue;
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const rest = sentence.slice(i);
    // "SDG 14, 15 and 16" and "5,200" are one item: a comma before a figure does not end a clause.
    const boundary = /^(?:, (?!\d)|; |\s[–—]\s)/.exec(rest);
    if (boundary) {
      out.push({ text: sentence.slice(start, i), joiner });
      joiner = boundary[0];
      start = i + boundary[0].length;
      i = start - 1;
    }
  }
  out.push({ text: sentence.slice(start), joiner });
  return out.filter((s) => s.text.trim());
}

function capitalise(text: string): string {
  return text.replace(/^([“"‘(]?)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());
}

/** A leading segment that frames the sentence: a short opening with no figure, or one of the framing phrases. */
function isPreamble(segment: Segment, following: Segment[]): boolean {
  if (!following.length || countWords(following.map((s) => s.text).join(" ")) < CUT.preambleFollowingWords) return false;
  if (/\d/.test(segment.text) || countWords(segment.text) > CUT.preambleWords) return false;
  if (FRAMING.test(segment.text)) return true;
  // A prepositional opening with no name in it ("For the first time,") frames; "In Colombia," places the fact.
  return /^(?:in|on|at|for|during|after|since|over|across|among|from)\b/i.test(segment.text) && !/\s[A-Z]/.test(segment.text) && countWords(segment.text) <= CUT.prepositionalPreambleWords;
}

/** Removes parenthesised asides that are links or bare acronyms: "(https://…)", "(CND)". */
function dropAsides(text: string): string {
  return text.replace(/\s*\((?:https?:\/\/[^)]*|[A-Z][A-Za-z-]*[A-Z](?:\/[A-Z]+)?)\)/g, ` ${ELLIPSIS}`).replace(new RegExp(`\\s${ELLIPSIS}(?=[,;.]?$)`), "");
}

/**
 * The sentence cut to at most `maxWords` words (words with a letter or digit), by deletion only.
 * Keeps the main clause's opening, then the clauses that hold a `topicTerms` term (tokenized: a topic brief's
 * words, so "cybercrime" is never the word cut from a brief on cybercrime), then the segments richest in facts,
 * in their order; a cut is "…".
 */
export function cutToFacts(sentence: string, maxWords: number, topicTerms: readonly string[] = []): string {
  const onTopic = (text: string) => topicTerms.length > 0 && tokenize(text).some((term) => topicTerms.includes(term));
  let parts = segments(sentence.trim());
  let framed = false;
  while (parts.length > 1 && isPreamble(parts[0]!, parts.slice(1))) {
    framed ||= FRAMING.test(parts[0]!.text);
    parts = parts.slice(1);
  }
  // A framing phrase may run on past its comma ("In line with all international policy commitments, the resolutions
  // by the CND and the pledges made by Member States, UNODC will continue …"): its other noun phrases go with it, up
  // to the clause whose subject and verb open it, or the bullet would open on an orphan (new-user trial, session 26).
  const subject = framed ? parts.slice(1, 1 + CUT.framedPhrases).findIndex((p) => SUBJECT_VERB.test(p.text)) : -1;
  if (subject >= 0 && /^(?:the|a|an|all|its|their|these|those)\s/.test(parts[0]!.text)) parts = parts.slice(subject + 1);
  const whole = capitalise(parts.map((p, i) => (i ? p.joiner : "") + p.text).join(""));
  if (countWords(whole) <= maxWords && !/https?:\/\//.test(whole)) return whole;
  parts = parts.map((p) => ({ ...p, text: dropAsides(p.text) }));
  // A long opening with no fact leaves no room for the clause that has one: its first words stand for it.
  const rest = parts.slice(1).map((p) => p.text).join(" ");
  if (countWords(parts[0]!.text) > CUT.longOpening && factWeight(parts[0]!.text) < CUT.fact && factWeight(rest) >= CUT.fact && !onTopic(parts[0]!.text)) {
    parts[0] = { ...parts[0]!, text: parts[0]!.text.split(/\s+/).slice(0, CUT.shortOpening).join(" "), cut: true };
  }
  // The opening, and the clause after it when the opening is a short phrase ("In May 2024, the CCPCJ passed …").
  const keep = new Set<number>([0]);
  if (parts.length > 1 && countWords(parts[0]!.text) <= CUT.shortOpeningPhrase) keep.add(1);
  let words = [...keep].reduce((sum, i) => sum + countWords(parts[i]!.text), 0);
  // An aside between dashes (" – the CND and the CCPCJ – ") goes first; plain clauses fill what room is left, in order.
  const aside = (i: number) => /[–—]/.test(parts[i]!.joiner) && /[–—]/.test(parts[i + 1]?.joiner ?? "");
  const order = parts
    .map((p, i) => ({ i, topic: onTopic(p.text), weight: aside(i) ? -1 : Math.max(CUT.minClauseWeight, factWeight(p.text)) }))
    .filter((p) => !keep.has(p.i) && (p.weight > 0 || p.topic))
    .sort((a, b) => Number(b.topic) - Number(a.topic) || b.weight - a.weight || a.i - b.i);
  for (const { i } of order) {
    const size = countWords(parts[i]!.text);
    if (words + size <= maxWords && size <= CUT.longClause) {
      keep.add(i);
      words += size;
      continue;
    }
    if (words + size <= maxWords && factWeight(parts[i]!.text.split(/\s+/).slice(0, CUT.headWords).join(" ")) < CUT.fact) {
      keep.add(i);
      words += size;
      continue;
    }
    // A long clause whose first words hold the fact ("E/RES/2024/10 on reducing reoffending …"): those words.
    const head = parts[i]!.text.split(/\s+/).slice(0, CUT.headWords).join(" ");
    if (factWeight(head) >= CUT.fact && words + countWords(head) <= maxWords) {
      parts[i] = { ...parts[i]!, text: head, cut: true };
      keep.add(i);
      words += countWords(head);
      continue;
    }
    // … or whose last words do ("… to advance SDG 14, 15 and 16.").
    const tail = parts[i]!.text.split(/\s+/).slice(-CUT.headWords).join(" ");
    if (factWeight(tail) >= CUT.fact && words + countWords(tail) <= maxWords) {
      parts[i] = { ...parts[i]!, text: tail, tail: true };
      keep.add(i);
      words += countWords(tail);
    }
  }
  let text = "";
  let previous = -1;
  for (let i = 0; i < parts.length; i++) {
    if (!keep.has(i)) continue;
    const part = parts[i]!;
    text += i === 0 && !part.tail ? part.text : previous === i - 1 && !parts[i - 1]!.cut && !part.tail ? part.joiner + part.text : ` ${ELLIPSIS} ${part.text}`;
    previous = part.cut ? -1 : i;
  }
  if (countWords(text) > maxWords) {
    // One clause longer than the bullet: its first words, then the cut.
    const tokens = text.split(/\s+/);
    let kept = 0;
    let n = 0;
    for (; n < tokens.length && kept < maxWords; n++) if (/[\p{L}\p{N}]/u.test(tokens[n]!)) kept++;
    text = tokens.slice(0, n).join(" ");
    previous = -1;
  }
  text = text.replace(/[\s,;:–—]+$/, "");
  const complete = previous === parts.length - 1;
  if (!complete) text = `${text.replace(/[.]$/, "")} ${ELLIPSIS}`;
  return capitalise(text.replace(/\s+/g, " ").trim());
}
