import { configuredChatModel } from "../compose/chat-model.js";
import type { FallbackEvent } from "../compose/model-failure.js";
import type { Prompts } from "../compose/prompts.js";
import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { buildBrief, type Brief, type BriefRequest } from "../brief/build-brief.js";
import { compareYears } from "../brief/compare-years.js";
import { buildGenerativeBrief } from "../brief/generative-brief.js";

export type BriefResult = Brief & { mode: "extractive" | "generative"; fallbackReason?: string };
/** `signal` aborts the model's call (a client that went away): the promise then rejects. */
export type Briefer = (request?: BriefRequest, signal?: AbortSignal) => Promise<BriefResult>;

/**
 * Extractive briefs offline; written by the LLM, citations and figures checked, when `LLM_MODEL` is set.
 * A year comparison is always extractive: its bullets are the passages' own words, new / gone / continued.
 */
export function createBriefer(config: Config, retriever: Retriever, prompts: Prompts, onFallback?: (event: FallbackEvent) => void): Briefer {
  // A brief is a page (the prompt allows 1,200 words); an answer is a few sentences.
  const model = configuredChatModel(config, config.llmMaxTokens * 4);
  return async (request = {}, signal) => {
    if (request.compare) return { ...compareYears(retriever, { years: request.compare, filters: request.filters, full: request.full }), mode: "extractive" };
    if (!model) return { ...(await buildBrief(retriever, request)), mode: "extractive" };
    return buildGenerativeBrief({ retriever, model, prompts, timeoutMs: config.llmTimeoutMs, request, signal, onFallback });
  };
}
