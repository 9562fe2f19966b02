import { access, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import hnswlib from "hnswlib-node";
import type { ScoredIndex } from "./bm25-index.js";
import { LABELS, VECTORS } from "./index-files.js";

/** More deleted graph elements than this share of the live ones, and an update builds a fresh graph instead. */
const MAX_DELETED_SHARE = 0.25;

/**
 * Dense vectors in an HNSW graph (hnswlib-node), cosine similarity. Callers speak unit positions; the graph
 * speaks labels, and `labels[position]` maps one to the other, so that an incremental build can keep the
 * graph's elements of unchanged units, delete those of removed ones and add new ones (`update`), instead of
 * building the whole graph again (issue 15: adding one submission to 20 rebuilt everything).
 */
export class HnswIndex {
  /** Stored vectors copied out of the graph on first use: reading one from hnswlib builds a new array each time. */
  private copies?: { values: Float32Array; copied: Uint8Array };
  private positions?: Map<number, number>;

  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly dimension: number,
    /** Graph label of each unit position. */
    private readonly labels: number[] = [],
  ) {}

  static create(dimension: number, capacity: number): HnswIndex {
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    index.initIndex({ maxElements: Math.max(1, capacity), m: 16, efConstruction: 200, randomSeed: 42 });
    return new HnswIndex(index, dimension);
  }

  /** Appends vectors as the next unit positions. */
  add(vectors: ArrayLike<number>[]): void {
    const needed = this.index.getCurrentCount() + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed);
    for (const vector of vectors) {
      if (vector.length !== this.dimension) throw new Error(`vector of ${vector.length} dimensions, index has ${this.dimension}`);
      const label = this.index.getCurrentCount();
      this.index.addPoint(Array.from(vector), label);
      this.labels.push(label);
    }
    this.copies = undefined;
    this.positions = undefined;
  }

  /**
   * The index over a new list of units, from this one: unit i keeps the graph element of the old position
   * `reuse[i]`, or, where that is undefined, gets the next vector of `added`. Old positions no unit reuses
   * are deleted from the graph. The graph is changed in place (this object is not to be used afterwards),
   * or, once deleted elements would pass a quarter of the live ones, built fresh from the stored vectors
   * (nothing is embedded again).
   */
  update(reuse: (number | undefined)[], added: number[][]): HnswIndex {
    const kept = new Set(reuse.filter((p): p is number => p !== undefined));
    const deletedBefore = this.index.getCurrentCount() - this.labels.length;
    const deletedAfter = deletedBefore + this.labels.length - kept.size;
    let next = 0;
    if (deletedAfter > MAX_DELETED_SHARE * reuse.length) {
      const fresh = HnswIndex.create(this.dimension, reuse.length);
      fresh.add(reuse.map((p) => (p === undefined ? added[next++]! : this.index.getPoint(this.labels[p]!))));
      return fresh;
    }
    this.labels.forEach((label, position) => kept.has(position) || this.index.markDelete(label));
    const needed = this.index.getCurrentCount() + added.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed);
    const labels = reuse.map((p) => {
      if (p !== undefined) return this.labels[p]!;
      const label = this.index.getCurrentCount();
      this.index.addPoint(added[next++]!, label);
      return label;
    });
    return new HnswIndex(this.index, this.dimension, labels);
  }

  /** The stored (unit-length) vector of one unit: a view into a copy kept in memory, not to be written. */
  vector(position: number): Float32Array {
    this.copies ??= { values: new Float32Array(this.labels.length * this.dimension), copied: new Uint8Array(this.labels.length) };
    const view = this.copies.values.subarray(position * this.dimension, (position + 1) * this.dimension);
    if (!this.copies.copied[position]) {
      view.set(this.index.getPoint(this.labels[position]!));
      this.copies.copied[position] = 1;
    }
    return view;
  }

  /**
   * Copies every stored vector out of the graph now rather than on first use: ~57 µs a unit (hnswlib builds an
   * array for each), 1.5 s for 27 k units, that the first few hundred questions to a new server paid otherwise.
   * The copy's memory (4 bytes a dimension a unit) is what first use allocates anyway, now all touched.
   */
  preload(): void {
    for (let position = 0; position < this.labels.length; position++) this.vector(position);
  }

  /** Units (live vectors). */
  get size(): number {
    return this.labels.length;
  }

  /** The k nearest labels by cosine similarity; with `accept`, only labels it accepts (hnswlib's filtered search). */
  search(query: number[], k: number, accept?: (label: number) => boolean): ScoredIndex[] {
    const count = this.size;
    if (!count) return [];
    const n = Math.min(k, count);
    this.index.setEf(Math.max(64, n));
    if (!this.positions) this.positions = new Map(this.labels.map((label, position) => [label, position]));
    const positions = this.positions;
    // `accept` speaks of units; the graph of labels: a label is accepted when its unit is.
    const filter = accept ? (label: number) => { const unit = positions.get(label); return unit !== undefined && accept(unit); } : undefined;
    const { neighbors, distances } = filter ? this.index.searchKnn(query, n, filter) : this.index.searchKnn(query, n);
    return neighbors.map((label, i) => ({ index: positions.get(label)!, score: 1 - distances[i]! }));
  }

  async save(dir: string): Promise<void> {
    await this.index.writeIndex(path.join(dir, VECTORS));
    await writeFile(path.join(dir, LABELS), JSON.stringify(this.labels));
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
    const labels = JSON.parse(await readFile(path.join(dir, LABELS), "utf8")) as unknown;
    if (!Array.isArray(labels) || labels.length !== count) throw new Error(`${LABELS} does not hold ${count} labels`);
    const index = new hnswlib.HierarchicalNSW("cosine", dimension);
    await index.readIndex(file);
    const elements = index.getCurrentCount();
    if (elements < count) throw new Error(`${VECTORS} holds ${elements} vectors, expected ${count} or more`);
    if (!labels.every((label) => Number.isInteger(label) && label >= 0 && label < elements)) throw new Error(`${LABELS} names a vector that ${VECTORS} does not hold`);
    return new HnswIndex(index, dimension, labels as number[]);
  }
}
