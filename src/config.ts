import { isIP } from "node:net";
import { z } from "zod";

const list = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean));

/**
 * A comma-separated list of keys. Unset or empty means none; a value that holds no key (`" , "`) is an
 * error, since it would otherwise leave the API open without a word.
 */
const keyList = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (value && !value.split(",").some((item) => item.trim())) ctx.addIssue({ code: "custom", message: "is set but holds no key (a comma-separated list of keys; leave it unset for none)" });
  })
  .transform((value) => [...new Set((value ?? "").split(",").map((item) => item.trim()).filter(Boolean))]);

/** Express's named subnets; any other item must be an IP address or a CIDR subnet (proxy-addr's rules). */
const NAMED_SUBNETS = new Set(["loopback", "linklocal", "uniquelocal"]);

function proxySubnetProblem(item: string): string | undefined {
  if (NAMED_SUBNETS.has(item)) return undefined;
  const [address, bits, extra] = item.split("/");
  const version = isIP(address ?? "");
  if (!version || extra !== undefined) return `"${item}" is not an IP address, a subnet or one of loopback, linklocal, uniquelocal`;
  const prefixOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128)) || isIP(bits) === version;
  if (!prefixOk) return `"${item}" has an invalid prefix length`;
  return undefined;
}

/**
 * Express "trust proxy": `false`/unset (default) ignores X-Forwarded-For; `true` trusts every proxy; a
 * whole number trusts that many hops; otherwise a comma-separated list of addresses, subnets or
 * loopback/linklocal/uniquelocal. Checked here so that a typo is a clear error, not a TypeError from
 * proxy-addr at start.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((value, ctx): boolean | number | string => {
    const text = (value ?? "").trim();
    if (text === "" || text === "false") return false;
    if (text === "true") return true;
    if (/^\d+$/.test(text)) return Number(text);
    const items = text.split(",").map((item) => item.trim());
    const problems = items.map((item) => (item ? proxySubnetProblem(item) : "an empty item")).filter((p): p is string => !!p);
    if (problems.length) ctx.addIssue({ code: "custom", message: `${problems.join("; ")} (use true, false, a number of hops, or addresses and subnets)` });
    return items.join(",");
  });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() ? value.trim() : undefined));

/** An empty variable counts as unset (a shell's `VAR= npm start`). */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

/**
 * A whole number from `min` (to `max`), with an error that says so ("PORT: must be a whole number from 0 to
 * 65535") rather than the validator's own ("expected number, received NaN"). Unset (or empty) when optional.
 */
function wholeNumberFrom(min: number, max?: number) {
  const message = `must be a whole number from ${min}${max === undefined ? " up" : ` to ${max}`}`;
  const number = z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message });
  return max === undefined ? number : number.max(max, { error: message });
}

/** `wholeNumberFrom`, `fallback` when unset or empty. */
const wholeNumber = (min: number, max: number | undefined, fallback: number) => z.preprocess(unsetIfEmpty, wholeNumberFrom(min, max).default(fallback));

const schema = z.object({
  PORT: wholeNumber(0, 65535, 3000),
  HOST: z.string().default("0.0.0.0"),
  CORPUS_DIR: z.string().default("corpus"),
  INDEX_DIR: z.string().default("index"),
  PROMPTS_DIR: z.string().default("prompts"),
  WEB_DIR: z.string().default("web"),
  EMBEDDINGS: z.enum(["local", "openai"]).default("local"),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  /** Model for OpenAI-compatible embeddings (EMBEDDINGS=openai). */
  EMBEDDINGS_MODEL: z.string().default("text-embedding-3-small"),
  LLM_MODEL: optionalText,
  /** Milliseconds before a language-model call is abandoned for the extractive answer. */
  LLM_TIMEOUT_MS: wholeNumber(100, undefined, 20000),
  /** Most tokens a model may write for one answer (sent as `max_tokens`); a brief may write four times as many. */
  LLM_MAX_TOKENS: wholeNumber(16, 10_000_000, 1024),
  API_KEYS: keyList,
  /** Keys for /api/admin/*; the ordinary API_KEYS get 403 there (a widget's key is public). */
  ADMIN_API_KEYS: keyList,
  /** Keys for /metrics; unset: the API's keys when API_KEYS is set, else /metrics is open. */
  METRICS_API_KEYS: keyList,
  CORS_ORIGINS: list,
  RATE_LIMIT: wholeNumber(0, undefined, 60),
  TRUST_PROXY: trustProxy,
  /** Worker threads that run the bundled encoder; 0 runs it on the main thread. */
  EMBED_WORKERS: z.preprocess(unsetIfEmpty, wholeNumberFrom(0, 16).optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  port: number;
  host: string;
  corpusDir: string;
  indexDir: string;
  promptsDir: string;
  webDir: string;
  embeddings: "local" | "openai";
  openai: { apiKey?: string; baseURL?: string; embeddingsModel: string };
  llmModel?: string;
  llmTimeoutMs: number;
  llmMaxTokens: number;
  apiKeys: string[];
  /** Keys allowed on /api/admin/*; none turns the admin routes off. */
  adminApiKeys: string[];
  /** Keys allowed on /metrics; empty means: as the API (see METRICS_API_KEYS). */
  metricsApiKeys: string[];
  corsOrigins: string[];
  rateLimit: number;
  trustProxy: boolean | number | string;
  embedWorkers?: number;
  logLevel: string;
};

/** Reads and validates the environment once; entry points call this and pass the result down. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // The value is quoted back for settings that hold no secret: "PORT: must be a whole number from 0 to 65535 (got "abc")".
    const given = (name: string) => (/KEY|SECRET|TOKEN|PASSWORD/i.test(name) || typeof env[name] !== "string" ? "" : ` (got ${JSON.stringify(env[name])})`);
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}${issue.message.startsWith("must be a whole number") ? given(String(issue.path[0])) : ""}`).join("; ");
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    corpusDir: e.CORPUS_DIR,
    indexDir: e.INDEX_DIR,
    promptsDir: e.PROMPTS_DIR,
    webDir: e.WEB_DIR,
    embeddings: e.EMBEDDINGS,
    openai: { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, embeddingsModel: e.EMBEDDINGS_MODEL },
    llmModel: e.LLM_MODEL,
    llmTimeoutMs: e.LLM_TIMEOUT_MS,
    llmMaxTokens: e.LLM_MAX_TOKENS,
    apiKeys: e.API_KEYS,
    adminApiKeys: e.ADMIN_API_KEYS,
    metricsApiKeys: e.METRICS_API_KEYS,
    corsOrigins: e.CORS_ORIGINS,
    rateLimit: e.RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    embedWorkers: e.EMBED_WORKERS,
    logLevel: e.LOG_LEVEL,
  };
}
