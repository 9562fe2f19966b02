import { randomUUID } from "node:crypto";
import path from "node:path";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { AppState } from "./app-state.js";
import { errorHandler, notFound, requireJsonBody } from "./http-errors.js";
import { openApiDocument } from "./openapi.js";
import type { Metrics } from "./metrics.js";
import { routePatterns } from "./route-patterns.js";
import { corsFor } from "./middleware/cors.js";
import { rateLimitPerClient } from "./middleware/rate-limit.js";
import { BRIEF_WEIGHT } from "./routes/brief-routes.js";
import { bearerKey, keyMatcher, requireApiKey } from "./middleware/require-api-key.js";
import { briefRoutes } from "./routes/brief-routes.js";
import { chatRoutes } from "./routes/chat-routes.js";
import { documentsRoutes } from "./routes/documents-routes.js";
import { healthRoutes } from "./routes/health-routes.js";
import { openaiRoutes } from "./routes/openai-routes.js";
import { searchRoutes } from "./routes/search-routes.js";
import { securityHeaders } from "./security-headers.js";

export interface AppOptions {
  state: AppState;
  logger: Logger;
  metrics: Metrics;
  /** Keys for `Authorization: Bearer`; empty leaves the API open. */
  apiKeys: string[];
  /** Keys for /api/admin/* (also accepted wherever an API key is); checked by the admin routes. Default none. */
  adminApiKeys?: string[];
  /** Keys for /metrics; default: as the API (open when `apiKeys` is empty). */
  metricsApiKeys?: string[];
  /** Pages allowed to call the API from a browser (the widget's hosts). */
  corsOrigins: string[];
  /** Requests a minute per client; 0 turns the limit off. */
  rateLimit: number;
  /** Express "trust proxy": false (default) ignores X-Forwarded-For. */
  trustProxy: boolean | number | string;
  /** Folder served at / (the chat page and widget.js). */
  webDir: string;
  /** Extra routes mounted under /api before the 404 (admin, briefings). */
  extraApi?: express.Router[];
}

/** The HTTP app. Express 5 forwards async errors to the one error handler. */
export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || (res.statusCode >= 500 && res.statusCode !== 503) ? "error" : res.statusCode >= 400 ? "warn" : "info"),
      // A 5xx's cause is logged once, with its stack, by the error handler; the access line says what was answered.
      customErrorObject: (_req, _res, _error, line) => ({ ...line, err: undefined }),
      customErrorMessage: (_req, res) => `request failed with status ${res.statusCode}`,
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }), res: (res) => ({ status: res.statusCode }) },
    }),
  );
  app.use(securityHeaders(options.corsOrigins));
  app.use(options.metrics.middleware());

  const adminKeys = options.adminApiKeys ?? [];
  // An admin key opens whatever an API key opens; metrics take their own keys when given (a widget's key
  // is public, a scraper's need not be), else the API's.
  const apiKeys = options.apiKeys.length ? [...options.apiKeys, ...adminKeys] : [];
  const metricsKeys = options.metricsApiKeys?.length ? [...options.metricsApiKeys, ...adminKeys] : apiKeys;
  const anyKey = keyMatcher([...apiKeys, ...metricsKeys]);
  app.get("/metrics", requireApiKey(metricsKeys), async (_req, res) => {
    res.set("content-type", options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });

  const openApi = openApiDocument();
  app.get("/openapi.json", (_req, res) => {
    res.json(openApi);
  });

  const guard = [corsFor(options.corsOrigins), rateLimitPerClient(options.rateLimit, (req) => (req.method === "POST" && `${req.baseUrl}${req.path}` === "/api/brief" ? BRIEF_WEIGHT : 1)), requireApiKey(apiKeys), requireJsonBody, express.json({ limit: "64kb" })];
  const record = (result: { mode: string; abstained: boolean; fallbackReason?: string }) => options.metrics.recordAnswer(result);
  const api = express.Router();
  // Health stays open for load balancers and probes; without a key it tells only the status.
  api.use(healthRoutes(options.state, (req) => !apiKeys.length || anyKey(bearerKey(req))));
  api.use(guard);
  api.use(searchRoutes(options.state));
  api.use(chatRoutes(options.state, record));
  api.use(briefRoutes(options.state));
  api.use(documentsRoutes(options.state));
  for (const router of options.extraApi ?? []) api.use(router);
  app.use("/api", api);
  app.use("/v1", guard, openaiRoutes(options.state, record));

  app.use(express.static(path.resolve(options.webDir), { index: "index.html", maxAge: "5m" }));
  app.use(notFound);
  options.metrics.routes = routePatterns(app);
  app.use(errorHandler((error) => options.logger.error({ err: error }, "request failed")));
  return app;
}
