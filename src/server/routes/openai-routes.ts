import { randomUUID } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { ValidationError } from "../../errors.js";
import type { AnswerResult, ChatTurn } from "../../types.js";
import type { AppState } from "../app-state.js";
import { cleanText } from "../schemas.js";
import { EventStream } from "../sse.js";
import { validate } from "../validate.js";
import { clientGone } from "./chat-routes.js";

/** The one model this API serves. */
export const MODEL_ID = "submission-assistant";

const content = z.union([
  z.string(),
  z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough()).transform((parts) => parts.map((p) => p.text ?? "").join("")),
  z.null().transform(() => ""),
]);

const completionRequest = z.object({
  model: z.string().optional(),
  messages: z
    .array(z.object({ role: z.enum(["system", "developer", "user", "assistant", "tool"]), content: content.optional().default("") }).passthrough(), { error: "must be an array of messages" })
    .min(1, "must hold at least one message")
    .max(60, "must hold at most 60 messages"),
  stream: z.boolean().optional().default(false),
});

/** Chat messages → the question (last user message) and the conversation before it; system messages are ours to write. */
function toQuestion(messages: z.infer<typeof completionRequest>["messages"]): { question: string; history: ChatTurn[] } {
  const turns = messages.filter((m) => m.role === "user" || m.role === "assistant").map((m) => ({ role: m.role as ChatTurn["role"], content: cleanText(m.content).slice(0, 8000) }));
  const last = turns.at(-1);
  if (!last || last.role !== "user" || !last.content.trim()) throw new ValidationError("messages: the last message must be a non-empty user message");
  if (last.content.length > 2000) throw new ValidationError("messages: the question must be at most 2000 characters");
  return { question: last.content, history: turns.slice(0, -1) };
}

function sources(result: AnswerResult) {
  return { citations: result.citations, abstained: result.abstained, mode: result.mode, ...(result.fallbackReason ? { fallback_reason: result.fallbackReason } : {}) };
}

/** OpenAI-compatible endpoints, so existing chat clients can use the assistant; citations ride along in extra fields. */
export function openaiRoutes(state: AppState, onAnswer?: (result: AnswerResult) => void): Router {
  const router = Router();

  router.get("/models", (_req, res) => {
    res.json({ object: "list", data: [{ id: MODEL_ID, object: "model", created: 0, owned_by: "submission-assistant" }] });
  });

  router.post("/chat/completions", async (req, res) => {
    const body = validate(completionRequest, req.body ?? {});
    const { question, history } = toQuestion(body.messages);
    const { assistant } = state.services;
    const signal = clientGone(req, res);
    const id = `chatcmpl-${randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (delta: object, finish: string | null, extra: object = {}) => ({ id, object: "chat.completion.chunk", created, model: MODEL_ID, choices: [{ index: 0, delta, finish_reason: finish }], ...extra });

    if (!body.stream) {
      const { result } = await assistant.ask({ question, history, signal });
      onAnswer?.(result);
      res.json({
        id,
        object: "chat.completion",
        created,
        model: MODEL_ID,
        choices: [{ index: 0, message: { role: "assistant", content: result.answer }, finish_reason: "stop" }],
        usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
        ...sources(result),
      });
      return;
    }
    const events = new EventStream(res);
    try {
      events.send(undefined, chunk({ role: "assistant", content: "" }, null));
      const { result } = await assistant.ask({ question, history, signal, onToken: (text) => events.send(undefined, chunk({ content: text }, null)) });
      onAnswer?.(result);
      events.send(undefined, chunk({}, "stop", sources(result)));
      events.send(undefined, "[DONE]");
    } catch (error) {
      if (!signal.aborted) events.send(undefined, { error: { message: "internal error", type: "server_error", code: "internal_error" } });
      if (!signal.aborted) throw error;
    } finally {
      events.end();
    }
  });

  return router;
}
