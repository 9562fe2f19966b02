import type { Passage } from "../types.js";
import { splitSentences } from "../text/split-sentences.js";
import { isFormLabel } from "./questionnaire-patterns.js";

/**
 * The smallest citable piece of a passage: a sentence, a bullet, or one field of a table record.
 * Units are embedded one by one, so retrieval can match a question to the sentence that answers it,
 * and the extractive answerer picks units, never fragments.
 */
export interface Unit {
  /** Position of the passage in the index's passage list. */
  passage: number;
  /** The unit's words as they stand in the passage. */
  text: string;
  /** For record fields: the field's label ("Event Dates"); continuation lines keep their field's label. */
  field?: string;
  /** For record fields: the value without its label. */
  value?: string;
}

/** What is embedded for a unit: a record field's first sentence carries the record's title, so "its dates" knows whose. */
export function unitEmbeddingText(unit: Unit, passage: Passage): string {
  const title = passage.source.record?.title;
  if (!title || unit.text.startsWith(`${unit.field}: ${title}`)) return unit.text;
  // A field's later sentences stand on their own, as a prose passage's do: only its first carries the title
  // (measured: same retrieval, one more right answer, 6% fewer words to embed).
  if (unit.field && !unit.text.startsWith(`${unit.field}: `)) return unit.text;
  return `${title} — ${unit.text}`;
}

/**
 * Longest unit embedded, in characters. The encoder's time grows with the square of a text's length (60 k
 * characters took 7 s, 120 k 32 s: issue 18), so a text pasted without punctuation (a table as one line) must
 * not become one unit. The longest real sentence in the corpora at hand is ~840 characters: real sentences
 * stay whole.
 */
export const MAX_UNIT_CHARS = 1000;

/** Cuts a text into pieces of at most `max` characters, at the last space before the limit where there is one. */
export function splitLongText(text: string, max = MAX_UNIT_CHARS): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const space = rest.lastIndexOf(" ", max);
    const cut = space > max / 2 ? space : max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** A unit longer than MAX_UNIT_CHARS becomes several, each of its pieces; a record field's label stays on the first. */
function boundLength(unit: Unit): Unit[] {
  if (unit.text.length <= MAX_UNIT_CHARS) return [unit];
  return splitLongText(unit.text).map((text, i) => {
    if (unit.value === undefined) return { ...unit, text };
    const value = i === 0 && unit.field && text.startsWith(`${unit.field}: `) ? text.slice(unit.field.length + 2) : text;
    return { ...unit, text, value };
  });
}

export function passageUnits(passage: Passage, position: number): Unit[] {
  return rawUnits(passage, position).flatMap(boundLength);
}

function rawUnits(passage: Passage, position: number): Unit[] {
  const units: Unit[] = [];
  let field: string | undefined;
  for (const line of passage.text.split("\n")) {
    if (!line.trim()) continue;
    if (passage.source.record) {
      const labelled = /^([^:]{2,60}): (.*)$/.exec(line);
      let value = line;
      if (labelled && (isFormLabel(labelled[1]!) || passage.source.record.labels?.includes(labelled[1]!))) {
        field = labelled[1]!;
        value = labelled[2]!;
      }
      splitSentences(value).forEach((sentence, i) => {
        const text = i === 0 && value !== line ? `${field}: ${sentence.text}` : sentence.text;
        units.push({ passage: position, text, field, value: sentence.text });
      });
      continue;
    }
    const bullet = /^•\s*/.exec(line);
    if (bullet) units.push({ passage: position, text: line.slice(bullet[0].length) });
    else for (const sentence of splitSentences(line)) units.push({ passage: position, text: sentence.text });
  }
  return units;
}
