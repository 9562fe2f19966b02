import { OpenAIEmbeddings } from "@langchain/openai";
import type { Embedder } from "./embedder.js";

export interface OpenAIEmbedderOptions {
  model: string;
  apiKey?: string;
  /** Any OpenAI-compatible server: OpenAI, Azure, Ollama, vLLM, llama.cpp. */
  baseURL?: string;
}

/** Embeddings from an OpenAI-compatible server, through `@langchain/openai`. */
export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  private readonly inner: OpenAIEmbeddings;

  constructor(options: OpenAIEmbedderOptions) {
    this.id = `openai:${options.model}@${options.baseURL ?? "api.openai.com"}`;
    this.inner = new OpenAIEmbeddings({
      model: options.model,
      apiKey: options.apiKey ?? "not-needed",
      configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
      maxRetries: 2,
    });
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.inner.embedDocuments(texts);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(text);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
