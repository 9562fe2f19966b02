import { readFile } from "node:fs/promises";
import path from "node:path";

export interface Prompts {
  system: string;
  answer: string;
  rewrite: string;
  brief: string;
}

/** Reads the prompt files once, at start-up. */
export async function readPrompts(dir: string): Promise<Prompts> {
  const read = (name: string) => readFile(path.join(dir, `${name}.md`), "utf8");
  const [system, answer, rewrite, brief] = await Promise.all([read("system"), read("answer"), read("rewrite"), read("brief")]);
  return { system: system.trim(), answer: answer.trim(), rewrite: rewrite.trim(), brief: brief.trim() };
}

/** Fills {{name}} slots; values are inserted as they are, once, never re-expanded. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
