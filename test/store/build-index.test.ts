import assert from "node:assert/strict";
import { appendFile, copyFile, mkdir, readdir, readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { DamagedIndexError, EmptyCorpusError, IndexMismatchError } from "../../src/errors.js";
import { buildIndex } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { CORPUS_DIR, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";

async function corpusCopy(): Promise<{ corpusDir: string; indexDir: string; root: string }> {
  const root = await tempDir();
  const corpusDir = path.join(root, "corpus");
  await mkdir(corpusDir);
  await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
  return { root, corpusDir, indexDir: path.join(root, "index") };
}

const quiet = () => undefined;

describe("building the index", () => {
  it("writes vectors, passages, lexical statistics and a manifest, then reuses them when nothing changed", async () => {
    const { corpusDir, indexDir } = await corpusCopy();
    const embedder = new HashEmbedder();
    const first = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(first.reused, false);
    assert.deepEqual((await readdir(indexDir)).sort(), ["labels.json", "lexical.json", "manifest.json", "passages.json", "units.json", "vectors.hnsw"]);
    const manifest = JSON.parse(await readFile(path.join(indexDir, "manifest.json"), "utf8"));
    assert.equal(manifest.embedder.id, "test:hash:64");
    assert.equal(manifest.embedder.dimension, 64);
    assert.equal(manifest.passages, first.manifest.passages);
    assert.equal(manifest.corpus[0].file, SUBMISSION);
    assert.match(manifest.corpus[0].sha256, /^[0-9a-f]{64}$/);
    assert.ok(manifest.builtAt);

    const second = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(second.reused, true);
    assert.equal(embedder.calls, 1, "nothing embedded on the second run");

    const forced = await buildIndex({ corpusDir, indexDir, embedder, force: true, log: quiet });
    assert.equal(forced.reused, false);
    const index = await loadIndex(indexDir);
    assert.equal(index.passages.length, first.manifest.passages);
    assert.equal(index.vectors.size, index.units.length, "one vector per unit");
    assert.ok(index.units.length > index.passages.length);
  });

  it("keeps passage ids across rebuilds", async () => {
    const { corpusDir, indexDir } = await corpusCopy();
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: quiet });
    const before = (await loadIndex(indexDir)).passages.map((p) => p.id);
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), force: true, log: quiet });
    assert.deepEqual((await loadIndex(indexDir)).passages.map((p) => p.id), before);
  });

  it("rebuilds an index made by another embedder or from another corpus, never uses it", async () => {
    const { corpusDir, indexDir } = await corpusCopy();
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: quiet });
    await assert.rejects(loadIndex(indexDir, { embedderId: "test:other" }), IndexMismatchError);
    const other = await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder("test:other"), log: quiet });
    assert.equal(other.reused, false);
    assert.match(other.reason!, /embedder/);
    await appendFile(path.join(corpusDir, SUBMISSION), "\n\nA closing remark added later.\n");
    const changed = await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder("test:other"), log: quiet });
    assert.equal(changed.reason, `corpus files changed (changed ${JSON.stringify(SUBMISSION)})`);
  });

  it("leaves the previous index in place when a build fails half-way", async () => {
    const { root, corpusDir, indexDir } = await corpusCopy();
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: quiet });
    const before = await readFile(path.join(indexDir, "manifest.json"), "utf8");
    await assert.rejects(
      buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), force: true, log: quiet, beforeSwap: async () => { throw new Error("killed"); } }),
      /killed/,
    );
    assert.equal(await readFile(path.join(indexDir, "manifest.json"), "utf8"), before);
    assert.equal((await loadIndex(indexDir)).passages.length > 0, true);
    assert.deepEqual((await readdir(root)).sort(), ["corpus", "index"], "no staging folder left behind");
  });

  it("detects a damaged or truncated index file and rebuilds it", async () => {
    const { corpusDir, indexDir } = await corpusCopy();
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: quiet });
    await truncate(path.join(indexDir, "vectors.hnsw"), 100);
    await assert.rejects(loadIndex(indexDir), (error: unknown) => error instanceof DamagedIndexError && /vectors\.hnsw is damaged/.test(error.message) && /npm run ingest -- --force/.test(error.message));
    const rebuilt = await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: quiet });
    assert.equal(rebuilt.reused, false);
    assert.match(rebuilt.reason!, /vectors\.hnsw is damaged/);
    await writeFile(path.join(indexDir, "manifest.json"), "{ not json");
    await assert.rejects(loadIndex(indexDir), DamagedIndexError);
  });

  it("fails only when nothing could be indexed, naming the folder", async () => {
    const root = await tempDir();
    const corpusDir = path.join(root, "corpus");
    await mkdir(corpusDir);
    await writeFile(path.join(corpusDir, "empty.txt"), "");
    const lines: string[] = [];
    await assert.rejects(
      buildIndex({ corpusDir, indexDir: path.join(root, "index"), embedder: new HashEmbedder(), log: (l) => lines.push(l) }),
      (error: unknown) => error instanceof EmptyCorpusError && error.message.includes(corpusDir),
    );
    assert.deepEqual(lines, ['warning: skipped empty.txt: empty file']);
    assert.deepEqual(await readdir(root), ["corpus"], "no index written");
  });
});
