import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { Bm25Index, type Bm25Data } from "../../src/store/bm25-index.js";
import { HnswIndex } from "../../src/store/hnsw-index.js";
import type { ScoredIndex } from "../../src/store/bm25-index.js";
import { tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";

/**
 * The index seam's contract (hono's common.case.test style): every store the index is made of — the HNSW
 * vectors and the BM25 statistics — finds each item by its own text, honours k and an `accept` filter, and
 * gives the same results after a save and a load.
 */
interface StoreCase {
  name: string;
  /** A store over `texts`, saved to and loaded from `dir`. */
  open(texts: string[], dir: string): Promise<{ fresh: Search; loaded: Search }>;
}
type Search = (query: string, k: number, accept?: (index: number) => boolean) => Promise<ScoredIndex[]>;

const TEXTS = [
  "The 33rd session of the Commission on Crime Prevention took place in Vienna.",
  "Farmers in Putumayo moved from coca towards sacha inchi seeds.",
  "A brief on gender-related killings of women and girls was published.",
  "Solar energy powers water pumps in deep wells for farmers.",
  "Virtual schools educate young people on the impact of corruption.",
];

const embedder = new HashEmbedder("test:hash:64", 64);

const CASES: StoreCase[] = [
  {
    name: "HnswIndex (dense vectors, cosine)",
    async open(texts, dir) {
      const vectors = await embedder.embedDocuments(texts);
      const index = HnswIndex.create(64, vectors.length);
      index.add(vectors);
      await index.save(dir);
      const loaded = await HnswIndex.load(dir, 64, vectors.length);
      const search = (store: HnswIndex): Search => async (query, k, accept) => store.search(await embedder.embedQuery(query), k, accept);
      return { fresh: search(index), loaded: search(loaded) };
    },
  },
  {
    name: "Bm25Index (lexical statistics)",
    async open(texts, dir) {
      const index = Bm25Index.build(texts);
      const file = path.join(dir, "lexical.json");
      await writeFile(file, JSON.stringify(index.toJSON()));
      const loaded = Bm25Index.fromJSON(JSON.parse(await readFile(file, "utf8")) as Bm25Data);
      const search = (store: Bm25Index): Search => async (query, k, accept) => store.search(query, k, accept);
      return { fresh: search(index), loaded: search(loaded) };
    },
  },
];

for (const store of CASES) {
  describe(`searchable store contract: ${store.name}`, () => {
    it("finds each item first by its own text", async () => {
      const { fresh } = await store.open(TEXTS, await tempDir());
      for (const [i, text] of TEXTS.entries()) assert.equal((await fresh(text, 1))[0]?.index, i, text);
    });

    it("returns at most k results, best first", async () => {
      const { fresh } = await store.open(TEXTS, await tempDir());
      const results = await fresh("farmers", 2);
      assert.ok(results.length <= 2 && results.length >= 1);
      for (let i = 1; i < results.length; i++) assert.ok(results[i - 1]!.score >= results[i]!.score);
    });

    it("honours an accept filter: nothing it refuses comes back", async () => {
      const { fresh } = await store.open(TEXTS, await tempDir());
      const results = await fresh(TEXTS[1]!, 5, (index) => index !== 1);
      assert.ok(results.every((hit) => hit.index !== 1));
      assert.ok(results.length > 0);
    });

    it("gives the same results after a save and a load", async () => {
      const { fresh, loaded } = await store.open(TEXTS, await tempDir());
      for (const query of [...TEXTS, "farmers corruption", "Vienna"]) {
        const round = (hits: ScoredIndex[]) => hits.map((h) => [h.index, h.score.toFixed(5)]);
        assert.deepEqual(round(await loaded(query, 3)), round(await fresh(query, 3)), query);
      }
    });
  });
}
