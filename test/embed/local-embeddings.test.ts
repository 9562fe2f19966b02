import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { clipQuery, LocalEmbeddings, QUERY_CHARS } from "../../src/embed/local-embeddings.js";

describe("the bundled encoder's questions", () => {
  const embedder = new LocalEmbeddings();
  after(() => embedder.close());

  it("embeds a very long question by its opening words, cut at a space, so one question cannot stall a batch", async () => {
    const question = "Which partnerships does UNODC run with INTERPOL on environmental crime in Brazil " + "and elsewhere ".repeat(150);
    const clipped = clipQuery(question);
    assert.ok(clipped.length <= QUERY_CHARS && clipped.length > QUERY_CHARS - 20, `clipped to ${clipped.length}`);
    assert.ok(question.startsWith(clipped) && question[clipped.length] === " ");
    assert.equal(clipQuery("When did the 33rd CCPCJ session take place?"), "When did the 33rd CCPCJ session take place?");
    const [long, short] = [await embedder.embedQuery(question), await embedder.embedQuery(clipped)];
    assert.ok(Math.max(...long.map((x, i) => Math.abs(x - short[i]!))) < 1e-5);
  });
});
