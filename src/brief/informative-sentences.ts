import { passageUnits, type Unit } from "../ingest/passage-units.js";
import { tokenize } from "../text/tokenize.js";
import type { Passage } from "../types.js";

export interface Candidate {
  position: number;
  passage: Passage;
  unit: Unit;
  score: number;
}

const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** How much a sentence tells a busy reader: figures, document symbols, names and dates, in few words. */
export function informativeness(text: string, topicTerms: string[] = []): number {
  const words = text.split(/\s+/).length;
  const figures = (text.match(/\b\d[\d,.%]*\b/g) ?? []).length;
  const symbols = (text.match(/\b[A-Z]+\/[A-Z]+\/\d+\/\d+\b|\b\d+\/\d+\b/g) ?? []).length;
  const names = (text.match(/(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g) ?? []).length;
  const terms = new Set(tokenize(text));
  const onTopic = topicTerms.filter((t) => terms.has(t)).length;
  let score = 1.5 * Math.min(figures, 4) + 2 * symbols + 0.5 * Math.min(names, 6) + (MONTH.test(text) ? 1 : 0) + 4 * onTopic;
  if (words < 8) score -= 3;
  if (words > 60) score -= (words - 60) / 10;
  return score;
}

function similar(a: string, b: string): boolean {
  const x = new Set(tokenize(a));
  const y = new Set(tokenize(b));
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared / Math.max(1, Math.min(x.size, y.size)) > 0.6;
}

/** The `count` most informative prose units of the passages, at most one per passage, no near-repeats. */
export function pickSentences(passages: { passage: Passage; position: number }[], count: number, topicTerms: string[] = [], onTopic?: (text: string) => boolean): Candidate[] {
  let candidates: Candidate[] = [];
  for (const { passage, position } of passages) {
    for (const unit of passageUnits(passage, position)) {
      if (unit.field && !/^description$/i.test(unit.field)) continue;
      // A lead-in ("For instance, during the last year:") or a list fragment says nothing alone.
      if (/:$/.test(unit.text) || /^•/.test(unit.text) || unit.text.split(/\s+/).length < 8) continue;
      candidates.push({ position, passage, unit, score: informativeness(unit.text, topicTerms) });
    }
  }
  // On a topic, sentences that speak of it come first; the others only if none does.
  if (onTopic && candidates.some((c) => onTopic(c.unit.text))) candidates = candidates.filter((c) => onTopic(c.unit.text));
  const chosen: Candidate[] = [];
  for (const candidate of candidates.sort((a, b) => b.score - a.score)) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => c.position === candidate.position || similar(c.unit.text, candidate.unit.text))) continue;
    chosen.push(candidate);
  }
  return chosen;
}
