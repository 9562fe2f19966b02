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
