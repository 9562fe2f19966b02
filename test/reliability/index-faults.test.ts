import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { loadIndex } from "../../src/store/load-index.js";
import { CORPUS_DIR, ROOT, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { ensureTestIndex, getJson, startServer, TEST_INDEX_DIR } from "../helpers/server.js";

async function workspace(): Promise<{ root: string; corpusDir: string; indexDir: string }> {
  const root = await tempDir("sa-rel-");
  const corpusDir = path.join(root, "corpus");
  await mkdir(corpusDir);
  await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
  const indexDir = path.join(root, "index");
  await ensureTestIndex();
  await cp(TEST_INDEX_DIR, indexDir, { recursive: true });
  return { root, corpusDir, indexDir };
}

function runIngest(env: Record<string, string>, args: string[] = []) {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/ingest.ts"), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "ignore" });
}

/** The child's exit code: at once if it has already exited (its `exit` event is gone by then), else when it does. */
function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/**
 * The moments of a build, as the build itself shows them: started, its staging folder made, then each file
 * written into it (in the order `buildIndex` writes them, the manifest last, just before the swap).
 */
const STAGES = ["started", "staging folder", "vectors.hnsw", "passages.json", "lexical.json", "manifest.json"] as const;

/** Resolves once the build in `indexDir` has reached `stage` (or has finished, or exited). Polls the folder: the build's files are the events. */
async function reached(indexDir: string, stage: (typeof STAGES)[number], child: ChildProcess): Promise<void> {
  if (stage === "started") return;
  const parent = path.dirname(indexDir);
  const prefix = `${path.basename(indexDir)}.tmp-`;
  while (child.exitCode === null && child.signalCode === null) {
    const staging = (await readdir(parent)).find((name) => name.startsWith(prefix));
    if (staging) {
      if (stage === "staging folder") return;
      const files = await readdir(path.join(parent, staging)).catch(() => [] as string[]);
      if (files.includes(stage)) return;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe("faults in the index", () => {
  it("an ingest killed at any stage of its build leaves a whole index serving, and its staging folder is swept", async () => {
    const { root, corpusDir, indexDir } = await workspace();
    const before = await readFile(path.join(indexDir, "manifest.json"), "utf8");
    const outcomes: string[] = [];
    for (const stage of STAGES) {
      const child = runIngest({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir }, ["--force"]);
      await reached(indexDir, stage, child);
      child.kill("SIGKILL");
      await exitOf(child);
      // Whole: it loads (every file's hash checked against the manifest) with every passage.
      const index = await loadIndex(indexDir);
      assert.equal(index.passages.length, 45, `after a kill at "${stage}" the index still loads`);
      const now = await readFile(path.join(indexDir, "manifest.json"), "utf8");
      outcomes.push(`${stage}: ${now === before ? "previous index" : "new index"}`);
    }
    // A kill once everything is staged, right before the swap: the previous index, always.
    const dying = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "test/helpers/build-then-die.ts"), corpusDir, indexDir], { cwd: ROOT, stdio: "ignore" });
    assert.equal(await exitOf(dying), null, "the build killed itself before its swap");
    assert.equal(dying.signalCode, "SIGKILL");
    const current = await readFile(path.join(indexDir, "manifest.json"), "utf8");
    assert.equal((await loadIndex(indexDir)).passages.length, 45);
    const finished = runIngest({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
    assert.equal(await exitOf(finished), 0);
    assert.equal(await readFile(path.join(indexDir, "manifest.json"), "utf8"), current, "a kill just before the swap left the index it found");
    assert.deepEqual((await readdir(root)).sort(), ["corpus", "index"], "dead builds' staging folders are swept");
    console.log(`reliability: ingest killed at each stage (${outcomes.join("; ")}) and just before its swap; a whole index served after each`);
  });

  it("a damaged index file is detected at start and rebuilt from the corpus", async () => {
    const { corpusDir, indexDir } = await workspace();
    const vectors = path.join(indexDir, "vectors.hnsw");
    const bytes = await readFile(vectors);
    bytes.fill(0xff, 1000, 5000);
    await writeFile(vectors, bytes);
    const server = await startServer({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
    try {
      const health = await getJson(`${server.url}/api/health`);
      assert.equal(health.body.status, "ok");
      assert.equal(health.body.passages, 45);
      const built = server.logs.find((entry) => entry.msg === "index built");
      assert.match(String(built?.reason), /vectors\.hnsw is damaged/);
      // The rebuild ran on model copies of its own, since released: the serving copy has embedded nothing.
      const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text());
      assert.match(metrics, /^submission_assistant_encoder_models_loaded 1$/m);
      assert.match(metrics, /^submission_assistant_encoder_calls_total 0$/m);
    } finally {
      await server.stop();
    }
  });

  it("a truncated index with no corpus to rebuild from is refused with a message that says what to run", async () => {
    const { corpusDir, indexDir } = await workspace();
    await writeFile(path.join(indexDir, "passages.json"), (await readFile(path.join(indexDir, "passages.json"), "utf8")).slice(0, 500));
    await rm(path.join(corpusDir, SUBMISSION));
    const server = await startServer({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir }, { waitFor: "index could not be loaded" });
    try {
      const health = await getJson(`${server.url}/api/health`);
      assert.equal(health.status, 503);
      assert.equal(health.body.status, "failed");
      assert.match(health.body.error, /passages\.json is damaged/);
      assert.match(health.body.error, /nothing could be indexed/);
      assert.match(health.body.error, /run `npm run ingest -- --force`/);
      const chat = await getJson(`${server.url}/api/search?q=drugs`);
      assert.equal(chat.status, 503);
      assert.equal(chat.body.error.code, "not_ready");
      // The access line says what was answered, as a warning: no invented error, no stack trace.
      const line = await server.waitForLog((entry) => (entry.req as { url?: string } | undefined)?.url === "/api/search?q=drugs");
      assert.equal(line.level, 40);
      assert.equal(line.msg, "request failed with status 503");
      assert.equal(line.err, undefined);
    } finally {
      await server.stop();
    }
  });
});
