import type { ScoredPassage } from "../retrieve/retriever.js";
import type { Citation } from "../types.js";

/** Numbers passages in the order an answer first cites them; `[n]` in the answer refers to `n`. */
export class CitationList {
  private readonly byPosition = new Map<number, Citation>();

  cite(hit: ScoredPassage): string {
    let citation = this.byPosition.get(hit.position);
    if (!citation) {
      citation = { n: this.byPosition.size + 1, id: hit.passage.id, text: hit.passage.text, score: round(hit.score), source: hit.passage.source, breadcrumb: hit.passage.breadcrumb };
      this.byPosition.set(hit.position, citation);
    }
    return `[${citation.n}]`;
  }

  get citations(): Citation[] {
    return [...this.byPosition.values()];
  }
}

function round(score: number): number {
  return Math.round(score * 10000) / 10000;
}
