import { splitSentences } from "../text/split-sentences.js";

/**
 * Messages longer than this (characters) are searched by the sentences that ask, not by every word: a
 * 380-character message with a polite preamble lost its question (issue 14). Shorter ones are taken whole.
 */
export const PREAMBLE_MIN_CHARS = 160;

// Sentences that ask: a question mark, or an opening that asks or requests ("Could you…", "Please list…").
const ASKS = /\?\s*$|^\s*(what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|has|have|can|could|would|will|please|list|name|tell|give|show|explain|describe|summari[sz]e)\b/i;

/**
 * Folds what a keyboard or a copy and paste may bring: full-width letters and digits ("ＣＣＰＣＪ"),
 * ligatures and other compatibility forms (Unicode NFKC), and runs of white space.
 */
export function normalizeQuestion(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

/**
 * What a message asks: for a long message, its sentences that ask (in order), else its last sentence;
 * a short message whole. "Hello, I am preparing a briefing… Where was the 33rd session held?" → "Where was
 * the 33rd session held?".
 */
export function questionFocus(message: string): string {
  const text = normalizeQuestion(message);
  if (text.length < PREAMBLE_MIN_CHARS) return text;
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length < 2) return text;
  const asking = sentences.filter((s) => ASKS.test(s));
  return (asking.length ? asking : sentences.slice(-1)).join(" ");
}
