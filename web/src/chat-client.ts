/** Talks to the assistant's API: POST /api/chat with server-sent events, read through fetch. */

// The API's shapes are the server's own types (type-only: nothing of the server reaches the bundle).
import type { AnswerResult as ChatResponse, ChatTurn as Turn, Citation, PassageSource as Source } from "../../src/types";
import { createParser, type EventSourceMessage } from "eventsource-parser";

export type { ChatResponse, Citation, Source, Turn };

/** The API's `filters`: only these entities' (acronym or name) and years' submissions. */
export interface Filters {
  entity?: string | string[];
  year?: number | number[];
}

export interface ClientOptions {
  /** Origin of the API ("" for the page's own). */
  base: string;
  apiKey?: string;
  /** Sent with every question and brief; changed in place by the page's filter control. */
  filters?: Filters;
}

/** The filters as the request body carries them: left out when none is set. */
export function filtersBody(options: ClientOptions): { filters?: Filters } {
  const { entity, year } = options.filters ?? {};
  const filters: Filters = {};
  if (entity !== undefined && [entity].flat().length) filters.entity = entity;
  if (year !== undefined && [year].flat().length) filters.year = year;
  return Object.keys(filters).length ? { filters } : {};
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function headers(options: ClientOptions): Record<string, string> {
  const h: Record<string, string> = { "content-type": "application/json", accept: "text/event-stream, application/json" };
  if (options.apiKey) h.authorization = `Bearer ${options.apiKey}`;
  return h;
}

async function failure(response: Response): Promise<ApiError> {
  let message = `The assistant answered with status ${response.status}.`;
  try {
    const body = await response.json();
    if (body?.error?.message) message = String(body.error.message);
  } catch {
    // keep the generic message
  }
  if (response.status === 429) message = "Too many questions in a short time. Please wait a moment and ask again.";
  // A reader has no use for "Authorization: Bearer <key>": say what to do. The server's words stay in the console.
  if (response.status === 401) {
    console.warn(`Submission Assistant: ${message}`);
    message = "This assistant needs a valid access key, and this page has none (or one that is not valid). Please ask the site's administrator.";
  }
  return new ApiError(message, response.status);
}

/**
 * Why a fetch to the API failed before any response (the browser says only "Failed to fetch"). When the
 * API is on another origin and answers a no-cors request, it is up but refuses this page: the page's origin
 * is not in the server's CORS_ORIGINS. That is said to the user plainly, and to whoever installs the widget
 * in the browser console, with the origin and the setting to change.
 */
export async function explainFetchFailure(options: ClientOptions, error: unknown): Promise<Error> {
  if (!(error instanceof TypeError) || !options.base || options.base === location.origin) return error as Error;
  try {
    await fetch(`${options.base}/api/health`, { mode: "no-cors", cache: "no-store" });
  } catch {
    return new ApiError("The assistant cannot be reached. Please try again later.", 0);
  }
  console.error(`Submission Assistant: ${options.base} does not accept requests from this page's origin ${location.origin}. Add ${location.origin} to CORS_ORIGINS on the assistant's server to enable it here.`);
  return new ApiError("The assistant is not enabled for this page. Please tell the page's owner.", 0);
}

async function send(options: ClientOptions, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw await explainFetchFailure(options, error);
  }
}

/** Asks with streaming; `onText` receives the answer as it grows; resolves with the whole response. */
export async function askStreaming(options: ClientOptions, question: string, history: Turn[], onText: (text: string) => void, signal?: AbortSignal): Promise<ChatResponse> {
  const response = await send(options, `${options.base}/api/chat`, { method: "POST", headers: headers(options), body: JSON.stringify({ question, history, stream: true, ...filtersBody(options) }), signal });
  if (!response.ok || !response.body) throw await failure(response);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let done: ChatResponse | undefined;
  // Server-sent events are read by eventsource-parser (a well-kept parser of the spec), not by hand.
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => events.push(event) });
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parser.feed(decoder.decode(chunk.value, { stream: true }));
    for (const { event = "message", data } of events.splice(0)) {
      if (!data) continue;
      const payload = JSON.parse(data);
      if (event === "token") {
        text += payload.text;
        onText(text);
      } else if (event === "done") done = payload as ChatResponse;
      else if (event === "error") throw new ApiError(payload?.error?.message ?? "The assistant failed.", 500);
    }
  }
  if (!done) throw new ApiError("The answer was cut off. Please ask again.", 502);
  return done;
}

export async function fetchJson<T>(options: ClientOptions, path: string, init?: RequestInit): Promise<T> {
  const response = await send(options, `${options.base}${path}`, { ...init, headers: { ...headers(options), ...(init?.headers as Record<string, string>) } });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}
