import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { UN_HABITAT_FILE, writeMultiEntityCorpus } from "../helpers/second-entity.js";
import { getJson, postJson, postSse, startServer, type TestServer } from "../helpers/server.js";

const cited = (body: any) => body.citations.map((c: any) => c.source.entity);

describe("a corpus of several entities and years, over HTTP", () => {
  let server: TestServer;
  before(async () => {
    const corpus = await writeMultiEntityCorpus();
    server = await startServer({ CORPUS_DIR: corpus, INDEX_DIR: path.join(await tempDir("sa-multi-index-"), "index") });
  });
  after(async () => {
    await server?.stop();
  });

  it("lists every document with its entity, name, year, passages, questions and warnings", async () => {
    const { status, body } = await getJson(`${server.url}/api/documents`);
    assert.equal(status, 200);
    const byFile = new Map(body.documents.map((d: any) => [d.document, d]));
    assert.deepEqual([...byFile.keys()].sort(), ["ECLAC-2021.txt", "habitat-report.txt", UN_HABITAT_FILE, SUBMISSION, "zz-copy-of-habitat.txt"].sort());
    const duplicate = "warning: skipped zz-copy-of-habitat.txt: same content as un-habitat-2025.txt, which is indexed instead";
    assert.deepEqual(byFile.get(UN_HABITAT_FILE), {
      document: UN_HABITAT_FILE, entity: "UN-Habitat", entityName: "United Nations Human Settlements Programme", year: 2025, passages: 6, questions: [1, 2, 3], warnings: [duplicate],
    });
    assert.deepEqual(byFile.get("zz-copy-of-habitat.txt"), { document: "zz-copy-of-habitat.txt", entity: null, entityName: null, year: null, passages: 0, questions: [], warnings: [duplicate] });
    assert.deepEqual(byFile.get("habitat-report.txt"), {
      document: "habitat-report.txt", entity: "UN-Habitat", entityName: "United Nations Human Settlements Programme", year: 2024, passages: 1, questions: [1],
      warnings: [`warning: habitat-report.txt: year 2024 from the questionnaire's wording ("During 2024" in question 1); the page has no "Year of submission"`],
    });
    const unodc = byFile.get(SUBMISSION) as any;
    assert.deepEqual([unodc.entity, unodc.entityName, unodc.year, unodc.passages, unodc.questions, unodc.warnings], ["UNODC", "United Nations Office on Drugs and Crime", 2024, 45, [1, 2, 3, 4, 5, 6, 7], []]);
    const eclac = byFile.get("ECLAC-2021.txt") as any;
    assert.deepEqual([eclac.entity, eclac.year, eclac.passages, eclac.questions], ["ECLAC", 2021, 3, [1]]);
    const health = await getJson(`${server.url}/api/health`);
    assert.equal(health.body.passages, 45 + 6 + 1 + 3);
  });

  it("lists only the named entity's records", async () => {
    const habitat = await postJson(`${server.url}/api/chat`, { question: "Which events did UN-Habitat organize?" });
    assert.equal(habitat.status, 200);
    assert.deepEqual(habitat.body.citations.map((c: any) => c.source.record.title), ["Twelfth session of the World Urban Forum", "Resumed session of the UN-Habitat Assembly"]);
    assert.match(habitat.body.answer, /^The UN-Habitat 2025 submission lists 2 events:/);
    const unodc = await postJson(`${server.url}/api/chat`, { question: "Which events did UNODC organize?" });
    assert.deepEqual(cited(unodc.body), ["UNODC", "UNODC", "UNODC"]);
    assert.match(unodc.body.answer, /^The UNODC 2024 submission lists 3 events:/);
  });

  it("lists a whole table of several entities entity by entity, each cited", async () => {
    const { body } = await postJson(`${server.url}/api/chat`, { question: "Which events were organized?" });
    const lines = body.answer.split("\n").filter((line: string) => line.startsWith("- "));
    assert.deepEqual(lines.map((line: string) => line.split(":")[0]), ["- UN-Habitat", "- UNODC"]);
    assert.deepEqual(cited(body), ["UN-Habitat", "UN-Habitat", "UNODC", "UNODC", "UNODC"]);
  });

  it("answers a question across entities with one cited line per entity", async () => {
    const { body } = await postJson(`${server.url}/api/chat`, { question: "Which entities mention cybercrime?" });
    assert.equal(body.abstained, false);
    const lines = body.answer.split("\n");
    assert.equal(lines.length, 2);
    for (const line of lines) {
      const [, entity, n] = /^- ([\w-]+): .*\bcybercrime\b.*\[(\d)\]$/i.exec(line) ?? [];
      assert.ok(entity, `a cited line per entity: ${line}`);
      assert.equal(body.citations[Number(n) - 1].source.entity, entity);
    }
    assert.deepEqual(lines.map((line: string) => line.split(":")[0]).sort(), ["- UN-Habitat", "- UNODC"]);

    const each = await postJson(`${server.url}/api/chat`, { question: "What do UNODC and UN-Habitat each say about cybercrime?" });
    assert.deepEqual(each.body.answer.split("\n").map((line: string) => line.split(":")[0]), ["- UNODC", "- UN-Habitat"]);
    assert.deepEqual(cited(each.body), ["UNODC", "UN-Habitat"]);
  });

  it("answers across one entity's years with one cited line per year", async () => {
    const { body } = await postJson(`${server.url}/api/chat`, { question: "How did UN-Habitat's answer on its governing body change from 2024 to 2025?" });
    const lines = body.answer.split("\n");
    assert.deepEqual(lines.map((line: string) => line.split(":")[0]), ["- 2024", "- 2025"]);
    assert.deepEqual(body.citations.map((c: any) => [c.source.entity, c.source.year]), [["UN-Habitat", 2024], ["UN-Habitat", 2025]]);
    assert.match(lines[0], /Executive Board, the governing body of the Programme, decided to prepare a new strategic plan/);
    assert.match(lines[1], /UN-Habitat Assembly, the governing body of the Programme, decided to adopt the Strategic Plan 2026-2029/);
  });

  it("routes a question that names an entity or a year, and names the entity an unnamed answer quotes", async () => {
    const named = await postJson(`${server.url}/api/chat`, { question: "What did UN-Habitat's governing body decide in 2025?" });
    assert.deepEqual(cited(named.body), ["UN-Habitat"]);
    assert.equal(named.body.citations[0].source.year, 2025);
    assert.match(named.body.answer, /^UN-Habitat 2025: In May 2025, the UN-Habitat Assembly, the governing body of the Programme, decided to adopt the Strategic Plan 2026-2029/);
    const unnamed = await postJson(`${server.url}/api/chat`, { question: "When did the 33rd CCPCJ session take place?" });
    assert.equal(unnamed.body.answer, "UNODC 2024: 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
    // The questionnaire's question is never the answer.
    assert.doesNotMatch(named.body.answer, /has the governing body of your organization taken any decisions/);
    // A name with a figure ("COVID-19") that the encoder barely reads is found by its words.
    const covid = await postJson(`${server.url}/api/chat`, { question: "What did ECLAC say about COVID-19?" });
    assert.equal(covid.body.abstained, false);
    assert.match(covid.body.answer, /^ECLAC 2021: Latin America and the Caribbean has been the developing region most hard-hit by the Covid-19 pandemic/);
    assert.equal(covid.body.citations[0].source.document, "ECLAC-2021.txt");
  });

  it("honours filters on chat, streamed chat, search and brief", async () => {
    const byName = await postJson(`${server.url}/api/chat`, { question: "Which events were organized?", filters: { entity: "United Nations Human Settlements Programme" } });
    assert.deepEqual(cited(byName.body), ["UN-Habitat", "UN-Habitat"]);
    const byYear = await postJson(`${server.url}/api/chat`, { question: "Which events were organized?", filters: { year: [2024] } });
    assert.deepEqual(cited(byYear.body), ["UNODC", "UNODC", "UNODC"]);
    const nothing = await postJson(`${server.url}/api/chat`, { question: "Which events were organized?", filters: { entity: "ECLAC" } });
    assert.equal(nothing.body.abstained, true);
    assert.deepEqual(nothing.body.citations, []);
    const streamed = await postSse(`${server.url}/api/chat`, { question: "Which events were organized?", stream: true, filters: { entity: ["UN-Habitat"] } });
    const done = streamed.events.find((e) => e.event === "done")!.data;
    assert.equal(done.answer, byName.body.answer);
    assert.equal(streamed.events.filter((e) => e.event === "token").map((e) => e.data.text).join(""), done.answer);

    const search = await getJson(`${server.url}/api/search?q=${encodeURIComponent("governing body decisions")}&k=10&entity=UN-Habitat`);
    assert.equal(search.status, 200);
    assert.deepEqual([...new Set(search.body.results.map((r: any) => r.source.entity))], ["UN-Habitat"]);
    assert.equal(search.body.results.length, 7);
    const twoEntities = await getJson(`${server.url}/api/search?q=pandemic&k=50&entity=ECLAC&entity=UNODC&year=2021`);
    assert.deepEqual(twoEntities.body.results.map((r: any) => r.source.document).sort(), ["ECLAC-2021.txt", "ECLAC-2021.txt", "ECLAC-2021.txt"]);
    const badYear = await getJson(`${server.url}/api/search?q=pandemic&year=soon`);
    assert.equal(badYear.status, 400);
    assert.match(badYear.body.error.message, /^year/);

    const brief = await postJson(`${server.url}/api/brief`, { filters: { entity: "UN-Habitat", year: 2025 } });
    assert.equal(brief.status, 200);
    assert.ok(brief.body.citations.length > 0);
    assert.deepEqual([...new Set(brief.body.citations.map((c: any) => `${c.source.entity} ${c.source.year}`))], ["UN-Habitat 2025"]);
  });

  it("refuses malformed filters with a 400 naming the field", async () => {
    const wrongType = await postJson(`${server.url}/api/chat`, { question: "Which events?", filters: { entity: 5 } });
    assert.equal(wrongType.status, 400);
    assert.match(wrongType.body.error.message, /^filters\.entity: must be a string or a list of strings/);
    const unknown = await postJson(`${server.url}/api/chat`, { question: "Which events?", filters: { country: "Kenya" } });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /^filters: unknown filter "country"/);
    const year = await postJson(`${server.url}/api/brief`, { filters: { year: "2024" } });
    assert.equal(year.status, 400);
    assert.match(year.body.error.message, /^filters\.year: /);
  });
});
