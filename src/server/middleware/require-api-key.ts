import { timingSafeEqual } from "node:crypto";
import type { Request, RequestHandler } from "express";
import { AppError } from "../../errors.js";

/** The key of `Authorization: Bearer <key>`, or undefined. */
export function bearerKey(req: Request): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "")?.[1]?.trim() || undefined;
}

/** Whether a given key is one of `keys`, compared in constant time per key. */
export function keyMatcher(keys: string[]): (given: string | undefined) => boolean {
  const accepted = keys.map((key) => Buffer.from(key));
  return (given) => {
    if (!given) return false;
    const candidate = Buffer.from(given);
    return accepted.some((key) => key.length === candidate.length && timingSafeEqual(key, candidate));
  };
}

function missingOrInvalid(given: string | undefined): AppError {
  return new AppError({ code: "unauthorized", message: given ? "the API key is not valid" : "an API key is required: Authorization: Bearer <key>", status: 401 });
}

/** `Authorization: Bearer <key>` with one of `keys`; no keys configured leaves the routes open. */
export function requireApiKey(keys: string[]): RequestHandler {
  const matches = keyMatcher(keys);
  return (req, _res, next) => {
    if (!keys.length || req.method === "OPTIONS") return next();
    const given = bearerKey(req);
    if (matches(given)) return next();
    next(missingOrInvalid(given));
  };
}

/**
 * An admin key (`ADMIN_API_KEYS`) for the admin routes. An ordinary API key gets 403: a widget's key sits in
 * a public page's HTML, so it must not re-index. No admin keys configured: the admin routes answer 403.
 */
export function requireAdminKey(adminKeys: string[], apiKeys: string[]): RequestHandler {
  const isAdmin = keyMatcher(adminKeys);
  const isOrdinary = keyMatcher(apiKeys);
  return (req, _res, next) => {
    if (!adminKeys.length) return next(new AppError({ code: "forbidden", message: "admin routes need ADMIN_API_KEYS to be set", status: 403 }));
    const given = bearerKey(req);
    if (isAdmin(given)) return next();
    if (isOrdinary(given)) return next(new AppError({ code: "forbidden", message: "this key may not call admin routes; use a key of ADMIN_API_KEYS", status: 403 }));
    next(missingOrInvalid(given));
  };
}
