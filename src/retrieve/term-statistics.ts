import { bm25Idf } from "../store/bm25-index.js";
import { tokenize } from "../text/tokenize.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import { countedTerms } from "./counted-phrase.js";

/**
 * Corpus statistics of the terms a question's answer is weighed with, as data: counted once per question for
 * its few terms (`questionTerms`), never for the whole vocabulary.
 */
export interface TermStatistics {
  /** Passages in the index (BM25's N). */
  passages: number;
  /** Passages that hold each looked-up term (0 included); a term not looked up is not listed. */
  documentFrequency: ReadonlyMap<string, number>;
}

/** Passages that hold `term`; 0 for a term the corpus never uses (or one `questionTerms` did not list). */
export function documentFrequency(stats: TermStatistics, term: string): number {
  return stats.documentFrequency.get(term) ?? 0;
}

/** BM25's inverse document frequency (bm25Idf, the lexical search's own); an unknown term gets the highest. */
export function idf(stats: TermStatistics, term: string): number {
  return bm25Idf(stats.passages, documentFrequency(stats, term));
}

/**
 * Every term an answerer looks up for a question: its retrieval terms (`analysis.terms`, acronyms spelled out),
 * the tokens of the question as asked, its figures as written ("2,000") and its counted phrase ("how many X").
 */
export function questionTerms(analysis: QuestionAnalysis): Set<string> {
  return new Set([...analysis.terms, ...tokenize(analysis.question), ...analysis.numbers.map((n) => n.toLowerCase()), ...countedTerms(analysis.question)]);
}

/** The statistics of `terms` from the lexical index (anything that counts passages per term). */
export function termStatistics(lexicon: { size: number; documentFrequency(term: string): number }, terms: Iterable<string>): TermStatistics {
  const documentFrequency = new Map<string, number>();
  for (const term of terms) documentFrequency.set(term, lexicon.documentFrequency(term));
  return { passages: lexicon.size, documentFrequency };
}
