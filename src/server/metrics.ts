import type { RequestHandler } from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { EncoderStats } from "../embed/embedder.js";
import { matchRoute } from "./route-patterns.js";

/** The application's metric names start with this; Node's process metrics keep their standard names. */
export const METRIC_PREFIX = "submission_assistant_";

/** Prometheus metrics: requests and latency by route and status, answers by mode, abstentions. */
export class Metrics {
  readonly registry = new Registry();
  /** The app's route patterns, for the `route` label; set once the app is built (see `routePatterns`). */
  routes: string[] = [];
  private readonly requests = new Counter({ name: `${METRIC_PREFIX}http_requests_total`, help: "HTTP requests", labelNames: ["method", "route", "status"], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: `${METRIC_PREFIX}http_request_duration_seconds`,
    help: "HTTP request latency",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly answers = new Counter({ name: `${METRIC_PREFIX}answers_total`, help: "Answers by mode", labelNames: ["mode"], registers: [this.registry] });
  private readonly abstentions = new Counter({ name: `${METRIC_PREFIX}abstentions_total`, help: "Answers that said the submission does not say", registers: [this.registry] });
  private readonly fallbacks = new Counter({ name: `${METRIC_PREFIX}generative_fallbacks_total`, help: "Generative answers replaced by the extractive one", registers: [this.registry] });

  /** `encoder` reports the embedding model's copies loaded, calls and texts (mean batch = texts / calls). */
  constructor(encoder?: () => EncoderStats | undefined) {
    collectDefaultMetrics({ register: this.registry });
    if (!encoder) return;
    new Gauge({
      name: `${METRIC_PREFIX}encoder_models_loaded`,
      help: "Copies of the embedding model loaded and ready",
      registers: [this.registry],
      collect() {
        this.set(encoder()?.loaded ?? 0);
      },
    });
    // Counted by the encoder; read when scraped.
    const counter = (name: string, help: string, pick: (stats: EncoderStats) => number) =>
      new Counter({
        name: `${METRIC_PREFIX}${name}`,
        help,
        registers: [this.registry],
        collect() {
          const stats = encoder();
          this.reset();
          if (stats) this.inc(pick(stats));
        },
      });
    counter("encoder_calls_total", "Calls to the embedding model", (s) => s.calls);
    counter("encoder_texts_total", "Texts embedded by the model (texts / calls = mean batch)", (s) => s.texts);
  }

  middleware(): RequestHandler {
    return (req, res, next) => {
      const stop = process.hrtime.bigint();
      res.on("finish", () => {
        // The route's pattern, not the raw path (ids must not explode the label set), and the same whether the
        // route answered or a guard refused the request first (401, 413, invalid JSON).
        const route = matchRoute(this.routes, req.originalUrl.split("?")[0]!) ?? "unmatched";
        const labels = { method: req.method, route, status: String(res.statusCode) };
        this.requests.inc(labels);
        this.latency.observe(labels, Number(process.hrtime.bigint() - stop) / 1e9);
      });
      next();
    };
  }

  recordAnswer(result: { mode: string; abstained: boolean; fallbackReason?: string }): void {
    this.answers.inc({ mode: result.mode });
    if (result.abstained) this.abstentions.inc();
    if (result.fallbackReason) this.fallbacks.inc();
  }
}
