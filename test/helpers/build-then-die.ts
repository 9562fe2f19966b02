/**
 * A build that dies by SIGKILL at its last moment before the swap (every file staged, the manifest
 * written): argv are the corpus and index folders. The reliability tests run it as a child process.
 */
import { createEmbedder } from "../../src/embed/create-embedder.js";
import { readConfig } from "../../src/config.js";
import { buildIndex } from "../../src/store/build-index.js";

const [corpusDir, indexDir] = process.argv.slice(2);
const embedder = createEmbedder(readConfig({}), { workers: 0 });
await buildIndex({
  corpusDir: corpusDir!,
  indexDir: indexDir!,
  embedder,
  force: true,
  log: () => undefined,
  beforeSwap: async () => {
    process.kill(process.pid, "SIGKILL");
    await new Promise(() => undefined);
  },
});
