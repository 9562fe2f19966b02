import type { AskOutcome } from "../answer/assistant.js";
import { answerIsCorrect, holdsEvidence, type EvalQuestion } from "./question-set.js";
import { ndcgAt10, summarize, type Metrics, type QuestionScore } from "./metrics.js";

export interface EvalRow {
  id: string;
  kind: string;
  question: string;
  answer: string;
  abstained: boolean;
  /** Breadcrumbs of the cited passages, in citation order. */
  cited: string[];
  pass: boolean;
  score: QuestionScore;
}

export interface EvalRun {
  name: string;
  metrics: Metrics;
  byKind: Record<string, Metrics>;
  rows: EvalRow[];
}

export type Ask = (question: EvalQuestion) => Promise<AskOutcome>;

export function kindOf(question: EvalQuestion): string {
  return question.kind ?? (question.answerable ? (question.history.length ? "followup" : "fact") : "unanswerable");
}

/** Runs every question through `ask` (the API's own path) and scores retrieval, answers, citations and abstention. */
export async function runEval(name: string, ask: Ask, questions: EvalQuestion[]): Promise<EvalRun> {
  const rows: EvalRow[] = [];
  for (const question of questions) {
    const started = performance.now();
    const { result, retrieval } = await ask(question);
    const ms = performance.now() - started;
    const relevant = retrieval.passages.map((hit) => holdsEvidence(hit.passage.text, question.evidence));
    const rank = relevant.indexOf(true) + 1;
    const answered = !result.abstained;
    const answerCorrect = question.answerable && answered && answerIsCorrect(result.answer, question.answer_all);
    const citationCorrect = question.answerable && answered && result.citations.some((c) => holdsEvidence(c.text, question.evidence));
    const abstentionCorrect = result.abstained === !question.answerable;
    const score: QuestionScore = { id: question.id, kind: kindOf(question), answerable: question.answerable, evidenceRank: rank, ndcg10: ndcgAt10(relevant), answerCorrect, citationCorrect, abstentionCorrect, ms };
    rows.push({
      id: question.id,
      kind: score.kind,
      question: question.question,
      answer: result.answer,
      abstained: result.abstained,
      cited: result.citations.map((c) => `[${c.n}] ${retrieval.passages.find((h) => h.passage.id === c.id)?.passage.breadcrumb ?? c.id}`),
      pass: question.answerable ? answerCorrect : abstentionCorrect,
      score,
    });
  }
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, summarize(rows.filter((r) => r.kind === kind).map((r) => r.score))]));
  return { name, metrics: summarize(rows.map((r) => r.score)), byKind, rows };
}
