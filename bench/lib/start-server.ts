import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** Starts the real server (src/cli/start.ts) on a free loopback port; resolves once it reports ready. */
export async function startServerProcess(root: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess; rssMb: () => Promise<number> }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "src/cli/start.ts")], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", LLM_MODEL: "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    let listening = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        try {
          const entry = JSON.parse(line);
          if (entry.msg === "listening") listening = String(entry.url).replace("localhost", "127.0.0.1");
          if (entry.msg === "ready") {
            // From here on the request logs are drained unread, as a log shipper would.
            child.stdout!.off("data", onData);
            child.stdout!.resume();
            resolve(listening);
          }
        } catch {
          // not a log line
        }
      }
    };
    child.stdout!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
  const rssMb = async () => Number(/^process_resident_memory_bytes (\d+)/m.exec(await fetch(`${url}/metrics`).then((r) => r.text()))?.[1] ?? 0) / 1e6;
  return { url, child, rssMb };
}
