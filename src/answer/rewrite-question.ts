import { HumanMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import type { ChatTurn } from "../types.js";
import { chunkText } from "../compose/chat-model.js";
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
      const stream = await this.model.stream([new HumanMessage(fillTemplate(this.template, { history: conversation, question }))], {
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      let reply = "";
      for await (const chunk of stream) reply += chunkText(chunk.content);
      const rewritten = reply.trim().split("\n")[0]!.trim();
      return rewritten && rewritten.length <= MAX_QUESTION_CHARS ? rewritten : undefined;
    } catch {
      return undefined;
    }
  }
}
