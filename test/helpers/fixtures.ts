import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CORPUS_DIR = path.join(ROOT, "corpus");
export const SUBMISSION = "unodc-2024.txt";
/** Openings of twelve other entities' real submissions, kept in the repository so that a clone anywhere can test. */
export const CORPUS_MORE_DIR = path.join(ROOT, "test", "fixtures", "corpus-more");

export function readSubmission(): Promise<string> {
  return readFile(path.join(CORPUS_DIR, SUBMISSION), "utf8");
}

export function tempDir(prefix = "sa-test-"): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}
