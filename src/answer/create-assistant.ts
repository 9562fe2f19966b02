import type { Config } from "../config.js";
import type { Retriever } from "../retrieve/retriever.js";
import { Assistant } from "./assistant.js";
import { configuredChatModel } from "./chat-model.js";
import { ExtractiveAnswerer } from "./extractive-answerer.js";
import { GenerativeAnswerer } from "./generative-answerer.js";
import type { Prompts } from "./prompts.js";
import { LlmQuestionRewriter } from "./rewrite-question.js";

/** Chooses the answerer once, from configuration: generative when `LLM_MODEL` is set, else extractive. */
export function createAssistant(config: Config, retriever: Retriever, prompts: Prompts): Assistant {
  const extractive = new ExtractiveAnswerer();
  const model = configuredChatModel(config);
  if (!model) return new Assistant(retriever, extractive);
  const answerer = new GenerativeAnswerer({ model, prompts, fallback: extractive, timeoutMs: config.llmTimeoutMs, maxAnswerChars: config.llmMaxTokens * 8 });
  const rewriter = new LlmQuestionRewriter(model, prompts.rewrite, Math.min(config.llmTimeoutMs, 5000));
  return new Assistant(retriever, answerer, rewriter);
}
