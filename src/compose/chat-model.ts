import type { BaseMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import type { Config } from "../config.js";

export interface ChatModelOptions {
  model: string;
  apiKey?: string;
  /** Any OpenAI-compatible server: OpenAI, Azure, Ollama, vLLM, llama.cpp. */
  baseURL?: string;
  /** Sent as `max_tokens`: the most the model may write. Unset: the server's limit. */
  maxTokens?: number;
}

/** The configured LLM, through `@langchain/openai`. Retries are ours to decide (we fall back instead). */
export function createChatModel(options: ChatModelOptions): ChatOpenAI {
  return new ChatOpenAI({
    model: options.model,
    apiKey: options.apiKey ?? "not-needed",
    configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
    temperature: 0,
    maxRetries: 0,
    maxTokens: options.maxTokens,
    streaming: true,
  });
}

/** The LLM that `LLM_MODEL` (and `OPENAI_BASE_URL` / `OPENAI_API_KEY`) configure, or none; `maxTokens` defaults to `LLM_MAX_TOKENS`. */
export function configuredChatModel(config: Config, maxTokens = config.llmMaxTokens): ChatOpenAI | undefined {
  return config.llmModel ? createChatModel({ model: config.llmModel, apiKey: config.openai.apiKey, baseURL: config.openai.baseURL, maxTokens }) : undefined;
}

/** Text of a streamed chunk, whatever shape its content has. */
export function chunkText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === "string" ? part : typeof part?.text === "string" ? part.text : "")).join("");
  return "";
}

/**
 * The one loop over a model's streamed answer: its text, piece by piece, for `for await`. `signal` aborts the
 * upstream call (a client gone, a timeout, an answer too long); errors and aborts reach the caller, which
 * decides the fallback. Used by the answerer, the briefer and the follow-up rewriter.
 */
export async function* streamModelText(model: ChatOpenAI, messages: BaseMessage[], signal: AbortSignal): AsyncGenerator<string> {
  const stream = await model.stream(messages, { signal });
  for await (const chunk of stream) yield chunkText(chunk.content);
}
