import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./listen-on-loopback.js";

/** What the stand-in does with one chat-completions request. */
export type ScriptedReply =
  /** An error answer with this status and JSON body. */
  | { status: number; body: unknown }
  /** A good streamed (or whole) answer with this text. */
  | { text: string }
  /** Headers sent, then nothing until the client gives up. */
  | { hang: true };

export interface ScriptedLlm {
  baseURL: string;
  /** Decides each reply from the last message's content; tests replace it. */
  script: (prompt: string) => ScriptedReply;
  /** The last message's content of each request, in order. */
  prompts: string[];
  /** Connections the client closed before their answer ended (aborted upstream calls). */
  aborted: number;
  /** Resolves when the n-th request (1-based) has arrived, at once if it already has. */
  requestArrived(n: number): Promise<void>;
  /** Resolves when the n-th connection closed by the client before its answer ended has closed. */
  requestAborted(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A stand-in OpenAI-compatible server on loopback whose replies a test scripts per request (errors that
 * quote secrets, hostile Markdown, a call that never ends), for the faults `fake-llm.ts` does not play.
 */
export async function startScriptedLlm(script: ScriptedLlm["script"] = () => ({ text: "A fact [1]." })): Promise<ScriptedLlm> {
  const abortWaiters: { n: number; resolve: () => void }[] = [];
  const arrivalWaiters: { n: number; resolve: () => void }[] = [];
  const llm: ScriptedLlm = {
    baseURL: "",
    script,
    prompts: [],
    aborted: 0,
    requestArrived: (n) => new Promise((resolve) => (llm.prompts.length >= n ? resolve() : arrivalWaiters.push({ n, resolve }))),
    requestAborted: (n) => new Promise((resolve) => (llm.aborted >= n ? resolve() : abortWaiters.push({ n, resolve }))),
    close: async () => undefined,
  };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    if (!req.url?.endsWith("/chat/completions")) {
      res.writeHead(404).end();
      return;
    }
    const request = JSON.parse(body || "{}") as { model?: string; stream?: boolean; messages?: { content: string }[] };
    const prompt = request.messages?.at(-1)?.content ?? "";
    res.on("close", () => {
      if (res.writableFinished) return;
      llm.aborted++;
      for (const waiter of abortWaiters.filter((w) => llm.aborted >= w.n)) waiter.resolve();
    });
    llm.prompts.push(prompt);
    for (const waiter of arrivalWaiters.filter((w) => llm.prompts.length >= w.n)) waiter.resolve();
    const reply = llm.script(prompt);
    if ("hang" in reply) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.flushHeaders();
      return;
    }
    if ("status" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
      return;
    }
    const chunk = (delta: object, finish: string | null) => `data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 0, model: request.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    if (!request.stream) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "x", object: "chat.completion", created: 0, model: request.model, choices: [{ index: 0, message: { role: "assistant", content: reply.text }, finish_reason: "stop" }] }));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    for (const piece of reply.text.match(/\S+\s*|\s+/g) ?? []) res.write(chunk({ content: piece }, null));
    res.write(chunk({}, "stop"));
    res.end("data: [DONE]\n\n");
  });
  const listening = await listenOnLoopback(server);
  llm.baseURL = listening.baseURL;
  llm.close = listening.close;
  return llm;
}
