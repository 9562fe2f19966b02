import path from "node:path";
import { readConfig } from "../config.js";
import { createEmbedder, defaultEncoderWorkers } from "../embed/create-embedder.js";
import { AppError } from "../errors.js";
import { buildIndex } from "../store/build-index.js";
import { readCommandLine } from "./parse-cli.js";
import { progressReporter } from "../store/build-progress.js";
import { ingestSummary } from "../store/ingest-summary.js";

const { values } = readCommandLine({
  usage: `usage: npm run ingest [-- --force]

Builds the search index (INDEX_DIR, default index/) from the submissions in CORPUS_DIR (default corpus/).
An index that matches the corpus and the embedder is reused.

  --force     rebuild even when nothing changed
  -h, --help  show this help`,
  options: { force: { type: "boolean", default: false } },
});
const config = readConfig();
const started = performance.now();
// The model is loaded only if something must be embedded (a warm run never loads it), in two worker
// threads that take batches in turn: measured faster than one in-process model (bench/README.md).
const embedder = createEmbedder(config, { workers: defaultEncoderWorkers() });
// A bar on a terminal, plain lines in a pipe or a log (both on stdout, with the summary).
const progress = progressReporter({ tty: Boolean(process.stdout.isTTY), write: (line) => console.log(line), stream: process.stdout });
try {
  const result = await buildIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, embedder, force: values.force, progress: (p) => progress.update(p) });
  console.log(ingestSummary(result, { indexDir: path.resolve(config.indexDir), ms: Math.round(performance.now() - started) }));
} catch (error) {
  progress.stop();
  console.error(`ingest failed: ${error instanceof AppError ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await embedder.close();
}
