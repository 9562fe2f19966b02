import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EncoderPool } from "../../src/embed/encoder-pool.js";

describe("the encoder pool", () => {
  it("batches waiting texts and gives each caller its own vectors", async () => {
    const pool = new EncoderPool({ size: 1 });
    try {
      const texts = ["drugs", "crime", "farmers in Putumayo", "cybercrime convention"];
      const together = await Promise.all(texts.map((t) => pool.embed([t])));
      const alone = await pool.embed(["farmers in Putumayo"]);
      assert.deepEqual(together.map((v) => v.length), [1, 1, 1, 1]);
      assert.ok(Math.max(...together[2]![0]!.map((x, i) => Math.abs(x - alone[0]![i]!))) < 1e-5);
    } finally {
      await pool.close();
    }
  });

  it("fails what is waiting, never hangs, when its worker dies", async () => {
    const pool = new EncoderPool({ size: 1 });
    try {
      await pool.ready();
      const internals = pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] };
      await internals.slots[0]!.worker.terminate();
      await assert.rejects(pool.embed(["anything"]), /encoder worker exited/);
    } finally {
      await pool.close();
    }
  });
});

describe("the encoder pool's watch", () => {
  const stub = new URL("./fixtures/stub-encoder-worker.mjs", import.meta.url);

  it("fails the batch of a worker that sits idle without answering, never hangs", async () => {
    const pool = new EncoderPool({ size: 1, watchMs: 20, workerUrl: stub, workerData: { mode: "silent" } });
    try {
      await assert.rejects(pool.embed(["anything"]), /the encoder worker stopped working on its batch/);
      assert.equal(pool.stats().loaded, 0, "the dead worker takes no more work");
    } finally {
      await pool.close();
    }
  });

  it("waits for a worker that is busy on its batch however long it takes: no wall-clock limit", async () => {
    // Busy for 15 of the pool's looks: a fixed limit of that length would have failed it.
    const pool = new EncoderPool({ size: 1, watchMs: 20, workerUrl: stub, workerData: { mode: "busy", busyMs: 300 } });
    try {
      const vectors = await pool.embed(["one", "two"]);
      assert.deepEqual(vectors, [[0.5, 0.5], [0.5, 0.5]]);
      assert.deepEqual(pool.stats(), { loaded: 1, calls: 1, texts: 2 });
    } finally {
      await pool.close();
    }
  });
});
