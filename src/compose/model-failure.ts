/**
 * What a client may read when a language-model call failed: a fixed sentence with the upstream's HTTP
 * status, never the upstream's own text (an upstream error can quote keys, passwords, internal hosts).
 * `timeoutMs` is given when the call was abandoned by our timeout.
 */
export function modelFailureReason(error: unknown, timeoutMs?: number): string {
  if (timeoutMs !== undefined) return `the language model did not answer within ${timeoutMs} ms`;
  const status = httpStatus(error);
  if (status) return `the language model failed (HTTP ${status})`;
  const name = (error as Error | undefined)?.name ?? "";
  if (/connection/i.test(name) || /ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN/.test(String((error as { code?: string; cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code))) return "the language model could not be reached";
  return "the language model failed (no usable response)";
}

/** The HTTP status an OpenAI-compatible client error carries (`openai`'s APIError, LangChain's wrappers). */
function httpStatus(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown }; cause?: unknown } | undefined;
  for (const candidate of [e?.status, e?.response?.status, (e?.cause as { status?: unknown } | undefined)?.status]) {
    if (typeof candidate === "number" && candidate >= 100 && candidate < 600) return candidate;
  }
  return undefined;
}

/** A fallback, for the server log: which stage fell back, the client's reason, the cause's details. */
export interface FallbackEvent {
  /** "answer" (chat and /v1) or "brief". */
  stage: "answer" | "brief";
  reason: string;
  /** The error that caused it, when there was one (raw: the logger redacts it, see `redactSecrets`). */
  cause?: unknown;
}

/**
 * `text` with secrets replaced by `[redacted]`: every string of `secrets` (the configured keys), and what
 * looks like one whatever its source: `sk-…` keys, `Bearer …` tokens, `password=…`/`api_key: …` pairs,
 * and the user:password of a URL.
 */
export function redactSecrets(text: string, secrets: string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out
    .replace(/\bsk-[A-Za-z0-9_*.-]{6,}/g, "[redacted]")
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=*-]{6,}/gi, "$1 [redacted]")
    .replace(/\b((?:[\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|credential)s?)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/gi, "$1[redacted]")
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi, "$1[redacted]@");
}

/** One log line's fields for a fallback: no secret, and the upstream's message cut to 300 characters. */
export function fallbackLogFields(event: FallbackEvent, secrets: string[] = []): Record<string, unknown> {
  const cause = event.cause as { name?: string; message?: string } | undefined;
  const status = httpStatus(event.cause);
  return {
    stage: event.stage,
    reason: event.reason,
    ...(status ? { upstreamStatus: status } : {}),
    ...(cause ? { cause: `${cause.name ?? "Error"}: ${redactSecrets(String(cause.message ?? cause), secrets).slice(0, 300)}` } : {}),
  };
}
