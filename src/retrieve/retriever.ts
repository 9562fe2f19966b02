import type { Embedder } from "../embed/embedder.js";
import type { LoadedIndex } from "../store/load-index.js";
import type { Passage } from "../types.js";

export interface ScoredPassage {
  passage: Passage;
  score: number;
}

/** Dense search over the HNSW index. */
export class Retriever {
  constructor(
    readonly index: LoadedIndex,
    private readonly embedder: Embedder,
  ) {}

  async search(query: string, k: number): Promise<ScoredPassage[]> {
    const vector = await this.embedder.embedQuery(query);
    return this.index.vectors.search(vector, k).map(({ index, score }) => ({ passage: this.index.passages[index]!, score }));
  }
}
