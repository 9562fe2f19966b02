import { readFile } from "node:fs/promises";
import { z } from "zod";
import { MAX_QUESTION_CHARS } from "../types.js";

const turn = z.object({ role: z.enum(["user", "assistant"]), content: z.string() });

/**
 * One entry of a question set (docs/QUESTION-SET.md). An unanswerable question may leave `evidence` null or
 * out and `answer_all` empty; an answerable one needs both.
 */
export const questionSchema = z
  .object({
    id: z.string().min(1),
    question: z.string().min(1).max(MAX_QUESTION_CHARS),
    history: z.array(turn).default([]),
    answer_all: z.array(z.array(z.string().min(1)).min(1)).default([]),
    evidence: z
      .string()
      .nullish()
      .transform((value) => value ?? ""),
    answerable: z.boolean(),
    /** Optional grouping for the report: fact, paraphrase, list, followup, unanswerable… */
    kind: z.string().optional(),
    /** Optional: the file that must be cited first. */
    document: z.string().optional(),
  })
  .superRefine((entry, context) => {
    if (!entry.answerable) return;
    if (!entry.evidence) context.addIssue({ code: "custom", path: ["evidence"], message: "an answerable question needs an evidence snippet" });
    if (!entry.answer_all.length) context.addIssue({ code: "custom", path: ["answer_all"], message: "an answerable question needs at least one answer group" });
  });

export type EvalQuestion = z.infer<typeof questionSchema>;

/**
 * Reads and validates a question set. Errors: the file unreadable or not JSON, or an entry that breaks the
 * format, reported by its position, its id and the field ("entry 44 (q45).evidence: …").
 */
export async function readQuestionSet(file: string): Promise<EvalQuestion[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const parsed = z.array(questionSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [position, ...field] = issue.path;
    const id = Array.isArray(raw) && typeof position === "number" ? (raw[position] as { id?: unknown } | undefined)?.id : undefined;
    const where = position === undefined ? "" : `entry ${String(position)}${typeof id === "string" ? ` (${id})` : ""}${field.length ? `.${field.join(".")}` : ""}: `;
    throw new Error(`${file}: ${where}${issue.message}`);
  }
  return parsed.data;
}

/** Lower case, white space collapsed, curly quotes and dashes made plain (the question-set format's rule). */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function holdsEvidence(text: string, evidence: string): boolean {
  return !!evidence && normalizeForMatch(text).includes(normalizeForMatch(evidence));
}

export function answerIsCorrect(answer: string, groups: string[][]): boolean {
  const normalized = normalizeForMatch(answer);
  return groups.every((group) => group.some((alternative) => normalized.includes(normalizeForMatch(alternative))));
}
