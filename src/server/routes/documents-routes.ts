import { Router } from "express";
import { listDocuments } from "../../store/list-documents.js";
import type { AppState } from "../app-state.js";

/** `GET /api/documents`: every corpus file with its entity, name, year, passage count, questions and warnings. */
export function documentsRoutes(state: AppState): Router {
  const router = Router();
  router.get("/documents", (_req, res) => {
    res.json({ documents: listDocuments(state.services.retriever.index) });
  });
  return router;
}
