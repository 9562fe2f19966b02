import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import { openAssistant } from "../../src/app/open-assistant.js";
import { readPrompts } from "../../src/compose/prompts.js";
import type { Assistant } from "../../src/answer/assistant.js";
import { readConfig } from "../../src/config.js";
import { LocalEmbeddings } from "../../src/embed/local-embeddings.js";
import { readQuestionSet } from "../../src/eval/question-set.js";
import { runEval } from "../../src/eval/run-eval.js";
import { CORPUS_DIR, ROOT, tempDir } from "../helpers/fixtures.js";
import { TEST_INDEX_DIR } from "../helpers/server.js";

describe("the evaluation gate on eval/questions.json (offline default)", () => {
  const embedder = new LocalEmbeddings();
  let assistant: Assistant;

  before(async () => {
    const config = readConfig({ CORPUS_DIR, INDEX_DIR: TEST_INDEX_DIR, PROMPTS_DIR: path.join(ROOT, "prompts") });
    ({ assistant } = await openAssistant({ config, embedder, prompts: await readPrompts(config.promptsDir), log: () => undefined }));
  });
  after(() => embedder.close());

  it("holds the question set's required shape", async () => {
    const questions = await readQuestionSet(path.join(ROOT, "eval/questions.json"));
    assert.ok(questions.length >= 80);
    assert.ok(questions.filter((q) => q.kind === "paraphrase").length >= questions.length / 3);
    assert.ok(questions.filter((q) => q.history.length > 0).length >= 5);
    assert.ok(questions.filter((q) => !q.answerable).length >= 10);
    assert.ok(questions.some((q) => q.kind === "list"));
    assert.equal(new Set(questions.map((q) => q.id)).size, questions.length);
  });

  it("keeps answer accuracy ≥ 0.9, evidence hit@5 ≥ 0.95 and abstention accuracy ≥ 0.9", async () => {
    const questions = await readQuestionSet(path.join(ROOT, "eval/questions.json"));
    const run = await runEval("ours", (q) => assistant.ask({ question: q.question, history: q.history }), questions);
    const { answerAccuracy, hitAt5, abstentionAccuracy } = run.metrics;
    const failed = run.rows.filter((r) => !r.pass).map((r) => r.id).join(", ");
    console.log(`eval gate: answer ${answerAccuracy.toFixed(3)}, hit@5 ${hitAt5.toFixed(3)}, abstention ${abstentionAccuracy.toFixed(3)}; failed: ${failed}`);
    assert.ok(answerAccuracy >= 0.9, `answer accuracy ${answerAccuracy}`);
    assert.ok(hitAt5 >= 0.95, `hit@5 ${hitAt5}`);
    assert.ok(abstentionAccuracy >= 0.9, `abstention accuracy ${abstentionAccuracy}`);
  });
});

describe("npm run eval on another question file", () => {
  it("prints one JSON line with the metrics and writes the reports", async () => {
    const dir = await tempDir();
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, "questions.json");
    await writeFile(file, JSON.stringify([
      { id: "a", question: "When did the 33rd CCPCJ session take place?", answer_all: [["13-17 May 2024"]], evidence: "13-17 May 2024", answerable: true },
      { id: "b", question: "Who won the football World Cup in 2022?", answerable: false },
    ]));
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/eval.ts", "--questions", file, "--json", "--no-baseline", "--report", path.join(dir, "report")], {
      cwd: ROOT,
      env: { ...process.env, INDEX_DIR: TEST_INDEX_DIR, LLM_MODEL: "" },
    });
    const lines = stdout.trim().split("\n");
    assert.equal(lines.length, 1);
    const metrics = JSON.parse(lines[0]!);
    assert.equal(metrics.questions, 2);
    assert.equal(metrics.hitAt5, 1);
    assert.equal(metrics.answerAccuracy, 1);
    assert.equal(metrics.citationAccuracy, 1);
    assert.equal(metrics.abstentionAccuracy, 1);
    for (const key of ["mrr", "p50Ms", "p95Ms"]) assert.equal(typeof metrics[key], "number");
    assert.match(await readFile(path.join(dir, "report.md"), "utf8"), /\| a \| fact \| pass \| When did the 33rd CCPCJ session take place\? \|/);
    assert.match(await readFile(path.join(dir, "report.html"), "utf8"), /<h2>Ours against the baseline<\/h2>/);
  });

  it("names the entry and field of a malformed question file", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "bad.json");
    await writeFile(file, JSON.stringify([{ id: "a", question: "x", answerable: "yes" }]));
    const failure = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/eval.ts", "--questions", file, "--no-report"], { cwd: ROOT, env: { ...process.env, INDEX_DIR: TEST_INDEX_DIR } }).catch((e) => e);
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /bad\.json: entry 0 \(a\)\.answerable: /);
  });
});
