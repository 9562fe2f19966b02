import assert from "node:assert/strict";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import PDFDocument from "pdfkit";
import { CORPUS_DIR, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { getJson, startServer, type TestServer } from "../helpers/server.js";

/** "a", "b", … "z", "ba", …: a page's own word, so no line repeats on most pages (repeated lines are a PDF's running header or footer, and dropped). */
function pageWord(page: number): string {
  let word = "";
  for (let n = page; ; n = Math.floor(n / 26) - 1) {
    word = String.fromCharCode(97 + (n % 26)) + word;
    if (n < 26) return word;
  }
}

/** A real PDF of `pages` pages, each with one sentence of its own (every page to parse). */
async function bigPdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  for (let page = 0; page < pages; page++) doc.addPage().fontSize(10).text(`This page of the statistical annex lists no further activities under heading ${pageWord(page)}.`);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** Resolves once the server has logged `message` for the `nth` time (checking the lines already logged first). */
async function logged(server: TestServer, message: string, nth = 1): Promise<void> {
  for (;;) {
    if (server.logs.filter((entry) => entry.msg === message).length >= nth) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("re-indexing a large PDF while serving", () => {
  let server: TestServer;
  let corpusDir: string;
  const headers = { authorization: "Bearer admin-key" };
  before(async () => {
    const root = await tempDir();
    corpusDir = path.join(root, "corpus");
    await mkdir(corpusDir);
    await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
    server = await startServer({ CORPUS_DIR: corpusDir, INDEX_DIR: path.join(root, "index"), API_KEYS: "admin-key", ADMIN_API_KEYS: "admin-key" });
  });
  after(async () => {
    await server?.stop();
  });

  it("parses it off the request thread: a search during the re-index answers, and the new file is indexed", async () => {
    const builtBefore = (await getJson(`${server.url}/api/health`, { headers })).body.builtAt;
    await writeFile(path.join(corpusDir, "annex.pdf"), await bigPdf(1500));
    const reindex = getJson(`${server.url}/api/admin/reindex`, { method: "POST", headers });
    // The re-index has listed both files and starts parsing them.
    await logged(server, "files read: 0/2 (0%)");
    const search = await getJson(`${server.url}/api/search?q=${encodeURIComponent("Which events did the Office organize?")}&k=3`, { headers });
    assert.equal(search.status, 200);
    assert.equal(search.body.results.length, 3);
    assert.ok(search.body.results.every((r: { source: { document: string } }) => r.source.document === SUBMISSION), "the old index answers");
    const done = await reindex;
    assert.equal(done.status, 200);
    assert.equal(done.body.reused, false);
    const health = await getJson(`${server.url}/api/health`, { headers });
    assert.notEqual(health.body.builtAt, builtBefore);
    const after = await getJson(`${server.url}/api/search?q=${encodeURIComponent("statistical annex lists no further activities")}&k=1`, { headers });
    assert.equal(after.body.results[0].source.document, "annex.pdf");
  });
});
