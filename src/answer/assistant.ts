import type { Retrieval, Retriever } from "../retrieve/retriever.js";
import type { AnswerResult, ChatTurn } from "../types.js";
import type { Answerer } from "./answerer.js";
import type { QuestionRewriter } from "./rewrite-question.js";

export interface AskRequest {
  question: string;
  history?: ChatTurn[];
  signal?: AbortSignal;
  onToken?: (text: string) => void;
}

/** Answers a request for a summary ("Summarise the submission") with a briefing note. */
export type Summarizer = (signal?: AbortSignal) => Promise<AnswerResult>;

// "Summarise UNODC's submission", "Give me an overview of the submission", "Brief me": a summary, not a fact.
const SUMMARY_REQUEST = /^\s*(please\s+)?(summari[sz]e|brief me|give (me )?(a |an )?(short )?(summary|overview))\b|\b(summary|overview) of\b.*\bsubmissions?\b/i;

/** What the assistant says to a question that is not in English (issue 14: it used to quote unrelated passages). */
export const NOT_ENGLISH_ANSWER = "The assistant reads the submissions in English and answers questions asked in English. Please ask your question in English.";

export interface AskOutcome {
  result: AnswerResult;
  retrieval: Retrieval;
}

/** Retrieval, then the configured answerer: the one path the API, the CLI and the evaluation share. */
export class Assistant {
  constructor(
    readonly retriever: Retriever,
    readonly answerer: Answerer,
    /** Makes follow-ups standalone before retrieval, when an LLM is configured. */
    private readonly rewriter?: QuestionRewriter,
    /** Passages retrieved and handed to the answerer (which weighs the leading ones). Default 10. */
    private readonly k = 10,
    /** Answers summary requests with a briefing note; without one they are answered as questions. */
    private readonly summarize?: Summarizer,
  ) {}

  async ask(request: AskRequest): Promise<AskOutcome> {
    const history = request.history ?? [];
    const standalone = history.length ? await this.rewriter?.rewrite(request.question, history, request.signal) : undefined;
    const retrieval = standalone
      ? await this.retriever.retrieve({ question: standalone, k: this.k })
      : await this.retriever.retrieve({ question: request.question, history, k: this.k });
    if (retrieval.analysis.notEnglish) return { result: this.say(NOT_ENGLISH_ANSWER, true, request), retrieval };
    if (this.summarize && SUMMARY_REQUEST.test(request.question)) {
      const result = await this.summarize(request.signal);
      for (const piece of result.answer.match(/\S+\s*/g) ?? []) request.onToken?.(piece);
      return { result, retrieval };
    }
    const result = await this.answerer.answer({ question: request.question, history, retrieval, signal: request.signal, onToken: request.onToken });
    return { result, retrieval };
  }

  /** A fixed answer, streamed as answers are. */
  private say(answer: string, abstained: boolean, request: AskRequest): AnswerResult {
    for (const piece of answer.match(/\S+\s*/g) ?? []) request.onToken?.(piece);
    return { answer, abstained, mode: "extractive", citations: [] };
  }
}
