import assert from "node:assert/strict";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import express from "express";
import { createChatModel } from "../../src/compose/chat-model.js";
import { ExtractiveAnswerer } from "../../src/answer/extractive-answerer.js";
import { GenerativeAnswerer } from "../../src/answer/generative-answerer.js";
import { readPrompts } from "../../src/compose/prompts.js";
import { Retriever } from "../../src/retrieve/retriever.js";
import { EventStream } from "../../src/server/sse.js";
import { buildIndex } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { CORPUS_DIR, ROOT, tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";
import { startScriptedLlm, type ScriptedLlm } from "../helpers/scripted-model.js";

describe("a client that does not read its stream holds the server to bounded memory", () => {
  let retriever: Retriever;
  let llm: ScriptedLlm;
  before(async () => {
    const root = await tempDir("sa-bp-");
    const embedder = new HashEmbedder();
    await buildIndex({ corpusDir: CORPUS_DIR, indexDir: path.join(root, "index"), embedder, log: () => undefined });
    retriever = new Retriever(await loadIndex(path.join(root, "index")), embedder);
    llm = await startScriptedLlm();
  });
  after(() => llm?.close());

  it("the answerer stops reading the model while a sent sentence waits for the client", async () => {
    llm.script = () => ({ kind: "endless", piece: "The session ran 13-17 May 2024 [1]. ".repeat(100) });
    const model = createChatModel({ model: "scripted", baseURL: llm.baseURL });
    const prompts = await readPrompts(path.join(ROOT, "prompts"));
    // The time limit is what ends this answer: until then, the model may write as fast as it can.
    const answerer = new GenerativeAnswerer({ model, prompts, fallback: new ExtractiveAnswerer(), timeoutMs: 2000, maxAnswerChars: 1e9 });
    const question = "When did the 33rd CCPCJ session take place?";
    const retrieval = await retriever.retrieve({ question, k: 10 });
    let calls = 0;
    // The client never takes the first sentence.
    void answerer.answer({ question, history: [], retrieval, onToken: () => (calls++, new Promise<void>(() => undefined)) });
    while (!llm.endless.closed) await new Promise<void>((resolve) => llm.endless.waiters.push(resolve));
    assert.equal(llm.endless.blocked, true, "the model's writes waited for the server to read");
    assert.equal(calls, 1, "no sentence was read from the model while the first one waited");
  });

  it("EventStream.send settles only when the socket has taken the event", async () => {
    const event = { text: "x".repeat(4000) };
    let stalled: (() => void) | undefined;
    const stall = new Promise<void>((resolve) => (stalled = resolve));
    let worst = 0;
    let highWaterMark = 0;
    const app = express();
    app.get("/", async (_req, res) => {
      const events = new EventStream(res);
      highWaterMark = res.writableHighWaterMark;
      // Bounded, so that a send that never waits (no backpressure) ends too, and fails below.
      for (let i = 0; i < 16_000 && !events.closed; i++) {
        const sent = events.send("token", event);
        if (res.writableNeedDrain || i === 15_999) stalled?.();
        await sent;
        if (!events.closed) worst = Math.max(worst, res.writableLength);
      }
    });
    const server = app.listen(0, "127.0.0.1");
    await once(server, "listening");
    const port = (server.address() as AddressInfo).port;
    const client = new AbortController();
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: client.signal });
    assert.equal(response.status, 200);
    await stall; // the client read nothing; the socket filled up
    client.abort();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    assert.ok(worst <= highWaterMark + 4100, `at most one event beyond the socket's buffer was queued (${worst} bytes)`);
  });
});
