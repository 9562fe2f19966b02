import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Answerer } from "../../src/answer/answerer.js";
import { ExtractiveAnswerer } from "../../src/answer/extractive-answerer.js";
import { GenerativeAnswerer } from "../../src/answer/generative-answerer.js";
import { createChatModel } from "../../src/compose/chat-model.js";
import { readPrompts } from "../../src/compose/prompts.js";
import { LocalEmbeddings } from "../../src/embed/local-embeddings.js";
import { Retriever } from "../../src/retrieve/retriever.js";
import { loadIndex } from "../../src/store/load-index.js";
import type { AnswerResult } from "../../src/types.js";
import { ROOT } from "../helpers/fixtures.js";
import { startFakeLlm, type FakeLlm } from "../helpers/fake-llm.js";
import { ensureTestIndex, TEST_INDEX_DIR } from "../helpers/server.js";

/**
 * The answerer seam's contract (hono's common.case.test style), run by both answerers on the real submission:
 * every `[n]` names a citation and every citation is named; an abstention sets `abstained` and says so; the
 * streamed text joins to the final answer. The generative one runs against a stand-in model on loopback
 * (test/helpers/fake-llm.ts), whose reply to a question with "outside" in it is the not-in-submission signal.
 */
const QUESTIONS = {
  fact: "When did the 33rd CCPCJ session take place?",
  list: "List all the events",
  unanswerable: "How many hectares of coca were replaced with sacha inchi outside Putumayo?",
};

let llm: FakeLlm;
const embedder = new LocalEmbeddings({ workers: 0 });
let retriever: Retriever;

const CASES: { name: string; make(): Promise<Answerer> }[] = [
  { name: "extractive", make: async () => new ExtractiveAnswerer() },
  {
    name: "generative (stand-in model)",
    make: async () =>
      new GenerativeAnswerer({
        model: createChatModel({ model: "stand-in", baseURL: llm.baseURL }),
        prompts: await readPrompts(path.join(ROOT, "prompts")),
        fallback: new ExtractiveAnswerer(),
        // Far above what the stand-in needs on a loaded machine: no question here waits for it.
        timeoutMs: 60_000,
      }),
  },
];

before(async () => {
  await ensureTestIndex();
  llm = await startFakeLlm();
  retriever = new Retriever(await loadIndex(TEST_INDEX_DIR), embedder);
});
after(async () => {
  await llm.close();
  await embedder.close();
});

async function ask(answerer: Answerer, question: string): Promise<{ result: AnswerResult; streamed: string }> {
  const retrieval = await retriever.retrieve({ question, k: 10 });
  let streamed = "";
  const result = await answerer.answer({ question, history: [], retrieval, onToken: (text) => void (streamed += text) });
  return { result, streamed };
}

function assertCitationsNamed(result: AnswerResult): void {
  const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const numbers = result.citations.map((c) => c.n);
  assert.deepEqual(numbers, numbers.map((_, i) => i + 1), "citations are numbered 1..N");
  assert.deepEqual([...new Set(markers)].sort((a, b) => a - b), numbers, "every [n] names a citation, and every citation is named");
}

for (const implementation of CASES) {
  describe(`answerer contract: ${implementation.name}`, () => {
    let answerer: Answerer;
    before(async () => {
      answerer = await implementation.make();
    });

    for (const [kind, question] of Object.entries(QUESTIONS).filter(([kind]) => kind !== "unanswerable")) {
      it(`answers a ${kind} question with every [n] naming a citation, streamed as it ends`, async () => {
        const { result, streamed } = await ask(answerer, question);
        assert.equal(result.abstained, false);
        assert.ok(result.citations.length >= 1);
        assertCitationsNamed(result);
        assert.equal(streamed.trim(), result.answer.trim());
      });
    }

    it("abstains on a question the submission does not answer, says so, and streams that", async () => {
      const { result, streamed } = await ask(answerer, QUESTIONS.unanswerable);
      assert.equal(result.abstained, true);
      assert.match(result.answer, /^The submission does not say\./);
      assert.equal(streamed.trim(), result.answer.trim());
      for (const match of result.answer.matchAll(/\[(\d+)\]/g)) assert.ok(Number(match[1]) <= result.citations.length);
    });

    it(`says its mode: ${implementation.name.split(" ")[0]}`, async () => {
      const { result } = await ask(answerer, QUESTIONS.fact);
      assert.equal(result.mode, answerer.mode);
    });
  });
}
