import type { ChatTurn } from "../types.js";

// Words that lean on an earlier turn: "And where was it held?", "Who funds them?", "What about Colombia?"
const LEANS_ON_CONTEXT = /\b(it|its|it's|they|them|their|this|that|these|those|there|he|she|his|her|the same)\b|^\s*(and|also|what about|how about|and what about)\b/i;

export interface ContextualQuestion {
  /** What retrieval searches for: the question, with the previous question when it leans on it. */
  query: string;
  followUp: boolean;
  /** The user's previous question, when the current one is a follow-up. */
  previous?: string;
}

/** Resolves a follow-up against the conversation by searching with the previous question too. */
export function contextualizeQuestion(question: string, history: ChatTurn[] = []): ContextualQuestion {
  const previous = [...history].reverse().find((turn) => turn.role === "user")?.content.trim();
  if (!previous || !LEANS_ON_CONTEXT.test(question)) return { query: question, followUp: false };
  return { query: `${previous} ${question}`, followUp: true, previous };
}
