import type { Passage } from "../types.js";

/** A handful of questions drawn from the document itself, for people who do not know where to start. */
export function starterQuestions(passages: Passage[], max = 6): string[] {
  const questions: string[] = [];
  const entity = passages.find((p) => p.source.entity)?.source.entity ?? "the entity";
  const tables = new Map<string, Passage[]>();
  for (const p of passages) if (p.source.record) tables.set(p.source.record.table, [...(tables.get(p.source.record.table) ?? []), p]);
  const events = [...tables].find(([kind]) => kind.includes("event"))?.[1];
  if (events?.[0]) questions.push(`When did the ${events[0].source.record!.title.split(",")[0]} take place?`);
  const sections = [...new Set(passages.filter((p) => /^\d+\)/.test(p.source.section ?? "")).map((p) => p.source.section!))];
  for (const section of sections.slice(0, 2)) questions.push(`What did ${entity} do on ${section.replace(/^\d+\)\s*/, "").toLowerCase()}?`);
  for (const [kind, records] of tables) {
    questions.push(`List all the ${kind.split("/").pop()}s.`);
    if (!kind.includes("event") && records[0]) questions.push(`Tell me about ${records[0].source.record!.title.split(":")[0]}.`);
  }
  return [...new Set(questions)].slice(0, max);
}
