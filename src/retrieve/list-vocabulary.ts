import type { Question } from "../ingest/submission.js";
import type { Passage } from "../types.js";

/**
 * Plural nouns that ask for a whole table. The form names its tables "event", "resource",
 * "initiative/partnership"; staff say "meetings", "publications", "projects".
 */
const SYNONYMS: Record<string, string[]> = {
  event: ["events", "meetings", "sessions", "conferences", "forums", "gatherings"],
  resource: ["resources", "publications", "reports", "studies", "toolkits", "guides", "materials", "products"],
  partnership: ["partnerships", "initiatives", "projects", "coalitions", "collaborations"],
  initiative: ["initiatives", "partnerships", "projects", "coalitions"],
};

export interface ListVocabulary {
  /** Plural noun → table kind. */
  tables: Map<string, string>;
  /** Plural noun → question number whose numbered sections it names ("transitions" → 5). */
  sections: Map<string, number>;
}

export function listVocabulary(passages: Passage[], questions: Pick<Question, "number" | "text">[]): ListVocabulary {
  const tables = new Map<string, string>();
  for (const kind of new Set(passages.map((p) => p.source.record?.table).filter((k): k is string => !!k))) {
    for (const part of kind.split("/")) {
      tables.set(`${part}s`, kind);
      for (const noun of SYNONYMS[part] ?? []) if (!tables.has(noun)) tables.set(noun, kind);
    }
  }
  const sections = new Map<string, number>();
  for (const question of questions) {
    const numbered = new Set(passages.filter((p) => p.source.question === question.number && /^\d+\)/.test(p.source.section ?? "")).map((p) => p.source.section));
    if (numbered.size < 2) continue;
    // "six key transitions": the noun the question counts is what its sections are.
    for (const match of question.text.matchAll(/\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:key\s+|main\s+)?([a-z]+s)\b/gi)) {
      sections.set(match[1]!.toLowerCase(), question.number);
    }
  }
  return { tables, sections };
}
