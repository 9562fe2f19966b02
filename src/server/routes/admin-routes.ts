import { Router } from "express";
import { AppError, NotReadyError } from "../../errors.js";
import type { AppState } from "../app-state.js";
import { requireAdminKey } from "../middleware/require-api-key.js";

/**
 * POST /api/admin/reindex: rebuilds the index from the corpus while serving, then swaps the new services
 * in; requests in flight finish on the old ones, and a failed rebuild leaves them serving. Allowed while
 * the status is `failed` (the way out of a bad start without a restart), not while the first load runs.
 * Needs a key of `adminKeys` (an ordinary API key gets 403, none configured turns the route off); one
 * re-index at a time.
 * A failure answers 500 `reindex_failed` with its reason: the caller is an administrator.
 */
export function adminRoutes(state: AppState, options: { adminKeys: string[]; apiKeys: string[]; reindex: () => Promise<{ passages: number; reused: boolean; ms: number }>; onFailure?: (error: unknown) => void }): Router {
  const router = Router();
  let running: Promise<unknown> | undefined;
  router.post("/admin/reindex", requireAdminKey(options.adminKeys, options.apiKeys), async (_req, res) => {
    if (running) throw new AppError({ code: "busy", message: "a re-index is already running", status: 409 });
    if (state.status === "loading") throw new NotReadyError();
    const job = options.reindex();
    running = job;
    try {
      res.json({ status: "ok", ...(await job) });
    } catch (error) {
      const reason = (error as Error)?.message ?? String(error);
      state.fail(reason);
      const kept = state.status === "ready" ? "; the previous index is still served" : "";
      // The error handler logs it, with its stack, as every 5xx.
      throw new AppError({ code: "reindex_failed", message: `the re-index failed${kept}: ${reason}`, status: 500, cause: error });
    } finally {
      running = undefined;
    }
  });
  return router;
}
