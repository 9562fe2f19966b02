import { ChatOpenAI } from "@langchain/openai";

export interface ChatModelOptions {
  model: string;
  apiKey?: string;
  /** Any OpenAI-compatible server: OpenAI, Azure, Ollama, vLLM, llama.cpp. */
  baseURL?: string;
}

/** The configured LLM, through `@langchain/openai`. Retries are ours to decide (we fall back instead). */
export function createChatModel(options: ChatModelOptions): ChatOpenAI {
  return new ChatOpenAI({
    model: options.model,
    apiKey: options.apiKey ?? "not-needed",
    configuration: options.baseURL ? { baseURL: options.baseURL } : undefined,
    temperature: 0,
    maxRetries: 0,
    streaming: true,
  });
}

/** Text of a streamed chunk, whatever shape its content has. */
export function chunkText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part === "string" ? part : typeof part?.text === "string" ? part.text : "")).join("");
  return "";
}
