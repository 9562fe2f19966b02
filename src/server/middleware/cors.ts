import cors from "cors";
import type { RequestHandler } from "express";
import { AppError } from "../../errors.js";

/**
 * Cross-origin access for the pages listed in `origins` (the intranet pages that embed the widget, or a
 * browser app using an OpenAI SDK), through the `cors` package. Each allowed origin is echoed back, never
 * "*", and no credentials are allowed: the API key travels in a header. A preflight may ask for any request
 * header (the OpenAI SDK sends `x-stainless-*`, others their own): for an allowed origin they are reflected,
 * which `cors` does when no list is given. Other origins get no CORS headers (their browsers refuse the
 * response) and a 403 on preflight, with an error that names the origin.
 */
export function corsFor(origins: string[]): RequestHandler {
  const allowed = new Set(origins.map((origin) => origin.replace(/\/+$/, "")));
  const handler = cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    exposedHeaders: ["Retry-After", "X-Request-Id", "RateLimit", "RateLimit-Policy"],
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    const origin = req.get("origin");
    if (origin && req.method === "OPTIONS" && !allowed.has(origin)) {
      res.vary("Origin");
      return next(new AppError({ code: "origin_not_allowed", message: `origin ${origin.slice(0, 200)} may not call this API (it is not in CORS_ORIGINS)`, status: 403 }));
    }
    handler(req, res, next);
  };
}
