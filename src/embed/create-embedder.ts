import os from "node:os";
import type { Config } from "../config.js";
import type { Embedder } from "./embedder.js";
import { LocalEmbeddings } from "./local-embeddings.js";
import { OpenAIEmbedder } from "./openai-embedder.js";

/**
 * Encoder worker threads when EMBED_WORKERS is unset: one per core, two at most. Each holds its own copy of
 * the model (~100-150 MB); two measured ~1.5x the throughput of one at 16 connections, and a build with two
 * faster than one in-process model (bench/README.md).
 */
export function defaultEncoderWorkers(): number {
  return Math.min(2, os.availableParallelism());
}

/** Chooses the embedder once, from configuration. `workers` applies to the local model. */
export function createEmbedder(config: Config, options: { workers?: number } = {}): Embedder {
  if (config.embeddings === "openai") {
    return new OpenAIEmbedder({ model: config.openai.embeddingsModel, apiKey: config.openai.apiKey, baseURL: config.openai.baseURL });
  }
  return new LocalEmbeddings({ workers: config.embedWorkers ?? options.workers ?? 0 });
}
