import { Router } from "express";
import type { AppState } from "../app-state.js";

export function healthRoutes(state: AppState): Router {
  const router = Router();
  router.get("/health", (_req, res) => {
    if (state.status !== "ready") {
      res.status(503).json({ status: state.status, embedder: state.embedderId, llm: state.llm, ...(state.failure ? { error: state.failure } : {}) });
      return;
    }
    const { retriever } = state.services;
    res.json({ status: "ok", passages: retriever.index.passages.length, embedder: state.embedderId, llm: state.llm, builtAt: retriever.index.manifest.builtAt });
  });
  return router;
}
