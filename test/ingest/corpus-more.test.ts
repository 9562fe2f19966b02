import assert from "node:assert/strict";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { ingestCorpus, listCorpus } from "../../src/ingest/ingest-corpus.js";
import { loadFile } from "../../src/ingest/load-file.js";
import { parseSubmission } from "../../src/ingest/parse-submission.js";
import { splitSentences } from "../../src/text/split-sentences.js";
import type { SubmissionDocument } from "../../src/ingest/submission.js";
import { CORPUS_MORE_DIR, tempDir } from "../helpers/fixtures.js";

const MORE = CORPUS_MORE_DIR;

/** What `test/fixtures/corpus-more/README.md` says each page is: entity, name on the page, year (null: not stated), questions, first answer sentence. */
const EXPECTED: [string, string, string, number | null, number[], string][] = [
  ["ECLAC-2021.txt", "ECLAC", "Economic Commission for Latin America and the Caribbean", 2021, [1, 2], "Latin America and the Caribbean has been the developing region most hard-hit by the Covid-19 pandemic over the reporting period."],
  ["ESCWA-unknown-44149.txt", "ESCWA", "United Nations Economic and Social Commission for Western Asia", null, [1], "The longer-than-expected effects of the COVID-19 pandemic impacted the planned work of the organization and, in 2021, the Commission continued to integrate pandemic-recovery perspectives into planned interventions across all relevant areas of its work, within the overall scope of its mandate and set objectives."],
  ["ESCWA-unknown-49113.txt", "ESCWA", "United Nations Economic and Social Commission for Western Asia", null, [1, 2], "As countries struggle to respond to shocks amidst shrinking fiscal space, work is increasingly focused on policy solutions for difficult financial contexts."],
  ["FAO-unknown-44217.txt", "FAO", "Food and Agriculture Organization", null, [1], "The UN system organizations is committed to collective and synergetic efforts to accelerate the implementation of the 2030 Agenda."],
  ["IOM-unknown-44214.txt", "IOM", "International Organization for Migration", null, [1], "The COVID-19 pandemic has presented great challenges from a mobility perspective and highlighted the importance of migration for prosperity, wellbeing and sustainable development around the globe."],
  ["IOM-unknown-49542.txt", "IOM", "International Organization for Migration", null, [1], "As outlined in IOM’s World Migration Report 2022, the pandemic reversed hard-won development gains and altered human mobility dynamics around the world, with continued disruptions to travel and mobility from ongoing border restrictions and increased displacement as just two examples among many."],
  ["IOM-unknown-54184.txt", "IOM", "International Organization for Migration", null, [1], "Today’s sobering picture of reversing SDG progress is a clarion call to redouble efforts to leave no one behind and overcome the triple planetary crisis – and to utilize every available solution to achieve this."],
  ["ITU-unknown-34613.txt", "ITU", "International Telecommunication Union", null, [1], "The International Telecommunication Union (ITU) is governed by the Plenipotentiary Conference and the Administrative Council."],
  ["UNECE-unknown-34584.txt", "UNECE", "United Nations Economic Commission for Europe", null, [1], "At its sixty-seventh session on 26-27th April 2017 (E/2017/37 E/ECE/1480), the Economic Commission for Europe decided to establish the Regional Forum on Sustainable Development for the region of the United Nations Economic Commission for Europe (UNECE), which while retaining its intergovernmental character, would serve as a regional mechanism to follow-up and review the implementation of the 2030 Agenda for Sustainable Development."],
  ["UNECE-unknown-49127.txt", "UNECE", "United Nations Economic Commission for Europe", null, [1], "The unprecedented crisis resulting from the COVID-19 pandemic has increased the challenges to sustainable development by reversing some of the progress made."],
  ["UNIDO-2021.txt", "UNIDO", "United Nations Industrial Development", 2021, [1, 2], "The pandemic and related containment measures have hit the industrial sector, a major employer and source of income, in various ways."],
  ["UNODC-unknown-44139.txt", "UNODC", "United Nations Office on Drugs and Crime", null, [1], "Rather than changing the priorities of the Office, the COVID-19 pandemic has made the challenges that UNODC assists Member States with more acute and, as a consequence, reinvigorated the Office’s efforts in responding to such challenges."],
];

