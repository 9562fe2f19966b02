import type { Retrieval } from "../retrieve/retriever.js";
import type { AnswerResult, ChatTurn } from "../types.js";

export interface AnswerRequest {
  question: string;
  history: ChatTurn[];
  retrieval: Retrieval;
  /** Aborts an answer in progress (a client that went away). */
  signal?: AbortSignal;
  /** Receives the answer's text as it is produced. */
  onToken?: (text: string) => void | Promise<void>;
}

/** The answer seam: extractive (offline default) and generative (OpenAI-compatible LLM). */
export interface Answerer {
  readonly mode: AnswerResult["mode"];
  answer(request: AnswerRequest): Promise<AnswerResult>;
}
