import path from "node:path";
import { startServerProcess, type ServerProcess } from "../../bench/lib/start-server.js";
import { ROOT } from "./fixtures.js";
import { createParser } from "eventsource-parser";

export type TestServer = ServerProcess;

/** The shared index the server tests use; built by the first test file that needs it, then reused. */
export const TEST_INDEX_DIR = path.join(ROOT, "test-output", "index");

/**
 * Starts the real server on a free loopback port with the test defaults (the real corpus, the shared test
 * index, no rate limit, one encoder worker), every log line kept; `env` overrides them.
 */
export function startServer(env: Record<string, string> = {}, options: { waitFor?: "ready" | "listening" | "index could not be loaded" } = {}): Promise<TestServer> {
  return startServerProcess(
    ROOT,
    { CORPUS_DIR: path.join(ROOT, "corpus"), INDEX_DIR: TEST_INDEX_DIR, RATE_LIMIT: "0", EMBED_WORKERS: "1", ...env },
    { keepLogs: true, waitFor: options.waitFor },
  );
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text
  }
  return { status: response.status, body, headers: response.headers };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

export interface SseEvent {
  event: string;
  data: any;
}

/** Posts and reads a whole server-sent-event response. */
export async function postSse(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; contentType: string; events: SseEvent[] }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  // The same well-kept parser the page uses (eventsource-parser), not a second hand-written reader.
  const events: SseEvent[] = [];
  const parser = createParser({
    onEvent: ({ event = "message", data }) => {
      let parsed: unknown = data;
      try {
        parsed = JSON.parse(data);
      } catch {
        // plain text data, such as [DONE]
      }
      events.push({ event, data: parsed });
    },
  });
  parser.feed(text);
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", events };
}

/**
 * Builds the shared test index when it is missing or stale (as the first server started would), so that a
 * test file that copies it does not depend on the files that ran before it.
 */
export async function ensureTestIndex(): Promise<void> {
  const { buildIndex } = await import("../../src/store/build-index.js");
  const { createEmbedder } = await import("../../src/embed/create-embedder.js");
  const { readConfig } = await import("../../src/config.js");
  const embedder = createEmbedder(readConfig({}), { workers: 0 });
  try {
    await buildIndex({ corpusDir: path.join(ROOT, "corpus"), indexDir: TEST_INDEX_DIR, embedder, log: () => undefined });
  } finally {
    await embedder.close();
  }
}
