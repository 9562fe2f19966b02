import { tokenize } from "../text/tokenize.js";
import { BRIEF } from "./brief-scorer.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";

const MONTH = new RegExp(`\\b(${MONTH_ALTERNATION})\\b`);

/** How much a sentence tells a busy reader: figures, document symbols, names and dates, in few words. */
export function informativeness(text: string, topicTerms: string[] = []): number {
  const words = text.split(/\s+/).length;
  const figures = (text.match(/\b\d[\d,.%]*\b/g) ?? []).length;
  const symbols = (text.match(/\b[A-Z]+\/[A-Z]+\/\d+\/\d+\b|\b\d+\/\d+\b/g) ?? []).length;
  const names = (text.match(/(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g) ?? []).length;
  const terms = new Set(tokenize(text));
  const onTopic = topicTerms.filter((t) => terms.has(t)).length;
  const w = BRIEF.informativeness;
  let score = w.figure * Math.min(figures, w.maxFigures) + w.symbol * symbols + w.name * Math.min(names, w.maxNames) + (MONTH.test(text) ? w.month : 0) + w.topicTerm * onTopic;
  if (words < w.shortWords) score -= w.shortPenalty;
  if (words > w.longWords) score -= (words - w.longWords) / w.wordsPerLongPoint;
  return score;
}

/** Whether two sentences share most of their terms (over BRIEF.nearRepeatShare of the shorter's): near-repeats are briefed once. */
export function similar(a: string, b: string): boolean {
  const x = new Set(tokenize(a));
  const y = new Set(tokenize(b));
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared / Math.max(1, Math.min(x.size, y.size)) > BRIEF.nearRepeatShare;
}
