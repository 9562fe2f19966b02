import { configuredChatModel } from "../answer/chat-model.js";
import type { FallbackEvent } from "../answer/model-failure.js";
import type { Prompts } from "../answer/prompts.js";
import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { buildBrief, type Brief } from "./build-brief.js";
import { buildGenerativeBrief } from "./generative-brief.js";

export type BriefResult = Brief & { mode: "extractive" | "generative"; fallbackReason?: string };
/** `signal` aborts the model's call (a client that went away): the promise then rejects. */
export type Briefer = (topic?: string, signal?: AbortSignal) => Promise<BriefResult>;

/** Extractive briefs offline; written by the LLM, citations checked, when `LLM_MODEL` is set. */
export function createBriefer(config: Config, retriever: Retriever, prompts: Prompts, onFallback?: (event: FallbackEvent) => void): Briefer {
  const model = configuredChatModel(config);
  if (!model) return async (topic) => ({ ...(await buildBrief(retriever, topic)), mode: "extractive" });
  return (topic, signal) => buildGenerativeBrief({ retriever, model, prompts, timeoutMs: config.llmTimeoutMs, topic, signal, onFallback });
}
