/** A bounded load loop on loopback: `workers` concurrent clients for at most `ms` and `maxRequests`. */
export interface LoadResult {
  requests: number;
  statuses: Record<number, number>;
  networkErrors: number;
  /** Milliseconds of each request, in completion order. */
  latencies: number[];
  elapsedMs: number;
}

export async function runLoad(options: { workers: number; ms: number; maxRequests: number; request: (i: number) => Promise<Response> }): Promise<LoadResult> {
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
          await response.arrayBuffer();
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
