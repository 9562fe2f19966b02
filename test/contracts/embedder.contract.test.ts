import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Embedder } from "../../src/embed/embedder.js";
import { LocalEmbeddings } from "../../src/embed/local-embeddings.js";
import { OpenAIEmbedder } from "../../src/embed/openai-embedder.js";
import { startStandInEmbeddings, type StandInEmbeddings } from "../helpers/stand-in-embeddings.js";

/**
 * The embedder seam's contract (hono's common.case.test style), run by every Embedder the configuration can
 * choose: the bundled model in process and on a worker thread, and an OpenAI-compatible server (a stand-in
 * on loopback). Vectors have one dimension, unit length (the index compares by cosine, and the retriever
 * adds and compares vectors), and a text embedded alone or in a batch, as a document or as a query, gets the
 * same vector.
 */
interface EmbedderCase {
  name: string;
  dimension: number;
  open(): Promise<Embedder>;
}

let server: StandInEmbeddings;
const CASES: EmbedderCase[] = [
  { name: "bundled model, in process", dimension: 512, open: async () => new LocalEmbeddings({ workers: 0 }) },
  { name: "bundled model, on a worker thread", dimension: 512, open: async () => new LocalEmbeddings({ workers: 1 }) },
  { name: "OpenAI-compatible server", dimension: 32, open: async () => new OpenAIEmbedder({ model: "stand-in-embeddings", baseURL: server.baseURL }) },
];

const TEXTS = ["When did the 33rd session of the Commission take place?", "Farmers in Putumayo moved from coca to sacha inchi.", "Solar energy powers water pumps."];

function cosine(a: number[], b: number[]): number {
  return a.reduce((sum, x, i) => sum + x * b[i]!, 0) / (Math.hypot(...a) * Math.hypot(...b));
}

before(async () => {
  server = await startStandInEmbeddings(32);
});
after(() => server.close());

for (const implementation of CASES) {
  describe(`embedder contract: ${implementation.name}`, () => {
    let embedder: Embedder;
    before(async () => {
      embedder = await implementation.open();
      await embedder.ready();
    });
    after(() => embedder.close());

    it("has an id that names it", () => {
      assert.equal(typeof embedder.id, "string");
      assert.ok(embedder.id.length > 3);
    });

    it("gives every text a vector of one dimension, of unit length", async () => {
      const vectors = [...(await embedder.embedDocuments(TEXTS)), await embedder.embedQuery(TEXTS[0]!)];
      for (const vector of vectors) {
        assert.equal(vector.length, implementation.dimension);
        assert.ok(vector.every(Number.isFinite));
        assert.ok(Math.abs(Math.hypot(...vector) - 1) < 1e-3, `length ${Math.hypot(...vector)}`);
      }
    });

    it("embeds a text the same alone or in a batch, as a document or as a query", async () => {
      const batch = await embedder.embedDocuments(TEXTS);
      for (const [i, text] of TEXTS.entries()) {
        const [alone] = await embedder.embedDocuments([text]);
        assert.ok(cosine(alone!, batch[i]!) > 0.9999, `batch vs alone: ${text}`);
        assert.ok(cosine(await embedder.embedQuery(text), batch[i]!) > 0.9999, `query vs document: ${text}`);
      }
    });

    it("keeps the order of a batch and tells different texts apart", async () => {
      const batch = await embedder.embedDocuments(TEXTS);
      const reversed = await embedder.embedDocuments([...TEXTS].reverse());
      TEXTS.forEach((_, i) => assert.ok(cosine(batch[i]!, reversed[TEXTS.length - 1 - i]!) > 0.9999));
      assert.ok(cosine(batch[0]!, batch[1]!) < 0.99);
    });

    it("embeds an empty batch as no vectors", async () => {
      assert.deepEqual(await embedder.embedDocuments([]), []);
    });
  });
}
