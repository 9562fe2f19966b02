import type { Passage } from "../types.js";

/** Small words inside a name that its initials skip: "Commission on Crime Prevention and Criminal Justice". */
export const CONNECTORS: ReadonlySet<string> = new Set(["of", "on", "for", "and", "the", "to", "in", "against", "de", "la", "du", "that", "with"]);

/** Initials of a phrase's content words, hyphenated parts counted: "Anti-Corruption" gives "AC". */
export function initials(words: string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .flatMap((w) => w.split("-"))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

/** Whether `letters` appear in `text` in order, not necessarily together: "UNT" in "UNCTOC". */
function inOrder(letters: string, text: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at) + 1;
    if (!at) return false;
  }
  return true;
}

/** The words before "(ACRONYM)" that spell it out. */
function expansionBefore(before: string, acronym: string): string | undefined {
  const words = before.trim().split(/\s+/).slice(-14);
  // A run of capitalised words and connectors: "Global Resource for Anti-Corruption Education and Youth Empowerment".
  let start = words.length;
  const inRun = (word: string) => (/^[A-Z]/.test(word) || CONNECTORS.has(word.toLowerCase())) && !/[,;:–-]$/.test(word);
  while (start > 0 && inRun(words[start - 1]!)) start--;
  while (start < words.length && CONNECTORS.has(words[start]!.toLowerCase())) start++;
  const run = words.slice(start);
  // The longest part of the run that starts with the acronym's first letter, when its initials hold the acronym's
  // first three letters in order (or all of a shorter one; "UNT" in "UNCTOC"); else the whole run: an acronym of another language ("Public
  // Ministry of Labor (MPT)", "Federal University of Western Pará (UFOPA)") is named by all of it.
  while (start < words.length && (CONNECTORS.has(words[start]!.toLowerCase()) || words[start]![0]!.toUpperCase() !== acronym[0]!.toUpperCase())) start++;
  const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
  const trimmed = words.slice(start);
  const spells = inOrder(letters.slice(0, Math.min(3, letters.length)), initials(trimmed));
  const capitalised = spells ? trimmed : run;
  if (capitalised.length >= 2) return capitalised.join(" ");
  // Lower-case wording whose initials spell the acronym: "crimes that affect the environment (CAE)".
  for (let from = words.length - 1; from >= 0; from--) {
    const candidate = words.slice(from);
    const spelled = initials(candidate);
    if (spelled === acronym.replace(/[^A-Za-z]/g, "").toUpperCase()) return candidate.join(" ");
    if (spelled.length > acronym.length) break;
  }
  return undefined;
}

export interface AcronymDefinition {
  acronym: string;
  expansion: string;
  /** Position of the passage that spells it out. */
  passage: number;
}

/** Acronyms the corpus defines, "Expansion (ACR)" or "ACR - Expansion", each with the passage that defines it. */
export function findAcronyms(passages: Passage[]): Map<string, AcronymDefinition> {
  const found = new Map<string, AcronymDefinition>();
  passages.forEach((passage, position) => {
    for (const match of passage.text.matchAll(/\(([A-Z][A-Za-z0-9]*[A-Z0-9](?:[-/][A-Z]+)?)s?\)/g)) {
      const acronym = match[1]!;
      if (found.has(acronym.toLowerCase())) continue;
      const line = passage.text.slice(0, match.index).split("\n").pop()!.replace(/^[^:\n]{1,60}:\s/, "");
      const expansion = expansionBefore(line, acronym);
      if (expansion) found.set(acronym.toLowerCase(), { acronym, expansion, passage: position });
    }
    for (const match of passage.text.matchAll(/(?:^|\n|: )([A-Z][A-Za-z0-9]{1,9}) - ([A-Z][^\n(]{10,200})/g)) {
      if (!found.has(match[1]!.toLowerCase())) found.set(match[1]!.toLowerCase(), { acronym: match[1]!, expansion: match[2]!.trim(), passage: position });
    }
  });
  // Each part of a hyphenated acronym that the expansion spells ("SRSG-VAC": "Special Representative of the
  // Secretary-General on Violence Against Children" gives "VAC": "Violence Against Children"), unless defined itself.
  for (const { acronym, expansion, passage } of [...found.values()]) {
    if (!acronym.includes("-")) continue;
    for (const part of acronym.split("-")) {
      if (part.length < 2 || found.has(part.toLowerCase())) continue;
      const run = spelledRun(expansion.split(/\s+/), part);
      if (run) found.set(part.toLowerCase(), { acronym: part, expansion: run, passage });
    }
  }
  return found;
}

/** The first run of `words`, from and to a capitalised word, whose initials spell `part` (small words counted or not); or undefined. */
function spelledRun(words: string[], part: string): string | undefined {
  for (let start = 0; start < words.length; start++) {
    if (!/^[A-Z]/.test(words[start]!)) continue;
    for (let end = start + 1; end <= words.length; end++) {
      const run = words.slice(start, end);
      if (!/^[A-Z]/.test(run.at(-1)!)) continue;
      // Small words may count ("Violence Against Children": VAC) or not ("Secretary-General on …").
      const every = run.flatMap((word) => word.split("-")).map((word) => word[0]!).join("").toUpperCase();
      if (initials(run) === part.toUpperCase() || every === part.toUpperCase()) return run.join(" ");
      if (initials(run).length > part.length) break;
    }
  }
  return undefined;
}

/** Adds the spelled-out form of every acronym the query uses, so "CCPCJ" also finds "Commission on Crime Prevention…". */
export function expandAcronyms(query: string, acronyms: ReadonlyMap<string, AcronymDefinition>): string {
  const additions = [...query.matchAll(/\b([A-Z][A-Za-z0-9]*[A-Z0-9])s?\b/g)]
    .map((m) => acronyms.get(m[1]!.toLowerCase())?.expansion)
    .filter((e): e is string => !!e && !query.includes(e));
  return additions.length ? `${query} (${[...new Set(additions)].join("; ")})` : query;
}

/** The query without the acronyms it spells out, so "CCPCJ" is not asked of a record that only spells it. */
export function stripExpandedAcronyms(expandedQuery: string, acronyms: ReadonlyMap<string, AcronymDefinition>): string {
  return expandedQuery.replace(/\b[A-Z][A-Za-z0-9]*[A-Z0-9]\b/g, (word) => (acronyms.has(word.toLowerCase()) && expandedQuery.includes(acronyms.get(word.toLowerCase())!.expansion) ? " " : word));
}
