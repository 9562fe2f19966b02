import { countedPhrase } from "../retrieve/counted-phrase.js";
import { tokenize } from "../text/tokenize.js";
import { COUNTRY_PATTERN } from "../text/world-names.js";

/** A count the evidence gives by listing what it counts: how many, the items, and the verbatim stretch that lists them. */
export interface ListedCount {
  count: number;
  items: string[];
  /** The stretch of the evidence that lists them, verbatim: "Academia: NORC – University of Chicago, …" or the sentence. */
  quote: string;
  /** Where the items were found: a labelled sub-list of a field, a field's own items, or a series of names in a sentence. */
  source: "label" | "field" | "series";
  /** For a field whose items stand in labelled groups, each group's label and count, in the field's order. */
  groups?: { label: string; count: number }[];
}

/**
 * A "how many" question answered by counting the items the evidence lists, when it states no figure for them:
 * - a labelled sub-list of a record's field ("How many academic partners does the project have?" against the
 *   partners field's "…; Academia: NORC – University of Chicago, Federal University of Western Pará (UFOPA); CSOs: …"
 *   → 2), the label naming what is counted by a word of the same stem ("academic" / "Academia", five letters
 *   shared) or as the initials of the counted phrase ("civil society organizations" / "CSOs"); a word that names
 *   the field itself ("partners" of a "Partners" field) picks no sub-list. Lines the field joins with ";" after a
 *   label are its items; one line is split as a series ("A, B and C"). A question counting what the field itself
 *   lists ("How many partners …?" of a "Partners" field without labelled lines) counts the field's items.
 * - a series of names in one sentence for a question counting countries ("How many countries are named as
 *   supported …?" against "… including Ghana, Indonesia, …, the Philippines, Sri Lanka, Tajikistan and Thailand, in
 *   fostering …" → 10): at least two of the names are countries (CLDR's names); each name of the series counts,
 *   a territory CLDR does not list too. Two such series in the text leave the count to the reader (undefined).
 *
 * @param question the question as analysed (its ask)
 * @param text the evidence: a record field's value (lines joined with "; ") or a sentence
 * @param field the record field's label ("Partners"), when the text is one
 * @returns the count, its items and the listing stretch; undefined when the question counts nothing ("how many" absent)
 *   or the text lists nothing that matches what it counts
 */
export function countListed(question: string, text: string, field = ""): ListedCount | undefined {
  const phrase = countedPhrase(question);
  if (!phrase) return undefined;
  const counted = tokenize(phrase);
  return labelledList(phrase, counted, text, field) ?? wholeField(counted, text, field) ?? (counted.some((term) => PLACE_NOUNS.has(term)) ? nameSeries(text) : undefined);
}

/**
 * A field that lists what the question counts by the field's own name ("How many partners does Project Turquesa
 * have?" against "Global Affairs Canada, INTERPOL" → 2): its lines, or its one line as a series. When its lines
 * stand in labelled groups ("Local and National Partners: A; B; Academia: C, D; CSOs: E, F and G"), the groups'
 * items are summed, each group's count given; lines before the first label ("Funded by …") belong to no group and
 * are not counted. None for one item ("Member States benefiting from it: Global" names no members).
 */
function wholeField(counted: string[], text: string, field: string): ListedCount | undefined {
  const own = new Set(tokenize(field));
  if (!field || !counted.length || !counted.every((term) => own.has(term))) return undefined;
  const lines = text.split(/;\s*/).map((line) => line.trim()).filter(Boolean);
  const quote = `${field}: ${text}`;
  if (lines.some((line) => LABELLED_LINE.test(line))) {
    const groups = labelledGroups(lines);
    const items = groups.flatMap((group) => group.items);
    return items.length >= 2 ? { count: items.length, items, quote, source: "field", groups: groups.map((group) => ({ label: group.label, count: group.items.length })) } : undefined;
  }
  const items = lines.length > 1 ? lines : seriesItems(lines[0] ?? "");
  return items.length >= 2 ? { count: items.length, items, quote, source: "field" } : undefined;
}

/**
 * A field's labelled groups: each labelled line ("Label: first item") with the unlabelled lines after it, up to the
 * next label, as its items ("Local and National Partners: A; B; C" → A, B, C); a label's one line alone is split as
 * a series ("Academia: A, B" → A, B). Lines before the first label are in no group.
 */
