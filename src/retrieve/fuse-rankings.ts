import type { ScoredIndex } from "../store/bm25-index.js";

export type Fusion = "rrf" | "weighted" | "dense" | "lexical";

/**
 * Combines the dense and lexical rankings of the same passages.
 * - rrf: reciprocal-rank fusion, 1/(k + rank) summed; ignores score scales.
 * - weighted: each side divided by its best score, then `weight` × dense + (1 − weight) × lexical. With
 *   `lexicalCeiling`, the lexical side is divided by at least that (what a passage holding the question's words
 *   would score), so a best match that holds few of them counts for little.
 */
export function fuseRankings(dense: ScoredIndex[], lexical: ScoredIndex[], options: { fusion: Fusion; weight?: number; rrfK?: number; lexicalCeiling?: number }): ScoredIndex[] {
  if (options.fusion === "dense") return dense;
  if (options.fusion === "lexical") return lexical;
  const scores = new Map<number, number>();
  const add = (index: number, value: number) => scores.set(index, (scores.get(index) ?? 0) + value);
  if (options.fusion === "rrf") {
    const k = options.rrfK ?? 60;
    dense.forEach((hit, rank) => add(hit.index, 1 / (k + rank + 1)));
    lexical.forEach((hit, rank) => add(hit.index, 1 / (k + rank + 1)));
  } else {
    const weight = options.weight ?? 0.5;
    const maxDense = Math.max(1e-9, ...dense.map((h) => h.score));
    const maxLexical = Math.max(1e-9, options.lexicalCeiling ?? 0, ...lexical.map((h) => h.score));
    for (const hit of dense) add(hit.index, (weight * hit.score) / maxDense);
    for (const hit of lexical) add(hit.index, ((1 - weight) * hit.score) / maxLexical);
  }
  return [...scores].map(([index, score]) => ({ index, score })).sort((a, b) => b.score - a.score);
}
