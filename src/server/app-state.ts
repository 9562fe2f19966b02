import { NotReadyError } from "../errors.js";
import type { Assistant } from "../answer/assistant.js";
import type { Briefer } from "../app/create-briefer.js";
import type { Retriever } from "../retrieve/retriever.js";

/** What serving needs once the index is loaded; swapped whole on re-index. */
export interface Services {
  retriever: Retriever;
  assistant: Assistant;
  brief: Briefer;
}

/** Readiness: the server listens at once and answers 503 `not_ready` until the index has loaded. */
export class AppState {
  status: "loading" | "ready" | "failed" = "loading";
  failure?: string;
  private current?: Services;

  constructor(
    readonly embedderId: string,
    readonly llm: string,
  ) {}

  ready(services: Services): void {
    this.current = services;
    this.status = "ready";
    this.failure = undefined;
  }

  /** A failed load or rebuild: the services already serving (the previous index) keep serving. */
  fail(reason: string): void {
    if (!this.current) this.status = "failed";
    this.failure = reason;
  }

  get services(): Services {
    if (!this.current) throw new NotReadyError(this.status === "failed");
    return this.current;
  }
}
