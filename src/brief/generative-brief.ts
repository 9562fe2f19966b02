import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { ChatOpenAI } from "@langchain/openai";
import { streamModelText } from "../compose/chat-model.js";
import { CitationList } from "../compose/citations.js";
import { formatPassages } from "../answer/generative-answerer.js";
import { modelFailureReason, type FallbackEvent } from "../compose/model-failure.js";
import { fillTemplate, type Prompts } from "../compose/prompts.js";
import { sanitizeModelText } from "../compose/sanitize-model-text.js";
import type { Retriever, ScoredPassage } from "../retrieve/retriever.js";
import { buildBrief, type Brief, type BriefRequest } from "./build-brief.js";
import { unsupportedFacts } from "./check-figures.js";

/**
 * The briefing note written by the LLM from the passages the extractive note cites, with the chat's
/**
 * The briefing note written by the LLM from the passages the extractive note cites, with the chat's
 * citation checks: a bullet whose numbers name no given passage is dropped, and so is one stating a figure,
 * date or symbol that none of its cited passages states (check-figures.ts); a note left with no cited
 * bullet, an error or a timeout gives the extractive note instead. The model's lines, headings included,
 * pass `sanitizeModelText`. `signal` (the client went away) aborts the model's call and rejects.
 */
export async function buildGenerativeBrief(options: { retriever: Retriever; model: ChatOpenAI; prompts: Prompts; timeoutMs: number; request?: BriefRequest; signal?: AbortSignal; onFallback?: (event: FallbackEvent) => void }): Promise<Brief & { mode: "generative" | "extractive"; fallbackReason?: string }> {
  const extractive = await buildBrief(options.retriever, options.request ?? {});
  if (!extractive.citations.length) return { ...extractive, mode: "extractive" };
  const byId = new Map(options.retriever.index.passages.map((passage, position) => [passage.id, { passage, position, score: 1 } satisfies ScoredPassage]));
  const given = extractive.citations.map((c) => byId.get(c.id)!);
  const prompt = fillTemplate(options.prompts.brief, { title: extractive.title, passages: formatPassages(given) });
  const fallBack = (reason: string, cause?: unknown) => {
    options.onFallback?.({ stage: "brief", reason, cause });
    return { ...extractive, mode: "extractive" as const, fallbackReason: reason };
  };
  let text = "";
  const timeout = AbortSignal.timeout(options.timeoutMs);
  try {
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    for await (const piece of streamModelText(options.model, [new SystemMessage(options.prompts.system), new HumanMessage(prompt)], signal)) text += piece;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return fallBack(modelFailureReason(error, timeout.aborted ? options.timeoutMs : undefined), error);
  }
  const citations = new CitationList();
  const lines: string[] = [];
  for (const line of sanitizeModelText(text).split("\n")) {
    if (/^\s*[-*]\s+/.test(line)) {
      const numbers = [...line.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= given.length);
      if (!numbers.length) continue; // an uncited claim is not briefed
      const body = line.replace(/\s*\[\d{1,3}\]/g, "").trimEnd();
      const cited = [...new Set(numbers)].map((n) => given[n - 1]!.passage.text);
      if (unsupportedFacts(body.replace(/^\s*[-*]\s+/, ""), cited).length) continue; // a figure its passages do not state
      lines.push(`${body} ${[...new Set(numbers)].map((n) => citations.cite(given[n - 1]!)).join("")}`);
    } else if (/^#{1,3}\s/.test(line) || !line.trim()) lines.push(line.trimEnd());
  }
  if (!citations.citations.length) return fallBack("the language model cited no passage it was given");
  return { title: extractive.title, markdown: lines.join("\n").replace(/\n{3,}/g, "\n\n").trim(), citations: citations.citations, mode: "generative" };
}
