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

/**
 * BM25's inverse document frequency of a term held by `documentFrequency` of `passages` passages (Robertson's
 * form plus one, never negative, as Lucene's): ln(1 + (N - df + 0.5) / (df + 0.5)). A term no passage holds
 * gets the highest value, ln(1 + (N + 0.5) / 0.5).
 */
export function bm25Idf(passages: number, documentFrequency: number): number {
  return Math.log(1 + (passages - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Okapi BM25 over the passages: the lexical side of retrieval, for names, symbols and figures. */
export class Bm25Index {
  private readonly avgLength: number;
  /** Term → documents that hold it, built at load: a query touches only the documents it can score. */
  private readonly postings = new Map<string, number[]>();

  private constructor(private readonly data: Bm25Data) {
    this.avgLength = data.lengths.reduce((a, b) => a + b, 0) / Math.max(1, data.lengths.length);
    data.docs.forEach((tf, index) => {
      for (const term of Object.keys(tf)) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push(index);
      }
    });
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

  /** Inverse document frequency (bm25Idf); a term the corpus never uses gets the highest. */
  idf(term: string): number {
    return bm25Idf(this.data.docs.length, this.data.df[term] ?? 0);
  }

  documentFrequency(term: string): number {
    return this.data.df[term] ?? 0;
  }

  termFrequency(index: number, term: string): number {
    return this.data.docs[index]?.[term] ?? 0;
  }

  /** The k best passages for the query; with `accept`, only passages it accepts are scored (the search's filter). */
  search(query: string, k: number, accept?: (index: number) => boolean): ScoredIndex[] {
    const { k1, b, docs, lengths } = this.data;
    const scores = new Map<number, number>();
    for (const term of new Set(tokenize(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const index of list) {
        if (accept && !accept(index)) continue;
        const tf = docs[index]![term]!;
        const norm = k1 * (1 - b + (b * lengths[index]!) / (this.avgLength || 1));
        scores.set(index, (scores.get(index) ?? 0) + idf * ((tf * (k1 + 1)) / (tf + norm)));
      }
    }
    return [...scores].map(([index, score]) => ({ index, score })).sort((x, y) => y.score - x.score || x.index - y.index).slice(0, k);
  }
}
