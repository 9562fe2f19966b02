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

/** A term's count in a plain object of counts: 0 when absent, and for "constructor" too (never Object.prototype's). */
const own = (counts: Record<string, number>, term: string): number => (Object.hasOwn(counts, term) ? counts[term]! : 0);

export interface Bm25Options {
  /** Okapi BM25's term-frequency saturation and length normalisation; default 1.2 and 0.75 (Lucene's). */
  k1?: number;
  b?: number;
  /** An earlier index's texts and statistics (same tokenizer), reused for the texts it already counted. */
  previous?: { texts: string[]; data: Bm25Data };
}

/** One term's postings: the documents that hold it (ascending) and, for each, its BM25 weight before idf. */
interface Postings {
  docs: number[];
  /** `tf·(k1+1) / (tf + k1·(1 − b + b·length/avgLength))` of the term in each document, computed once at load. */
  weights: number[];
}

/** Okapi BM25 over the passages: the lexical side of retrieval, for names, symbols and figures. */
export class Bm25Index {
  private readonly avgLength: number;
  /** Term → postings, built at load: a query touches only the documents it can score. */
  private readonly postings = new Map<string, Postings>();
  /** Scratch for `search` (it runs to the end synchronously): each document's score so far, and whether `accept` took it (1) or refused it (2). */
  private readonly scores: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;

  private constructor(private readonly data: Bm25Data) {
    const { k1, b, docs, lengths } = data;
    this.avgLength = lengths.reduce((a, x) => a + x, 0) / Math.max(1, lengths.length);
    docs.forEach((tf, index) => {
      // The same expression, in the same order, as scoring a document directly: the weights are bit-identical.
      const norm = k1 * (1 - b + (b * lengths[index]!) / (this.avgLength || 1));
      for (const term in tf) {
        const f = tf[term]!;
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], weights: [] }));
        list.docs.push(index);
        list.weights.push((f * (k1 + 1)) / (f + norm));
      }
    });
    this.scores = new Float64Array(docs.length);
    this.seen = new Uint8Array(docs.length);
    this.touched = new Int32Array(docs.length);
  }

  static build(texts: string[], options: Bm25Options = {}): Bm25Index {
    return new Bm25Index(Bm25Index.statistics(texts, options));
  }

  /**
   * The statistics `build` indexes (what the index file holds), without the postings a search needs. With
   * `previous`, a text it already counted takes its term frequencies and length from there instead of being
   * tokenized again (issue 15: an index rebuilt for one new file re-tokenized 13 k passages, 0.7 s).
   */
  static statistics(texts: string[], options: Bm25Options = {}): Bm25Data {
    const df: Record<string, number> = {};
    const docs: Record<string, number>[] = [];
    const lengths: number[] = [];
    const counted = new Map<string, number>();
    options.previous?.texts.forEach((text, i) => counted.set(text, i));
    for (const text of texts) {
      const at = counted.get(text);
      let tf: Record<string, number>;
      if (at !== undefined) {
        tf = options.previous!.data.docs[at]!;
        lengths.push(options.previous!.data.lengths[at]!);
      } else {
        const terms = tokenize(text);
        tf = {};
        for (const term of terms) tf[term] = own(tf, term) + 1;
        lengths.push(terms.length);
      }
      for (const term in tf) df[term] = own(df, term) + 1;
      docs.push(tf);
    }
    return { k1: options.k1 ?? 1.2, b: options.b ?? 0.75, df, docs, lengths };
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
    return bm25Idf(this.data.docs.length, own(this.data.df, term));
  }

  documentFrequency(term: string): number {
    return own(this.data.df, term);
  }

  termFrequency(index: number, term: string): number {
    const tf = this.data.docs[index];
    return tf ? own(tf, term) : 0;
  }

  /**
   * The k best passages for the query (score descending, then position ascending); with `accept`, only passages
   * it accepts are scored (the search's filter). Term at a time into a score array: each document's score is
   * summed over the query's distinct terms in the order they first occur, so it is the same double as adding
   * `idf · weight` term by term; the top k are selected with a bounded heap under the same total order as a
   * full sort, so the result is exactly the first k of the exhaustive ranking (`test/store/bm25-index.test.ts`
   * checks it against a direct scoring). `accept` is asked once per document, not once per posting.
   */
  search(query: string, k: number, accept?: (index: number) => boolean): ScoredIndex[] {
    const { scores, seen, touched } = this;
    let count = 0;
    try {
      for (const term of new Set(tokenize(query))) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = this.idf(term);
        const { docs, weights } = list;
        for (let i = 0; i < docs.length; i++) {
          const index = docs[i]!;
          let state = seen[index]!;
          if (state === 0) {
            state = seen[index] = !accept || accept(index) ? 1 : 2;
            touched[count++] = index;
          }
          if (state === 1) scores[index] = scores[index]! + idf * weights[i]!;
        }
      }
      return topK(scores, seen, touched, count, k);
    } finally {
      for (let i = 0; i < count; i++) {
        scores[touched[i]!] = 0;
        seen[touched[i]!] = 0;
      }
    }
  }
}

/** x ranks before y: higher score, then lower position (the order `search` has always returned). */
const before = (xScore: number, xIndex: number, yScore: number, yIndex: number) => xScore > yScore || (xScore === yScore && xIndex < yIndex);

/**
 * The k best of the `count` touched documents that `seen` marks accepted (1), best first: a min-heap (worst
 * at the root) of at most k, so O(n log k) instead of sorting every scored document. The order is total
 * (positions are distinct), so the result equals sorting all and taking the first k.
 */
function topK(scores: Float64Array, seen: Uint8Array, touched: Int32Array, count: number, k: number): ScoredIndex[] {
  const size = Math.max(0, Math.min(k, count));
  const heap = new Int32Array(size);
  let n = 0;
  const worse = (a: number, b: number) => before(scores[heap[b]!]!, heap[b]!, scores[heap[a]!]!, heap[a]!);
  const swap = (a: number, b: number) => {
    const t = heap[a]!;
    heap[a] = heap[b]!;
    heap[b] = t;
  };
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < n && worse(l, worst)) worst = l;
      if (r < n && worse(r, worst)) worst = r;
      if (worst === at) return;
      swap(at, worst);
      at = worst;
    }
  };
  for (let i = 0; i < count && size > 0; i++) {
    const index = touched[i]!;
    if (seen[index] !== 1) continue;
    if (n < size) {
      heap[n] = index;
      let at = n++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(at, parent)) break;
        swap(at, parent);
        at = parent;
      }
    } else if (before(scores[index]!, index, scores[heap[0]!]!, heap[0]!)) {
      heap[0] = index;
      down(0);
    }
  }
  const result: ScoredIndex[] = [];
  for (let i = 0; i < n; i++) result.push({ index: heap[i]!, score: scores[heap[i]!]! });
  return result.sort((x, y) => y.score - x.score || x.index - y.index);
}
