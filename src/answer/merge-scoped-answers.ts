import type { Scope } from "../retrieve/plan-scopes.js";
import type { AnswerResult, Citation } from "../types.js";

/**
 * One line per scope ("- IOM: … [2]"), each scope's `[n]` renumbered into one citation list (a passage cited
 * by two scopes keeps one number). `keepAbstentions`: a scope the user named says it does not say; one found by
 * asking across the corpus ("Which entities mention …?") is left out when it does not.
 */
export function mergeScopedAnswers(parts: { scope: Scope; result: AnswerResult }[], options: { keepAbstentions: boolean; mode: AnswerResult["mode"] }): AnswerResult {
  const answered = parts.filter((part) => !part.result.abstained);
  const { texts, citations } = renumberCitations(answered.map((part) => part.result));
  const lines = parts.flatMap((part) => {
    if (part.result.abstained) return options.keepAbstentions ? [`- ${part.scope.label}: the submission does not say.`] : [];
    return [`- ${part.scope.label}: ${texts[answered.indexOf(part)]!.trim().replace(/\n/g, "\n  ")}`];
  });
  if (!citations.length) return { answer: "The submissions do not say.", abstained: true, mode: options.mode, citations: [] };
  return { answer: lines.join("\n"), abstained: false, mode: options.mode, citations };
}

/**
 * Several answers' `[n]` markers renumbered into one citation list, in order of first use (a passage cited by
 * two answers keeps one number): each answer's text with its new markers, and the list.
 */
export function renumberCitations(results: AnswerResult[]): { texts: string[]; citations: Citation[] } {
  const citations: Citation[] = [];
  const numberOf = new Map<string, number>();
  const texts = results.map((result) => {
    const byOld = new Map(result.citations.map((c) => [c.n, c]));
    return result.answer.replace(/\[(\d{1,3})\]/g, (marker, n: string) => {
      const citation = byOld.get(Number(n));
      if (!citation) return marker;
      let number = numberOf.get(citation.id);
      if (number === undefined) {
        number = citations.length + 1;
        numberOf.set(citation.id, number);
        citations.push({ ...citation, n: number });
      }
      return `[${number}]`;
    });
  });
  return { texts, citations };
}

/** "UNODC 2024" for the one submission an answer quotes; undefined when it quotes several entities or none. */
export function quotedSource(result: AnswerResult): string | undefined {
  const entities = [...new Set(result.citations.map((c) => c.source.entity ?? c.source.document))];
  if (entities.length !== 1) return undefined;
  const years = [...new Set(result.citations.map((c) => c.source.year).filter((y): y is number => y !== undefined))].sort();
  return years.length ? `${entities[0]} ${years.join(", ")}` : entities[0];
}
