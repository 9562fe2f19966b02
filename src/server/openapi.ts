import { z } from "zod";
import { briefRequest } from "./routes/brief-routes.js";
import { completionRequestSchema, MODEL_ID } from "./routes/openai-routes.js";
import { searchQuery } from "./routes/search-routes.js";
import { chatRequestSchema } from "./schemas.js";

// Responses, written as zod schemas for this description only (the server builds them in code); requests
// are the very schemas the routes validate with.
const source = z.object({
  document: z.string(),
  entity: z.string().optional(),
  question: z.number().int().optional(),
  questionText: z.string().optional(),
  section: z.string().optional(),
  record: z.object({ table: z.string(), index: z.number().int(), title: z.string() }).optional(),
  page: z.number().int().optional(),
});
const citation = z.object({ n: z.number().int().meta({ description: "what [n] in the answer refers to" }), id: z.string(), text: z.string().meta({ description: "the whole passage" }), score: z.number(), source, breadcrumb: z.string().meta({ description: "where the passage stands, as one line" }) });
const chatResponse = z.object({
  answer: z.string(),
  abstained: z.boolean(),
  mode: z.enum(["extractive", "generative"]),
  citations: z.array(citation),
  fallbackReason: z.string().optional(),
});
const errorResponse = z.object({ error: z.object({ message: z.string(), type: z.string(), param: z.string().nullable(), code: z.string() }) });
const usage = z.object({ prompt_tokens: z.number().int(), completion_tokens: z.number().int(), total_tokens: z.number().int() }).meta({ description: "estimated: 4 tokens per message plus one per 4 characters" });
const completion = z.object({
  id: z.string(),
  object: z.literal("chat.completion"),
  created: z.number().int(),
  model: z.literal(MODEL_ID),
  choices: z.array(z.object({ index: z.number().int(), message: z.object({ role: z.literal("assistant"), content: z.string() }), finish_reason: z.literal("stop") })),
  usage,
  citations: z.array(citation),
  abstained: z.boolean(),
  mode: z.enum(["extractive", "generative"]),
  fallback_reason: z.string().optional(),
});
const model = z.object({ id: z.literal(MODEL_ID), object: z.literal("model"), created: z.number().int(), owned_by: z.string() });
const searchResponse = z.object({ results: z.array(z.object({ id: z.string(), text: z.string(), score: z.number(), source, breadcrumb: z.string().meta({ description: "where the passage stands, as one line (an extension)" }) })) });
const briefResponse = z.object({ title: z.string(), markdown: z.string(), html: z.string().optional(), citations: z.array(citation), mode: z.enum(["extractive", "generative"]) });
const health = z.object({ status: z.string(), passages: z.number().int().optional(), embedder: z.string(), llm: z.string() });

type Schema = z.ZodType;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a request as clients send it (before transforms and defaults). */
function schema(type: Schema, io: "input" | "output" = "output"): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(type, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  return json;
}

const json = (type: Schema, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(type, io) } });
const errors = Object.fromEntries(
  [
    ["400", "the request is invalid (the message names the field)"],
    ["401", "an API key is required (when API_KEYS is set); WWW-Authenticate: Bearer"],
    ["413", "the body is larger than 64 kB"],
    ["415", "the body is not sent as JSON (Content-Type: application/json)"],
    ["429", "past the rate limit; Retry-After"],
    ["503", "the index is still loading"],
  ].map(([status, description]) => [status, { description, content: json(errorResponse) }]),
);
const streamed = (description: string) => ({ "text/event-stream": { schema: { type: "string", description } } });

/**
 * The OpenAPI 3.1 description served at /openapi.json: requests from the zod schemas the routes validate
 * with, responses from the schemas above, through zod 4's own JSON Schema output (`z.toJSONSchema`).
 */
export function openApiDocument(): Record<string, unknown> {
  const query = schema(searchQuery, "input") as { properties: Record<string, unknown>; required?: string[] };
  return {
    openapi: "3.1.0",
    info: { title: "Submission Assistant", version: "1", description: "Cited answers over the SDG-implementation submissions that UN entities send to UN DESA. The contract is docs/API.md." },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "one of API_KEYS, when it is set" } } },
    security: [{ bearer: [] }, {}],
    paths: {
      "/api/chat": {
        post: {
          summary: "Ask a question; a cited answer",
          requestBody: { required: true, content: json(chatRequestSchema, "input") },
          responses: { "200": { description: 'the answer; with "stream": true, events `token` { text } and a final `done` with this object (the tokens joined are its answer)', content: { ...json(chatResponse), ...streamed("token and done events") } }, ...errors },
        },
      },
      "/api/brief": {
        post: { summary: "A one-page briefing note, every bullet cited", requestBody: { content: json(briefRequest, "input") }, responses: { "200": { description: "the brief", content: json(briefResponse) }, ...errors } },
      },
      "/api/search": {
        get: {
          summary: "Passages for a query",
          parameters: Object.entries(query.properties).map(([name, property]) => ({ name, in: "query", required: query.required?.includes(name) ?? false, schema: property })),
          responses: { "200": { description: "the passages", content: json(searchResponse) }, ...errors },
        },
      },
      "/api/passages/{id}": {
        get: { summary: "One passage", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "the passage" }, "404": { description: "no such passage", content: json(errorResponse) }, ...errors } },
      },
      "/api/health": { get: { summary: "Status (open, no key)", security: [{}], responses: { "200": { description: "ready", content: json(health) }, "503": { description: "loading or failed", content: json(health) } } } },
      "/v1/models": { get: { summary: "OpenAI-compatible: the one model", responses: { "200": { description: "the list", content: json(z.object({ object: z.literal("list"), data: z.array(model) })) }, ...errors } } },
      "/v1/models/{model}": {
        get: { summary: "OpenAI-compatible: the model", parameters: [{ name: "model", in: "path", required: true, schema: { type: "string", const: MODEL_ID } }], responses: { "200": { description: "the model", content: json(model) }, "404": { description: "another model", content: json(errorResponse) } } },
      },
      "/v1/chat/completions": {
        post: {
          summary: "OpenAI-compatible chat completions; citations, abstained and mode ride along",
          requestBody: { required: true, content: json(completionRequestSchema, "input") },
          responses: { "200": { description: "the completion; with stream: true, chunks ending with data: [DONE] (usage last with stream_options.include_usage)", content: { ...json(completion), ...streamed("chat.completion.chunk events") } }, ...errors },
        },
      },
      "/openapi.json": { get: { summary: "This description", security: [{}], responses: { "200": { description: "OpenAPI 3.1" } } } },
      "/metrics": { get: { summary: "Prometheus metrics", responses: { "200": { description: "text exposition format" } } } },
    },
  };
}
