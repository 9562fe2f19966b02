import type { Request, RequestHandler } from "express";
import { ipKeyGenerator, MemoryStore, rateLimit } from "express-rate-limit";
import { AppError } from "../../errors.js";

/**
 * `perMinute` requests a minute per client (its address, as Express's `trust proxy` setting resolves it:
 * with the default, a forged X-Forwarded-For changes nothing). 0 turns the limit off. `weight` says how
 * many requests one request counts for (default 1): a request that costs the model more spends more of
 * the client's minute, and is refused when it would go past it.
 */
export function rateLimitPerClient(perMinute: number, weight: (req: Request) => number = () => 1): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  const store = new MemoryStore();
  const key = (req: Request) => ipKeyGenerator(req.ip ?? "");
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    store,
    keyGenerator: key,
    validate: { xForwardedForHeader: false },
    handler: (req, _res, next) => {
      // A weighed request says so: a client refused after a few briefs sees why.
      const counts = Math.round(weight(req));
      next(new AppError({ code: "rate_limited", message: `more than ${perMinute} requests a minute${counts > 1 ? ` (this request counts as ${counts})` : ""}; retry later`, status: 429 }));
    },
  });
  return async (req, res, next) => {
    // The extra hits first, so that the limiter's own hit sees the whole weight.
    const extra = Math.max(0, Math.round(weight(req)) - 1);
    for (let i = 0; i < extra; i++) await store.increment(key(req));
    return limiter(req, res, next);
  };
}
