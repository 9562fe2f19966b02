import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { AppError } from "../../errors.js";

/**
 * `perMinute` requests a minute per client (its address, as Express's `trust proxy` setting resolves it:
 * with the default, a forged X-Forwarded-For changes nothing). 0 turns the limit off.
 */
export function rateLimitPerClient(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    validate: { xForwardedForHeader: false },
    handler: (_req, _res, next) => next(new AppError({ code: "rate_limited", message: `more than ${perMinute} requests a minute; retry later`, status: 429 })),
  });
}
