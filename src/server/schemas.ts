import { z } from "zod";
import { MAX_QUESTION_CHARS } from "../types.js";

/** Control characters (but tab and newline) dropped, lone surrogates replaced: text that is safe to search and echo. */
export function cleanText(text: string): string {
  return text.toWellFormed().replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

const text = (max: number, what = "") =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
    .max(max, `must be at most ${max} characters${what}`)
    .transform(cleanText);

export const chatTurnSchema = z.object(
  {
    role: z.enum(["user", "assistant"], { error: 'must be "user" or "assistant"' }),
    content: text(8000),
  },
  { error: 'must be a turn, an object with "role" and "content"' },
);

const entityName = text(200).refine((e) => e.trim().length > 0, "must not be empty");
const year = z.number({ error: "must be a year (a number)" }).int("must be a whole number").min(1900, "must be a year from 1900").max(2100, "must be a year up to 2100");

/** `filters: { entity?, year? }`, each one value or a list (DESIGN.md, "Many submissions"). */
export const filtersSchema = z.strictObject(
  {
    entity: z.union([entityName, z.array(entityName, { error: "must be a string or a list of strings" }).max(100, "must hold at most 100 entities")], { error: "must be a string or a list of strings" }).optional(),
    year: z.union([year, z.array(year, { error: "must be a year or a list of years" }).max(100, "must hold at most 100 years")], { error: "must be a year or a list of years" }).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown filter ${issue.keys.map((k) => `"${k}"`).join(", ")} (entity and year are known)` : "must be an object") },
);

export type Filters = z.infer<typeof filtersSchema>;

export const chatRequestSchema = z.object({
  question: text(MAX_QUESTION_CHARS).refine((q) => q.trim().length > 0, "must not be empty"),
  history: z.array(chatTurnSchema, { error: "must be an array of turns" }).max(50, "must hold at most 50 turns").default([]),
  stream: z.boolean({ error: "must be true or false" }).default(false),
  filters: filtersSchema.optional(),
}).strict();

export type ChatRequest = z.infer<typeof chatRequestSchema>;