function firstSentence(doc: SubmissionDocument): string {
  const first = doc.questions[0]!.paragraphs[0]!;
  return splitSentences(first.kind === "text" ? first.text : first.leadIn)[0]!.text.replace(/\s+/g, " ");
}

const parse = (document: string, text: string) => parseSubmission({ document, text, wrapped: false });

describe("other entities' real pages (test/fixtures/corpus-more)", () => {
  for (const [file, acronym, name, year, questions, sentence] of EXPECTED) {
    it(`parses ${file}: ${acronym}, ${year ?? "no year"}, questions ${questions.join(", ")}`, async () => {
      const doc = parseSubmission(await loadFile(MORE, file));
      assert.deepEqual(doc.entity, { name, acronym });
      assert.equal(doc.year ?? null, year);
      assert.deepEqual(doc.questions.map((q) => q.number), questions);
      assert.equal(firstSentence(doc), sentence);
      // The questionnaire's question is metadata, never answer text; the banner is no content.
      assert.ok(doc.questions.every((q) => q.paragraphs.every((p) => !(p.kind === "text" ? p.text : p.leadIn).includes(q.text.slice(0, 40)))));
      assert.equal(doc.paragraphs.length, 0, "nothing outside the questions");
    });
  }

  it("indexes every file, compact pages included, each passage carrying entity, name, year and a breadcrumb", async () => {
    const files = await listCorpus(MORE);
    const texts = files.filter((f) => f.file.endsWith(".txt"));
    const result = await ingestCorpus(MORE, texts);
    assert.deepEqual(result.warnings.filter((w) => w.includes("skipped")), []);
    assert.deepEqual([...new Set(result.passages.map((p) => p.source.document))].sort(), EXPECTED.map(([file]) => file).sort());
    const eclac = result.passages.find((p) => p.source.document === "ECLAC-2021.txt")!;
    assert.deepEqual([eclac.source.entity, eclac.source.entityName, eclac.source.year, eclac.source.question], ["ECLAC", "Economic Commission for Latin America and the Caribbean", 2021, 1]);
    assert.equal(eclac.breadcrumb, "ECLAC 2021 · Q1");
    const itu = result.passages.find((p) => p.source.document === "ITU-unknown-34613.txt")!;
    assert.equal(itu.source.year, undefined);
    assert.equal(itu.breadcrumb, "ITU · Q1");
    // The warning says where each year came from, or that there is none.
    assert.ok(result.warnings.includes(`warning: ECLAC-2021.txt: year 2021 from the questionnaire's wording ("In 2020/2021" in question 2); the page has no "Year of submission"`));
    assert.ok(result.warnings.includes(`warning: ITU-unknown-34613.txt: no year: neither the page ("Year of submission", the questionnaire's wording) nor the file name states it`));
  });
});

const ESCWA_BODY = [
  "United Nations Economic and Social Commission for Western Asia (ESCWA)",
  "",
  "1. How has the COVID-19 pandemic changed the priorities of your organization?",
  "",
  "The Commission continued to integrate pandemic-recovery perspectives into planned interventions.",
  "",
  "Year of submission: 2021",
].join("\n");

