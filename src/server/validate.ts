import type { z } from "zod";
import { ValidationError } from "../errors.js";

/** Parses with a zod schema; a failure becomes a 400 that names the field. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? issue.path.join(".") : "body";
  throw new ValidationError(`${field}: ${issue.message}`, issue.path.length ? field : undefined);
}
