export interface QuestionScore {
  id: string;
  kind: string;
  answerable: boolean;
  /** 1-based rank of the first passage holding the evidence; 0 when none of the ranked passages does. */
  evidenceRank: number;
  /** nDCG@10 with binary relevance (a passage is relevant when it holds the evidence). */
  ndcg10: number;
  answerCorrect: boolean;
  citationCorrect: boolean;
  abstentionCorrect: boolean;
  ms: number;
}

export interface Metrics {
  questions: number;
  hitAt1: number;
  hitAt3: number;
  hitAt5: number;
  mrr: number;
  ndcg10: number;
  answerAccuracy: number;
  citationAccuracy: number;
  abstentionAccuracy: number;
  p50Ms: number;
  p95Ms: number;
}

export function ndcgAt10(relevant: boolean[]): number {
  const gains = relevant.slice(0, 10);
  const dcg = gains.reduce((sum, rel, i) => sum + (rel ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(10, relevant.filter(Boolean).length) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal ? dcg / ideal : 0;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const share = (flags: boolean[]) => mean(flags.map((f) => (f ? 1 : 0)));

/** Retrieval and answer metrics are over answerable questions; abstention over all. Fractions 0..1. */
export function summarize(scores: QuestionScore[]): Metrics {
  const answerable = scores.filter((s) => s.answerable);
  return {
    questions: scores.length,
    hitAt1: share(answerable.map((s) => s.evidenceRank === 1)),
    hitAt3: share(answerable.map((s) => s.evidenceRank > 0 && s.evidenceRank <= 3)),
    hitAt5: share(answerable.map((s) => s.evidenceRank > 0 && s.evidenceRank <= 5)),
    mrr: mean(answerable.map((s) => (s.evidenceRank ? 1 / s.evidenceRank : 0))),
    ndcg10: mean(answerable.map((s) => s.ndcg10)),
    answerAccuracy: share(answerable.map((s) => s.answerCorrect)),
    citationAccuracy: share(answerable.map((s) => s.citationCorrect)),
    abstentionAccuracy: share(scores.map((s) => s.abstentionCorrect)),
    p50Ms: percentile(scores.map((s) => s.ms), 50),
    p95Ms: percentile(scores.map((s) => s.ms), 95),
  };
}
