import type { Retrieval, Retriever } from "../retrieve/retriever.js";
import type { AnswerResult, ChatTurn } from "../types.js";
import type { Answerer } from "./answerer.js";
import type { QuestionRewriter } from "./rewrite-question.js";

export interface AskRequest {
  question: string;
  history?: ChatTurn[];
  signal?: AbortSignal;
  onToken?: (text: string) => void | Promise<void>;
}

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
  ) {}

  async ask(request: AskRequest): Promise<AskOutcome> {
    const history = request.history ?? [];
    const standalone = history.length ? await this.rewriter?.rewrite(request.question, history, request.signal) : undefined;
    const retrieval = standalone
      ? await this.retriever.retrieve({ question: standalone, k: this.k })
      : await this.retriever.retrieve({ question: request.question, history, k: this.k });
    const result = await this.answerer.answer({ question: request.question, history, retrieval, signal: request.signal, onToken: request.onToken });
    return { result, retrieval };
  }
}
