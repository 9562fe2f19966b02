import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFile, cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { loadIndex } from "../../src/store/load-index.js";
import { CORPUS_DIR, ROOT, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { getJson, startServer, TEST_INDEX_DIR, type TestServer } from "../helpers/server.js";

async function workspace(): Promise<{ root: string; corpusDir: string; indexDir: string }> {
  const root = await tempDir("sa-rel-");
  const corpusDir = path.join(root, "corpus");
  await mkdir(corpusDir);
  await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
  const indexDir = path.join(root, "index");
  await cp(TEST_INDEX_DIR, indexDir, { recursive: true });
  return { root, corpusDir, indexDir };
}

function runIngest(env: Record<string, string>, args: string[] = []) {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/ingest.ts"), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "ignore" });
}

describe("faults in the index", () => {
  it("an ingest killed at any moment leaves the previous index serving", async () => {
    const { root, corpusDir, indexDir } = await workspace();
    const before = await readFile(path.join(indexDir, "manifest.json"), "utf8");
    const moments = [150, 700, 1500, 2500, 3500, 4500];
    for (const ms of moments) {
      const child = runIngest({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir }, ["--force"]);
      await new Promise((resolve) => setTimeout(resolve, ms));
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      const index = await loadIndex(indexDir);
      assert.equal(index.passages.length, 44, `after a kill at ${ms} ms the index still loads`);
      assert.equal(await readFile(path.join(indexDir, "manifest.json"), "utf8"), before, `after a kill at ${ms} ms it is the previous index`);
    }
    const finished = runIngest({ CORPUS_DIR: corpusDir, INDEX_DIR: indexDir });
    assert.equal(await new Promise((resolve) => finished.once("exit", resolve)), 0);
    assert.deepEqual((await readdir(root)).sort(), ["corpus", "index"], "dead builds' staging folders are swept");
    console.log(`reliability: ingest killed at ${moments.join(", ")} ms; previous index served after each (${moments.length} faults)`);
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
      assert.equal(health.body.passages, 44);
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
      const line = await logLine(server, (entry) => (entry.req as { url?: string } | undefined)?.url === "/api/search?q=drugs");
      assert.equal(line.level, 40);
      assert.equal(line.msg, "request failed with status 503");
      assert.equal(line.err, undefined);
    } finally {
      await server.stop();
    }
  });
});

/** The first log line matching `match`, waiting up to 2 s for it: log lines arrive on their own. */
async function logLine(server: TestServer, match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let waited = 0; waited < 2000; waited += 50) {
    const found = server.logs.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("no such log line");
}
