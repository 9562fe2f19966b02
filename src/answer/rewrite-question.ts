import { HumanMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import type { ChatTurn } from "../types.js";
import { streamModelText } from "../compose/chat-model.js";
import { fillTemplate } from "../compose/prompts.js";
import { MAX_QUESTION_CHARS } from "../types.js";

export interface QuestionRewriter {
  /** A standalone form of a follow-up question, or undefined to keep the question as it is. */
  rewrite(question: string, history: ChatTurn[], signal?: AbortSignal): Promise<string | undefined>;
}

/** Follow-up rewriting by the LLM; any failure keeps the original question (retrieval then uses the history). */
export class LlmQuestionRewriter implements QuestionRewriter {
  constructor(
    private readonly model: ChatOpenAI,
    private readonly template: string,
    private readonly timeoutMs: number,
  ) {}

  async rewrite(question: string, history: ChatTurn[], signal?: AbortSignal): Promise<string | undefined> {
    if (!history.length) return undefined;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    try {
      const conversation = history.slice(-6).map((turn) => `${turn.role}: ${turn.content}`).join("\n");
      // stream(), not invoke(): with `streaming: true`, invoke() was seen to hang past its abort signal here.
      const messages = [new HumanMessage(fillTemplate(this.template, { history: conversation, question }))];
      let reply = "";
      for await (const piece of streamModelText(this.model, messages, signal ? AbortSignal.any([signal, timeout]) : timeout)) reply += piece;
      const rewritten = reply.trim().split("\n")[0]!.trim();
      return rewritten && rewritten.length <= MAX_QUESTION_CHARS ? rewritten : undefined;
    } catch {
      return undefined;
    }
  }
}
