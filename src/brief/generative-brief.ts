import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import { chunkText } from "../answer/chat-model.js";
import { CitationList } from "../answer/citations.js";
import { formatPassages } from "../answer/generative-answerer.js";
import { fillTemplate, type Prompts } from "../answer/prompts.js";
import type { Retriever, ScoredPassage } from "../retrieve/retriever.js";
import type { SearchFilter } from "../retrieve/search-filter.js";
import { buildBrief, type Brief } from "./build-brief.js";

/**
 * The briefing note written by the LLM from the passages the extractive note cites, with the chat's
 * citation checks: a bullet whose numbers name no given passage is dropped; a note left with no cited
 * bullet, an error or a timeout gives the extractive note instead.
 */
export async function buildGenerativeBrief(options: { retriever: Retriever; model: ChatOpenAI; prompts: Prompts; timeoutMs: number; topic?: string; filter?: SearchFilter }): Promise<Brief & { mode: "generative" | "extractive"; fallbackReason?: string }> {
  const extractive = await buildBrief(options.retriever, options.topic, options.filter);
  if (!extractive.citations.length) return { ...extractive, mode: "extractive" };
  const byId = new Map(options.retriever.index.passages.map((passage, position) => [passage.id, { passage, position, score: 1 } satisfies ScoredPassage]));
  const given = extractive.citations.map((c) => byId.get(c.id)!);
  const prompt = fillTemplate(options.prompts.brief, { title: extractive.title, passages: formatPassages(given) });
  let text = "";
  try {
    const stream = await options.model.stream([new SystemMessage(options.prompts.system), new HumanMessage(prompt)], { signal: AbortSignal.timeout(options.timeoutMs) });
    for await (const chunk of stream) text += chunkText(chunk.content);
  } catch (error) {
    return { ...extractive, mode: "extractive", fallbackReason: `the language model failed: ${(error as Error).message}` };
  }
  const citations = new CitationList();
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*[-*]\s+/.test(line)) {
      const numbers = [...line.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= given.length);
      if (!numbers.length) continue; // an uncited claim is not briefed
      const body = line.replace(/\s*\[\d{1,3}\]/g, "").trimEnd();
      lines.push(`${body} ${[...new Set(numbers)].map((n) => citations.cite(given[n - 1]!)).join("")}`);
    } else if (/^#{1,3}\s/.test(line) || !line.trim()) lines.push(line.trimEnd());
  }
  if (!citations.citations.length) return { ...extractive, mode: "extractive", fallbackReason: "the language model cited no passage it was given" };
  return { title: extractive.title, markdown: lines.join("\n").replace(/\n{3,}/g, "\n\n").trim(), citations: citations.citations, mode: "generative" };
}
