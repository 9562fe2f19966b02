import { escapeRegExp } from "../text/escape-regexp.js";
import { countriesInArea, worldAreasIn } from "../text/world-names.js";
import type { Passage } from "../types.js";

/**
 * "Which African countries are mentioned?", "Which Southeast Asian countries does the submission mention?", "Which
 * countries in Central America are named?": the countries of one world area a submission names, asked of the whole
 * text (general English: a question about what the text mentions, not what was done there). The area as a
 * `countriesInArea` name ("Africa", "Central America"); undefined for any other question.
 */
export function areaCountriesAsked(question: string): string | undefined {
  const match = AREA_ADJECTIVE_COUNTRIES.exec(question) ?? COUNTRIES_IN_AREA.exec(question);
  if (!match) return undefined;
  return areaOfPhrase(match[1]!.trim());
}

/** What asks whether a text names a thing (general English): "mentioned", "does it name", "are listed", "feature", "come up" (new-user trial, session 27). */
const MENTIONED = String.raw`(?:are|were|is|get|got|have\s+been|has\s+been)?\s*(?:mentioned|named|cited|listed|referred\s+to|referenced|featured|covered|included|appear|feature|come\s+up|came\s+up|show\s+up|crop\s+up)|(?:does|do|did)\s+(?:the\s+(?:submission|report|document|text)|it|they|\S+)\s+(?:mention|name|cite|list|refer\s+to|reference|feature|cover|include)`;

/** "Which African countries are mentioned", "What Southeast Asian countries does the submission mention". */
const AREA_ADJECTIVE_COUNTRIES = new RegExp(String.raw`^\W*(?:which|what)\s+((?:[\p{L}-]+\s+){1,3}?)countries\s+(?:${MENTIONED})\b`, "iu");

/** "Which countries in Africa are mentioned", "What countries of Central America does the submission name". */
const COUNTRIES_IN_AREA = new RegExp(String.raw`^\W*(?:which|what)\s+countries\s+(?:in|of|from)\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:${MENTIONED})\b`, "iu");

/**
 * The world area a phrase names, by its name ("Central America", "the Southeast Asia") or its adjective ("African" →
 * "Africa", "Central American" → "Central America", "European" → "Europe": the adjective's "-n", "-an" or "-ean"
 * taken off, "e" put back where needed). undefined when none is an area with countries in it.
 */
export function areaOfPhrase(phrase: string): string | undefined {
  const plain = phrase.replace(/^the\s+/i, "");
  const named = worldAreasIn(plain);
  if (named.length === 1 && named[0]!.length === plain.length) return named[0];
  const words = plain.split(/\s+/);
  const last = words.pop() ?? "";
  for (const stem of [last.slice(0, -1), `${last.slice(0, -2)}e`, last.slice(0, -2)]) {
    const area = [...words, stem].join(" ");
    if (stem.length >= 3 && countriesInArea(area).length) return area;
  }
  return undefined;
}

/** A country named as the text writes it, and the first passage (by position) that names it. */
export interface NamedCountry {
  name: string;
  position: number;
}

/**
 * The countries inside `area` (CLDR's containment, `countriesInArea`) that the passages at `positions` name as whole
 * words, each with the first passage naming it, in the order the text first names them. A name inside a longer one
 * the text writes with "of" ("Congo" in "Democratic Republic of the Congo") is given as written.
 */
export function countriesNamedIn(area: string, passages: readonly Passage[], positions: Iterable<number>): NamedCountry[] {
  const found = new Map<string, NamedCountry & { at: number }>();
  // Each country's pattern is built once, not once a passage.
  const patterns = countriesInArea(area).map((country) => [country.toLowerCase(), new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}’'-]*\s+)+of\s+(?:the\s+)?)?\b${escapeRegExp(country)}\b`, "u")] as const);
  for (const position of positions) {
    const text = passages[position]!.text;
    for (const [key, pattern] of patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      const earlier = found.get(key);
      if (!earlier || position < earlier.position) found.set(key, { name: match[0], position, at: match.index });
    }
  }
  return [...found.values()].sort((a, b) => a.position - b.position || a.at - b.at).map(({ name, position }) => ({ name, position }));
}
