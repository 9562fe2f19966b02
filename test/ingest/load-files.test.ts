import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { ingestCorpus, listCorpus } from "../../src/ingest/ingest-corpus.js";
import { loadFile } from "../../src/ingest/load-file.js";
import { parseSubmission } from "../../src/ingest/parse-submission.js";
import { fieldValue } from "../../src/ingest/submission.js";
import { makePdf } from "../helpers/make-pdf.js";
import { readSubmission, tempDir } from "../helpers/fixtures.js";

describe("loading by file type", () => {
  it("parses a real PDF of the submission into the same structure, with page numbers", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "unodc-2024.pdf"), await makePdf(await readSubmission()));
    const loaded = await loadFile(dir, "unodc-2024.pdf");
    assert.ok((loaded.pages?.length ?? 0) > 3, "several pages");
    const doc = parseSubmission(loaded);
    assert.equal(doc.entity?.acronym, "UNODC");
    assert.equal(doc.year, 2024);
    assert.deepEqual(doc.questions.map((q) => q.number), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(doc.questions[4]!.sections.map((s) => s.replace(/^\d\) /, "")), [
      "Food systems", "Energy access and affordability", "Digital connectivity", "Education", "Jobs and social protection", "Climate change, biodiversity loss and pollution",
    ]);
    assert.deepEqual(doc.questions.map((q) => q.tables.map((t) => t.records.length).join()), ["", "", "3", "3", "", "", "5"]);
    const event3 = doc.questions[2]!.tables[0]!.records[2]!;
    assert.equal(fieldValue(event3, /^Event Dates$/), "13-17 May 2024");
    assert.equal(fieldValue(event3, /^Event Location/), "Vienna, Austria");
    const tapajos = doc.questions[6]!.tables[0]!.records[2]!;
    assert.match(fieldValue(tapajos, /^Partners$/)!, /Federal Police \(PF\)/);
    assert.match(fieldValue(tapajos, /^Partners$/)!, /Munduruku Wakoborun Women’s Association/);

    const { passages } = await ingestCorpus(dir, await listCorpus(dir));
    const recordPassage = passages.find((p) => p.source.record?.title === "Project Turquesa");
    assert.ok(recordPassage?.source.page && recordPassage.source.page > 1, "record passages carry their page");
    assert.equal(passages.find((p) => p.source.question === 1)?.source.page, 1);
  });

  it("reads HTML as text, without scripts or styles", async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, "page.html"),
      `<html><head><style>p{color:red}</style><script>alert("x")</script></head><body><h1>Annual note</h1>` +
        `<p>The Office trained 600 facilitators &amp; reached 60,000 children.</p><ul><li>First point</li></ul></body></html>`,
    );
    const loaded = await loadFile(dir, "page.html");
    assert.doesNotMatch(loaded.text, /alert|color:red/);
    assert.match(loaded.text, /The Office trained 600 facilitators & reached 60,000 children\./);
    assert.match(loaded.text, /• First point/);
  });

  it("skips each unreadable file with one warning naming it, and indexes the rest", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "good.md"), "# Notes\n\nUNODC trained 600 national facilitators in 26 countries.");
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    await writeFile(path.join(dir, "table.xlsx"), "PK\u0003\u0004");
    await writeFile(path.join(dir, "broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref");
    await writeFile(path.join(dir, "locked.pdf"), await makePdf("Secret text of a locked file.", { userPassword: "secret" }));
    const result = await ingestCorpus(dir, await listCorpus(dir));
    assert.deepEqual(result.warnings.filter((w) => w.startsWith("warning: skipped")).sort(), [
      'warning: skipped binary.txt: binary content, not text',
      'warning: skipped broken.pdf: ' + result.warnings.find((w) => w.includes("broken.pdf"))!.split("broken.pdf: ")[1],
      'warning: skipped empty.txt: empty file',
      'warning: skipped locked.pdf: encrypted PDF (password required)',
      'warning: skipped table.xlsx: unsupported file type ".xlsx"',
    ]);
    assert.match(result.warnings.find((w) => w.includes("broken.pdf"))!, /broken PDF/);
    assert.deepEqual(result.passages.map((p) => p.source.document), ["good.md"]);
    assert.equal(result.passages[0]!.text, "UNODC trained 600 national facilitators in 26 countries.");
  });
});
