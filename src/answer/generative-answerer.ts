import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import type { ScoredPassage } from "../retrieve/retriever.js";
import type { AnswerResult, ChatTurn } from "../types.js";
import type { AnswerRequest, Answerer } from "./answerer.js";
import { streamModelText } from "../compose/chat-model.js";
import { CitationVoucher } from "./citation-voucher.js";
import { CitationList } from "../compose/citations.js";
import { abstention, type ExtractiveAnswerer } from "./extractive-answerer.js";
import { modelFailureReason, type FallbackEvent } from "../compose/model-failure.js";
import { fillTemplate, type Prompts } from "../compose/prompts.js";
import { quoteAttribute, quotePassageText } from "../compose/quote-passage.js";

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
  /**
   * Characters of model output read before the call is abandoned (a server that ignores `max_tokens`).
   * Default 8192: twice 1,024 tokens at about four characters a token.
   */
  maxAnswerChars?: number;
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

  /**
   * Streams only what is vouched for: the model's text is checked sentence by sentence as it arrives
   * (`CitationVoucher`), and a sentence is sent through `onToken` once its citations name passages the
   * model was given, renumbered. If the model fails, times out, writes too much, cites nothing valid or
   * signals "not in the submission" before any sentence was sent, the extractive answer (or the abstention)
   * is sent instead; after a sentence was sent, the answer is what was sent. Either way the text sent equals
   * the returned `answer`. `onToken` may return a promise (a slow client): reading the model waits for it.
   */
  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const { retrieval } = request;
    const passages = retrieval.list ? retrieval.passages : retrieval.passages.slice(0, this.options.maxPassages ?? 6);
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const tooLong = new AbortController();
    const signal = AbortSignal.any([timeout, tooLong.signal, ...(request.signal ? [request.signal] : [])]);
    const maxChars = this.options.maxAnswerChars ?? 8192;
    const messages = [
      new SystemMessage(this.options.prompts.system),
      ...historyMessages(request.history, this.options.maxHistory ?? 6),
      new HumanMessage(fillTemplate(this.options.prompts.answer, { passages: formatPassages(passages), question: request.question })),
    ];

    const voucher = new CitationVoucher({ passageCount: passages.length, signal: NOT_IN_SUBMISSION });
    const send = async (text: string) => {
      if (text) await request.onToken?.(text);
    };
    let opening = "";
    let length = 0;
    let failure: string | undefined;
    let failureCause: unknown;
    try {
      for await (const piece of streamModelText(this.options.model, messages, signal)) {
        length += piece.length;
        if (length > maxChars) {
          tooLong.abort(new Error("answer too long"));
          failure = `the language model's answer passed ${maxChars} characters`;
          break;
        }
        if (opening.length < NOT_IN_SUBMISSION.length) opening = (opening + piece).trimStart();
        if (opening.startsWith(NOT_IN_SUBMISSION)) break;
        await send(voucher.push(piece));
      }
    } catch (error) {
      if (request.signal?.aborted) throw error;
      const reason = modelFailureReason(error, timeout.aborted ? this.options.timeoutMs : undefined);
      failure = reason;
      failureCause = error;
    }

    if (!failure && !opening.startsWith(NOT_IN_SUBMISSION)) await send(voucher.end());
    if (voucher.text) {
      const citations = new CitationList();
      for (const index of voucher.cited) citations.cite(passages[index]!);
      return { answer: voucher.text, abstained: false, mode: this.mode, citations: citations.citations };
    }
    if (failure) return this.fallBack(request, failure, failureCause);
    if (opening.startsWith(NOT_IN_SUBMISSION) || voucher.signalled) {
      const result = { ...abstention(retrieval), mode: this.mode };
      await send(result.answer);
      return result;
    }
    if (!opening) return this.fallBack(request, "the language model returned an empty answer");
    return this.fallBack(request, "the language model cited no passage it was given");
  }

  private async fallBack(request: AnswerRequest, reason: string, cause?: unknown): Promise<AnswerResult> {
    this.options.onFallback?.({ stage: "answer", reason, cause });
    const result = await this.options.fallback.answer({ ...request, onToken: undefined });
    if (result.answer) await request.onToken?.(result.answer);
    return { ...result, fallbackReason: reason };
  }
}
