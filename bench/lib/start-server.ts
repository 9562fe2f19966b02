import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** The server's JSON log lines, when `keepLogs` is set. */
  logs: Record<string, unknown>[];
  /**
   * The first log line matching `match`: one already logged, else the next one to arrive (needs `keepLogs`).
   * Rejects if the server exits first. Log lines arrive on their own time, so this waits for the event, not a clock.
   */
  waitForLog(match: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  /** The server's resident memory (all threads), read from its /metrics. */
  rssMb(): Promise<number>;
  /** Signals the server and resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  /** The log message to wait for. Default "ready". */
  waitFor?: string;
  /** Keep every log line (tests read them); otherwise lines after start-up are drained unread. */
  keepLogs?: boolean;
  /** Give up after this many milliseconds (the benchmark sets one). Default: no limit; a server that exits first rejects. */
  timeoutMs?: number;
}

/**
 * Starts the real server as `npm start` runs it (dist/start.mjs, built by `npm run build`) on a free loopback
 * port, in a clean environment plus `env`, and resolves once it logs `waitFor`. Used by the tests, the
 * benchmark and the soak.
 */
export async function startServerProcess(root: string, env: Record<string, string>, options: StartOptions = {}): Promise<ServerProcess> {
  const entry = path.join(root, "dist/start.mjs");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const child = spawn(process.execPath, ["--enable-source-maps", entry], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const logWaiters: { match: (entry: Record<string, unknown>) => boolean; resolve: (entry: Record<string, unknown>) => void; reject: (error: Error) => void }[] = [];
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const waitFor = options.waitFor ?? "ready";
  const timeoutMs = options.timeoutMs;
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    let listening = "";
    let started = false;
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => reject(new Error(`server did not log "${waitFor}" in ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line) as Record<string, unknown>;
        } catch {
          continue; // not a log line
        }
        if (options.keepLogs) {
          logs.push(entry);
          for (const waiter of logWaiters.filter((w) => w.match(entry))) {
            logWaiters.splice(logWaiters.indexOf(waiter), 1);
            waiter.resolve(entry);
          }
        }
        if (entry.msg === "listening") listening = String(entry.url).replace("localhost", "127.0.0.1");
        if (!started && entry.msg === waitFor) {
          started = true;
          clearTimeout(timer);
          resolve(listening);
          if (!options.keepLogs) {
            // From here on the request logs are drained unread, as a log shipper would.
            child.stdout!.off("data", onData);
            child.stdout!.resume();
          }
        }
      }
    };
    child.stdout!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      for (const waiter of logWaiters.splice(0)) waiter.reject(new Error(`server exited with ${code} before the log line came`));
      if (!started) reject(new Error(`server exited with ${code}\n${stderr}`));
    });
  });
  return {
    url,
    child,
    logs,
    waitForLog(match) {
      const found = logs.find(match);
      if (found) return Promise.resolve(found);
      if (child.exitCode !== null || child.signalCode !== null) return Promise.reject(new Error("server has exited"));
      return new Promise((resolve, reject) => logWaiters.push({ match, resolve, reject }));
    },
    rssMb: async () => Number(/^process_resident_memory_bytes (\d+)/m.exec(await fetch(`${url}/metrics`).then((r) => r.text()))?.[1] ?? 0) / 1e6,
    stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      return new Promise((resolve) => {
        child.once("exit", (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}
