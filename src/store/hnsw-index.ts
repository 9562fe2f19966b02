import { access, stat } from "node:fs/promises";
import path from "node:path";
import hnswlib from "hnswlib-node";
import type { ScoredIndex } from "./bm25-index.js";
import { VECTORS } from "./index-files.js";

/** Dense vectors in an HNSW graph (hnswlib-node), cosine similarity; labels are unit positions. */
export class HnswIndex {
  /** Stored vectors copied out of the graph on first use: reading one from hnswlib builds a new array each time. */
  private copies?: { values: Float32Array; copied: Uint8Array };

  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly dimension: number,
  ) {}

  static create(dimension: number, capacity: number): HnswIndex {
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    index.initIndex({ maxElements: Math.max(1, capacity), m: 16, efConstruction: 200, randomSeed: 42 });
    return new HnswIndex(index, dimension);
  }

  add(vectors: number[][], firstLabel = 0): void {
    vectors.forEach((vector, i) => {
      if (vector.length !== this.dimension) throw new Error(`vector of ${vector.length} dimensions, index has ${this.dimension}`);
      this.index.addPoint(vector, firstLabel + i);
    });
  }

  /** The stored (unit-length) vector of one label: a view into a copy kept in memory, not to be written. */
  vector(label: number): Float32Array {
    // The graph's capacity is fixed when it is created or read, so one copy of that size serves every label.
    const count = this.index.getMaxElements();
    this.copies ??= { values: new Float32Array(count * this.dimension), copied: new Uint8Array(count) };
    const view = this.copies.values.subarray(label * this.dimension, (label + 1) * this.dimension);
    if (!this.copies.copied[label]) {
      view.set(this.index.getPoint(label));
      this.copies.copied[label] = 1;
    }
    return view;
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  /** The k nearest labels by cosine similarity; with `accept`, only labels it accepts (hnswlib's filtered search). */
  search(query: number[], k: number, accept?: (label: number) => boolean): ScoredIndex[] {
    const count = this.size;
    if (!count) return [];
    const n = Math.min(k, count);
    this.index.setEf(Math.max(64, n));
    const { neighbors, distances } = accept ? this.index.searchKnn(query, n, accept) : this.index.searchKnn(query, n);
    return neighbors.map((index, i) => ({ index, score: 1 - distances[i]! }));
  }

  async save(dir: string): Promise<void> {
    await this.index.writeIndex(path.join(dir, VECTORS));
  }

  /**
   * Reads the graph written by `save`. The file's size is checked against what `count` vectors need first:
   * hnswlib reads a truncated file past its end instead of failing.
   */
  static async load(dir: string, dimension: number, count: number): Promise<HnswIndex> {
    const file = path.join(dir, VECTORS);
    await access(file);
    const { size } = await stat(file);
    if (size < count * dimension * 4) throw new Error(`${VECTORS} is truncated (${size} bytes for ${count} vectors)`);
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    await index.readIndex(file);
    if (index.getCurrentCount() !== count) throw new Error(`${VECTORS} holds ${index.getCurrentCount()} vectors, expected ${count}`);
    return new HnswIndex(index, dimension);
  }
}
