import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { Assistant, type Summarizer } from "../answer/assistant.js";
import { configuredChatModel } from "../compose/chat-model.js";
import { ExtractiveAnswerer } from "../answer/extractive-answerer.js";
import { GenerativeAnswerer } from "../answer/generative-answerer.js";
import type { FallbackEvent } from "../compose/model-failure.js";
import type { Prompts } from "../compose/prompts.js";
import { LlmQuestionRewriter } from "../answer/rewrite-question.js";

/** Chooses the answerer once, from configuration: generative when `LLM_MODEL` is set, else extractive. */
export function createAssistant(config: Config, retriever: Retriever, prompts: Prompts, hooks: { summarize?: Summarizer; onFallback?: (event: FallbackEvent) => void } = {}): Assistant {
  const extractive = new ExtractiveAnswerer();
  const model = configuredChatModel(config);
  if (!model) return new Assistant(retriever, extractive, undefined, undefined, hooks.summarize);
  const answerer = new GenerativeAnswerer({ model, prompts, fallback: extractive, timeoutMs: config.llmTimeoutMs, maxAnswerChars: config.llmMaxTokens * 8, onFallback: hooks.onFallback });
  const rewriter = new LlmQuestionRewriter(model, prompts.rewrite, Math.min(config.llmTimeoutMs, 5000));
  return new Assistant(retriever, answerer, rewriter, undefined, hooks.summarize);
}
