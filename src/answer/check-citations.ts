import { vouchCitations } from "./citation-voucher.js";

/**
 * Keeps only citations that name a given passage, renumbered 1, 2, … in order of first use, and drops the
 * sentences left without one (see `CitationVoucher`). Returns the cleaned text and the 0-based passages cited, in their new order.
 */
export function checkCitations(text: string, passageCount: number): { text: string; cited: number[] } {
  return vouchCitations(text, passageCount);
}
