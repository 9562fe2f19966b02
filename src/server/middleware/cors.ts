import type { RequestHandler } from "express";
import { AppError } from "../../errors.js";

/**
 * Cross-origin access for the pages listed in `origins` (the intranet pages that embed the widget).
 * Each allowed origin is echoed back, never "*", and no credentials are allowed: the API key travels in a
 * header. Other origins get no CORS headers (their browsers refuse the response) and a 403 on preflight.
 */
export function corsFor(origins: string[]): RequestHandler {
  const allowed = new Set(origins.map((origin) => origin.replace(/\/+$/, "")));
  return (req, res, next) => {
    const origin = req.get("origin");
    res.vary("Origin");
    if (!origin) return next();
    const ok = allowed.has(origin);
    if (ok) {
      res.set("Access-Control-Allow-Origin", origin);
      res.set("Access-Control-Expose-Headers", "Retry-After, X-Request-Id");
    }
    if (req.method !== "OPTIONS") return next();
    if (!ok) return next(new AppError({ code: "origin_not_allowed", message: `origin ${origin.slice(0, 200)} may not call this API`, status: 403 }));
    res.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.set("Access-Control-Allow-Headers", "Content-Type, Authorization, X-Request-Id");
    res.set("Access-Control-Max-Age", "600");
    res.status(204).end();
  };
}
