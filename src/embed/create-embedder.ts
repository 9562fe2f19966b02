import type { Config } from "../config.js";
import type { Embedder } from "./embedder.js";
import { LocalEmbeddings } from "./local-embeddings.js";
import { OpenAIEmbedder } from "./openai-embedder.js";

/** Chooses the embedder once, from configuration. `workers` applies to the local model. */
export function createEmbedder(config: Config, options: { workers?: number } = {}): Embedder {
  if (config.embeddings === "openai") {
    return new OpenAIEmbedder({ model: config.openai.embeddingsModel, apiKey: config.openai.apiKey, baseURL: config.openai.baseURL });
  }
  return new LocalEmbeddings({ workers: config.embedWorkers ?? options.workers ?? 0 });
}
