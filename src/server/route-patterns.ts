import type { Express } from "express";

interface StackLayer {
  rawPath?: unknown;
  route?: { path?: unknown };
  handle?: { stack?: StackLayer[] };
}

/**
 * Every route pattern an Express 5 app serves ("/api/passages/:id", "/v1/chat/completions"), read from its
 * router stack: routers mounted with `use(path, …)` add their path. Patterns with wildcards are skipped.
 */
export function routePatterns(app: Express): string[] {
  const patterns: string[] = [];
  const walk = (stack: StackLayer[] | undefined, prefix: string) => {
    for (const layer of stack ?? []) {
      if (typeof layer.route?.path === "string") patterns.push(join(prefix, layer.route.path));
      else if (layer.handle?.stack) walk(layer.handle.stack, typeof layer.rawPath === "string" ? join(prefix, layer.rawPath) : prefix);
    }
  };
  walk((app as unknown as { router?: { stack?: StackLayer[] } }).router?.stack, "");
  return [...new Set(patterns)].filter((pattern) => !/[*{}]/.test(pattern));
}

function join(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
  return joined.length > 1 ? joined.replace(/\/+$/, "") : joined;
}

/**
 * The pattern a request path belongs to, whatever became of the request (a 401 before the route ran, a 400
 * in it): segment by segment, `:name` matching any one segment. Literal patterns win over ones with parameters.
 */
export function matchRoute(patterns: string[], path: string): string | undefined {
  const segments = path.replace(/\/+$/, "").split("/");
  const fits = patterns.filter((pattern) => {
    const parts = pattern.split("/");
    return parts.length === segments.length && parts.every((part, i) => (part.startsWith(":") ? segments[i] !== "" : part === segments[i]));
  });
  return fits.sort((a, b) => a.split(":").length - b.split(":").length)[0];
}
