import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, describe, it } from "node:test";
import { openAssistant } from "../../src/app/open-assistant.js";
import { readPrompts } from "../../src/compose/prompts.js";
import { readConfig } from "../../src/config.js";
import { LocalEmbeddings } from "../../src/embed/local-embeddings.js";
import { readQuestionSet } from "../../src/eval/question-set.js";
import { runEval } from "../../src/eval/run-eval.js";
import { ingestCorpus, listCorpus } from "../../src/ingest/ingest-corpus.js";
import { loadFile } from "../../src/ingest/load-file.js";
import { parseSubmission } from "../../src/ingest/parse-submission.js";
import { cleanPdfPages } from "../../src/ingest/pdf-clean.js";
import { englishWords } from "../../src/ingest/word-list.js";
import { fieldValue } from "../../src/ingest/submission.js";
import { CORPUS_DIR, ROOT, readSubmission, tempDir } from "../helpers/fixtures.js";
import { makePrintedPdf } from "../helpers/make-printed-pdf.js";
import { TEST_INDEX_DIR } from "../helpers/server.js";

/** Warnings other than where a file's entity and year came from (issue 15 says those for every file). */
const notMetadata = (warning: string) => !/: (no year: |year \d{4} from |entity .+ from the file name)/.test(warning);

const HEADER = "UNODC submission to UN DESA 2024";

async function printed(width: number): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, "unodc-2024.pdf"), await makePrintedPdf(await readSubmission(), { header: HEADER, pageFooter: true, hyphenate: true, width }));
  return dir;
}

describe("cleaning a printed PDF's lines", () => {
  it("drops a browser's running header and footer, joins hyphenated words only into words", async () => {
    const page = (n: number, body: string) => ({ num: n, text: `11/29/26, 4:09 PM Submission to UN DESA\n${body}\nhttps://example.org/submission ${n}/3` });
    const clean = cleanPdfPages(
      [
        page(1, "The Office supported the imple-\nmentation of the High-\nlevel declaration."),
        page(2, "It works with non-\ngovernmental partners and other non-governmental groups in Munduru-\nku lands."),
        page(3, "Event Name"),
      ],
      await englishWords(),
    );
    assert.equal(clean.text, [
      "The Office supported the implementation of the High-level declaration.",
      "It works with non-governmental partners and other non-governmental groups in Munduru-ku lands.",
      "Event Name",
    ].join("\n\n"));
    assert.deepEqual(clean.pages.map((p) => p.num), [1, 2, 3]);
    assert.deepEqual(clean.dropped.sort(), ["#/#/#, #:# pm submission to un desa", "https://example.org/submission #/#"]);
  });
});

describe("the submission printed to PDF (running header, Page N of M, hyphenation)", () => {
  for (const [name, width] of [["A4", 595], ["a narrow column", 400]] as const) {
    it(`finds the questionnaire's structure when printed in ${name}`, async () => {
      const dir = await printed(width);
      const loaded = await loadFile(dir, "unodc-2024.pdf");
      const doc = parseSubmission(loaded);
      assert.equal(doc.entity?.acronym, "UNODC");
      assert.equal(doc.year, 2024);
      assert.deepEqual(doc.questions.map((q) => q.number), [1, 2, 3, 4, 5, 6, 7]);
      assert.deepEqual(doc.questions.map((q) => q.tables.map((t) => t.records.length).join()), ["", "", "3", "3", "", "", "5"]);
      const event3 = doc.questions[2]!.tables[0]!.records[2]!;
      assert.equal(fieldValue(event3, /^Event Dates$/), "13-17 May 2024");
      assert.equal(fieldValue(event3, /^Event Location/), "Vienna, Austria");

      const source = (await readSubmission()).replace(/\s+/g, " ");
      const { passages, warnings } = await ingestCorpus(dir, await listCorpus(dir));
      assert.deepEqual(warnings.filter(notMetadata), []);
      for (const passage of passages) {
        assert.doesNotMatch(passage.text, /UN DESA 2024|Page \d+ of \d+/, passage.breadcrumb);
        // "science- and evidence-based" is in the source; any other "word- word" is a broken line end.
        for (const [broken] of passage.text.matchAll(/\p{L}+- \p{L}+/gu)) assert.ok(source.includes(broken), `"${broken}" in ${passage.breadcrumb}`);
        assert.ok(passage.source.page && passage.source.page >= 1, `page of ${passage.breadcrumb}`);
      }
      assert.match(passages.find((p) => p.source.question === 1)!.text, /^In 2024, the Governing Bodies/);
      assert.ok(passages.some((p) => /High-level declaration/.test(p.text)), "a real compound keeps its hyphen");
      assert.ok(passages.some((p) => /accelerate the implementation|implementation of/.test(p.text)), "a hyphenated word is joined");
      const partnerships = passages.filter((p) => p.source.record?.table === "initiative/partnership");
      assert.deepEqual(partnerships.map((p) => p.source.question), [7, 7, 7, 7, 7]);
      assert.equal(passages.find((p) => p.source.record?.title === "Project Turquesa")?.source.question, 7);
    });
  }

  it("does not skip a one-page PDF with two short numbered questions", async () => {
    const dir = await tempDir();
    const text = "1. What did the office do in 2024?\nIt trained 600 teachers.\n\n2. Where did it work?\nIn Kenya and Peru.";
    await writeFile(path.join(dir, "short.pdf"), await makePrintedPdf(text, { pageFooter: true }));
    const { passages, warnings } = await ingestCorpus(dir, await listCorpus(dir));
    assert.deepEqual(warnings.filter(notMetadata), []);
    assert.deepEqual(passages.map((p) => [p.source.question, p.text, p.source.page]), [[1, "It trained 600 teachers.", 1], [2, "In Kenya and Peru.", 1]]);
  });
});

describe("the evaluation on the submission printed to PDF against the text file, in one run", () => {
  const embedder = new LocalEmbeddings();
  after(() => embedder.close());

  it("answers within 0.02 of the text file's accuracy", async () => {
    const questions = await readQuestionSet(path.join(ROOT, "eval/questions.json"));
    const prompts = await readPrompts(path.join(ROOT, "prompts"));
    const accuracy = async (corpusDir: string, indexDir: string) => {
      const config = readConfig({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PROMPTS_DIR: path.join(ROOT, "prompts"), LLM_MODEL: "" });
      const { assistant } = await openAssistant({ config, embedder, prompts, log: () => undefined });
      const run = await runEval(path.basename(corpusDir), (q) => assistant.ask({ question: q.question, history: q.history }), questions);
      return { accuracy: run.metrics.answerAccuracy, failed: run.rows.filter((r) => !r.pass).map((r) => r.id) };
    };
    const pdfCorpus = await printed(595);
    const indexDir = path.join(await tempDir(), "index");
    await mkdir(path.dirname(indexDir), { recursive: true });
    const text = await accuracy(CORPUS_DIR, TEST_INDEX_DIR);
    const pdf = await accuracy(pdfCorpus, indexDir);
    console.log(`printed PDF eval: text ${text.accuracy.toFixed(3)} (failed ${text.failed.join(", ")}), PDF ${pdf.accuracy.toFixed(3)} (failed ${pdf.failed.join(", ")})`);
    assert.ok(pdf.accuracy >= text.accuracy - 0.02, `PDF ${pdf.accuracy} against text ${text.accuracy}`);
  });
});
