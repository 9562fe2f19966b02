import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { getJson, postJson, startServer, type TestServer } from "../helpers/server.js";

describe("the API as OpenAI's clients and browsers expect it", () => {
  let server: TestServer;
  const allowed = "http://intranet.example:8080";
  const key = { authorization: "Bearer key-one" };
  before(async () => {
    server = await startServer({ API_KEYS: "key-one", CORS_ORIGINS: allowed, TRUST_PROXY: "loopback" });
  });
  after(async () => {
    await server?.stop();
  });

  it("answers GET /v1/models/submission-assistant, and 404 in OpenAI's shape for another model", async () => {
    const model = await getJson(`${server.url}/v1/models/submission-assistant`, { headers: key });
    assert.equal(model.status, 200);
    assert.deepEqual(model.body, { id: "submission-assistant", object: "model", created: 0, owned_by: "submission-assistant" });
    const other = await getJson(`${server.url}/v1/models/gpt-4o`, { headers: key });
    assert.equal(other.status, 404);
    assert.deepEqual(other.body, { error: { message: "the model gpt-4o does not exist; this API serves submission-assistant", type: "not_found_error", param: "model", code: "model_not_found" } });
  });

  it("gives every error OpenAI's shape, with type and param; 401 names the Bearer scheme", async () => {
    const none = await getJson(`${server.url}/v1/models`);
    assert.equal(none.status, 401);
    assert.equal(none.headers.get("www-authenticate"), 'Bearer realm="submission-assistant"');
    assert.deepEqual(none.body, { error: { message: "an API key is required: Authorization: Bearer <key>", type: "authentication_error", param: null, code: "unauthorized" } });
    const bad = await postJson(`${server.url}/api/chat`, { question: 42 }, key);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body, { error: { message: "question: must be a string", type: "invalid_request_error", param: "question", code: "invalid_request" } });
    const noUser = await postJson(`${server.url}/v1/chat/completions`, { messages: [{ role: "assistant", content: "hi" }] }, key);
    assert.deepEqual(noUser.body.error, { message: "messages: the last message must be a non-empty user message", type: "invalid_request_error", param: "messages", code: "invalid_request" });
  });

  it("lets an allowed origin's preflight ask for the headers the SDKs send (x-stainless-*)", async () => {
    const asked = "authorization,content-type,x-stainless-lang,x-stainless-os,x-stainless-package-version,x-stainless-retry-count,x-stainless-timeout";
    const preflight = await fetch(`${server.url}/v1/chat/completions`, { method: "OPTIONS", headers: { origin: allowed, "access-control-request-method": "POST", "access-control-request-headers": asked } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get("access-control-allow-origin"), allowed);
    assert.equal(preflight.headers.get("access-control-allow-headers"), asked);
    assert.equal(preflight.headers.get("access-control-allow-methods"), "GET,POST,OPTIONS");
    const refused = await fetch(`${server.url}/v1/chat/completions`, { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST", "access-control-request-headers": asked } });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get("access-control-allow-origin"), null);
    assert.equal(refused.headers.get("access-control-allow-headers"), null);
  });

  it("labels metrics with the route's pattern whatever the status", async () => {
    const url = `${server.url}/v1/chat/completions`;
    const counts = async () => {
      const text = await fetch(`${server.url}/metrics`, { headers: key }).then((r) => r.text());
      const lines = text.split("\n").filter((line) => line.startsWith("submission_assistant_http_requests_total{"));
      assert.ok(!lines.some((l) => /route="\/chat\/completions"/.test(l)), lines.join("\n"));
      return (route: string, status: number) => Number(lines.find((l) => l.includes(`route="${route}",status="${status}"`))?.split(" ")[1] ?? 0);
    };
    const before = await counts();
    assert.equal((await postJson(url, { messages: [] }, key)).status, 400);
    assert.equal((await postJson(url, { messages: [] })).status, 401);
    assert.equal((await getJson(url, { method: "POST", headers: { ...key, "content-type": "application/json" }, body: "{not json" })).status, 400);
    assert.equal((await getJson(url, { method: "POST", headers: { ...key, "content-type": "application/json" }, body: JSON.stringify({ pad: "x".repeat(70_000) }) })).status, 413);
    assert.equal((await getJson(`${server.url}/api/passages/no-such-id`, { headers: key })).status, 404);
    const after = await counts();
    const added = (route: string, status: number) => after(route, status) - before(route, status);
    assert.equal(added("/v1/chat/completions", 400), 2);
    assert.equal(added("/v1/chat/completions", 401), 1);
    assert.equal(added("/v1/chat/completions", 413), 1);
    assert.equal(added("/api/passages/:id", 404), 1);
  });

  it("sends upgrade-insecure-requests and HSTS only to a request that came over HTTPS", async () => {
    const plain = await fetch(`${server.url}/`);
    assert.doesNotMatch(plain.headers.get("content-security-policy")!, /upgrade-insecure-requests/);
    assert.equal(plain.headers.get("strict-transport-security"), null);
    // TRUST_PROXY=loopback: the test is the proxy that says the client came over HTTPS.
    const proxied = await fetch(`${server.url}/`, { headers: { "x-forwarded-proto": "https" } });
    assert.match(proxied.headers.get("content-security-policy")!, /upgrade-insecure-requests/);
    assert.match(proxied.headers.get("strict-transport-security")!, /max-age=\d+/);
  });

  it("describes itself in OpenAPI 3.1 at /openapi.json, generated from the schemas it validates with", async () => {
    const { status, body } = await getJson(`${server.url}/openapi.json`);
    assert.equal(status, 200);
    assert.equal(body.openapi, "3.1.0");
    assert.deepEqual(Object.keys(body.paths).sort(), ["/api/brief", "/api/chat", "/api/health", "/api/passages/{id}", "/api/search", "/metrics", "/openapi.json", "/v1/chat/completions", "/v1/models", "/v1/models/{model}"]);
    const chat = body.paths["/api/chat"].post.requestBody.content["application/json"].schema;
    assert.deepEqual(chat.required, ["question"]);
    assert.equal(chat.properties.question.maxLength, 2000);
    assert.deepEqual(chat.properties.history.items.properties.role.enum, ["user", "assistant"]);
    const completion = body.paths["/v1/chat/completions"].post.requestBody.content["application/json"].schema;
    assert.equal(completion.properties.messages.maxItems, 60);
    assert.ok(completion.properties.stream_options);
    assert.deepEqual(body.paths["/api/search"].get.parameters.map((p: any) => [p.name, p.required, p.schema.maximum ?? null]), [["q", true, null], ["k", false, 50], ["entity", false, null], ["year", false, null]]);
    const error = body.paths["/v1/chat/completions"].post.responses["401"].content["application/json"].schema;
    assert.deepEqual(Object.keys(error.properties.error.properties), ["message", "type", "param", "code"]);
  });
});
