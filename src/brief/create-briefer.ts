import { configuredChatModel } from "../answer/chat-model.js";
import type { Prompts } from "../answer/prompts.js";
import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { buildBrief, type Brief } from "./build-brief.js";
import { buildGenerativeBrief } from "./generative-brief.js";

export type BriefResult = Brief & { mode: "extractive" | "generative"; fallbackReason?: string };
export type Briefer = (topic?: string) => Promise<BriefResult>;

/** Extractive briefs offline; written by the LLM, citations checked, when `LLM_MODEL` is set. */
export function createBriefer(config: Config, retriever: Retriever, prompts: Prompts): Briefer {
  // A brief is a page (the prompt allows 1,200 words); an answer is a few sentences.
  const model = configuredChatModel(config, config.llmMaxTokens * 4);
  if (!model) return async (topic) => ({ ...(await buildBrief(retriever, topic)), mode: "extractive" });
  return (topic) => buildGenerativeBrief({ retriever, model, prompts, timeoutMs: config.llmTimeoutMs, topic });
}
