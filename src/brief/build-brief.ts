import { CitationList } from "../answer/citations.js";
import { tablePlural } from "../ingest/chunk-passages.js";
import { passageUnits } from "../ingest/passage-units.js";
import type { Retriever, ScoredPassage } from "../retrieve/retriever.js";
import { matchesFilter, type SearchFilter } from "../retrieve/search-filter.js";
import { tokenize } from "../text/tokenize.js";
import type { Citation, Passage } from "../types.js";
import { pickSentences } from "./informative-sentences.js";

export interface Brief {
  title: string;
  markdown: string;
  citations: Citation[];
}

export const MAX_BRIEF_WORDS = 1200;

interface Located {
  passage: Passage;
  position: number;
}

function gist(questionText: string | undefined, number: number): string {
  const text = (questionText ?? "").replace(/\s*\((max|maximum)[^)]*\)/gi, "");
  const first = text.split(/(?<=[?.])\s/)[0] ?? "";
  const short = first.length > 90 ? `${first.slice(0, 90).replace(/\s+\S*$/, "")}…` : first;
  return short ? `Question ${number}: ${short}` : `Question ${number}`;
}

function recordLine(hit: Located): string {
  const title = hit.passage.source.record!.title;
  const details = passageUnits(hit.passage, hit.position)
    // The first line of each short field that says when, where, which goals, with whom.
    .filter((u) => u.field && u.text.startsWith(`${u.field}:`) && u.value !== title && /date|location|sdg|^partners|publishing/i.test(u.field) && (u.value ?? "").split(/\s+/).length <= 14)
    .map((u) => u.value)
    .slice(0, 3);
  return `${title}${details.length ? ` (${details.join("; ")})` : ""}`;
}

/** One question's bullets: its records, its sections, and its most informative sentences; each bullet cited. */
function questionBullets(members: Located[], topicTerms: string[], cite: (hit: Located) => string, onTopic?: (text: string) => boolean): string[] {
  const bullets: string[] = [];
  const records = members.filter((m) => m.passage.source.record);
  const prose = members.filter((m) => !m.passage.source.record);
  const tables = new Map<string, Located[]>();
  for (const r of records) tables.set(r.passage.source.record!.table, [...(tables.get(r.passage.source.record!.table) ?? []), r]);
  for (const [kind, list] of tables) {
    if (list.length <= 2 && !prose.length) for (const r of list) bullets.push(`${recordLine(r)} ${cite(r)}`);
    else bullets.push(`${tablePlural(kind)[0]!.toUpperCase()}${tablePlural(kind).slice(1)} (${list.length}): ${list.map((r) => `${recordLine(r)} ${cite(r)}`).join("; ")}`);
  }
  const sections = [...new Set(prose.map((m) => m.passage.source.section).filter((s): s is string => !!s && /^\d+\)/.test(s)))];
  if (sections.length > 2) {
    bullets.push(`Covers ${sections.length} sections: ${sections.map((s) => `${s.replace(/^\d+\)\s*/, "")} ${cite(prose.find((m) => m.passage.source.section === s)!)}`).join("; ")}`);
  }
  const room = Math.max(1, 3 - bullets.length);
  for (const pick of pickSentences(prose.length ? prose : records, room, topicTerms, onTopic)) {
    bullets.push(`${pick.unit.field ? pick.unit.value ?? pick.unit.text : pick.unit.text} ${cite(pick)}`);
  }
  return bullets.slice(0, 3);
}

/**
 * Whether a text is about the topic. "SDG 14" matches "SDGs 3, 5, 8, 14 and 17" and "Goal 14", never
 * "14-15 March"; other topics need all their words (or most of their spelled-out acronym).
 */
export function topicMatcher(topic: string, topicTerms: string[], expand: (text: string) => string): (text: string) => boolean {
  const goal = /^\s*(?:sdgs?|goal|sustainable development goal)\s*(\d{1,2})\s*$/i.exec(topic)?.[1];
  if (goal) {
    const list = new RegExp(`\\b(?:SDGs?|Goals?)\\s+(?:\\d{1,2}\\s*(?:,|and|&)\\s*)*${goal}\\b`, "i");
    return (text) => list.test(text);
  }
  const required = tokenize(topic);
  return (text) => {
    const terms = new Set(tokenize(expand(text)));
    return required.every((t) => terms.has(t)) || topicTerms.filter((t) => terms.has(t)).length >= Math.max(2, Math.ceil(topicTerms.length * 0.6));
  };
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A one-page briefing note, extractive: a heading per question, one to three bullets of its key facts
 * (records with dates and places, sections, the sentences richest in figures, symbols and names), each
 * bullet ending with its citations. With a topic, only the passages about it.
 */
export async function buildBrief(retriever: Retriever, topic?: string, filter?: SearchFilter): Promise<Brief> {
  const { passages } = retriever.index;
  const citations = new CitationList();
  const cite = (hit: Located) => citations.cite({ passage: hit.passage, position: hit.position, score: 1 } satisfies ScoredPassage);
  let selected: Located[] = passages.map((passage, position) => ({ passage, position })).filter((hit) => !filter || matchesFilter(hit.passage, filter));
  const label = selected[0]?.passage.breadcrumb.split(" · ")[0] ?? "the submission";
  let topicTerms: string[] = [];
  let aboutTopic: ((text: string) => boolean) | undefined;
  const cleanTopic = topic?.trim();
  if (cleanTopic) {
    topicTerms = [...new Set(tokenize(retriever.expandQuery(cleanTopic)))];
    aboutTopic = topicMatcher(cleanTopic, topicTerms, (text) => retriever.expandQuery(text));
    const ranked = await retriever.search(cleanTopic, 50, filter);
    selected = ranked.filter((hit) => aboutTopic!(`${hit.passage.breadcrumb}\n${hit.passage.text}`)).map(({ passage, position }) => ({ passage, position }));
    if (!selected.length) {
      return { title: `Briefing on “${cleanTopic}”: ${label}`, markdown: `# Briefing on “${cleanTopic}”: ${label}\n\nThe submission does not say anything about “${cleanTopic}”.`, citations: [] };
    }
  }

  const byQuestion = new Map<number, Located[]>();
  for (const hit of selected) byQuestion.set(hit.passage.source.question ?? 0, [...(byQuestion.get(hit.passage.source.question ?? 0) ?? []), hit]);
  const title = cleanTopic ? `Briefing on “${cleanTopic}”: ${label}` : `Briefing: ${label} submission`;
  const lines = [`# ${title}`];
  for (const number of [...byQuestion.keys()].sort((a, b) => a - b)) {
    const members = byQuestion.get(number)!.sort((a, b) => a.position - b.position);
    const bullets = questionBullets(members, topicTerms, cite, aboutTopic);
    if (!bullets.length) continue;
    const heading = number ? gist(members[0]!.passage.source.questionText, number) : "Other content";
    const block = [``, `## ${heading}`, ...bullets.map((b) => `- ${b}`)];
    if (words([...lines, ...block].join("\n")) > MAX_BRIEF_WORDS) break;
    lines.push(...block);
  }
  return { title, markdown: lines.join("\n"), citations: citations.citations };
}
