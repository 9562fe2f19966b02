import { Router } from "express";
import { z } from "zod";
import { NotFoundError } from "../../errors.js";
import type { AppState } from "../app-state.js";
import { starterQuestions } from "../starter-questions.js";
import { validate } from "../validate.js";
import { MAX_QUESTION_CHARS } from "../../types.js";

/** A query parameter given once or repeated (`entity=A&entity=B`), as a list. */
const repeated = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? undefined : [value].flat()), z.array(item).max(100, "must be given at most 100 times").optional());

export const searchQuery = z.object({
  q: z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be given once, as text") }).trim().min(1, "must not be empty").max(MAX_QUESTION_CHARS, `must be at most ${MAX_QUESTION_CHARS} characters`),
  k: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(50, "must be at most 50").default(5),
  entity: repeated(z.string({ error: "must be a string" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters")),
  year: repeated(z.coerce.number({ error: "must be a year" }).int("must be a whole number").min(1900, "must be a year from 1900").max(2100, "must be a year up to 2100")),
});

export function searchRoutes(state: AppState): Router {
  const router = Router();

  router.get("/search", async (req, res) => {
    const { q, k, entity, year } = validate(searchQuery, { q: req.query.q, k: req.query.k, entity: req.query.entity, year: req.query.year });
    const results = await state.services.retriever.search(q, k, { entity, year });
    res.json({ results: results.map(({ passage, score }) => ({ id: passage.id, text: passage.text, score, source: passage.source, breadcrumb: passage.breadcrumb })) });
  });

  router.get("/starters", (_req, res) => {
    res.json({ questions: starterQuestions(state.services.retriever.index.passages) });
  });

  router.get("/passages/:id", (req, res) => {
    // Ids are looked up in memory, never joined into a path.
    const passage = state.services.retriever.passageById(req.params.id);
    if (!passage) throw new NotFoundError(`no passage with id "${req.params.id.slice(0, 100)}"`);
    res.json(passage);
  });

  return router;
}
