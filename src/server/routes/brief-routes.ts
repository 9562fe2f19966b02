import { Router } from "express";
import { z } from "zod";
import { briefDocx, DOCX_TYPE } from "../../brief/brief-docx.js";
import { briefHtml } from "../../brief/brief-html.js";
import type { AppState } from "../app-state.js";
import { clientGone } from "./chat-routes.js";
import { cleanText, filtersSchema } from "../schemas.js";
import { validate } from "../validate.js";

const compareYear = z.number({ error: "must be a year (a number)" }).int("must be a whole number").min(1900, "must be a year from 1900").max(2100, "must be a year up to 2100");

export const briefRequest = z.object({
  topic: z.string({ error: "must be a string" }).max(200, "must be at most 200 characters").transform(cleanText).optional(),
  format: z.enum(["md", "html", "docx"], { error: 'must be "md", "html" or "docx"' }).default("md"),
  full: z.boolean({ error: "must be true or false" }).default(false),
  filters: filtersSchema.optional(),
  compare: z
    .tuple([compareYear, compareYear], { error: "must be two years, e.g. [2023, 2024]" })
    .refine(([a, b]) => a !== b, "must be two different years")
    .optional(),
}).strict();

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
    const { topic, format, full, filters, compare } = validate(briefRequest, req.body ?? {});
    const { brief: makeBrief } = state.services;
    const signal = clientGone(req, res);
    const brief = await makeBrief({ topic: topic?.trim() || undefined, full, filters, compare: compare as [number, number] | undefined }, signal).catch((error: unknown) => {
      if (signal.aborted) return undefined; // nobody is left to answer
      throw error;
    });
    if (!brief) return;
    if (format === "docx") {
      const file = await briefDocx(brief);
      res.type(DOCX_TYPE).attachment("briefing-note.docx").send(file);
      return;
    }
    res.json(format === "html" ? { ...brief, html: briefHtml(brief) } : brief);
  });
  return router;
}
