import { randomUUID } from "node:crypto";
import { Router } from "express";
import { z } from "zod";
import { AppError, ValidationError } from "../../errors.js";
import type { AnswerResult, ChatTurn } from "../../types.js";
import type { AppState } from "../app-state.js";
import { cleanText } from "../schemas.js";
import { estimateUsage } from "../estimate-tokens.js";
import { errorBody } from "../http-errors.js";
import { EventStream } from "../sse.js";
import { validate } from "../validate.js";
import { clientGone } from "./chat-routes.js";
import { MAX_QUESTION_CHARS } from "../../types.js";

/** The one model this API serves. */
export const MODEL_ID = "submission-assistant";

const content = z.union(
  [
  z.string(),
  z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough()).transform((parts) => parts.map((p) => p.text ?? "").join("")),
  z.null().transform(() => ""),
  ],
  { error: "must be a string, a list of content parts ({type, text}) or null" },
);

const completionRequest = z.object({
  model: z.string().optional(),
  messages: z
    .array(z.object({ role: z.enum(["system", "developer", "user", "assistant", "tool"], { error: 'must be "system", "developer", "user", "assistant" or "tool"' }), content: content.optional().default("") }, { error: 'must be a message, an object with "role" and "content"' }).passthrough(), { error: "must be an array of messages" })
    .min(1, "must hold at least one message")
    .max(60, "must hold at most 60 messages"),
  stream: z.boolean().optional().default(false),
  /** OpenAI's: with `include_usage`, a last chunk with `choices: []` and `usage` before `[DONE]`. */
  stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullish(),
});

export { completionRequest as completionRequestSchema };

/** Chat messages → the question (last user message) and the conversation before it; system messages are ours to write. */
function toQuestion(messages: z.infer<typeof completionRequest>["messages"]): { question: string; history: ChatTurn[] } {
  const turns = messages.filter((m) => m.role === "user" || m.role === "assistant").map((m) => ({ role: m.role as ChatTurn["role"], content: cleanText(m.content).slice(0, 8000) }));
  const last = turns.at(-1);
  if (!last || last.role !== "user" || !last.content.trim()) throw new ValidationError("messages: the last message must be a non-empty user message", "messages");
  if (last.content.length > MAX_QUESTION_CHARS) throw new ValidationError(`messages: the question must be at most ${MAX_QUESTION_CHARS} characters`, "messages");
  return { question: last.content, history: turns.slice(0, -1) };
}

function sources(result: AnswerResult) {
  return { citations: result.citations, abstained: result.abstained, mode: result.mode, ...(result.fallbackReason ? { fallback_reason: result.fallbackReason } : {}) };
}

/** OpenAI-compatible endpoints, so existing chat clients can use the assistant; citations ride along in extra fields. */
export function openaiRoutes(state: AppState, onAnswer?: (result: AnswerResult) => void): Router {
  const router = Router();

  const model = { id: MODEL_ID, object: "model", created: 0, owned_by: "submission-assistant" };
  router.get("/models", (_req, res) => {
    res.json({ object: "list", data: [model] });
  });
  router.get("/models/:model", (req, res) => {
    if (req.params.model !== MODEL_ID) throw new AppError({ code: "model_not_found", message: `the model ${req.params.model.slice(0, 100)} does not exist; this API serves ${MODEL_ID}`, status: 404, param: "model" });
    res.json(model);
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
        usage: estimateUsage(body.messages, result.answer),
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
      if (body.stream_options?.include_usage) events.send(undefined, { id, object: "chat.completion.chunk", created, model: MODEL_ID, choices: [], usage: estimateUsage(body.messages, result.answer) });
      events.send(undefined, "[DONE]");
    } catch (error) {
      if (!signal.aborted) {
        // OpenAI's SDKs raise an APIError from a chunk that carries `error`.
        events.send(undefined, errorBody(error).body);
        if (!(error instanceof AppError)) throw error;
      }
    } finally {
      events.end();
    }
  });

  return router;
}
