import { MONTH_ALTERNATION } from "../text/month-names.js";

const MONTH_NAME = new RegExp(`\\b(?:${MONTH_ALTERNATION})\\b`, "g");

/**
 * The figures, dates and document symbols a text states: numbers ("750", "2.5", "5,200", "95%", "33rd"), day
 * ranges ("13-17"), symbols ("E/RES/2024/10", "33/1"), and month names. A model's bullet must state only
 * ones its cited passage states.
 */
export function statedFacts(text: string): string[] {
  const facts = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z]+(?:\/[A-Z0-9.]+)+\b|\b\d+(?:\/\d+)+\b/g)) facts.add(m[0]);
  const rest = text.replace(/\b[A-Z]+(?:\/[A-Z0-9.]+)+\b|\b\d+(?:\/\d+)+\b/g, " ");
  // An ordinal keeps its suffix ("33rd"): the passage says "33rd session", never "33" alone.
  for (const m of rest.matchAll(/\d+(?:[.,]\d+)*(?:st|nd|rd|th)?/g)) facts.add(m[0].replace(/[.,]$/, ""));
  for (const m of text.matchAll(MONTH_NAME)) facts.add(m[0]);
  return [...facts];
}

function normalise(text: string): string {
  return text.replace(/[\u2010-\u2015]/g, "-").replace(/(\d),(?=\d{3}\b)/g, "$1");
}

/** The facts of `bullet` that none of `passages` states (empty when the bullet is faithful). */
export function unsupportedFacts(bullet: string, passages: string[]): string[] {
  const sources = passages.map(normalise);
  return statedFacts(normalise(bullet)).filter((fact) => {
    const pattern = new RegExp(`(?<![\\w/.,])${fact.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\w/]|[.,]\\d)`);
    return !sources.some((source) => pattern.test(source));
  });
}
