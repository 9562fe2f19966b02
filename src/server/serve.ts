import type { Duplex } from "node:stream";
import type { Server } from "node:http";
import { once } from "node:events";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { createEmbedder, defaultEncoderWorkers } from "../embed/create-embedder.js";
import { fallbackLogFields, type FallbackEvent } from "../compose/model-failure.js";
import { openAssistant, openBuiltIndex } from "../app/open-assistant.js";
import { progressReporter, type BuildProgress } from "../store/build-progress.js";
import { readPrompts } from "../compose/prompts.js";
import { createApp } from "./app.js";
import { AppState } from "./app-state.js";
import { Metrics } from "./metrics.js";
import { adminRoutes } from "./routes/admin-routes.js";

export interface RunningServer {
  server: Server;
  state: AppState;
  url: string;
  /** Resolves when the index is loaded (or loading failed). */
  loaded: Promise<void>;
  /** Stops accepting connections, lets requests finish (streams at most `graceMs`), releases the model. */
  close(graceMs?: number): Promise<void>;
}

/** Listens at once (health says "loading"), then builds or loads the index in the background. */
export async function serve(config: Config, logger: Logger): Promise<RunningServer> {
  // A build's progress as plain log lines (a tenth of the work each), as npm run ingest prints them off a terminal.
  const buildProgress = () => {
    const reporter = progressReporter({ tty: false, write: (line) => logger.info(line) });
    return (progress: BuildProgress) => reporter.update(progress);
  };
  const prompts = await readPrompts(config.promptsDir);
  // Questions that wait are batched across the workers (defaultEncoderWorkers says why two).
  const workers = config.embedWorkers ?? defaultEncoderWorkers();
  const embedder = createEmbedder(config, { workers });
  // An index is built by model copies of its own, released afterwards: see openAssistant.
  const buildEmbedder = () => createEmbedder(config, { workers });
  const state = new AppState(embedder.id, config.llmModel ?? "none");
  // One line per fallback, the upstream's details with every configured key and anything like a secret removed.
  const secrets = [config.openai.apiKey ?? "", ...config.apiKeys, ...config.adminApiKeys, ...config.metricsApiKeys];
  const onFallback = (event: FallbackEvent) => logger.warn(fallbackLogFields(event, secrets), "the language model's answer was replaced by the extractive one");
  const open = { config, embedder, buildEmbedder, prompts, log: (line: string) => logger.warn(line), onFallback };
  const app = createApp({
    state,
    logger,
    metrics: new Metrics(() => embedder.stats?.()),
    apiKeys: config.apiKeys,
    adminApiKeys: config.adminApiKeys,
    metricsApiKeys: config.metricsApiKeys,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    webDir: config.webDir,
    extraApi: [
      adminRoutes(state, {
        adminKeys: config.adminApiKeys,
        apiKeys: config.apiKeys,
        reindex: async () => {
          const started = Date.now();
          // Incremental, as npm run ingest: only new or changed files' texts are embedded.
          const opened = await openAssistant({ ...open, progress: buildProgress() });
          state.ready({ retriever: opened.retriever, assistant: opened.assistant, brief: opened.brief });
          logger.info({ passages: opened.build.manifest.passages, ms: Date.now() - started }, "re-indexed");
          return { passages: opened.build.manifest.passages, reused: opened.build.reused, ms: Date.now() - started };
        },
      }),
    ],
  });
  const server = app.listen(config.port, config.host);
  server.on("clientError", answerUnparsed);
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  const url = `http://${host}:${port}`;
  logger.info({ url }, "listening");

  const loaded = openAssistant({ ...open, progress: buildProgress() })
    .catch(async (error: Error) => {
      // A rebuild that fails (an encoder timeout, a full disk) must not take down the index that served
      // yesterday: serve the one on disk, if it loads, and say why it was not replaced.
      const previous = await openBuiltIndex(open).catch(() => undefined);
      if (!previous) throw error;
      logger.error({ err: error }, "the index could not be rebuilt; serving the previous one");
      return { ...previous, rebuildError: error.message };
    })
    .then(
      ({ retriever, assistant, brief, build, ...rest }) => {
        if (!build.reused) logger.info({ passages: build.manifest.passages, ms: build.manifest.buildMs, reason: build.reason }, "index built");
        const services = { retriever, assistant, brief };
        state.ready(services);
        if ("rebuildError" in rest) state.fail(rest.rebuildError);
        logger.info({ url, passages: services.retriever.index.passages.length }, "ready");
      },
      (error: Error) => {
        state.fail(error.message);
        logger.error({ err: error }, "index could not be loaded");
      },
    );

  return {
    server,
    state,
    url,
    loaded,
    async close(graceMs = 5000) {
      // In-flight requests finish; streams get `graceMs`, then every connection is closed.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections turn idle as their last response ends: close them as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      clearTimeout(timer);
      await embedder.close();
    },
  };
}

/**
 * A request Node's HTTP parser refuses before express sees it (headers or a URL over Node's 16 KB limit, a malformed
 * request line) gets the API's JSON error like every other, not Node's bare status line: 431 with
 * `request_too_large` for an overflow, else 400 with `invalid_request`. The connection is closed after it.
 */
export function answerUnparsed(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const overflow = error.code === "HPE_HEADER_OVERFLOW";
  const [status, reason] = overflow ? [431, "Request Header Fields Too Large"] : [400, "Bad Request"];
  const body = JSON.stringify({
    error: overflow
      ? { message: "the request's headers or URL are over 16 KB", type: "invalid_request_error", param: null, code: "request_too_large" }
      : { message: "the request is not valid HTTP", type: "invalid_request_error", param: null, code: "invalid_request" },
  });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
