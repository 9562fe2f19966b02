import { tablePlural } from "../ingest/chunk-passages.js";
import type { Passage } from "../types.js";

function sentenceCase(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/**
 * What a question asks for, in a few words of the question itself, by the questionnaire's grammar (general
 * English question forms): "has the governing body of your organization taken any decisions" → "Governing
 * body decisions"; "Please provide strategies (…)" → "Strategies"; "what actions … to improve coordination"
 * → "Coordination". Falls back to the question's first content words.
 */
export function questionGist(questionText: string): string {
  const text = questionText
    .replace(/^\s*Q?\d+\.\s*/i, "")
    .split(/(?<=[?.])\s/)[0]!
    .replace(/\([^)]*\)/g, "")
    .replace(/^(?:in the past year|during (?:the )?\d{4}|in \d{4}(?:\/\d{4})?|since [^,]+|from [^,]+ to [^,]+),\s*/i, "");
  const subject = /\bthe ([a-z -]{3,40}?) of your (?:organi[sz]ation|entity)\b/i.exec(text)?.[1];
  const object = /\b(?:taken|take|made|make|adopted) any ([a-z-]+)/i.exec(text)?.[1];
  if (subject && object) return sentenceCase(`${subject} ${object}`);
  const improve = /\bto (?:improve|strengthen|enhance|increase) ([a-z-]+)/i.exec(text)?.[1];
  if (improve) return sentenceCase(improve);
  const provide = /^(?:please )?(?:provide|describe|list|share|mention|indicate) (?:any |the )?([a-z-]+(?: [a-z-]+)?)/i.exec(text)?.[1];
  if (provide) return sentenceCase(provide.replace(/\s+(?:and|or|to|of|for|in)$/i, ""));
  const words = text
    .replace(/\b(?:what|which|how|has|have|had|is|are|does|do|did|your|our|the|any|a|an|organi[sz]ation|entity|entities|please)\b/gi, " ")
    .replace(/[,;:?.]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4)
    .join(" ")
    .replace(/(?:\s+(?:to|or|and|of|for|in|on|by|with))+$/i, "");
  return sentenceCase(words || questionText.slice(0, 40));
}

/**
 * A short heading for one question's part of a brief, in the brief's own words, from what the passages
 * are: a table's kind ("Events", "Initiatives and partnerships"); the noun the question counts its
 * numbered sections by ("Transitions"); else the question's gist. `sectionNoun` is the retriever's list
 * vocabulary for that question, when it has one.
 */
export function themeHeading(passages: Passage[], sectionNoun?: string): string {
  const kinds = [...new Set(passages.map((p) => p.source.record?.table).filter((k): k is string => !!k))];
  const prose = passages.filter((p) => !p.source.record).length;
  if (kinds.length === 1 && prose <= passages.length / 2) return sentenceCase(tablePlural(kinds[0]!).replace(/\//g, " and "));
  if (sectionNoun && passages.some((p) => /^\d+\)/.test(p.source.section ?? ""))) return sentenceCase(sectionNoun);
  const question = passages.find((p) => p.source.questionText)?.source.questionText;
  return question ? questionGist(question) : "Other content";
}
