import type { Express } from "express";

interface StackLayer {
  rawPath?: unknown;
  route?: { path?: unknown; methods?: Record<string, boolean> };
  handle?: { stack?: StackLayer[] };
}

/**
 * Every route of an Express 5 app, read from its router stack once and kept: pattern ("/api/passages/:id",
 * "/v1/chat/completions"; routers mounted with `use(path, …)` add their path) → its methods, upper case,
 * sorted. Patterns with wildcards are left out.
 */
const routeTables = new WeakMap<object, Map<string, string[]>>();

function routeTable(app: object): Map<string, string[]> {
  let table = routeTables.get(app);
  if (table) return table;
  table = new Map();
  const walk = (stack: StackLayer[] | undefined, prefix: string) => {
    for (const layer of stack ?? []) {
      if (typeof layer.route?.path === "string") {
        const pattern = join(prefix, layer.route.path);
        if (/[*{}]/.test(pattern)) continue;
        const methods = Object.keys(layer.route.methods ?? {}).filter((m) => m !== "_all").map((m) => m.toUpperCase());
        table.set(pattern, [...new Set([...(table.get(pattern) ?? []), ...methods])].sort());
      } else if (layer.handle?.stack) walk(layer.handle.stack, typeof layer.rawPath === "string" ? join(prefix, layer.rawPath) : prefix);
    }
  };
  walk((app as { router?: { stack?: StackLayer[] } }).router?.stack, "");
  routeTables.set(app, table);
  return table;
}

/** Every route pattern an Express 5 app serves, for the metrics' `route` label (see `routeTable`). */
export function routePatterns(app: Express): string[] {
  return [...routeTable(app).keys()];
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

/** The methods an app serves at a request path (for a 405's `Allow`); empty when no route matches the path. */
export function methodsFor(app: object, path: string): string[] {
  const table = routeTable(app);
  const pattern = matchRoute([...table.keys()], path);
  return pattern ? table.get(pattern)! : [];
}
