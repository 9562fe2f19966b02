import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, it } from "node:test";
import { readQuestionSet } from "../../src/eval/question-set.js";
import { ROOT, tempDir } from "../helpers/fixtures.js";
import { ensureTestIndex, TEST_INDEX_DIR } from "../helpers/server.js";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...(file.endsWith(".ts") ? ["--import", "tsx"] : []), path.join(ROOT, file), ...args], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const COMMANDS = { ingest: "src/cli/ingest.ts", ask: "src/cli/ask.ts", eval: "src/cli/eval.ts", brief: "src/cli/brief.ts" } as const;

describe("command-line tools", () => {
  for (const [name, file] of Object.entries(COMMANDS)) {
    it(`npm run ${name} -- --help prints its usage and exits 0; -h too`, async () => {
      for (const flag of ["--help", "-h"]) {
        const result = await run(file, [flag]);
        assert.equal(result.code, 0);
        assert.ok(result.stdout.startsWith(`usage: npm run ${name}`), result.stdout);
        assert.equal(result.stderr, "");
      }
    });

    it(`npm run ${name} with an unknown flag names it, prints the usage and exits 2`, async () => {
      const result = await run(file, ["--frobnicate"]);
      assert.equal(result.code, 2);
      const lines = result.stderr.split("\n");
      assert.equal(lines[0], "unknown option --frobnicate");
      assert.ok(lines[1]!.startsWith(`usage: npm run ${name}`));
      assert.doesNotMatch(result.stderr, /^\s+at /m, "no stack trace");
    });
  }

  it("a flag without its value is named, with the usage, exit 2", async () => {
    const brief = await run(COMMANDS.brief, ["--topic"]);
    assert.equal(brief.code, 2);
    assert.equal(brief.stderr.split("\n")[0], "option --topic needs a value");
    const evaluation = await run(COMMANDS.eval, ["--questions"]);
    assert.equal(evaluation.code, 2);
    assert.equal(evaluation.stderr.split("\n")[0], "option --questions needs a value");
  });

  it("ask without a question says so, exit 2", async () => {
    const result = await run(COMMANDS.ask, []);
    assert.equal(result.code, 2);
    assert.equal(result.stderr.split("\n")[0], "no question given");
  });

  it("brief --out writes the note and says where, with how many citations", async () => {
    await ensureTestIndex();
    const out = path.join(await tempDir(), "note.md");
    const result = await run(COMMANDS.brief, ["--out", out], { CORPUS_DIR: path.join(ROOT, "corpus"), INDEX_DIR: TEST_INDEX_DIR, EMBED_WORKERS: "0", LOG_LEVEL: "silent" });
    assert.equal(result.code, 0, result.stderr);
    const written = await readFile(out, "utf8");
    const citations = written.split("\nSources:\n")[1]!.trim().split("\n").length;
    assert.ok(written.startsWith("# Briefing"), written.slice(0, 60));
    assert.equal(result.stderr.trim().split("\n").at(-1), `wrote ${out} (md, ${citations} citations)`);
  });

  it("brief for an entity not indexed says so, with no empty Sources list", async () => {
    await ensureTestIndex();
    const result = await run(COMMANDS.brief, ["--entity", "IOM"], { CORPUS_DIR: path.join(ROOT, "corpus"), INDEX_DIR: TEST_INDEX_DIR, EMBED_WORKERS: "0", LOG_LEVEL: "silent" });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.includes("Sources:"), false);
    assert.match(result.stdout, /No submission matches these filters\.\n$/);
  });

  it("a port already in use gives one line naming PORT, exit 1", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = String((taken.address() as AddressInfo).port);
    try {
      const result = await run("dist/start.mjs", [], { PORT: port, HOST: "127.0.0.1", INDEX_DIR: TEST_INDEX_DIR, LOG_LEVEL: "silent", EMBED_WORKERS: "0" });
      assert.equal(result.code, 1);
      assert.equal(result.stderr, `PORT ${port} is already in use on 127.0.0.1: stop the other server or set PORT to a free port\n`);
    } finally {
      taken.close();
    }
  });
});

describe("question sets", () => {
  const unanswerable = { id: "u1", question: "How much money did the submission say was spent on its events?", history: [], answer_all: [], evidence: null, answerable: false };
  const answerable = { id: "a1", question: "When did the 33rd CCPCJ session take place?", answer_all: [["13-17 May 2024"]], evidence: "13-17 May 2024", answerable: true };

  it("accepts an unanswerable question with evidence null or left out and an empty answer_all", async () => {
    const file = path.join(await tempDir(), "q.json");
    const { evidence: _evidence, ...noEvidence } = unanswerable;
    await writeFile(file, JSON.stringify([answerable, unanswerable, { ...noEvidence, id: "u2" }]));
    const questions = await readQuestionSet(file);
    assert.deepEqual(
      questions.map((q) => [q.id, q.evidence, q.answer_all.length]),
      [["a1", "13-17 May 2024", 1], ["u1", "", 0], ["u2", "", 0]],
    );
  });

  it("refuses an answerable question without evidence or answers, naming the entry by position and id", async () => {
    const dir = await tempDir();
    const noEvidence = path.join(dir, "a.json");
    await writeFile(noEvidence, JSON.stringify([unanswerable, { ...answerable, evidence: null }]));
    await assert.rejects(readQuestionSet(noEvidence), { message: `${noEvidence}: entry 1 (a1).evidence: an answerable question needs an evidence snippet` });
    const noAnswers = path.join(dir, "b.json");
    await writeFile(noAnswers, JSON.stringify([{ ...answerable, answer_all: [] }]));
    await assert.rejects(readQuestionSet(noAnswers), { message: `${noAnswers}: entry 0 (a1).answer_all: an answerable question needs at least one answer group` });
  });

  it("npm run eval evaluates such a file end to end", async () => {
    await ensureTestIndex();
    const file = path.join(await tempDir(), "q.json");
    await writeFile(file, JSON.stringify([answerable, unanswerable]));
    const result = await run(COMMANDS.eval, ["--questions", file, "--json", "--no-baseline", "--no-report"], { INDEX_DIR: TEST_INDEX_DIR });
    assert.equal(result.code, 0, result.stderr);
    const metrics = JSON.parse(result.stdout);
    assert.equal(metrics.questions, 2);
    assert.equal(metrics.answerAccuracy, 1);
    assert.equal(metrics.abstentionAccuracy, 1);
  });
});
