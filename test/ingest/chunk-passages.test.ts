import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chunkPassages, MEMBERSHIP_SECTION } from "../../src/ingest/chunk-passages.js";
import { loadFile } from "../../src/ingest/load-file.js";
import { parseSubmission } from "../../src/ingest/parse-submission.js";
import { countWords } from "../../src/text/split-sentences.js";
import type { Passage } from "../../src/types.js";
import { CORPUS_DIR, SUBMISSION, readSubmission } from "../helpers/fixtures.js";

async function passages(maxWords?: number): Promise<Passage[]> {
  return chunkPassages(parseSubmission(await loadFile(CORPUS_DIR, SUBMISSION)), { maxWords });
}

describe("chunking the submission into passages", () => {
  it("makes one passage per table record, cited to its question and record", async () => {
    const all = await passages();
    const records = all.filter((p) => p.source.record);
    assert.deepEqual(records.map((p) => `${p.source.question}:${p.source.record!.table}:${p.source.record!.index}`), [
      "3:event:1", "3:event:2", "3:event:3",
      "4:resource:1", "4:resource:2", "4:resource:3",
      "7:initiative/partnership:1", "7:initiative/partnership:2", "7:initiative/partnership:3", "7:initiative/partnership:4", "7:initiative/partnership:5",
    ]);
    const event3 = records[2]!;
    assert.equal(event3.breadcrumb, "UNODC 2024 · Q3 · Event 3: 33rd session of the Commission on Crime Prevention and Criminal Justice");
    assert.deepEqual(event3.source.record, { table: "event", index: 3, title: "33rd session of the Commission on Crime Prevention and Criminal Justice" });
    assert.equal(event3.source.entity, "UNODC");
    assert.equal(event3.source.document, "unodc-2024.txt");
    assert.match(event3.source.questionText!, /^In the past year, has your organization organized/);
    assert.match(event3.text, /^Event Name: 33rd session of the Commission on Crime Prevention and Criminal Justice\nEvent Dates: 13-17 May 2024\nEvent Location \(City, Country\): Vienna, Austria\n/);
    assert.doesNotMatch(event3.text, /Website/, "empty fields are left out of the passage text");
  });

  it("cites prose to its question and sub-section", async () => {
    const all = await passages();
    const education = all.filter((p) => p.source.section === "4) Education");
    assert.ok(education.length >= 1);
    assert.ok(education.every((p) => p.source.question === 5 && p.breadcrumb.startsWith("UNODC 2024 · Q5 · 4) Education")));
    const cnd = all.find((p) => p.text.startsWith("In March 2024, the CND adopted"));
    assert.equal(cnd?.source.section, "Commission on Narcotic Drugs (CND)");
  });

  it("never cuts a sentence and keeps prose passages within the size limit", async () => {
    const all = await passages(60);
    // The page's membership label is a label, not a sentence.
    for (const p of all.filter((x) => !x.source.record && !x.text.includes("\n•") && x.source.section !== MEMBERSHIP_SECTION)) {
      assert.match(p.text, /[.!?)”"]$/, `passage ends at a sentence end: …${p.text.slice(-40)}`);
      const sentences = p.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
      assert.ok(countWords(p.text) <= 60 || sentences.length === 1, `at most 60 words unless one sentence: ${p.breadcrumb}`);
    }
    assert.ok(all.some((p) => p.text === "In Myanmar, where illicit poppy cultivation continues to rise, UNODC has supported 300 women to transition to growing coffee and vegetables and lead their own business enterprises."));
  });

  it("keeps each part of a bullet list with its lead-in", async () => {
    const all = await passages();
    const parts = all.filter((p) => p.source.question === 7 && !p.source.record);
    assert.equal(parts.length, 5);
    for (const part of parts) assert.match(part.text, /For instance, during the last year:\n• /);
  });

  it("gives stable ids and offsets that point into the file", async () => {
    const [first, second] = [await passages(), await passages()];
    assert.deepEqual(first.map((p) => p.id), second.map((p) => p.id));
    assert.equal(new Set(first.map((p) => p.id)).size, first.length, "ids are unique");
    for (const p of first) assert.match(p.id, /^unodc-2024-[0-9a-f]{12}$/);
    const text = await readSubmission();
    for (const p of first) {
      const span = text.slice(p.offsets.start, p.offsets.end).replace(/\s+/g, " ");
      // A record is cited by its title, the membership passage by its label (the text names the entity too).
      const firstWords = p.source.record ? p.source.record.title.slice(0, 30) : p.source.section === MEMBERSHIP_SECTION ? "ECESA Plus Member" : p.text.slice(0, 30);
      assert.ok(span.includes(firstWords.replace(/\s+/g, " ")), `offsets of ${p.breadcrumb} cover "${firstWords}"`);
    }
  });
});
