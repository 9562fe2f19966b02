import { createHash } from "node:crypto";
import type { Embedder } from "../../src/embed/embedder.js";
import { tokenize } from "../../src/text/tokenize.js";

/** A tiny deterministic embedder for unit tests: hashed bag of terms, normalised. */
export class HashEmbedder implements Embedder {
  calls = 0;
  /** Every text embedded by embedDocuments, in order. */
  readonly embedded: string[] = [];
  constructor(
    readonly id = "test:hash:64",
    private readonly dimension = 64,
  ) {}

  ready(): Promise<void> {
    return Promise.resolve();
  }

  private vector(text: string): number[] {
    const v = new Array<number>(this.dimension).fill(0);
    for (const term of tokenize(text)) v[createHash("md5").update(term).digest()[0]! % this.dimension]! += 1;
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm + 1e-6);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.calls++;
    this.embedded.push(...texts);
    return texts.map((t) => this.vector(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.vector(text);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
