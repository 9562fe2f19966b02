import { normalizeQuestion } from "./question-focus.js";

/**
 * A yes/no question that asks the same of two things at once, with "both": "Does Kenya appear both among the SE4U pilot
 * countries and the prison climate pilots?", "Are both Ghana and Nigeria in the climate-resilient prison pilots AND the
 * prisoner skills list?", "Is Kenya in both the VPI list and the climate pilots?". Returns the two questions, one
 * for each thing ("Does Kenya appear among the SE4U pilot countries?", "Does Kenya appear among the prison climate
 * pilots?"), or undefined when the question asks of one thing only.
 *
 * The two things follow the question's last "in", "among", "on" or "under" and are joined by its last "and"; "both"
 * before them, or before the subject, says each is asked. Each must have a word of three letters or more.
 */
export function bothQuestions(message: string): [string, string] | undefined {
  const text = normalizeQuestion(message).replace(/\s*\?+\s*$/, "");
  if (!(/^\W*(?:is|are|was|were|does|do|did|has|have)\b/i.test(text) || SHARED_ASKED.test(text)) || !/\bboth\b/i.test(text)) return undefined;
  const preposition = [...text.matchAll(/\s(?:both\s+)?(in|among|amongst|on|under|within|part of)\s+(?:both\s+)?/gi)].find((match) => / and /i.test(text.slice(match.index! + match[0].length)));
  if (!preposition) return undefined;
  const head = text.slice(0, preposition.index).replace(/\s+both\s*$/i, "");
  const rest = text.slice(preposition.index! + preposition[0].length);
  const at = rest.search(/\s+and\s+(?!.*\s+and\s+)/i);
  if (at < 0) return undefined;
  const second = rest.slice(at).replace(/^\s+and\s+/i, "").replace(new RegExp(`^(?:${preposition[1]}|in|among|amongst|on|under)\\s+`, "i"), "");
  const first = rest.slice(0, at);
  if (![first, second].every((thing) => /\p{L}{3}/u.test(thing))) return undefined;
  // "Are both Ghana and Nigeria in …": "both" of the subject goes; the subject stays whole.
  const subject = head.replace(/^(\W*\w+)\s+both\s+/i, "$1 ");
  const ask = (thing: string) => `${subject} ${preposition[1]!.toLowerCase()} ${thing.trim()}?`;
  return [ask(first), ask(second)];
}

/** "Which countries …": a question for the countries two lists share, when it says "both". */
export const SHARED_ASKED = /^\W*(?:and\s+)?(?:which|what)\s+(?:countries|nations|states|member states)\b/i;

/** "which countries show up in both lists?", "any countries in both?": the countries two earlier answers share. */
export function asksSharedOfEarlier(message: string): boolean {
  const text = normalizeQuestion(message);
  return /\bboth\b/i.test(text) && /\b(?:countries|nations|states)\b/i.test(text) && !bothQuestions(text);
}
