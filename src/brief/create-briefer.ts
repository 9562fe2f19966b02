import { configuredChatModel } from "../answer/chat-model.js";
import type { Prompts } from "../answer/prompts.js";
import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import type { SearchFilter } from "../retrieve/search-filter.js";
import { buildBrief, type Brief } from "./build-brief.js";
import { buildGenerativeBrief } from "./generative-brief.js";

export type BriefResult = Brief & { mode: "extractive" | "generative"; fallbackReason?: string };
/** A briefing note on the topic (or everything), limited to the filter's entities and years (or the whole corpus). */
export type Briefer = (topic?: string, filter?: SearchFilter) => Promise<BriefResult>;

/** Extractive briefs offline; written by the LLM, citations checked, when `LLM_MODEL` is set. */
export function createBriefer(config: Config, retriever: Retriever, prompts: Prompts): Briefer {
  const model = configuredChatModel(config);
  if (!model) return async (topic, filter) => ({ ...(await buildBrief(retriever, topic, filter)), mode: "extractive" });
  return (topic, filter) => buildGenerativeBrief({ retriever, model, prompts, timeoutMs: config.llmTimeoutMs, topic, filter });
}
