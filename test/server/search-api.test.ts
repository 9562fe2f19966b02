import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { getJson, startServer, type TestServer } from "../helpers/server.js";

describe("search API over the real submission and the bundled model", () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it("reports health with the passage count and the embedder", async () => {
    const { status, body } = await getJson(`${server.url}/api/health`);
    assert.equal(status, 200);
    assert.equal(body.status, "ok");
    assert.equal(body.passages, 45);
    assert.equal(body.embedder, "local:universal-sentence-encoder-lite:512");
    assert.equal(body.llm, "none");
  });

  it("returns passages whose source names the question, the section and the record", async () => {
    const { status, body } = await getJson(`${server.url}/api/search?q=${encodeURIComponent("Which partners work on the Tapajós project in Brazil?")}&k=5`);
    assert.equal(status, 200);
    assert.equal(body.results.length, 5);
    const tapajos = body.results.find((r: any) => r.source.record?.title === "Tapajós Project");
    assert.ok(tapajos, "the Tapajós record is among the results");
    assert.deepEqual(tapajos.source.record, { table: "initiative/partnership", index: 3, title: "Tapajós Project" });
    assert.equal(tapajos.source.question, 7);
    assert.equal(tapajos.source.document, "unodc-2024.txt");
    assert.equal(typeof tapajos.score, "number");
    assert.equal(tapajos.breadcrumb, "UNODC 2024 · Q7 · Initiative/Partnership 3: Tapajós Project");

    const transitions = await getJson(`${server.url}/api/search?q=${encodeURIComponent("solar energy for farmers in Afghanistan")}&k=3`);
    assert.equal(transitions.body.results[0].source.section, "2) Energy access and affordability");
    assert.equal(transitions.body.results[0].source.question, 5);
  });

  it("serves one passage by id and a JSON 404 for an unknown one", async () => {
    const search = await getJson(`${server.url}/api/search?q=homicide&k=1`);
    const id = search.body.results[0].id;
    const one = await getJson(`${server.url}/api/passages/${id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.id, id);
    assert.ok(one.body.breadcrumb.startsWith("UNODC 2024 · Q"));
    // A citation of the questionnaire's own question text is served by its id too.
    const chat = await fetch(`${server.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "How many key transitions has the UN defined?" }) });
    const cited = ((await chat.json()) as { citations: { id: string }[] }).citations[0]!;
    const form = await getJson(`${server.url}/api/passages/${encodeURIComponent(cited.id)}`);
    assert.equal(form.status, 200);
    assert.equal(form.body.breadcrumb, "UNODC 2024 · Q5 · Question");
    assert.equal(form.body.source.section, "Question");
    assert.match(form.body.text, /^The United Nations has defined six key transitions/);
    const missing = await getJson(`${server.url}/api/passages/..%2F..%2Fpackage.json`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, "not_found");
  });

  it("rejects a missing query or an out-of-range k with a JSON 400 naming the field", async () => {
    const noQuery = await getJson(`${server.url}/api/search`);
    assert.equal(noQuery.status, 400);
    assert.equal(noQuery.body.error.code, "invalid_request");
    assert.match(noQuery.body.error.message, /^q: /);
    const bigK = await getJson(`${server.url}/api/search?q=drugs&k=51`);
    assert.equal(bigK.status, 400);
    assert.match(bigK.body.error.message, /^k: must be at most 50/);
  });
});
