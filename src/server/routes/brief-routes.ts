import { Router } from "express";
import { z } from "zod";
import { briefHtml } from "../../brief/brief-html.js";
import type { AppState } from "../app-state.js";
import { cleanText } from "../schemas.js";
import { validate } from "../validate.js";

export const briefRequest = z.object({
  topic: z.string({ error: "must be a string" }).max(200, "must be at most 200 characters").transform(cleanText).optional(),
  format: z.enum(["md", "html"], { error: 'must be "md" or "html"' }).default("md"),
});

export function briefRoutes(state: AppState): Router {
  const router = Router();
  router.post("/brief", async (req, res) => {
    const { topic, format } = validate(briefRequest, req.body ?? {});
    const brief = await state.services.brief(topic?.trim() || undefined);
    res.json(format === "html" ? { ...brief, html: briefHtml(brief) } : brief);
  });
  return router;
}
