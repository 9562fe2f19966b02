import { z } from "zod";

const list = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() ? value.trim() : undefined));

/** An empty variable counts as unset (a shell's `VAR= npm start`). */
const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);

const schema = z.object({
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
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
  LLM_TIMEOUT_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(100).default(20000)),
  /** Most tokens a model may write for one answer (sent as `max_tokens`); a brief may write four times as many. */
  LLM_MAX_TOKENS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(16).max(10_000_000).default(1024)),
  API_KEYS: list,
  CORS_ORIGINS: list,
  RATE_LIMIT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).default(60)),
  /** Express "trust proxy" setting: number of hops, or false (default) so X-Forwarded-For is ignored. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === "" || value === "false" ? false : /^\d+$/.test(value) ? Number(value) : value)),
  /** Worker threads that run the bundled encoder; 0 runs it on the main thread. */
  EMBED_WORKERS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(16).optional()),
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
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
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
    corsOrigins: e.CORS_ORIGINS,
    rateLimit: e.RATE_LIMIT,
    trustProxy: e.TRUST_PROXY,
    embedWorkers: e.EMBED_WORKERS,
    logLevel: e.LOG_LEVEL,
  };
}
