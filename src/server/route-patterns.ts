import type { Express } from "express";

interface StackLayer {
  rawPath?: unknown;
  route?: { path?: unknown; methods?: Record<string, boolean> };
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

const methodCache = new WeakMap<object, Map<string, string[]>>();

/**
 * The methods (upper case, sorted) an Express 5 app serves at a request path, from its router stack: for a 405's
 * `Allow`. Empty when no route matches the path. Worked out once per app.
 */
export function methodsFor(app: object, path: string): string[] {
  let byPattern = methodCache.get(app);
  if (!byPattern) {
    byPattern = new Map();
    const walk = (stack: StackLayer[] | undefined, prefix: string) => {
      for (const layer of stack ?? []) {
        if (typeof layer.route?.path === "string") {
          const pattern = join(prefix, layer.route.path);
          const methods = new Set([...(byPattern!.get(pattern) ?? []), ...Object.keys(layer.route.methods ?? {}).filter((m) => m !== "_all").map((m) => m.toUpperCase())]);
          byPattern!.set(pattern, [...methods].sort());
        } else if (layer.handle?.stack) walk(layer.handle.stack, typeof layer.rawPath === "string" ? join(prefix, layer.rawPath) : prefix);
      }
    };
    walk((app as unknown as { router?: { stack?: StackLayer[] } }).router?.stack, "");
    methodCache.set(app, byPattern);
  }
  const pattern = matchRoute([...byPattern.keys()].filter((p) => !/[*{}]/.test(p)), path);
  return pattern ? byPattern.get(pattern)! : [];
}
