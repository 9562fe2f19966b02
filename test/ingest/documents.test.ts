import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { openAssistant } from "../../src/app/open-assistant.js";
import { readPrompts } from "../../src/compose/prompts.js";
import { readConfig } from "../../src/config.js";
import { LocalEmbeddings } from "../../src/embed/local-embeddings.js";
import { ingestCorpus, listCorpus } from "../../src/ingest/ingest-corpus.js";
import { loadFile } from "../../src/ingest/load-file.js";
import { parseSubmission } from "../../src/ingest/parse-submission.js";
import type { FormRecord } from "../../src/ingest/submission.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";

/** Warnings other than where a file's entity and year came from (issue 15 says those for every file). */
const notMetadata = (warning: string) => !/: (no year: |year \d{4} from |entity .+ from the file name)/.test(warning);

const fields = (record: FormRecord) => record.fields.map((field) => [field.label, field.value]);

const EVENTS_HTML = `<!doctype html><html lang="en"><head><title>Events</title><style>td{color:red}</style></head><body>
<h1>Events of the Office for Water Crime Studies</h1>
<p>The Office held three regional events in 2024 with partners in Gr&uuml;nwald, costing &euro;40,000 &copy; the Office&#8212;all open to the public.<sup>2</sup></p>
<table>
  <thead><tr><th>Event</th><th>Dates</th><th>City</th><th>SDGs</th></tr></thead>
  <tbody>
    <tr><td>Regional Forum on Water Crime</td><td>14-16 May 2024</td><td>Nairobi, Kenya</td><td>6, 14, 16</td></tr>
    <tr><td>Youth Summit on Rivers</td><td>2-3 June 2024</td><td>Lima, Peru</td><td>4, 6</td></tr>
    <tr><td>Coastal Policing Workshop</td><td>9 October 2024</td><td>Manila, Philippines</td><td>14</td></tr>
  </tbody>
</table>
<h2>Project Delta</h2>
<table><tr><th>Lead entity</th><td>Office for Water Crime Studies</td></tr><tr><th>Partners</th><td>River Police<br>Delta Fishers Union</td></tr><tr><th>Budget</th><td>USD 2 million</td></tr></table>
<p>The project works along three lines:</p>
<ul><li>patrols on the river<ul><li>night patrols in the dry season</li></ul></li><li>training of fishers</li></ul>
</body></html>`;

const EVENTS_MD = `# Events of the Office for Water Crime Studies

The Office held three regional events in 2024, open to the public.[^2] Its work is described in the annual report [3].

| Event | Dates | City | SDGs |
| --- | --- | --- | --- |
| Regional Forum on Water Crime | 14-16 May 2024 | Nairobi, Kenya | 6, 14, 16 |
| Youth Summit on **Rivers** | 2-3 June 2024 | Lima, Peru | 4, 6 |
| Coastal Policing Workshop | 9 October 2024 | Manila, Philippines | 14 |

## Funding

The events were funded by the Water Crime Trust Fund.

[^2]: Registration was required.
`;

const cell = (text: string) => new TableCell({ children: text.split("\n").map((line) => new Paragraph(line)) });
const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });

