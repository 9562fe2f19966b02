import type { ErrorRequestHandler, RequestHandler } from "express";
import { AppError, NotFoundError } from "../errors.js";

/** Unknown routes: a JSON 404, never an HTML page. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`no route for ${req.method} ${req.path}`));
};

function bodyParserError(error: unknown): AppError | undefined {
  const e = error as { type?: string; status?: number; message?: string; code?: unknown; errno?: unknown };
  // The router's decoding of a route parameter ("/api/passages/%E0%A4%A").
  if (error instanceof URIError && e.status === 400) return new AppError({ code: "invalid_path", message: "the URL holds an invalid percent-encoding", status: 400 });
  // body-parser passes zlib's error on with status 400 when a body is not in its declared content-encoding.
  if (e?.status === 400 && typeof e.code === "string" && e.code.startsWith("Z_")) return new AppError({ code: "invalid_body_encoding", message: "the request body is not valid for its content-encoding", status: 400 });
  if (e?.type === "entity.too.large") return new AppError({ code: "payload_too_large", message: "request body is larger than 64 kB", status: 413 });
  if (e?.type === "entity.parse.failed") return new AppError({ code: "invalid_json", message: "request body is not valid JSON", status: 400 });
  if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported") return new AppError({ code: "unsupported_encoding", message: e.message ?? "unsupported encoding", status: 415 });
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500 && e.type) return new AppError({ code: "bad_request", message: e.message ?? "bad request", status: e.status });
  return undefined;
}

/** The one place errors become responses: `{ error: { code, message } }`, internals logged, not sent. */
export function errorHandler(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const known = error instanceof AppError ? error : bodyParserError(error);
    if (!known || known.status >= 500) log(error);
    const status = known?.status ?? 500;
    const body = { error: { code: known?.code ?? "internal_error", message: known?.publicMessage ?? "internal error" } };
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json(body);
  };
}