function labelledGroups(lines: string[]): { label: string; items: string[]; quote: string }[] {
  const groups: { label: string; items: string[]; quote: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const labelled = LABELLED_LINE.exec(lines[i]!.trim());
    if (!labelled) continue;
    const following: string[] = [];
    for (let j = i + 1; j < lines.length && !LABELLED_LINE.test(lines[j]!.trim()); j++) following.push(lines[j]!.trim());
    const items = following.length ? [labelled[2]!.trim(), ...following].filter(Boolean) : seriesItems(labelled[2]!);
    groups.push({ label: labelled[1]!.trim(), items, quote: [lines[i]!.trim(), ...following].join("; ") });
  }
  return groups;
}

/** What a count of places counts, as tokenized: "countries", "nations", "States", "territories". */
const PLACE_NOUNS = new Set(tokenize("country countries nation nations state states territory territories"));

/** Letters a counted word and a label's word share to be one word ("academic" / "Academia"). */
const SAME_STEM = 5;

/** "Label: items", one line of a field: a label of a few words before a colon. */
const LABELLED_LINE = /^([^:;]{2,60}?):\s*(.+)$/;

function labelledList(phrase: string, counted: string[], text: string, field: string): ListedCount | undefined {
  const own = new Set(tokenize(field));
  const asked = counted.filter((term) => !own.has(term));
  if (!asked.length) return undefined;
  const initials = phrase.split(/[\s-]+/).filter((word) => !/^(?:and|of|the|for|on)$/i.test(word)).map((word) => word[0]!.toUpperCase()).join("");
  const group = labelledGroups(text.split(/;\s*/)).find(({ label }) => {
    const acronym = /^\p{Lu}{2,}s?$/u.test(label) && label.replace(/s$/, "") === initials;
    const labelTerms = tokenize(label);
    return acronym || asked.some((term) => labelTerms.some((word) => word === term || (word.slice(0, SAME_STEM) === term.slice(0, SAME_STEM) && Math.min(word.length, term.length) >= SAME_STEM - 1)));
  });
  return group && { count: group.items.length, items: group.items, quote: group.quote, source: "label" };
}

/** One line's items as a series: split at commas, and at the last "and" when commas are there ("A, B and C"). */
function seriesItems(line: string): string[] {
  const parts = line.split(/,\s*/).map((part) => part.trim()).filter(Boolean);
  // Two names joined without a comma are two only with an article after "and" ("African Union Commission and the
  // Vienna NGO Committee on Drugs"): "Crime Prevention and Criminal Justice" is one name.
  if (parts.length < 2) return parts.flatMap((part) => part.split(/\s+and\s+(?=the\s+\p{Lu})/u));
  const last = parts.pop()!.split(/\s+and\s+(?=(?:the\s+)?\p{Lu})/u);
  return [...parts, ...last];
}

/** A name as a series item: capitalised words, at most four, "the" before ("the Philippines", "Sri Lanka"). */
const NAME_ITEM = /^(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*){0,3}$/u;
/** A name (`NAME_ITEM`'s words) and the lower-case word that goes on after it: "Sri Lanka to develop …". */
const LEADING_NAME = /^((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.-]*){0,3})\s+\p{Ll}/u;
/** Words that open a series inside a clause: "including Ghana", "in Mexico", "such as Kenya". */
const SERIES_OPENING = /^.*?\b(?:including|in|namely|such as|like|notably|incl\.)\s+(?=(?:the\s+)?\p{Lu})/u;
const COUNTRY_WHOLE = new RegExp(`^(?:the\\s+)?(?:${COUNTRY_PATTERN.source})$`, "i");

function nameSeries(text: string): ListedCount | undefined {
  const series: { items: string[]; sentence: string }[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    const segments = sentence.split(/,\s*|\s+and\s+/);
    let run: string[] = [];
    const close = () => {
      if (run.length >= 2 && run.filter((name) => COUNTRY_WHOLE.test(name)).length >= 2) series.push({ items: run, sentence });
      run = [];
    };
    for (const segment of segments) {
      const name = segment.trim().replace(/[.;:]+$/, "");
      if (NAME_ITEM.test(name)) run.push(name);
      else {
        // The series' last name may run on into the clause ("… Pakistan and Sri Lanka to develop procedures").
        const last = run.length ? LEADING_NAME.exec(name)?.[1] : undefined;
        if (last) run.push(last);
        close();
        const opened = name.replace(SERIES_OPENING, "");
        if (opened !== name && NAME_ITEM.test(opened)) run.push(opened);
      }
    }
    close();
  }
  if (series.length !== 1) return undefined;
  const { items, sentence } = series[0]!;
  return { count: items.length, items, quote: sentence.trim(), source: "series" };
}
