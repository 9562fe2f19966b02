import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, readFile, rm, symlink, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { MAX_UNIT_CHARS, splitLongText } from "../../src/ingest/passage-units.js";
import { pdfInflatedBytes } from "../../src/ingest/parse-limits.js";
import { buildIndex } from "../../src/store/build-index.js";
import { progressReporter } from "../../src/store/build-progress.js";
import { ingestSummary } from "../../src/store/ingest-summary.js";
import { loadIndex } from "../../src/store/load-index.js";
import { makePdf } from "../helpers/make-pdf.js";
import { tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";
import { deflateSync } from "node:zlib";

const GOOD = "# Notes\n\nThe office trained 600 national facilitators in 26 countries.";

async function corpus(): Promise<{ root: string; corpusDir: string; indexDir: string }> {
  const root = await tempDir();
  const corpusDir = path.join(root, "corpus");
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, "good.md"), GOOD);
  return { root, corpusDir, indexDir: path.join(root, "index") };
}

describe("a corpus with hostile entries", () => {
  it("skips each unreadable entry with one quoted warning line, and the build succeeds", async () => {
    const { root, corpusDir, indexDir } = await corpus();
    // Sparse 3 GB files: reading one whole fails (ERR_FS_FILE_TOO_LARGE), so the build shows none is read.
    await writeFile(path.join(corpusDir, "huge.dat"), "");
    await truncate(path.join(corpusDir, "huge.dat"), 3 * 2 ** 30);
    await writeFile(path.join(corpusDir, "huge.txt"), "");
    await truncate(path.join(corpusDir, "huge.txt"), 3 * 2 ** 30);
    await writeFile(path.join(root, "outside.txt"), "A file outside the corpus folder.");
    await symlink(path.join(root, "outside.txt"), path.join(corpusDir, "link.txt"));
    execFileSync("mkfifo", [path.join(corpusDir, "pipe.txt")]);
    await writeFile(path.join(corpusDir, "gone.txt"), "Deleted after it was listed, before it was read.");
    await writeFile(path.join(corpusDir, 'odd\nwarning: forged "line".txt'), "");

    const lines: string[] = [];
    const result = await buildIndex({
      corpusDir,
      indexDir,
      embedder: new HashEmbedder(),
      log: (line) => lines.push(line),
      // The file goes once the corpus is listed, before any file is parsed.
      progress: (p) => void (p.phase === "parse" && p.done === 0 && rm(path.join(corpusDir, "gone.txt"))),
    });
    assert.deepEqual(lines.filter((line) => line.startsWith("warning: skipped")).sort(), [
      'warning: skipped "odd\\nwarning: forged \\"line\\".txt": empty file',
      'warning: skipped gone.txt: cannot read (ENOENT)',
      'warning: skipped huge.dat: unsupported file type ".dat"',
      'warning: skipped huge.txt: too large (3072 MB, the limit is 100 MB)',
      'warning: skipped link.txt: a symbolic link (links are not followed)',
      'warning: skipped pipe.txt: not a regular file (a FIFO)',
    ]);
    assert.ok(lines.every((line) => !line.includes("\n")), "a file name cannot forge a line");
    assert.equal(result.manifest.skipped.length, 6);
    const index = await loadIndex(indexDir);
    assert.deepEqual(index.passages.map((p) => p.text), ["The office trained 600 national facilitators in 26 countries."]);
    assert.equal(
      ingestSummary(result, { indexDir, ms: 1500 }).split("\n")[0],
      'indexed 1 file, skipped 6: "gone.txt" (cannot read (ENOENT)), "huge.dat" (unsupported file type ".dat"), "huge.txt" (too large (3072 MB, the limit is 100 MB)), ' +
        '"link.txt" (a symbolic link (links are not followed)), "odd\\nwarning: forged \\"line\\".txt" (empty file), "pipe.txt" (not a regular file (a FIFO))',
    );
    assert.equal(ingestSummary(result, { indexDir, ms: 1500 }).split("\n")[1], `The index is in ${indexDir}: 1 passages, 1 units (all embedded) in 1.5 s; rebuilt because: no index yet.`);
  });

  it("indexes a 300 kB line of 20,000 'CountryN 123' pairs, cut into units the encoder can take", async () => {
    const { corpusDir, indexDir } = await corpus();
    const line = Array.from({ length: 20_000 }, (_, i) => `Country${i} ${100 + (i % 900)}`).join(" ");
    await writeFile(path.join(corpusDir, "table.txt"), `${line}\n`);
    const embedder = new HashEmbedder();
    await buildIndex({ corpusDir, indexDir, embedder, log: () => undefined });
    const index = await loadIndex(indexDir);
    const units = index.units.filter((unit) => index.passages[unit.passage]!.source.document === "table.txt").map((unit) => unit.text);
    assert.deepEqual(units, splitLongText(line));
    assert.equal(units.join(" "), line, "nothing lost");
    assert.equal(units.length, 332);
    assert.ok(Math.max(...embedder.embedded.map((text) => text.length)) <= MAX_UNIT_CHARS);
  });

  it("skips a PDF over the page limit or whose streams inflate past the limit", async () => {
    const { corpusDir, indexDir } = await corpus();
    await writeFile(path.join(corpusDir, "long.pdf"), await makePdf(Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of a long annex, which runs over several pages.`).join("\n\n")));
    const lines: string[] = [];
    await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: (l) => lines.push(l), limits: { maxPages: 2 } });
    const skipped = lines.filter((line) => line.startsWith("warning: skipped"));
    assert.equal(skipped.length, 1);
    assert.match(skipped[0]!, /^warning: skipped long\.pdf: \d+ pages, more than the 2 allowed$/);

    // A stream of 64 MB of zeros deflates to ~64 kB: counted up to the limit, never inflated whole.
    const stream = deflateSync(Buffer.alloc(64 * 2 ** 20));
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n1 0 obj << /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n"), stream, Buffer.from("\nendstream\nendobj\n")]);
    assert.equal(pdfInflatedBytes(pdf, 2 ** 30), 64 * 2 ** 20);
    assert.equal(pdfInflatedBytes(pdf, 2 ** 20), 2 ** 20 + 1, "stops past the limit");
  });

  it("reports progress in plain lines off a terminal", async () => {
    const { corpusDir, indexDir } = await corpus();
    await writeFile(path.join(corpusDir, "more.md"), (await readFile(path.join(corpusDir, "good.md"), "utf8")).replace("600", "700"));
    const lines: string[] = [];
    const reporter = progressReporter({ tty: false, write: (line) => lines.push(line) });
    const result = await buildIndex({ corpusDir, indexDir, embedder: new HashEmbedder(), log: () => undefined, progress: (p) => reporter.update(p) });
    assert.equal(result.manifest.embedded, 2);
    assert.deepEqual(lines.map((line) => line.replace(/, \d+\/s, done in \d+ s$/, ", RATE")), [
      "files read: 0/2 (0%)",
      "files read: 1/2 (50%), RATE".replace("RATE", lines[1]!.split(", ").slice(1).join(", ")),
      "files read: 2/2 (100%), RATE",
      "distinct texts embedded: 0/2 (0%)",
      "distinct texts embedded: 2/2 (100%), RATE",
    ]);
    assert.match(lines[1]!, /^files read: 1\/2 \(50%\), \d+\/s, about \S+ \S+ left$/);
  });
});
