import { Router } from "express";
import { z } from "zod";
import { briefHtml } from "../../brief/brief-html.js";
import type { AppState } from "../app-state.js";
import { clientGone } from "./chat-routes.js";
import { cleanText } from "../schemas.js";
import { validate } from "../validate.js";

const briefRequest = z.object({
  topic: z.string({ error: "must be a string" }).max(200, "must be at most 200 characters").transform(cleanText).optional(),
  format: z.enum(["md", "html"], { error: 'must be "md" or "html"' }).default("md"),
});

/**
 * How many chat requests one brief counts for in the rate limit. 9 is the security review's measure of a
 * brief's prompt against a chat prompt (issue 18: the passages of every cited bullet against a question's
 * six); test/reliability/secrets-and-trust.test.ts measured 6.1× in characters for the bundled
 * submission's whole brief, whose answer is also several times a chat answer's length, so 9 stays.
 */
export const BRIEF_WEIGHT = 9;

export function briefRoutes(state: AppState): Router {
  const router = Router();
  router.post("/brief", async (req, res) => {
    const { topic, format } = validate(briefRequest, req.body ?? {});
    const signal = clientGone(req, res);
    const brief = await state.services.brief(topic?.trim() || undefined, signal).catch((error: unknown) => {
      if (signal.aborted) return undefined; // nobody is left to answer
      throw error;
    });
    if (!brief) return;
    res.json(format === "html" ? { ...brief, html: briefHtml(brief) } : brief);
  });
  return router;
}
