import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import type { ScoredPassage } from "../retrieve/retriever.js";
import type { AnswerResult, ChatTurn } from "../types.js";
import type { AnswerRequest, Answerer } from "./answerer.js";
import { chunkText } from "../compose/chat-model.js";
import { checkCitations } from "./check-citations.js";
import { CitationList } from "../compose/citations.js";
import { abstention, type ExtractiveAnswerer } from "./extractive-answerer.js";
import { modelFailureReason, type FallbackEvent } from "../compose/model-failure.js";
import { fillTemplate, type Prompts } from "../compose/prompts.js";
import { quoteAttribute, quotePassageText } from "../compose/quote-passage.js";
import { sanitizeModelText } from "../compose/sanitize-model-text.js";

export interface GenerativeOptions {
  model: ChatOpenAI;
  prompts: Prompts;
  /** Answers when the model fails, hangs, or cites nothing it was given. */
  fallback: ExtractiveAnswerer;
  /** Milliseconds before the model is abandoned. */
  timeoutMs: number;
  /** Passages put in the prompt. Default 6. */
  maxPassages?: number;
  /** Earlier turns sent along. Default 6. */
  maxHistory?: number;
  /** Told of every fallback, with its cause (for the server log; the client sees only `reason`). */
  onFallback?: (event: FallbackEvent) => void;
}

const NOT_IN_SUBMISSION = "NOT_IN_SUBMISSION";

/** Passages as quoted data: attributes escaped, text fenced so it cannot pose as instructions. */
export function formatPassages(passages: ScoredPassage[]): string {
  return passages
    .map((hit, i) => {
      const where = quoteAttribute(hit.passage.breadcrumb);
      const text = quotePassageText(hit.passage.text);
      return `<passage n="${i + 1}" source="${where}">\n${text}\n</passage>`;
    })
    .join("\n\n");
}

function historyMessages(history: ChatTurn[], max: number): BaseMessage[] {
  return history.slice(-max).map((turn) => (turn.role === "user" ? new HumanMessage(turn.content) : new AIMessage(turn.content)));
}

/** Answers written by an OpenAI-compatible LLM from the retrieved passages, citations checked. */
export class GenerativeAnswerer implements Answerer {
  readonly mode = "generative" as const;

  constructor(private readonly options: GenerativeOptions) {}

  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const { retrieval } = request;
    const passages = retrieval.list ? retrieval.passages : retrieval.passages.slice(0, this.options.maxPassages ?? 6);
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const messages = [
      new SystemMessage(this.options.prompts.system),
      ...historyMessages(request.history, this.options.maxHistory ?? 6),
      new HumanMessage(fillTemplate(this.options.prompts.answer, { passages: formatPassages(passages), question: request.question })),
    ];

    let text = "";
    try {
      const stream = await this.options.model.stream(messages, { signal });
      let forwarded = 0;
      for await (const chunk of stream) {
        text += chunkText(chunk.content);
        // The opening is held back while it may still be the "not in the submission" signal.
        const opening = text.trimStart();
        if (NOT_IN_SUBMISSION.startsWith(opening) || opening.startsWith(NOT_IN_SUBMISSION)) continue;
        request.onToken?.(text.slice(forwarded));
        forwarded = text.length;
      }
    } catch (error) {
      if (request.signal?.aborted) throw error;
      return this.fallBack(request, modelFailureReason(error, timeout.aborted ? this.options.timeoutMs : undefined), error);
    }

    if (text.includes(NOT_IN_SUBMISSION)) return { ...abstention(retrieval), mode: this.mode };
    const checked = checkCitations(sanitizeModelText(text), passages.length);
    if (!checked.text) return this.fallBack(request, "the language model returned an empty answer");
    if (!checked.cited.length) return this.fallBack(request, "the language model cited no passage it was given");
    const citations = new CitationList();
    for (const index of checked.cited) citations.cite(passages[index]!);
    return { answer: checked.text, abstained: false, mode: this.mode, citations: citations.citations };
  }

  private async fallBack(request: AnswerRequest, reason: string, cause?: unknown): Promise<AnswerResult> {
    this.options.onFallback?.({ stage: "answer", reason, cause });
    const result = await this.options.fallback.answer({ ...request, onToken: undefined });
    return { ...result, fallbackReason: reason };
  }
}
