import assert from "node:assert/strict";
import { appendFile, copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { passageUnits, unitEmbeddingText } from "../../src/ingest/passage-units.js";
import { buildIndex } from "../../src/store/build-index.js";
import { ingestSummary } from "../../src/store/ingest-summary.js";
import { loadIndex } from "../../src/store/load-index.js";
import { CORPUS_DIR, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";

const quiet = () => undefined;

const NOTES = [
  "# Field notes",
  "",
  "The regional office opened two new laboratories for drug testing in 2024.",
  "",
  "Staff in eleven countries completed a course on financial investigations. A third laboratory is planned.",
].join("\n");

async function twoFiles() {
  const root = await tempDir();
  const corpusDir = path.join(root, "corpus");
  await mkdir(corpusDir);
  await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
  await writeFile(path.join(corpusDir, "notes.md"), NOTES);
  return { root, corpusDir, indexDir: path.join(root, "index") };
}

/** Distinct texts a fresh build of `files` alone embeds. */
async function textsOf(files: Record<string, string>): Promise<string[]> {
  const root = await tempDir();
  await mkdir(path.join(root, "c"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, "c", name), text);
  const embedder = new HashEmbedder();
  await buildIndex({ corpusDir: path.join(root, "c"), indexDir: path.join(root, "i"), embedder, log: quiet });
  return [...embedder.embedded].sort();
}

/** Every unit's stored vector is the one its own text embeds to, and a search finds units by their vectors. */
async function assertSound(indexDir: string): Promise<number> {
  const index = await loadIndex(indexDir);
  const units = index.passages.flatMap((passage, position) => passageUnits(passage, position));
  assert.deepEqual(index.units, units);
  assert.equal(index.vectors.size, units.length);
  const expected = await new HashEmbedder().embedDocuments(units.map((unit) => unitEmbeddingText(unit, index.passages[unit.passage]!)));
  expected.forEach((vector, i) => {
    const stored = Array.from(index.vectors.vector(i));
    const norm = Math.hypot(...vector);
    assert.deepEqual(stored.map((x) => x.toFixed(4)), vector.map((x) => (x / norm).toFixed(4)), `unit ${i}'s vector`);
  });
  for (const hit of index.vectors.search(expected[0]!, 5)) assert.ok(hit.index >= 0 && hit.index < units.length);
  return units.length;
}

describe("incremental builds: vectors cached by (embedder, text)", () => {
  it("adding a file embeds only its texts; changing one embeds only the changed text; removing one embeds nothing", async () => {
    const { corpusDir, indexDir } = await twoFiles();
    const embedder = new HashEmbedder();
    const first = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(first.manifest.embedded, embedder.embedded.length);
    await assertSound(indexDir);

    const added = "# Annex\n\nA mobile clinic reached 4,000 people in remote valleys during the year.";
    await writeFile(path.join(corpusDir, "annex.md"), added);
    let seen = embedder.embedded.length;
    const afterAdd = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(afterAdd.reason, 'corpus files changed (added "annex.md")');
    assert.deepEqual(embedder.embedded.slice(seen).sort(), await textsOf({ "annex.md": added }));
    assert.equal(afterAdd.manifest.embedded, embedder.embedded.length - seen);
    await assertSound(indexDir);

    await appendFile(path.join(corpusDir, "notes.md"), "\n\nA closing remark added later.\n");
    seen = embedder.embedded.length;
    await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.deepEqual(embedder.embedded.slice(seen), ["A closing remark added later."]);
    await assertSound(indexDir);

    await rm(path.join(corpusDir, "annex.md"));
    seen = embedder.embedded.length;
    const afterRemove = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(afterRemove.reused, false);
    assert.equal(afterRemove.reason, 'corpus files changed (removed "annex.md")');
    assert.equal(ingestSummary(afterRemove, { indexDir, ms: 800 }).split("\n")[1], `The index is in ${indexDir}: ${afterRemove.manifest.passages} passages, ${afterRemove.manifest.units} units (parsed 0 new or changed files, took 2 unchanged from the previous index; embedded 0 new texts, kept ${afterRemove.manifest.units} units' vectors) in 0.8 s; rebuilt because: corpus files changed (removed "annex.md").`);
    assert.equal(embedder.embedded.length, seen, "nothing embedded");
    const index = await loadIndex(indexDir);
    assert.deepEqual([...new Set(index.passages.map((p) => p.source.document))].sort(), ["notes.md", SUBMISSION]);
    await assertSound(indexDir);

    seen = embedder.embedded.length;
    const forced = await buildIndex({ corpusDir, indexDir, embedder, force: true, log: quiet });
    assert.equal(forced.manifest.embedded, new Set(embedder.embedded.slice(seen)).size);
    assert.deepEqual(embedder.embedded.slice(seen).sort(), await textsOf({ "notes.md": `${NOTES}\n\nA closing remark added later.\n`, [SUBMISSION]: await readFile(path.join(CORPUS_DIR, SUBMISSION), "utf8") }));
  });

  it("parses only new or changed files: the others' passages, notes and BM25 counts come from the previous index, equal to a fresh build's", async () => {
    const { root, corpusDir, indexDir } = await twoFiles();
    const embedder = new HashEmbedder();
    const first = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(first.manifest.parsedFiles, 2);
    await writeFile(path.join(corpusDir, "annex.md"), "# Annex\n\nA mobile clinic reached 4,000 people in remote valleys during the year.");
    const added = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(added.manifest.parsedFiles, 1, "only annex.md is parsed");
    await appendFile(path.join(corpusDir, "notes.md"), "\n\nA closing remark added later.\n");
    const changed = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(changed.manifest.parsedFiles, 1, "only notes.md is parsed");

    const freshDir = path.join(root, "fresh");
    const fresh = await buildIndex({ corpusDir, indexDir: freshDir, embedder: new HashEmbedder(), log: quiet });
    assert.equal(fresh.manifest.parsedFiles, 3);
    const [incremental, scratch] = [await loadIndex(indexDir), await loadIndex(freshDir)];
    assert.deepEqual(incremental.passages, scratch.passages);
    assert.deepEqual(incremental.units, scratch.units);
    assert.deepEqual(incremental.lexical.toJSON(), scratch.lexical.toJSON());
    assert.deepEqual(incremental.manifest.warnings, scratch.manifest.warnings);
    assert.deepEqual(incremental.manifest.parsed, scratch.manifest.parsed);
    assert.equal(incremental.lexical.search("mobile clinic remote valleys", 1)[0]!.index, incremental.passages.findIndex((p) => p.source.document === "annex.md"));
  });

  it("a copy kept aside is not parsed again, and is indexed (parsed then) once its original is removed", async () => {
    const { corpusDir, indexDir } = await twoFiles();
    await copyFile(path.join(corpusDir, "notes.md"), path.join(corpusDir, "wnotes.md"));
    const embedder = new HashEmbedder();
    const first = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.deepEqual(first.manifest.skipped, [{ file: "wnotes.md", reason: "same content as notes.md, which is indexed instead" }]);
    await writeFile(path.join(corpusDir, "annex.md"), "# Annex\n\nA mobile clinic reached 4,000 people in remote valleys during the year.");
    const added = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(added.manifest.parsedFiles, 1);
    assert.deepEqual(added.manifest.skipped, first.manifest.skipped);

    await rm(path.join(corpusDir, "notes.md"));
    const seen = embedder.embedded.length;
    const removed = await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(removed.manifest.parsedFiles, 1, "the copy, now the only one, is parsed");
    assert.deepEqual(removed.manifest.skipped, []);
    assert.equal(embedder.embedded.length, seen, "its texts were embedded already");
    const documents = new Set((await loadIndex(indexDir)).passages.map((p) => p.source.document));
    assert.deepEqual([...documents].sort(), ["annex.md", SUBMISSION, "wnotes.md"]);
  });

  it("removing most of the corpus rebuilds the graph from the stored vectors, embedding nothing", async () => {
    const { corpusDir, indexDir } = await twoFiles();
    const embedder = new HashEmbedder();
    await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    await rm(path.join(corpusDir, SUBMISSION));
    const seen = embedder.embedded.length;
    await buildIndex({ corpusDir, indexDir, embedder, log: quiet });
    assert.equal(embedder.embedded.length, seen);
    assert.equal(await assertSound(indexDir), 3, "the notes' three sentences");
  });

  it("does not reuse vectors of another embedder", async () => {
    const { corpusDir, indexDir } = await twoFiles();
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: quiet });
    const other = new HashEmbedder("test:other");
    const rebuilt = await buildIndex({ corpusDir, indexDir, embedder: other, log: quiet });
    assert.equal(rebuilt.manifest.embedded, new Set(other.embedded).size);
    assert.ok(other.embedded.length > 100);
  });
});
