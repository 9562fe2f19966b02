import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HnswIndex } from "../../src/store/hnsw-index.js";
import { normalize } from "../../src/text/vector-math.js";
import { tempDir } from "../helpers/fixtures.js";

describe("the HNSW vector store", () => {
  it("gives back each stored vector, the same after a save and a load, each label its own", async () => {
    const vectors = [normalize([1, 2, 3, 4]), normalize([4, 3, 2, 1]), normalize([0, 0, 1, 0])];
    const index = HnswIndex.create(4, vectors.length);
    index.add(vectors);
    const dir = await tempDir();
    await index.save(dir);
    const loaded = await HnswIndex.load(dir, 4, vectors.length);
    for (const store of [index, loaded]) {
      // Read twice, in an order that would show a view shared between labels.
      const first = [2, 0, 1].map((label) => Array.from(store.vector(label)));
      const again = [0, 1, 2].map((label) => Array.from(store.vector(label)));
      vectors.forEach((vector, label) => {
        assert.deepEqual(again[label]!.map((x) => x.toFixed(5)), vector.map((x) => x.toFixed(5)));
      });
      assert.deepEqual(first, [again[2], again[0], again[1]]);
      assert.equal(store.search(vectors[1]!, 1)[0]!.index, 1);
    }
  });

  it("preloads every stored vector: the same values as reading each on first use", async () => {
    const vectors = [normalize([1, 2, 3, 4]), normalize([4, 3, 2, 1]), normalize([0, 0, 1, 0])];
    const dir = await tempDir();
    const built = HnswIndex.create(4, vectors.length);
    built.add(vectors);
    await built.save(dir);
    const lazy = await HnswIndex.load(dir, 4, vectors.length);
    const preloaded = await HnswIndex.load(dir, 4, vectors.length);
    preloaded.preload();
    for (let label = 0; label < vectors.length; label++) assert.deepEqual(Array.from(preloaded.vector(label)), Array.from(lazy.vector(label)));
    assert.deepEqual(Array.from(preloaded.vector(2)), [0, 0, 1, 0]);
  });
});
