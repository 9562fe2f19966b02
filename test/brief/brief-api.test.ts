import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { postJson, startServer, type TestServer } from "../helpers/server.js";

function bullets(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("- "));
}

function assertEveryBulletCited(brief: { markdown: string; citations: { n: number }[] }) {
  const numbers = new Set(brief.citations.map((c) => c.n));
  for (const bullet of bullets(brief.markdown)) {
    assert.match(bullet, /\[\d+\]$/, `bullet ends with its citation: ${bullet.slice(-60)}`);
    for (const m of bullet.matchAll(/\[(\d+)\]/g)) assert.ok(numbers.has(Number(m[1])), `[${m[1]}] resolves to a returned passage`);
  }
  assert.deepEqual(brief.citations.map((c) => c.n), brief.citations.map((_, i) => i + 1));
}

describe("POST /api/brief: one-page notes cited bullet by bullet", () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it("briefs the whole submission: a heading per question, one to three cited bullets each, at most 1,200 words", async () => {
    const { status, body } = await postJson(`${server.url}/api/brief`, {});
    assert.equal(status, 200);
    assert.equal(body.title, "Briefing: UNODC 2024 submission");
    assert.ok(body.markdown.startsWith("# Briefing: UNODC 2024 submission\n"));
    const headings = body.markdown.split("\n").filter((l: string) => l.startsWith("## "));
    assert.deepEqual(headings.map((h: string) => /^## Question (\d):/.exec(h)?.[1]), ["1", "2", "3", "4", "5", "6", "7"]);
    const sections = body.markdown.split("\n## ").slice(1);
    for (const section of sections) {
      const count = bullets(section).length;
      assert.ok(count >= 1 && count <= 3, `1-3 bullets: ${section.slice(0, 40)}`);
    }
    assertEveryBulletCited(body);
    assert.ok(body.markdown.split(/\s+/).length <= 1200);
    for (const fact of ["E/RES/2024/10", "13-17 May 2024", "Global Study on Homicide 2023", "Project Turquesa", "Food systems"]) assert.ok(body.markdown.includes(fact), fact);
    const texts = bullets(body.markdown);
    assert.equal(new Set(texts).size, texts.length, "no bullet repeated");
  });

  for (const [topic, about] of [["cybercrime", /cybercrime/i], ["SDG 14", /\bSDGs? (\d+, )*(\d+ and )?14\b|SDG 14/], ["Colombia", /Colombia/]] as const) {
    it(`briefs only the passages about ${topic}`, async () => {
      const { body } = await postJson(`${server.url}/api/brief`, { topic });
      assert.equal(body.title, `Briefing on “${topic}”: UNODC 2024`);
      assert.ok(body.citations.length >= 1);
      for (const citation of body.citations) assert.match(citation.text, about, `cited passage is about ${topic}`);
      assertEveryBulletCited(body);
    });
  }

  it("says so when nothing is about the topic", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { topic: "space debris" });
    assert.deepEqual(body.citations, []);
    assert.match(body.markdown, /The submission does not say anything about “space debris”\./);
  });

  it("gives print-friendly HTML on request, with no script", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { topic: "cybercrime", format: "html" });
    assert.match(body.html, /^<!doctype html>/);
    assert.match(body.html, /<h1>Briefing on “cybercrime”: UNODC 2024<\/h1>/);
    assert.match(body.html, /<li id="source-1"><strong>\[1\]<\/strong> UNODC · Q/);
    assert.match(body.html, /@media print/);
    assert.doesNotMatch(body.html, /<script/i);
  });

  it("rejects a bad topic with a JSON 400 naming the field", async () => {
    const long = await postJson(`${server.url}/api/brief`, { topic: "x".repeat(201) });
    assert.equal(long.status, 400);
    assert.match(long.body.error.message, /^topic: must be at most 200 characters/);
    const format = await postJson(`${server.url}/api/brief`, { format: "pdf" });
    assert.equal(format.status, 400);
    assert.match(format.body.error.message, /^format: /);
  });
});
