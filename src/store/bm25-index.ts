import { tokenize } from "../text/tokenize.js";

export interface ScoredIndex {
  /** Position of the passage in the index's passage list. */
  index: number;
  score: number;
}

export interface Bm25Data {
  k1: number;
  b: number;
  /** Document frequency of every term. */
  df: Record<string, number>;
  /** Term frequencies of each document. */
  docs: Record<string, number>[];
  lengths: number[];
}

/** Okapi BM25 over the passages: the lexical side of retrieval, for names, symbols and figures. */
export class Bm25Index {
  private readonly avgLength: number;

  private constructor(private readonly data: Bm25Data) {
    this.avgLength = data.lengths.reduce((a, b) => a + b, 0) / Math.max(1, data.lengths.length);
  }

  static build(texts: string[], options: { k1?: number; b?: number } = {}): Bm25Index {
    const df: Record<string, number> = {};
    const docs: Record<string, number>[] = [];
    const lengths: number[] = [];
    for (const text of texts) {
      const terms = tokenize(text);
      const tf: Record<string, number> = {};
      for (const term of terms) tf[term] = (tf[term] ?? 0) + 1;
      for (const term of Object.keys(tf)) df[term] = (df[term] ?? 0) + 1;
      docs.push(tf);
      lengths.push(terms.length);
    }
    return new Bm25Index({ k1: options.k1 ?? 1.2, b: options.b ?? 0.75, df, docs, lengths });
  }

  static fromJSON(data: Bm25Data): Bm25Index {
    if (!Array.isArray(data?.docs) || !Array.isArray(data.lengths) || typeof data.df !== "object") {
      throw new Error("lexical statistics are malformed");
    }
    return new Bm25Index(data);
  }

  toJSON(): Bm25Data {
    return this.data;
  }

  get size(): number {
    return this.data.docs.length;
  }

  /** Inverse document frequency; a term the corpus never uses scores 0 here and counts as unknown. */
  idf(term: string): number {
    const n = this.data.docs.length;
    const df = this.data.df[term] ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  documentFrequency(term: string): number {
    return this.data.df[term] ?? 0;
  }

  termFrequency(index: number, term: string): number {
    return this.data.docs[index]?.[term] ?? 0;
  }

  scoreTerms(terms: string[], index: number): number {
    const { k1, b, docs, lengths } = this.data;
    const doc = docs[index]!;
    const norm = k1 * (1 - b + (b * lengths[index]!) / (this.avgLength || 1));
    let score = 0;
    for (const term of new Set(terms)) {
      const tf = doc[term];
      if (tf) score += this.idf(term) * ((tf * (k1 + 1)) / (tf + norm));
    }
    return score;
  }

  search(query: string, k: number): ScoredIndex[] {
    const terms = tokenize(query);
    if (!terms.length) return [];
    const scored: ScoredIndex[] = [];
    for (let index = 0; index < this.data.docs.length; index++) {
      const score = this.scoreTerms(terms, index);
      if (score > 0) scored.push({ index, score });
    }
    return scored.sort((a, b) => b.score - a.score).slice(0, k);
  }
}
