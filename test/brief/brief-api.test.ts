import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import mammoth from "mammoth";
import { pdfToText } from "../../src/ingest/pdf-to-text.js";
import { launchBrowser } from "../helpers/browser.js";
import { assertCutFromPassage, assertEveryBulletCited, bullets, countWords } from "../helpers/brief-checks.js";
import { postJson, startServer, type TestServer } from "../helpers/server.js";

const ID = (suffix: string) => `unodc-2024-${suffix}`;

describe("POST /api/brief: one-page notes cited bullet by bullet", () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it("briefs the whole submission on one page: 3-5 headlines, a theme heading per question, at most 450 words", async () => {
    const { status, body } = await postJson(`${server.url}/api/brief`, {});
    assert.equal(status, 200);
    assert.equal(body.title, "Briefing: UNODC 2024 submission");
    assert.ok(body.markdown.startsWith("# Briefing: UNODC 2024 submission\n"));
    const headings = body.markdown.split("\n").filter((l: string) => l.startsWith("## ")).map((l: string) => l.slice(3));
    assert.deepEqual(headings, ["Headlines", "Governing body decisions", "Coordination", "Events", "Resources", "Transitions", "Strategies", "Initiatives and partnerships"]);
    const sections = body.markdown.split("\n## ").slice(1);
    const headlines = bullets(sections[0]);
    assert.ok(headlines.length >= 3 && headlines.length <= 5, `${headlines.length} headlines`);
    // All seven questions are covered, each by a cited passage of its own question.
    const byN = new Map(body.citations.map((c: { n: number; source: { question: number } }) => [c.n, c.source.question]));
    // Headlines: a decision, then the best record of each table (an event, a publication, a partnership).
    const tableOf = new Map(body.citations.map((c: { n: number; source: { record?: { table: string } } }) => [c.n, c.source.record?.table]));
    const headlineN = headlines.map((b: string) => Number(/\[(\d+)\]$/.exec(b)![1]));
    assert.deepEqual(headlineN.map((n: number) => [byN.get(n), tableOf.get(n)]), [[1, undefined], [3, "event"], [4, "resource"], [7, "initiative/partnership"]]);
    sections.slice(1).forEach((section: string, i: number) => {
      assert.ok(bullets(section).length >= 1, section.slice(0, 40));
      for (const bullet of bullets(section)) assert.equal(byN.get(Number(/\[(\d+)\]$/.exec(bullet)![1])), i + 1, bullet);
    });
    assertEveryBulletCited(body);
    assertCutFromPassage(body);
    assert.ok(countWords(body.markdown) <= 450, `${countWords(body.markdown)} words`);
    for (const bullet of bullets(body.markdown)) assert.ok(countWords(bullet.replace(/(\s*\[\d+\])+$/, "")) <= 30, bullet);
    for (const fact of ["E/RES/2024/10", "13-17 May 2024", "Global Study on Homicide 2023", "14-15 March 2024; Vienna, Austria", "over 750 farmers in Putumayo"]) assert.ok(body.markdown.includes(fact), fact);
    // Preambles go: the passage says "In line with its mandate, UNODC supports countries…".
    assert.ok(body.markdown.includes("- UNODC supports countries to enhance drug use prevention"));
    assert.ok(!body.markdown.includes("In line with its mandate"));
    const texts = bullets(body.markdown);
    assert.equal(new Set(texts).size, texts.length, "no bullet repeated");
  });

  it('keeps the longer form with "full": more bullets, still cited and cut from their passages', async () => {
    const page = await postJson(`${server.url}/api/brief`, {});
    const { body } = await postJson(`${server.url}/api/brief`, { full: true });
    assert.ok(countWords(body.markdown) > 450 && countWords(body.markdown) <= 1200, `${countWords(body.markdown)} words`);
    assert.ok(bullets(body.markdown).length > bullets(page.body.markdown).length);
    assertEveryBulletCited(body);
    assertCutFromPassage(body);
  });

  it("prints the default brief on one A4 page from Chromium, the full one on more", async () => {
    const browser = await launchBrowser();
    try {
      const pages = async (request: object) => {
        const { body } = await postJson(`${server.url}/api/brief`, { ...request, format: "html" });
        const page = await browser.newPage();
        await page.setContent(body.html);
        const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
        await page.close();
        return (await pdfToText(pdf)).pages.length;
      };
      assert.equal(await pages({}), 1);
      assert.ok((await pages({ full: true })) >= 2);
    } finally {
      await browser.close();
    }
  });

  // Topics as staff phrase them; the passages each must cite, exactly (ids end in their content hash).
  const topics: [string, string[], RegExp?][] = [
    ["cybercrime and online child safety", ["63480ba76077", "0761e16aaa07", "9046c4dd7db1", "a6d2d5413ada"]], // Q5 digital connectivity ×3, Q6 violence against children
    ["SDG 14", ["6d091d1b802e", "4f3c43f68332"], /\bSDGs? (?:\d+, )*14\b/], // Q7's passages citing SDG 14 (fisheries guide; the SDGs 3, 5, 8, 14 and 17 list)
    ["Colombia", ["de457e9bda14", "7face0114c1a"], /Colombia/], // carbon credits (Thailand, Peru and Colombia); 750 farmers in Putumayo
    ["Afghanistan", ["7face0114c1a", "d706cf8f856e"], /Afghanistan/], // opium cultivation down 95%; solar energy
    ["narcotics", ["7ede9ec489b1", "db2b69381263", "5c8ea2aa5935", "3e79105b19b5", "7a02990cdc40"]], // a synonym: the corpus says "drugs" (Q6's repeat of Q1's declaration is briefed once)
    ["people smuggling", ["0761e16aaa07", "f2273dd02a36"]], // the corpus says "migrant smuggling"
    ["prisons and rehabilitation", ["74850c9e00b0", "a457a965eac9", "6bc033181592"]],
    ["CCPCJ", ["93c3de789267", "db2b69381263", "5c8ea2aa5935", "de7f902dbbb6"]], // an acronym the corpus spells out
    ["oceans and fisheries crime", ["39aa570010d6", "6d091d1b802e"]],
    ["corruption", ["de7f902dbbb6", "b894145f74fa", "01e5c5f1b73d", "b08428ee3ed1"], /corruption/i],
    ["drug policy", ["e5ff915f853d", "7a02990cdc40", "3e79105b19b5", "4540431b3b90", "deaafa4b5329", "c513e9d327a1", "579687e47309", "6d091d1b802e"]],
  ];
  for (const [topic, expected, everyBullet] of topics) {
    it(`briefs “${topic}” from exactly its passages`, async () => {
      const { body } = await postJson(`${server.url}/api/brief`, { topic });
      assert.equal(body.title, `Briefing on “${topic}”: UNODC 2024`);
      assert.deepEqual(body.citations.map((c: { id: string }) => c.id).sort(), expected.map(ID).sort());
      assertEveryBulletCited(body);
      assertCutFromPassage(body);
      if (everyBullet) for (const bullet of bullets(body.markdown)) assert.match(bullet, everyBullet);
    });
  }

  it("briefs cybercrime and online child safety from question 5's digital connectivity section", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { topic: "cybercrime and online child safety" });
    assert.deepEqual(body.citations.filter((c: { source: { section?: string } }) => c.source.section === "3) Digital connectivity").length, 3);
    assert.match(body.markdown, /Beware the Share campaign/);
  });

  it("briefs a topic that is one of the form's questions as that question's answer, a section per sub-section", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { topic: "how UNODC contributes to the six transitions" });
    const headings = body.markdown.split("\n").filter((l: string) => l.startsWith("## ")).map((l: string) => l.slice(3));
    assert.deepEqual(headings, ["Food systems", "Energy access and affordability", "Digital connectivity", "Education", "Jobs and social protection", "Climate change, biodiversity loss and pollution"]);
    for (const section of body.markdown.split("\n## ").slice(1)) assert.equal(bullets(section).length, 2, section.slice(0, 40));
    assert.ok(body.citations.every((c: { source: { question: number } }) => c.source.question === 5));
    assertEveryBulletCited(body);
    assert.ok(countWords(body.markdown) <= 450, `${countWords(body.markdown)} words`);
  });

  for (const topic of ["space debris", "nuclear disarmament"]) {
    it(`says nothing about “${topic}”, which the submission does not cover`, async () => {
      const { body } = await postJson(`${server.url}/api/brief`, { topic });
      assert.deepEqual(body.citations, []);
      assert.equal(body.markdown, `# Briefing on “${topic}”: UNODC 2024\n\nThe submission does not say anything about “${topic}”.`);
    });
  }

  it("gives a Word document whose bullets and sources are the JSON brief's", async () => {
    const json = (await postJson(`${server.url}/api/brief`, {})).body;
    const response = await fetch(`${server.url}/api/brief`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ format: "docx" }) });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assert.match(response.headers.get("content-disposition") ?? "", /^attachment; filename="?briefing-note\.docx"?$/);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await response.arrayBuffer()) });
    const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => decode(m[1]!));
    assert.deepEqual(headings, [...json.markdown.split("\n").filter((l: string) => l.startsWith("## ")).map((l: string) => l.slice(3)), "Sources"]);
    const lists = [...html.matchAll(/<(ul|ol)>(.*?)<\/\1>/g)];
    const items = (kind: string) => lists.filter((l) => l[1] === kind).flatMap((l) => [...l[2]!.matchAll(/<li>(.*?)<\/li>/g)].map((m) => decode(m[1]!)));
    assert.deepEqual(items("ul"), bullets(json.markdown).map((b) => b.slice(2)));
    const breadcrumbs = await Promise.all(json.citations.map(async (c: { id: string }) => (await (await fetch(`${server.url}/api/passages/${c.id}`)).json()).breadcrumb));
    assert.deepEqual(items("ol"), breadcrumbs);
    assert.match(html, /<p>Briefing: UNODC 2024 submission<\/p>|<h1>Briefing/);
  });

  it("gives print-friendly HTML on request, with no script and the sources' breadcrumbs", async () => {
    const { body } = await postJson(`${server.url}/api/brief`, { topic: "cybercrime", format: "html" });
    assert.match(body.html, /^<!doctype html>/);
    assert.match(body.html, /<h1>Briefing on “cybercrime”: UNODC 2024<\/h1>/);
    assert.match(body.html, /<li id="source-1"><strong>\[1\]<\/strong> UNODC 2024 · Q/);
    assert.match(body.html, /@page\{size:A4/);
    assert.doesNotMatch(body.html, /<script/i);
  });

  it("rejects bad input with a JSON 400 naming the field", async () => {
    const cases: [object, RegExp][] = [
      [{ topic: "x".repeat(201) }, /^topic: must be at most 200 characters/],
      [{ format: "pdf" }, /^format: must be "md", "html" or "docx"/],
      [{ full: "yes" }, /^full: must be true or false/],
      [{ filters: { year: "2024" } }, /^filters\.year: /],
      [{ filters: { country: "Peru" } }, /^filters: unknown filter "country" \(entity and year are known\)$/],
      [{ compare: [2024] }, /^compare: /],
      [{ compare: [2024, 2024] }, /^compare: must be two different years/],
    ];
    for (const [request, message] of cases) {
      const { status, body } = await postJson(`${server.url}/api/brief`, request);
      assert.equal(status, 400, JSON.stringify(request));
      assert.match(body.error.message, message);
    }
  });
});
