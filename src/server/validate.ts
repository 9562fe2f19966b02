import type { z } from "zod";
import { ValidationError } from "../errors.js";

/** Parses with a zod schema; a failure becomes a 400 that names the field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // A field the request does not know is reported first: "questoin" is a typo, not a missing "question".
  const issue = parsed.error.issues.find((i) => i.code === "unrecognized_keys" && /^Unrecognized key/.test(i.message)) ?? parsed.error.issues[0]!;
  // A field the request does not know is named, so a typo ("filter" for "filters") is not silently ignored.
  if (issue.code === "unrecognized_keys" && /^Unrecognized key/.test(issue.message)) {
    const where = issue.path.length ? `${issue.path.join(".")}.` : "";
    throw new ValidationError(`${where}${issue.keys[0]}: unknown field (the request takes ${describeKeys(schema, issue.path)})`, `${where}${issue.keys[0]}`);
  }
  // The body itself of the wrong kind ("[1, 2]") is said in the API's words, not the validator's.
  if (!issue.path.length && issue.code === "invalid_type") throw new ValidationError(`the request body must be a JSON object (got ${Array.isArray(input) ? "an array" : input === null ? "null" : typeof input})`);
  const field = issue.path.length ? issue.path.join(".") : "body";
  // A value of the wrong kind that no schema words itself is said in the API's words too ("history.0: must be an
  // object (got an array)"), not the validator's default ("Invalid input: expected object, received array").
  const message = issue.code === "invalid_type" && /^Invalid input/.test(issue.message) ? `must be ${withArticle(issue.expected)} (got ${kindOf(valueAt(input, issue.path))})` : issue.message;
  throw new ValidationError(`${field}: ${message}`, issue.path.length ? field : undefined);
}

/** The value at a validation issue's path inside the request; undefined where the path leaves it. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A JSON value's kind as the API's messages say it: "an array", "null", "a string", "a number", "nothing". */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  return withArticle(typeof value);
}

/** "object" → "an object", "string" → "a string". */
function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

/** The fields an object schema (or the object at `path` inside it) takes: "question, history, stream, filters". */
function describeKeys(schema: z.ZodType, path: PropertyKey[]): string {
  let shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  for (const key of path) {
    let inner = shape?.[String(key)] as { shape?: Record<string, unknown>; unwrap?: () => unknown } | undefined;
    while (inner && !inner.shape && inner.unwrap) inner = inner.unwrap() as typeof inner;
    shape = inner?.shape;
  }
  return shape ? Object.keys(shape).join(", ") : "its documented fields";
}
