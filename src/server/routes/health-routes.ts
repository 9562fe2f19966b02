import { Router, type Request } from "express";
import type { AppState } from "../app-state.js";

/**
 * GET /api/health, open for load balancers and probes. A caller who may see details (a valid key, or an open API)
 * gets the details: passages, embedder, model, and the reason of a failed load or rebuild, which names
 * folders of the server. Others get only `{ status }`.
 */
export function healthRoutes(state: AppState, maySeeDetails: (req: Request) => boolean = () => true): Router {
  const router = Router();
  router.get("/health", (req, res) => {
    const detailed = maySeeDetails(req);
    if (state.status !== "ready") {
      res.status(503).json(detailed ? { status: state.status, embedder: state.embedderId, llm: state.llm, ...(state.failure ? { error: state.failure } : {}) } : { status: state.status });
      return;
    }
    if (!detailed) {
      res.json({ status: "ok" });
      return;
    }
    const { retriever } = state.services;
    res.json({ status: "ok", passages: retriever.index.passages.length, embedder: state.embedderId, llm: state.llm, builtAt: retriever.index.manifest.builtAt, ...(state.failure ? { lastError: state.failure } : {}) });
  });
  return router;
}
