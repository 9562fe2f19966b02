import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { AppError } from "../../errors.js";

function matches(given: string, keys: Buffer[]): boolean {
  const candidate = Buffer.from(given);
  return keys.some((key) => key.length === candidate.length && timingSafeEqual(key, candidate));
}

/** `Authorization: Bearer <key>` with one of `keys`; no keys configured leaves the API open. */
export function requireApiKey(keys: string[]): RequestHandler {
  const accepted = keys.map((key) => Buffer.from(key));
  return (req, _res, next) => {
    if (!accepted.length || req.method === "OPTIONS") return next();
    const given = /^Bearer\s+(.+)$/i.exec(req.get("authorization") ?? "")?.[1]?.trim();
    if (given && matches(given, accepted)) return next();
    next(new AppError({ code: "unauthorized", message: given ? "the API key is not valid" : "an API key is required: Authorization: Bearer <key>", status: 401 }));
  };
}
