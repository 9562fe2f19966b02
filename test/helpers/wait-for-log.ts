import type { TestServer } from "./server.js";

/**
 * Resolves with the first log line of `server` (started with its logs kept) that `matches`: at once if it
 * was already logged, else as soon as it is.
 */
export function waitForLog(server: TestServer, matches: (entry: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = server.logs.find(matches);
      if (!found) return false;
      server.child.stdout!.off("data", check);
      server.child.off("exit", exited);
      resolve(found);
      return true;
    };
    const exited = () => reject(new Error("the server exited before logging the line waited for"));
    if (check()) return;
    // The start-up listener, registered first, has parsed a chunk's lines when this one runs.
    server.child.stdout!.on("data", check);
    server.child.once("exit", exited);
  });
}
