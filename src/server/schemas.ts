import { z } from "zod";

/** Control characters (but tab and newline) dropped, lone surrogates replaced: text that is safe to search and echo. */
export function cleanText(text: string): string {
  return text.toWellFormed().replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

const text = (max: number, what = "") =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
    .max(max, `must be at most ${max} characters${what}`)
    .transform(cleanText);

export const chatTurnSchema = z.object({
  role: z.enum(["user", "assistant"], { error: 'must be "user" or "assistant"' }),
  content: text(8000),
});

export const chatRequestSchema = z.object({
  question: text(2000).refine((q) => q.trim().length > 0, "must not be empty"),
  history: z.array(chatTurnSchema, { error: "must be an array of turns" }).max(50, "must hold at most 50 turns").default([]),
  stream: z.boolean({ error: "must be true or false" }).default(false),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;
