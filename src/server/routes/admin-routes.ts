import { Router } from "express";
import { AppError, NotReadyError } from "../../errors.js";
import type { AppState } from "../app-state.js";

/**
 * POST /api/admin/reindex: rebuilds the index from the corpus while serving, then swaps the new services
 * in; requests in flight finish on the old ones. Needs API keys to be configured (the API guard checks
 * the caller's key); one re-index at a time.
 */
export function adminRoutes(state: AppState, options: { keysConfigured: boolean; reindex: () => Promise<{ passages: number; reused: boolean; ms: number }> }): Router {
  const router = Router();
  let running: Promise<unknown> | undefined;
  router.post("/admin/reindex", async (_req, res) => {
    if (!options.keysConfigured) throw new AppError({ code: "forbidden", message: "re-indexing over HTTP needs API_KEYS to be set", status: 403 });
    if (running) throw new AppError({ code: "busy", message: "a re-index is already running", status: 409 });
    if (state.status !== "ready") throw new NotReadyError();
    const job = options.reindex();
    running = job;
    try {
      res.json({ status: "ok", ...(await job) });
    } finally {
      running = undefined;
    }
  });
  return router;
}
