import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import OpenAI from "openai";
import { getJson, postJson, startServer, type TestServer } from "../helpers/server.js";

describe("the HTTP API, open (no keys), every endpoint", () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it("has the model loaded before it says ready, so no question waits for it; counts what the encoder does", async () => {
    const before = await fetch(`${server.url}/metrics`).then((r) => r.text());
    assert.match(before, /^submission_assistant_encoder_models_loaded 1$/m);
    assert.match(before, /^submission_assistant_encoder_calls_total 0$/m);
    await postJson(`${server.url}/api/chat`, { question: "When did the 33rd CCPCJ session take place?" });
    const after = await fetch(`${server.url}/metrics`).then((r) => r.text());
    assert.match(after, /^submission_assistant_encoder_calls_total 1$/m);
    assert.match(after, /^submission_assistant_encoder_texts_total 1$/m);
  });

  it("serves the OpenAI-compatible models list and chat completions to the official openai client", async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused" });
    const models = await client.models.list();
    assert.deepEqual(models.data.map((m) => m.id), ["submission-assistant"]);
    const completion = await client.chat.completions.create({
      model: "submission-assistant",
      messages: [{ role: "system", content: "ignored" }, { role: "user", content: "When did the 33rd CCPCJ session take place?" }],
    });
    assert.equal(completion.object, "chat.completion");
    assert.match(completion.choices[0]!.message.content!, /13-17 May 2024 \[1\]/);
    const extra = completion as unknown as { citations: any[]; mode: string; abstained: boolean };
    assert.equal(extra.mode, "extractive");
    assert.equal(extra.abstained, false);
    assert.equal(extra.citations[0].source.record.index, 3);
  });

  it("streams chat completions to the official client, citations on the last chunk", async () => {
    const client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "unused" });
    const stream = await client.chat.completions.create({ model: "submission-assistant", stream: true, messages: [{ role: "user", content: "How many women did UNODC support in Myanmar?" }] });
    let text = "";
    let last: any;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      last = chunk;
    }
    assert.match(text, /supported 300 women/);
    assert.equal(last.choices[0].finish_reason, "stop");
    assert.equal(last.citations[0].source.section, "1) Food systems");
  });

  it("ends the raw stream with data: [DONE]", async () => {
    const response = await fetch(`${server.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ stream: true, messages: [{ role: "user", content: "What does CAE stand for?" }] }) });
    const text = await response.text();
    assert.match(text, /data: \[DONE\]\n\n$/);
  });

  it("answers each bad input with its documented status and a JSON error, never HTML", async () => {
    const big = await postJson(`${server.url}/api/chat`, { question: "x", history: [{ role: "user", content: "y".repeat(70_000) }] });
    assert.equal(big.status, 413);
    assert.equal(big.body.error.code, "payload_too_large");
    // A URL over Node's 16 KB header limit is refused before express, with the same JSON (new-user trial: an empty 431).
    const longUrl = await fetch(`${server.url}/api/search?q=${"drugs+".repeat(4000)}`);
    assert.equal(longUrl.status, 431);
    assert.equal(longUrl.headers.get("content-type"), "application/json; charset=utf-8");
    assert.deepEqual(await longUrl.json(), { error: { message: "the request's headers or URL are over 16 KB", type: "invalid_request_error", param: null, code: "request_too_large" } });
    const unknown = await getJson(`${server.url}/api/nothing-here`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, "not_found");
    const noUser = await postJson(`${server.url}/v1/chat/completions`, { messages: [{ role: "assistant", content: "hi" }] });
    assert.equal(noUser.status, 400);
    assert.match(noUser.body.error.message, /last message must be a non-empty user message/);
    const noMessages = await postJson(`${server.url}/v1/chat/completions`, { model: "x" });
    assert.equal(noMessages.status, 400);
    assert.match(noMessages.body.error.message, /^messages: /);
    // A mistyped field is named, not silently ignored ("filter" for "filters", "topc" for "topic").
    const typo = await postJson(`${server.url}/api/chat`, { question: "Which events were held?", filter: { entity: "IOM" } });
    assert.equal(typo.status, 400);
    assert.equal(typo.body.error.message, "filter: unknown field (the request takes question, history, stream, filters)");
    assert.equal(typo.body.error.param, "filter");
    const briefTypo = await postJson(`${server.url}/api/brief`, { topc: "Colombia" });
    assert.equal(briefTypo.status, 400);
    assert.equal(briefTypo.body.error.message, "topc: unknown field (the request takes topic, format, full, filters, compare)");
    const filterTypo = await postJson(`${server.url}/api/chat`, { question: "Which events were held?", filters: { entities: "IOM" } });
    assert.equal(filterTypo.status, 400);
    assert.equal(filterTypo.body.error.message, 'filters: unknown filter "entities" (entity and year are known)');
    // A known route asked with another method says which it takes.
    const wrongMethod = await getJson(`${server.url}/api/chat`);
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.headers.get("allow"), "POST");
    assert.equal(wrongMethod.body.error.message, "/api/chat takes POST, not GET");
    assert.match(wrongMethod.headers.get("content-type")!, /application\/json/);
    // A misspelt required field is reported as unknown, not as the field it was meant to be missing.
    const misspelt = await postJson(`${server.url}/api/chat`, { questoin: "Which events were held?" });
    assert.equal(misspelt.status, 400);
    assert.equal(misspelt.body.error.message, "questoin: unknown field (the request takes question, history, stream, filters)");
    // A value of the wrong kind is said in the API's words, not the validator's (new-user trial: "history.0: Invalid
    // input: expected object, received array").
    const wrongKinds: [string, unknown, string][] = [
      ["/api/chat", { question: "Which events were held?", history: [["user", "hi"]] }, 'history.0: must be a turn, an object with "role" and "content"'],
      ["/v1/chat/completions", { messages: [{ role: "user", content: 5 }] }, "messages.0.content: must be a string, a list of content parts ({type, text}) or null"],
      ["/v1/chat/completions", { messages: [{ role: "user", content: "hi" }], stream_options: 3 }, "stream_options: must be an object (got a number)"],
      ["/api/brief", { compare: [2023, 3000] }, "compare.1: must be a year up to 2100"],
    ];
    for (const [route, body, message] of wrongKinds) {
      const wrong = await postJson(`${server.url}${route}`, body);
      assert.equal(wrong.status, 400);
      assert.equal(wrong.body.error.message, message);
    }
    const twice = await getJson(`${server.url}/api/search?q=drugs&q=crime`);
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.message, "q: must be given once, as text");
    // A body that is not sent as JSON (curl's form default) is told so.
    const form = await fetch(`${server.url}/api/chat`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "question=hello" });
    assert.equal(form.status, 415);
    assert.equal(((await form.json()) as { error: { message: string } }).error.message, "the request body must be JSON sent with Content-Type: application/json (got application/x-www-form-urlencoded)");
  });

  it("sends security headers with a content security policy", async () => {
    const { headers } = await getJson(`${server.url}/api/health`);
    assert.match(headers.get("content-security-policy")!, /default-src 'self'/);
    assert.match(headers.get("content-security-policy")!, /script-src 'self'/);
    assert.equal(headers.get("x-content-type-options"), "nosniff");
    assert.equal(headers.get("x-powered-by"), null);
    assert.match(headers.get("x-request-id")!, /^[0-9a-f-]{36}$/);
  });

  it("exposes Prometheus metrics by route and status, answers by mode, abstentions", async () => {
    await postJson(`${server.url}/api/chat`, { question: "Who won the football World Cup in 2022?" });
    const text = await fetch(`${server.url}/metrics`).then((r) => r.text());
    assert.match(text, /http_requests_total\{method="POST",route="\/api\/chat",status="200"\} \d+/);
    assert.match(text, /http_request_duration_seconds_bucket\{le="0\.5",method="POST",route="\/api\/chat",status="200"\} \d+/);
    assert.match(text, /answers_total\{mode="extractive"\} \d+/);
    assert.match(text, /abstentions_total [1-9]/);
  });
});

describe("the HTTP API hardened for an intranet (keys, origins, rate limit)", () => {
  let server: TestServer;
  const allowed = "http://intranet.example:8080";
  before(async () => {
    server = await startServer({ API_KEYS: "key-one,key-two", CORS_ORIGINS: allowed, RATE_LIMIT: "8" });
  });
  after(async () => {
    await server?.stop();
  });

  it("needs a Bearer key on /api and /v1 but not on health", async () => {
    const none = await getJson(`${server.url}/api/search?q=drugs`);
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, "unauthorized");
    const wrong = await getJson(`${server.url}/v1/models`, { headers: { authorization: "Bearer nope" } });
    assert.equal(wrong.status, 401);
    const right = await getJson(`${server.url}/api/search?q=drugs&k=1`, { headers: { authorization: "Bearer key-two" } });
    assert.equal(right.status, 200);
    assert.equal((await getJson(`${server.url}/api/health`)).status, 200);
  });

  it("lets the listed origin call from a browser and refuses another", async () => {
    const preflight = await fetch(`${server.url}/api/chat`, { method: "OPTIONS", headers: { origin: allowed, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), allowed);
    assert.match(preflight.headers.get("access-control-allow-headers")!, /authorization/i);
    assert.equal(preflight.headers.get("access-control-allow-credentials"), null);
    const refused = await fetch(`${server.url}/api/chat`, { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get("access-control-allow-origin"), null);
    const simple = await fetch(`${server.url}/api/search?q=drugs&k=1`, { headers: { origin: "http://evil.example", authorization: "Bearer key-one" } });
    assert.equal(simple.headers.get("access-control-allow-origin"), null);
  });

  it("answers 429 with Retry-After past the limit, and a forged X-Forwarded-For does not reset it", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${server.url}/api/search?q=drugs&k=1`, { headers: { authorization: "Bearer key-one", "x-forwarded-for": `10.0.0.${i}` } });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get("retry-after");
        assert.equal((await response.json()).error.code, "rate_limited");
      } else await response.arrayBuffer();
    }
    assert.ok(statuses.includes(429), `statuses ${statuses.join(",")}`);
    assert.ok(statuses.filter((s) => s === 200).length <= 8);
    assert.match(retryAfter ?? "", /^\d+$/);
  });
});
