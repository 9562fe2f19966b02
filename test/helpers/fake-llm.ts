import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { listenOnLoopback } from "./listen-on-loopback.js";

/**
 * A stand-in OpenAI-compatible server on loopback, scripted by the question it is asked:
 * a question containing "hang" never gets an answer, "fail" gets a 500, "garbage" a broken stream,
 * "badcite" an answer citing a passage that does not exist, "outside" the not-in-submission signal,
 * "slow" a good answer of two sentences streamed a word every 40 ms; a briefing note as briefReply says;
 * anything else a good answer that cites passage 1.
 */
export interface FakeLlm {
  baseURL: string;
  requests: { model: string; stream: boolean; messages: { role: string; content: string }[] }[];
  /** Connections closed by the client before an answer (an aborted upstream call). */
  aborted: number;
  /** Resolves once `aborted` reaches `count` (at once if it already has): an event, not a timed poll. */
  abortedAtLeast(count: number): Promise<void>;
  close(): Promise<void>;
}

function reply(question: string, prompt: string): string {
  if (/Rewrite the user's last question/.test(prompt)) {
    if (/Tapaj/i.test(prompt)) return "Which SDGs does the Tapajós project support?";
    return question;
  }
  if (/Write a one-page briefing note/.test(prompt)) return briefReply(prompt);
  if (/badcite/.test(question)) return "The session took place on 13-17 May 2024 [7].";
  if (/outside/.test(question)) return "NOT_IN_SUBMISSION";
  const passage = /<passage n="1"[^>]*>\n([^\n]*)/.exec(prompt)?.[1] ?? "";
  const answer = `According to the submission, ${passage.slice(0, 80)} [1].`;
  // Two sentences, so that the first is sent while the second is still being written.
  return /slow/.test(question) ? `${answer} It is also said that ${passage.slice(0, 40)} [1].` : answer;
}

/**
 * A briefing note: passage 1's first sentence copied [1] (faithful); the first later passage's first
 * sentence with a figure, that figure changed by one [n] (unfaithful); a date no given passage has [1];
 * a claim with no source; a claim citing a passage it was not given [99].
 */
function briefReply(prompt: string): string {
  const passages = [...prompt.matchAll(/<passage n="(\d+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)].map((m) => ({ n: Number(m[1]), text: m[2]! }));
  const firstSentence = (text: string) => /^[^\n]*?[.!?](?=\s|$)|^[^\n]*/.exec(text.replace(/^[^:\n]{2,40}: /, ""))![0];
  const lines = ["# Briefing", "", "## Headlines", `- ${firstSentence(passages[0]?.text ?? "")} [1]`];
  const withFigure = passages.slice(1).find((p) => /\d/.test(firstSentence(p.text)));
  if (withFigure) lines.push(`- ${firstSentence(withFigure.text).replace(/\d+/, (d) => String(Number(d) + 1))} [${withFigure.n}]`);
  lines.push("- The 33rd session took place on 13-17 May 1999 [1].", "- A claim with no source.", "- A claim citing nothing given [99].");
  return lines.join("\n");
}

export async function startFakeLlm(): Promise<FakeLlm> {
  const waiting: { count: number; resolve: () => void }[] = [];
  const state: FakeLlm = {
    baseURL: "",
    requests: [],
    aborted: 0,
    abortedAtLeast: (count) => (state.aborted >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }))),
    close: async () => undefined,
  };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const request = body ? JSON.parse(body) : {};
    if (!req.url?.endsWith("/chat/completions")) {
      res.writeHead(404).end();
      return;
    }
    const messages = (request.messages ?? []) as { role: string; content: string }[];
    state.requests.push({ model: request.model, stream: !!request.stream, messages });
    const prompt = messages[messages.length - 1]?.content ?? "";
    const question = /(?:^|\n)Question: (.*)$/.exec(prompt)?.[1] ?? /Last question: (.*)$/s.exec(prompt)?.[1] ?? "";
    res.on("close", () => {
      if (res.writableFinished) return;
      state.aborted++;
      for (const waiter of waiting.filter((w) => state.aborted >= w.count)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    });
    if (/hang/.test(question) && !/Rewrite/.test(prompt)) return; // never answers
    if (/fail/.test(question) && !/Rewrite/.test(prompt)) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "boom", type: "server_error" } }));
      return;
    }
    const text = reply(question, prompt);
    if (!request.stream) {
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({ id: "x", object: "chat.completion", created: 0, model: request.model, choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }] }),
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    if (/garbage/.test(question)) {
      res.end("data: {not json at all\n\ndata: ###\n\n");
      return;
    }
    const slow = /slow/.test(question);
    for (const piece of text.match(/\S+\s*/g) ?? []) {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 40));
      if (res.destroyed) return;
      res.write(`data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 0, model: request.model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
    }
    res.write(`data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 0, model: request.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
    res.end("data: [DONE]\n\n");
  });
  const listening = await listenOnLoopback(server);
  state.baseURL = listening.baseURL;
  state.close = listening.close;
  return state;
}
