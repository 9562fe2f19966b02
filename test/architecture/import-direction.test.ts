import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../helpers/fixtures.js";

/**
 * The pipeline's stages in the order data flows (README, "How it works"); a stage may import its own folder,
 * an earlier stage, or the shared files directly under src/ (types, config, errors), never a later stage.
 */
const STAGES = ["text", "ingest", "embed", "store", "retrieve", "compose", "answer", "brief", "eval", "app", "server", "cli"];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|mts|mjs)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe("the flow runs one way", () => {
  it("every src/ folder is a known stage", async () => {
    const folders = (await readdir(path.join(ROOT, "src"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    assert.deepEqual(folders.filter((f) => !STAGES.includes(f)), []);
  });

  it("no stage imports a later one", async () => {
    const violations: string[] = [];
    for (const file of await sourceFiles(path.join(ROOT, "src"))) {
      const stage = path.relative(path.join(ROOT, "src"), file).split(path.sep)[0]!;
      const rank = STAGES.indexOf(stage);
      if (rank < 0) continue; // a shared file directly under src/
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
        const target = path.relative(path.join(ROOT, "src"), path.resolve(path.dirname(file), match[1]!)).split(path.sep)[0]!;
        const targetRank = STAGES.indexOf(target);
        if (targetRank > rank) violations.push(`${path.relative(ROOT, file)} imports ${match[1]} (${target} comes after ${stage})`);
      }
    }
    assert.deepEqual(violations, []);
  });
});
