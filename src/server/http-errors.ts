import type { ErrorRequestHandler, RequestHandler } from "express";
import { AppError, NotFoundError } from "../errors.js";
import { methodsFor } from "./route-patterns.js";

/**
 * Unknown routes: a JSON 404, never an HTML page; a known route asked with another method ("GET /api/chat"): a
 * JSON 405 with `Allow` naming the methods it takes (RFC 9110).
 */
export const notFound: RequestHandler = (req, res, next) => {
  const allowed = methodsFor(req.app, req.path);
  if (allowed.length) {
    res.set("Allow", allowed.join(", "));
    next(new AppError({ code: "method_not_allowed", message: `${req.path} takes ${allowed.join(" or ")}, not ${req.method}`, status: 405 }));
    return;
  }
  next(new NotFoundError(`no route for ${req.method} ${req.path}`));
};

/**
 * POST bodies must be JSON: a form-encoded or text body (curl's default) would otherwise reach validation
 * empty and be told "question: is required". A 415 that says what to send.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (req.method === "POST" && hasBody && !req.is(["application/json", "application/*+json"])) {
    const sent = String(req.headers["content-type"] ?? "no Content-Type").slice(0, 80);
    next(new AppError({ code: "unsupported_media_type", message: `the request body must be JSON sent with Content-Type: application/json (got ${sent})`, status: 415 }));
    return;
  }
  next();
};

function bodyParserError(error: unknown): AppError | undefined {
  const e = error as { type?: string; status?: number; message?: string; code?: unknown; errno?: unknown };
  // The router's decoding of a route parameter ("/api/passages/%E0%A4%A").
  if (error instanceof URIError && e.status === 400) return new AppError({ code: "invalid_path", message: "the URL holds an invalid percent-encoding", status: 400 });
  // body-parser passes zlib's error on with status 400 when a body is not in its declared content-encoding.
  if (e?.status === 400 && typeof e.code === "string" && e.code.startsWith("Z_")) return new AppError({ code: "invalid_body_encoding", message: "the request body is not valid for its content-encoding", status: 400 });
  if (e?.type === "entity.too.large") return new AppError({ code: "payload_too_large", message: "request body is larger than 64 kB", status: 413 });
  if (e?.type === "entity.parse.failed") {
    // Strict parsing refuses a body that is JSON but no object or array ("null", "42"): say so, not "not valid JSON".
    const raw = (error as { body?: unknown }).body;
    const parses = typeof raw === "string" && (() => { try { JSON.parse(raw); return true; } catch { return false; } })();
    return new AppError({ code: "invalid_json", message: parses ? "the request body must be a JSON object" : "request body is not valid JSON", status: 400 });
  }
  if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported") return new AppError({ code: "unsupported_encoding", message: e.message ?? "unsupported encoding", status: 415 });
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500 && e.type) return new AppError({ code: "bad_request", message: e.message ?? "bad request", status: e.status });
  return undefined;
}

/** OpenAI's error `type` for a status, as its SDKs read it (`invalid_request_error`, `authentication_error`, …). */
export function errorType(status: number): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 429) return "rate_limit_error";
  if (status < 500) return "invalid_request_error";
  return status === 503 ? "service_unavailable_error" : "server_error";
}

export interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string };
}

/**
 * The one error shape, on every route and in a stream: our contract's `{ error: { code, message } }` with
 * OpenAI's `type` and `param` added, so that the OpenAI SDKs (and ours) read it alike. Internals never appear.
 */
export function errorBody(error: unknown): { status: number; body: ErrorBody } {
  const known = error instanceof AppError ? error : bodyParserError(error);
  const status = known?.status ?? 500;
  return { status, body: { error: { message: known?.publicMessage ?? "internal error", type: errorType(status), param: known?.param ?? null, code: known?.code ?? "internal_error" } } };
}

/** The one place errors become responses (see `errorBody`), internals logged, not sent. */
export function errorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const { status, body } = errorBody(error);
    if (status >= 500) log(error);
    if (res.headersSent) {
      res.end();
      return;
    }
    // RFC 6750: a 401 names the scheme it wants.
    if (status === 401) res.set("WWW-Authenticate", 'Bearer realm="submission-assistant"');
    res.status(status).json(body);
  };
}
