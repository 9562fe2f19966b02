import { Router, type Request, type Response } from "express";
import { AppError } from "../../errors.js";
import type { AnswerResult } from "../../types.js";
import type { AppState } from "../app-state.js";
import { chatRequestSchema } from "../schemas.js";
import { errorBody } from "../http-errors.js";
import { EventStream } from "../sse.js";
import { validate } from "../validate.js";

/** An AbortSignal that fires when the client goes away before the response is complete. */
export function clientGone(req: Request, res: Response): AbortSignal {
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort(new Error("client disconnected"));
  });
  req.on("aborted", () => controller.abort(new Error("client disconnected")));
  return controller.signal;
}

export function chatRoutes(state: AppState, onAnswer?: (result: AnswerResult) => void): Router {
  const router = Router();

  router.post("/chat", async (req, res) => {
    const body = validate(chatRequestSchema, req.body ?? {});
    const { assistant } = state.services;
    const signal = clientGone(req, res);
    if (!body.stream) {
      const { result } = await assistant.ask({ question: body.question, history: body.history, filter: body.filters, signal });
      onAnswer?.(result);
      res.json(result);
      return;
    }
    const events = new EventStream(res);
    try {
      const { result } = await assistant.ask({ question: body.question, history: body.history, filter: body.filters, signal, onToken: (text) => events.send("token", { text }) });
      onAnswer?.(result);
      events.send("done", result);
    } catch (error) {
      if (!signal.aborted) {
        events.send("error", errorBody(error).body);
        if (!(error instanceof AppError)) throw Object.assign(error as object, { streamed: true });
      }
    } finally {
      events.end();
    }
  });

  return router;
}
