import type { Retriever, ScoredPassage } from "../retrieve/retriever.js";
import { tokenize } from "../text/tokenize.js";
import type { Passage } from "../types.js";
import { BRIEF } from "./brief-scorer.js";
import { citesGoal, goalOfTopic, SDG_NAMES } from "../text/sdg-goals.js";

export interface TopicPassage extends ScoredPassage {
  /** Cosine similarity of the passage's best unit to the topic. */
  dense: number;
  /** Whether the passage holds every word of the topic (then it is on topic whatever its rank). */
  named: boolean;
}

/**
 * The passages about a topic, by the retrieval's own relevance: the same hybrid (dense + BM25) search as
 * questions, every passage scored; a passage counts when it has evidence (a topic term and some semantic
 * closeness, or strong semantic closeness alone, or every topic word; for "SDG n", citing the goal) and its fused score is within
 * `BRIEF.topicRelevance.relativeCut` of the best such passage's. Best first; empty when nothing in `scope` is about the topic.
 */
export async function topicPassages(retriever: Retriever, topic: string, scope: (passage: Passage) => boolean = () => true): Promise<TopicPassage[]> {
  const { passages, lexical } = retriever.index;
  const relevance = BRIEF.topicRelevance;
  const goal = goalOfTopic(topic);
  const query = goal ? `${topic}: ${SDG_NAMES[goal]}` : topic;
  const retrieval = await retriever.retrieve({ question: query, k: passages.length, lists: false });
  // Lexical evidence is BM25 over the topic's own words: for a goal, its name (the number alone matches dates).
  const lexicalQuery = retriever.expandQuery(goal ? SDG_NAMES[goal]! : topic);
  const withTerms = new Set(lexical.search(lexicalQuery, passages.length).filter((hit) => hit.score > 0).map((hit) => hit.index));
  // Every word of the topic in one passage is evidence on its own: a place or a name embeds weakly alone ("Afghanistan").
  const topicTerms = [...new Set(tokenize(lexicalQuery))];
  const hasAllTerms = (position: number) => topicTerms.length > 0 && topicTerms.every((term) => lexical.termFrequency(position, term) > 0);
  const scored: TopicPassage[] = [];
  for (const hit of retrieval.passages) {
    if (!scope(hit.passage)) continue;
    const dense = Math.max(-1, ...(retrieval.unitSimilarities.get(hit.position) ?? []));
    const evidence = goal
      ? citesGoal(hit.passage.text, goal) || (withTerms.has(hit.position) && dense >= relevance.denseWithTerms)
      : (withTerms.has(hit.position) && dense >= relevance.denseWithTerms) || dense >= relevance.denseAlone || hasAllTerms(hit.position);
    if (evidence) scored.push({ ...hit, dense, named: hasAllTerms(hit.position) });
  }
  const best = Math.max(0, ...scored.map((hit) => hit.score));
  return scored
    .filter((hit) => hit.named || hit.score >= relevance.relativeCut * best)
    .sort((a, b) => b.score - a.score)
    .slice(0, relevance.maxPassages);
}