async function questionnaireDocx(): Promise<Buffer> {
  const question = (text: string, heading = false) =>
    new Paragraph({ text, numbering: { reference: "questions", level: 0 }, ...(heading ? { heading: HeadingLevel.HEADING_2 } : {}) });
  const doc = new Document({
    numbering: { config: [{ reference: "questions", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
    sections: [{
      children: [
        new Paragraph("Office for Water Crime Studies (OWCS)"),
        new Paragraph("Year of submission: 2024"),
        question("In the past year, has your organization taken any decisions to advance the 2030 Agenda? Please mention them."),
        new Paragraph("In 2024, the Board adopted a strategy on water crime and a policy on river patrols."),
        new Paragraph("The strategy commits the Office to:"),
        new Paragraph({ text: "train 300 river police officers;", bullet: { level: 0 } }),
        new Paragraph({ text: "publish yearly data on water crime.", bullet: { level: 0 } }),
        question("Has your organization organized any events that contributed to the SDGs? Please describe them.", true),
        new Paragraph("Please copy the below table to fill out for each event:"),
        new Table({ rows: [row("Event Name", "Regional Forum on Water Crime"), row("Event Dates", "14-16 May 2024"), row("Event Location (City, Country)", "Nairobi, Kenya"), row("Relevant SDGs", "6, 14, 16")] }),
        new Paragraph(""),
        new Table({ rows: [row("Event Name", "Youth Summit on Rivers"), row("Event Dates", "2-3 June 2024"), row("Event Location (City, Country)", "Lima, Peru"), row("Relevant SDGs", "4, 6")] }),
        question("Which partners did your organization work with? Please provide their names."),
        new Table({ rows: [row("Partner", "Country", "Since"), row("River Police", "Kenya", "2019"), row("Delta Fishers Union", "Peru\nBolivia", "2022")] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

describe("Word, HTML and Markdown files as people have them", () => {
  it("reads a Word questionnaire: numbered questions, a heading question, form tables, a header-row table, a list with its lead-in", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "owcs-2024.docx"), await questionnaireDocx());
    const doc = parseSubmission(await loadFile(dir, "owcs-2024.docx"));
    assert.deepEqual(doc.entity, { name: "Office for Water Crime Studies", acronym: "OWCS" });
    assert.equal(doc.year, 2024);
    assert.deepEqual(doc.questions.map((q) => [q.number, q.text]), [
      [1, "In the past year, has your organization taken any decisions to advance the 2030 Agenda? Please mention them."],
      [2, "Has your organization organized any events that contributed to the SDGs? Please describe them."],
      [3, "Which partners did your organization work with? Please provide their names."],
    ]);
    assert.deepEqual(doc.questions[0]!.paragraphs.map((p) => (p.kind === "list" ? [p.leadIn, p.items] : p.text)), [
      "In 2024, the Board adopted a strategy on water crime and a policy on river patrols.",
      ["The strategy commits the Office to:", ["train 300 river police officers;", "publish yearly data on water crime."]],
    ]);
    const [events] = doc.questions[1]!.tables;
    assert.equal(events!.kind, "event");
    assert.deepEqual(events!.records.map((r) => [r.index, r.title, fields(r)]), [
      [1, "Regional Forum on Water Crime", [["Event Name", "Regional Forum on Water Crime"], ["Event Dates", "14-16 May 2024"], ["Event Location (City, Country)", "Nairobi, Kenya"], ["Relevant SDGs", "6, 14, 16"]]],
      [2, "Youth Summit on Rivers", [["Event Name", "Youth Summit on Rivers"], ["Event Dates", "2-3 June 2024"], ["Event Location (City, Country)", "Lima, Peru"], ["Relevant SDGs", "4, 6"]]],
    ]);
    const [partners] = doc.questions[2]!.tables;
    assert.equal(partners!.kind, "partner");
    assert.deepEqual(partners!.records.map((r) => fields(r)), [
      [["Partner", "River Police"], ["Country", "Kenya"], ["Since", "2019"]],
      [["Partner", "Delta Fishers Union"], ["Country", "Peru\nBolivia"], ["Since", "2022"]],
    ]);
    const { passages, warnings } = await ingestCorpus(dir, await listCorpus(dir));
    assert.deepEqual(warnings.filter(notMetadata), []);
    assert.equal(passages.find((p) => p.source.record?.title === "Youth Summit on Rivers")?.breadcrumb, "OWCS 2024 · Q2 · Event 2: Youth Summit on Rivers");
  });

  it("reads HTML with a real parser: every entity, header-row and first-column tables as records, nested lists, no footnote marks", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "events.html"), EVENTS_HTML);
    const loaded = await loadFile(dir, "events.html");
    assert.match(loaded.text, /partners in Grünwald, costing €40,000 © the Office—all open to the public\.\n/);
    const doc = parseSubmission(loaded);
    const [events, project] = doc.tables!;
    assert.equal(events!.kind, "event");
    assert.deepEqual(events!.records.map((r) => [r.title, fields(r)]), [
      ["Regional Forum on Water Crime", [["Event", "Regional Forum on Water Crime"], ["Dates", "14-16 May 2024"], ["City", "Nairobi, Kenya"], ["SDGs", "6, 14, 16"]]],
      ["Youth Summit on Rivers", [["Event", "Youth Summit on Rivers"], ["Dates", "2-3 June 2024"], ["City", "Lima, Peru"], ["SDGs", "4, 6"]]],
      ["Coastal Policing Workshop", [["Event", "Coastal Policing Workshop"], ["Dates", "9 October 2024"], ["City", "Manila, Philippines"], ["SDGs", "14"]]],
    ]);
    assert.equal(project!.section, "Project Delta");
    assert.deepEqual(fields(project!.records[0]!), [["Lead entity", "Office for Water Crime Studies"], ["Partners", "River Police\nDelta Fishers Union"], ["Budget", "USD 2 million"]]);
    const list = doc.paragraphs.find((p) => p.kind === "list");
    assert.deepEqual(list && list.kind === "list" ? [list.leadIn, list.items] : undefined, [
      "The project works along three lines:",
      ["patrols on the river", "night patrols in the dry season", "training of fishers"],
    ]);
    const { passages } = await ingestCorpus(dir, await listCorpus(dir));
    assert.deepEqual(passages.filter((p) => p.source.record).map((p) => p.breadcrumb), [
      "EVENTS · Events of the Office for Water Crime Studies · Event 1: Regional Forum on Water Crime",
      "EVENTS · Events of the Office for Water Crime Studies · Event 2: Youth Summit on Rivers",
      "EVENTS · Events of the Office for Water Crime Studies · Event 3: Coastal Policing Workshop",
      "EVENTS · Project Delta · Lead entity 1: Office for Water Crime Studies",
    ]);
    for (const passage of passages) assert.doesNotMatch(passage.text, /\[\d+\]|<|&\w+;/, passage.breadcrumb);
  });

  it("reads Markdown with a real parser: a pipe table as one record per row, headings as sections, footnote marks out", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "events.md"), EVENTS_MD);
    const doc = parseSubmission(await loadFile(dir, "events.md"));
    assert.deepEqual(doc.tables!.map((t) => [t.kind, t.section, t.records.map((r) => fields(r)[1])]), [
      ["event", "Events of the Office for Water Crime Studies", [["Dates", "14-16 May 2024"], ["Dates", "2-3 June 2024"], ["Dates", "9 October 2024"]]],
    ]);
    assert.equal(doc.tables![0]!.records[1]!.title, "Youth Summit on Rivers");
    const { passages } = await ingestCorpus(dir, await listCorpus(dir));
    assert.deepEqual(passages.map((p) => p.text), [
      "The Office held three regional events in 2024, open to the public. Its work is described in the annual report (3).",
      "The events were funded by the Water Crime Trust Fund.",
      "(2): Registration was required.",
      "Event: Regional Forum on Water Crime\nDates: 14-16 May 2024\nCity: Nairobi, Kenya\nSDGs: 6, 14, 16",
      "Event: Youth Summit on Rivers\nDates: 2-3 June 2024\nCity: Lima, Peru\nSDGs: 4, 6",
      "Event: Coastal Policing Workshop\nDates: 9 October 2024\nCity: Manila, Philippines\nSDGs: 14",
    ]);
    assert.equal(passages[1]!.source.section, "Funding");
  });

  it("strips control characters and terminal escapes anywhere in a text file, and quotes a file name that could forge a line", async () => {
    const dir = await tempDir();
    const filler = "The Office trained 600 facilitators in 26 countries. ".repeat(200);
    await writeFile(path.join(dir, "notes.txt"), `${filler}\n\nThe \x1b[31mred\x1b[0m alert\x07 rang\x00 twice in 2024.`);
    await writeFile(path.join(dir, "bad\nwarning: skipped everything.txt"), "");
    await writeFile(path.join(dir, "\x1b[2J\nforged.txt"), "The forged file has one sentence.");
    const { passages, warnings } = await ingestCorpus(dir, await listCorpus(dir));
    assert.equal(passages.find((p) => p.text === "The forged file has one sentence.")?.breadcrumb, " [2J forged.txt");
    assert.ok(passages.some((p) => p.text === "The red alert rang twice in 2024."));
    assert.ok(passages.every((p) => !/[\x00-\x08\x0b-\x1f\x7f]/.test(p.text)));
    assert.deepEqual(warnings.filter(notMetadata), [
      'warning: "\\u001b[2J\\nforged.txt": no numbered questions recognised: indexed as plain paragraphs',
      'warning: skipped "bad\\nwarning: skipped everything.txt": empty file',
      "warning: notes.txt: no numbered questions recognised: indexed as plain paragraphs",
    ]);
  });
});

describe("a file with text is never skipped whole", () => {
  it("reads questions with no answer text as plain paragraphs, and says so", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "blank-form.txt"), "1. What did your office do in 2024? Please describe.\n\n2. Where did it work? Please list the countries.\n");
    const { passages, warnings } = await ingestCorpus(dir, await listCorpus(dir));
    assert.deepEqual(warnings.filter(notMetadata), ["warning: blank-form.txt: its questions have no answer text; read as plain paragraphs"]);
    assert.deepEqual(passages.map((p) => p.text), ["1. What did your office do in 2024? Please describe.", "2. Where did it work? Please list the countries."]);
  });

  it("warns about what a Word file held that could not be read, and indexes the rest", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "broken.docx"), "PK\u0003\u0004 not a zip");
    await writeFile(path.join(dir, "good.docx"), await questionnaireDocx());
    const { passages, warnings } = await ingestCorpus(dir, await listCorpus(dir));
    assert.equal(warnings.filter(notMetadata).length, 1);
    assert.match(warnings.filter(notMetadata)[0]!, /^warning: skipped broken\.docx: not a readable Word document \(/);
    assert.ok(passages.length > 0 && passages.every((p) => p.source.document === "good.docx"));
  });
});

describe("answers from an HTML table and from a Markdown table", () => {
  const embedder = new LocalEmbeddings();
  after(() => embedder.close());

  for (const [file, content] of [["events.html", EVENTS_HTML], ["events.md", EVENTS_MD]] as const) {
    it(`answers the dates of one row of ${file}, cited to that row`, async () => {
      const dir = await tempDir();
      const corpus = path.join(dir, "corpus");
      await mkdir(corpus);
      await writeFile(path.join(corpus, file), content);
      const config = readConfig({ CORPUS_DIR: corpus, INDEX_DIR: path.join(dir, "index"), PROMPTS_DIR: path.join(ROOT, "prompts"), LLM_MODEL: "" });
      const { assistant } = await openAssistant({ config, embedder, prompts: await readPrompts(config.promptsDir), log: () => undefined });
      const { result } = await assistant.ask({ question: "When was the Regional Forum on Water Crime held?", history: [] });
      assert.equal(result.abstained, false);
      assert.equal(result.answer, "Regional Forum on Water Crime — Dates: 14-16 May 2024 [1]");
      assert.deepEqual(result.citations.map((c) => [c.n, c.source.document, c.source.record?.title]), [[1, file, "Regional Forum on Water Crime"]]);
    });
  }
});
