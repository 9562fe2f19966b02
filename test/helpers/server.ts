import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "./fixtures.js";

export interface TestServer {
  url: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** The shared index the server tests use; built by the first test file that needs it, then reused. */
export const TEST_INDEX_DIR = path.join(ROOT, "test-output", "index");

/**
 * Starts the real server (`src/cli/start.ts`) in a child process on a free loopback port and waits
 * until it reports ready. Environment variables override the defaults.
 */
export async function startServer(env: Record<string, string> = {}, options: { waitFor?: "ready" | "listening" | "index could not be loaded" } = {}): Promise<TestServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/start.ts")], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: "0",
      HOST: "127.0.0.1",
      CORPUS_DIR: path.join(ROOT, "corpus"),
      INDEX_DIR: TEST_INDEX_DIR,
      RATE_LIMIT: "0",
      EMBED_WORKERS: "1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const waitFor = options.waitFor ?? "ready";
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    let listening = "";
    const timer = setTimeout(() => reject(new Error(`server did not get ${waitFor} in 120 s\n${stderr}`)), 120_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === "listening") listening = String(entry.url);
          if (entry.msg === waitFor || (entry.msg === "index could not be loaded" && listening)) {
            clearTimeout(timer);
            resolve(listening.replace("localhost", "127.0.0.1"));
          }
        } catch {
          // not a log line
        }
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}\n${stderr}`));
    });
  });
  return {
    url,
    child,
    logs,
    stop(signal = "SIGTERM") {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      return new Promise((resolve) => {
        child.once("exit", (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
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
  const events = text
    .split("\n\n")
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      let parsed: unknown = data;
      try {
        parsed = JSON.parse(data);
      } catch {
        // plain text data, such as [DONE]
      }
      return { event, data: parsed };
    });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", events };
}
