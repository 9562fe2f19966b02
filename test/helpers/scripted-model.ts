import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./listen-on-loopback.js";

/** What the stand-in model does for one answer. */
export type Script =
  /** Streams `text` in pieces of `pieceSize` characters (default 3), then ends the stream properly. */
  | { kind: "text"; text: string; pieceSize?: number }
  /** Answers 500 with an OpenAI error body. */
  | { kind: "status"; status: number }
  /** Never answers (the server's LLM_TIMEOUT_MS must end it). */
  | { kind: "hang" }
  /**
   * Streams `text`, then drops the connection without ending the stream: at once, or once `release`
   * resolves (so that the test can first see the server pass the text on; data still unread when the
   * connection fails is lost to the reader, as with a real network).
   */
  | { kind: "drop"; text: string; release?: Promise<void> }
  /** Streams `piece` again and again until the client stops reading or goes away. */
  | { kind: "endless"; piece: string };

/** One request the stand-in received: its JSON body. */
export interface ScriptedRequest {
  body: { model?: string; stream?: boolean; max_tokens?: number; messages: { role: string; content: string }[] };
  /** The passages' first lines, by number, as the prompt gave them. */
  passages: Map<number, string>;
}

export interface ScriptedLlm {
  baseURL: string;
  requests: ScriptedRequest[];
  /** Called with each answer request's question; returns what to do. */
  script: (question: string) => Script;
  /** Characters written by `endless` answers, and whether a write had to wait for the reader (backpressure). */
  endless: { written: number; blocked: boolean; closed: boolean; waiters: (() => void)[] };
  close(): Promise<void>;
}

function chunk(content: string): string {
  return `data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 0, model: "scripted", choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
}

/**
 * An OpenAI-compatible model on loopback whose every answer is scripted by the test (`script`), so that the
 * server's handling of each way a model behaves can be checked exactly. Rewrite prompts (follow-ups) are
 * answered with the question unchanged.
 */
export async function startScriptedLlm(): Promise<ScriptedLlm> {
  const state: ScriptedLlm = {
    baseURL: "",
    requests: [],
    script: () => ({ kind: "text", text: "NOT_IN_SUBMISSION" }),
    endless: { written: 0, blocked: false, closed: false, waiters: [] },
    close: async () => undefined,
  };
  const notify = () => {
    for (const waiter of state.endless.waiters.splice(0)) waiter();
  };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    for await (const piece of req) raw += piece;
    const body = JSON.parse(raw || "{}") as ScriptedRequest["body"];
    const prompt = body.messages?.at(-1)?.content ?? "";
    const passages = new Map([...prompt.matchAll(/<passage n="(\d+)"[^>]*>\n([^\n]*)/g)].map((m) => [Number(m[1]), m[2]!]));
    state.requests.push({ body, passages });
    const question = /(?:^|\n)Question: (.*)$/.exec(prompt)?.[1];
    const script: Script = question === undefined ? { kind: "text", text: /Last question: (.*)$/s.exec(prompt)?.[1] ?? "" } : state.script(question);
    if (script.kind === "hang") return;
    if (script.kind === "status") {
      res.writeHead(script.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    if (script.kind === "endless") {
      res.on("close", () => {
        state.endless.closed = true;
        notify();
      });
      while (!res.destroyed) {
        const data = chunk(script.piece);
        state.endless.written += script.piece.length;
        if (!res.write(data)) {
          state.endless.blocked = true;
          notify();
          await new Promise<void>((resolve) => {
            const go = () => {
              res.off("drain", go);
              res.off("close", go);
              resolve();
            };
            res.on("drain", go);
            res.on("close", go);
          });
        }
      }
      return;
    }
    const size = script.kind === "text" ? (script.pieceSize ?? 3) : 3;
    for (let i = 0; i < script.text.length; i += size) res.write(chunk(script.text.slice(i, i + size)));
    if (script.kind === "drop") {
      await script.release;
      res.socket?.destroy();
      return;
    }
    res.write(`data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 0, model: "scripted", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
    res.end("data: [DONE]\n\n");
  });
  const listening = await listenOnLoopback(server);
  state.baseURL = listening.baseURL;
  state.close = listening.close;
  return state;
}

/** Resolves once the endless answer was blocked by backpressure or closed (checked first, then awaited). */
export async function endlessSettled(llm: ScriptedLlm): Promise<void> {
  while (!llm.endless.blocked && !llm.endless.closed) await new Promise<void>((resolve) => llm.endless.waiters.push(resolve));
}