describe("page forms", () => {
  it("drops the site banner in any interface language", () => {
    const english = parse("escwa-en.txt", `Sorry, you need to enable JavaScript to visit this website.\nUnited Nations Department of Economic and Social Affairs Sustainable Development\n\n${ESCWA_BODY}`);
    const chinese = parse("escwa-zh.txt", `抱歉，您需要启用 JavaScript 才能访问本网站。\n联合国经济和社会事务部 可持续发展\n\n${ESCWA_BODY}`);
    const arabic = parse("escwa-ar.txt", `عذراً، يجب تمكين JavaScript لزيارة هذا الموقع.\nإدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة التنمية المستدامة\n\n${ESCWA_BODY}`);
    for (const doc of [english, chinese, arabic]) {
      assert.deepEqual(doc.entity, { name: "United Nations Economic and Social Commission for Western Asia", acronym: "ESCWA" });
      assert.equal(doc.year, 2021);
      assert.deepEqual(doc.warnings, []);
      assert.deepEqual(doc.paragraphs, []);
      assert.deepEqual(doc.questions.map((q) => q.paragraphs.map((p) => p.kind === "text" && p.text)), [["The Commission continued to integrate pandemic-recovery perspectives into planned interventions."]]);
    }
  });

  it("reads a compact page (single line breaks) line by line, from the entity's name", () => {
    const doc = parse("unhabitat-2025.txt", [
      "United Nations Human Settlements Programme (UN-Habitat)",
      "1.From November 2024 to October 2025, has the governing body of your organization taken any decisions? (max 200 words)",
      "The Assembly adopted a new strategic plan.",
      "It guides the work until 2029.",
      "3. Please list the events your organization organized (max 150 words)",
      "The World Urban Forum met in Cairo.",
    ].join("\n"));
    assert.deepEqual(doc.entity, { name: "United Nations Human Settlements Programme", acronym: "UN-Habitat" });
    assert.equal(doc.year, 2025);
    assert.deepEqual(doc.warnings, [`year 2025 from the questionnaire's wording ("From November 2024 to October 2025" in question 1); the page has no "Year of submission"`]);
    // Numbering with a gap keeps its own numbers; a question is known by its "?" or its length note.
    assert.deepEqual(doc.questions.map((q) => q.number), [1, 3]);
    assert.deepEqual(doc.questions.map((q) => q.paragraphs.map((p) => p.kind === "text" && p.text)), [["The Assembly adopted a new strategic plan.", "It guides the work until 2029."], ["The World Urban Forum met in Cairo."]]);
  });

  it("reads `1.  `, `Q1.` and `During 2024,` and tells numbered answer lines from questions", () => {
    const doc = parse("x.txt", [
      "World Food Programme (WFP)",
      "Q1.  How have the crises changed the priorities of your organization?",
      "2. The Programme reached 150 million people.",
      "Q2. During 2024, what actions have your entities taken to improve coordination?",
      "The Programme chaired the working group.",
    ].join("\n\n"));
    assert.deepEqual(doc.questions.map((q) => q.number), [1, 2]);
    assert.deepEqual(doc.questions[0]!.paragraphs.map((p) => p.kind === "text" && p.text), ["2. The Programme reached 150 million people."]);
    assert.equal(doc.year, 2024);
    assert.equal(doc.entity?.acronym, "WFP");
  });

  it("takes the year from the file name when the page does not say it, and says so", () => {
    const doc = parse("fao-2023.txt", "Food and Agriculture Organization (FAO)\n\n1. What did you do?\n\nFAO trained 300 statisticians.");
    assert.equal(doc.year, 2023);
    assert.deepEqual(doc.warnings, [`year 2023 from the file name; neither "Year of submission" nor the questionnaire's wording states it`]);
  });

  it("falls back to paragraphs with a warning that says so", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "notes.md"), "Some notes on the meeting.\n\nThe budget was discussed at length.");
    const result = await ingestCorpus(dir, await listCorpus(dir));
    assert.equal(result.passages.length, 2);
    assert.ok(result.warnings.includes("warning: notes.md: no numbered questions recognised: indexed as plain paragraphs"));
  });
});

describe("duplicate files", () => {
  it("indexes a file whose content is already indexed under another name once, with a warning naming both", async () => {
    const dir = await tempDir();
    await copyFile(path.join(MORE, "IOM-unknown-44214.txt"), path.join(dir, "IOM-unknown-44214.txt"));
    await copyFile(path.join(MORE, "IOM-unknown-44214.txt"), path.join(dir, "zz-iom-copy.txt"));
    // The same page saved with other line endings is the same content.
    await writeFile(path.join(dir, "zz-iom-crlf.txt"), (await readFile(path.join(MORE, "IOM-unknown-44214.txt"), "utf8")).replace(/\n/g, "\r\n"));
    const single = await ingestCorpus(MORE, (await listCorpus(MORE)).filter((f) => f.file === "IOM-unknown-44214.txt"));
    const result = await ingestCorpus(dir, await listCorpus(dir));
    assert.equal(result.passages.length, single.passages.length);
    assert.deepEqual(new Set(result.passages.map((p) => p.source.document)), new Set(["IOM-unknown-44214.txt"]));
    assert.deepEqual(result.warnings.filter((w) => w.includes("same content")), [
      "warning: skipped zz-iom-copy.txt: same content as IOM-unknown-44214.txt, which is indexed instead",
      "warning: skipped zz-iom-crlf.txt: same content as IOM-unknown-44214.txt, which is indexed instead",
    ]);
  });
});
