import assert from "node:assert/strict";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { CORPUS_MORE_DIR, ROOT, tempDir } from "../helpers/fixtures.js";
import { postJson, startServer, type TestServer } from "../helpers/server.js";
import { assertCutFromPassage, assertEveryBulletCited, bullets } from "../helpers/brief-checks.js";

const MORE = CORPUS_MORE_DIR;

function sections(markdown: string): Map<string, string[]> {
  return new Map(markdown.split("\n## ").slice(1).map((block) => [block.split("\n")[0]!, bullets(block)]));
}

/** The ids a bullet cites. */
function cited(bullet: string, citations: { n: number; id: string }[]): string[] {
  return [...bullet.matchAll(/\[(\d+)\]/g)].map((m) => citations.find((c) => c.n === Number(m[1]))!.id);
}

describe("Briefs over several submissions: per entity, per topic across entities, what changed between years", () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = await tempDir();
    const corpus = path.join(dir, "corpus");
    await mkdir(corpus);
    await copyFile(path.join(ROOT, "corpus", "unodc-2024.txt"), path.join(corpus, "unodc-2024.txt"));
    // UNODC's 2021 opening does not state its year (the README of corpus-more says 2021): its file name does here.
    await copyFile(path.join(MORE, "UNODC-unknown-44139.txt"), path.join(corpus, "unodc-2021.txt"));
    await copyFile(path.join(MORE, "IOM-unknown-44214.txt"), path.join(corpus, "IOM-unknown-44214.txt"));
    server = await startServer({ CORPUS_DIR: corpus, INDEX_DIR: path.join(dir, "index") });
  });
  after(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("briefs one entity with filters, citing only its passages", async () => {
    const { status, body } = await postJson(`${server.url}/api/brief`, { filters: { entity: "IOM" } });
    assert.equal(status, 200);
    assert.equal(body.title, "Briefing: IOM submission");
    assert.ok(body.citations.length >= 2);
    for (const c of body.citations) assert.equal(c.source.entity, "IOM");
    assertEveryBulletCited(body);
    assertCutFromPassage(body);
    const unodc = await postJson(`${server.url}/api/brief`, { filters: { entity: "unodc", year: 2024 } });
    assert.equal(unodc.body.title, "Briefing: UNODC 2024 submission");
    assert.ok(unodc.body.citations.every((c: { id: string }) => c.id.startsWith("unodc-2024-")));
  });

  it("briefs a topic across entities with one section per submission", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { topic: "COVID-19 pandemic" });
    assert.equal(body.title, "Briefing on “COVID-19 pandemic”: all submissions");
    const parts = sections(body.markdown);
    assert.deepEqual([...parts.keys()].sort(), ["IOM", "UNODC 2021"]);
    for (const [label, list] of parts) {
      assert.ok(list.length >= 1, label);
      for (const bullet of list) for (const id of cited(bullet, body.citations)) assert.ok(id.startsWith(label === "IOM" ? "iom-" : "unodc-2021-"), `${bullet} cites its own submission`);
    }
    assertEveryBulletCited(body);
    assertCutFromPassage(body);
  });

  it("compares two years of one entity: new and continued, each bullet cited to its year's passage", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { compare: [2021, 2024], filters: { entity: "UNODC" } });
    assert.equal(body.title, "What changed from 2021 to 2024: UNODC");
    const parts = sections(body.markdown);
    assert.deepEqual([...parts.keys()], ["New in 2024", "Continued from 2021"]);
    for (const bullet of parts.get("New in 2024")!) assert.deepEqual(cited(bullet, body.citations).map((id) => id.slice(0, 10)), ["unodc-2024"]);
    for (const bullet of parts.get("Continued from 2021")!) assert.deepEqual(cited(bullet, body.citations).map((id) => id.slice(0, 10)), ["unodc-2024", "unodc-2021"]);
    assert.ok(body.citations.some((c: { id: string }) => c.id.startsWith("unodc-2021-")), "the earlier year is cited");
    assertEveryBulletCited(body);
    assertCutFromPassage(body);
  });

  it("says so when one of the years is not indexed, and needs one entity to compare", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { compare: [2023, 2024], filters: { entity: "UNODC" } });
    assert.deepEqual(body.citations, []);
    assert.equal(body.markdown, "# What changed from 2023 to 2024: UNODC\n\nUNODC's indexed submissions are from 2021 and 2024 only: there is none from 2023 to compare with.");
    const mixed = await postJson(`${server.url}/api/brief`, { compare: [2021, 2024] });
    assert.match(mixed.body.markdown, /several entities \(.*IOM.*\): name one in `filters.entity`/);
  });
});
