import { readFile } from "node:fs/promises";
import { z } from "zod";

const turn = z.object({ role: z.enum(["user", "assistant"]), content: z.string() });

export const questionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1).max(2000),
  history: z.array(turn).default([]),
  answer_all: z.array(z.array(z.string().min(1)).min(1)).default([]),
  evidence: z.string().default(""),
  answerable: z.boolean(),
  /** Optional grouping for the report: fact, paraphrase, list, followup, unanswerable… */
  kind: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof questionSchema>;

/** Reads and validates a question set; a bad entry is reported by its position and field. */
export async function readQuestionSet(file: string): Promise<EvalQuestion[]> {
  const parsed = z.array(questionSchema).safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: entry ${issue.path.join(".")}: ${issue.message}`);
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
