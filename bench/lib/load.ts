import http from "node:http";

/** A bounded load loop on loopback: `workers` concurrent clients for at most `ms` and `maxRequests`. */
export interface LoadResult {
  requests: number;
  statuses: Record<number, number>;
  networkErrors: number;
  /** Milliseconds of each request, in completion order. */
  latencies: number[];
  elapsedMs: number;
}

/** A fetch Response (its body is read) or a status from `keepAlivePoster`. */
type Reply = Response | { status: number };

export async function runLoad(options: { workers: number; ms: number; maxRequests: number; request: (i: number) => Promise<Reply> }): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, statuses: {}, networkErrors: 0, latencies: [], elapsedMs: 0 };
  const started = performance.now();
  const deadline = Date.now() + options.ms;
  let next = 0;
  await Promise.all(
    Array.from({ length: options.workers }, async () => {
      while (Date.now() < deadline && next < options.maxRequests) {
        const i = next++;
        const sent = performance.now();
        try {
          const response = await options.request(i);
          if (response instanceof Response) await response.arrayBuffer();
          result.statuses[response.status] = (result.statuses[response.status] ?? 0) + 1;
        } catch {
          result.networkErrors++;
        }
        result.latencies.push(performance.now() - sent);
        result.requests++;
      }
    }),
  );
  result.elapsedMs = performance.now() - started;
  return result;
}

export function serverErrors(result: LoadResult): number {
  return Object.entries(result.statuses).filter(([status]) => Number(status) >= 500).reduce((sum, [, count]) => sum + count, 0);
}

/**
 * POSTs JSON over node:http with keep-alive connections, reading each body to its end. A load generator
 * on the same two cores as the server should cost them little: measured ~0.6 ms of CPU a request against
 * ~2.4 ms with fetch.
 */
export function keepAlivePoster(baseUrl: string, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const post = (path: string, body: unknown) =>
    new Promise<{ status: number }>((resolve, reject) => {
      const data = JSON.stringify(body);
      const request = http.request(new URL(path, baseUrl), { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data) } }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
        response.on("error", reject);
      });
      request.on("error", reject);
      request.end(data);
    });
  return { post, close: () => agent.destroy() };
}
