import type { Config } from "../config.js";
import type { Embedder } from "../embed/embedder.js";
import { Retriever } from "../retrieve/retriever.js";
import { buildIndex, type BuildIndexResult } from "../store/build-index.js";
import { loadIndex } from "../store/load-index.js";
import type { Assistant } from "./assistant.js";
import { createAssistant } from "./create-assistant.js";
import type { Prompts } from "./prompts.js";
import { createBriefer, type Briefer } from "../brief/create-briefer.js";

export interface OpenedAssistant {
  retriever: Retriever;
  assistant: Assistant;
  brief: Briefer;
  build: BuildIndexResult;
}

/** Builds the index when missing or stale, loads it and the embedding model, and puts the configured assistant on it. */
export async function openAssistant(options: { config: Config; embedder: Embedder; prompts: Prompts; log: (line: string) => void; force?: boolean }): Promise<OpenedAssistant> {
  const { config, embedder } = options;
  // The model loads while the index is checked, so no question ever waits for it.
  const [build] = await Promise.all([
    buildIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, embedder, force: options.force, log: options.log }),
    embedder.ready(),
  ]);
  const index = await loadIndex(config.indexDir, { embedderId: embedder.id });
  const retriever = new Retriever(index, embedder);
  return { retriever, assistant: createAssistant(config, retriever, options.prompts), brief: createBriefer(config, retriever, options.prompts), build };
}
