import { MONTH_ALTERNATION } from "../text/month-names.js";
/**
 * The vocabulary of the ECESA Plus questionnaire's page text: what marks a question, a sub-section,
 * a form-table label, an instruction, or web boilerplate. Parsing is driven by these shapes, never by
 * question texts or record counts, so other entities' and other years' submissions parse too.
 */

/** Lines that belong to the web page, not to the submission. */
const BOILERPLATE = [
  /^sorry, you need to enable javascript/i,
  /^united nations department of economic and social affairs\b.{0,60}$/i,
  /^ecesa plus member$/i,
  /^year of submission:?\s*\d{4}$/i,
  /^skip to (main )?content$/i,
  /^-- \d+ of \d+ --$/,
];

export function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(line.trim()));
}

/**
 * "ECESA Plus Member": the label the ECESA Plus page prints for an entity that is a member. It is part of the
 * page, not of the answers, but it is a fact about the entity that staff ask ("Is UNODC an ECESA Plus member?").
 */
export function membershipLabel(line: string): string | undefined {
  return /^ecesa plus member$/i.test(line.trim()) ? line.trim() : undefined;
}

export function submissionYear(line: string): number | undefined {
  const match = /^year of submission:?\s*(\d{4})$/i.exec(line.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * "3. In the past year, has your organization …?", "1.  How has …", "1.From November 2024 …", "Q1. How have …":
 * a numbered line, the number and the text it opens. Whether it is the questionnaire's question is decided
 * by its shape (`isQuestionText`) and its place (numbers rise), never by its wording.
 */
export function numberedLine(line: string): { number: number; text: string } | undefined {
  // The text opens with a non-digit: "1.5 million people …" is a figure, not item 1.
  const match = /^(?:Q\s?(\d{1,2})[.:]?|(\d{1,2})\.)\s*([^\d\s].*)$/.exec(line.trim());
  if (!match) return undefined;
  return { number: Number(match[1] ?? match[2]), text: match[3]!.trim() };
}

/** "(max 200 words)", "(Max 200 words under each transition)": the form's length note that closes a question. */
const LENGTH_NOTE = /\((?:max(?:imum)?\.?|up to)\s*\d+\s*words?\b[^)]*\)\s*$/i;

/** A question asks (a sentence that ends in "?") or closes with the form's length note. */
export function isQuestionText(text: string): boolean {
  return /\?(\s|$)/.test(text) || LENGTH_NOTE.test(text.trim());
}

/** A numbered questionnaire question: numbered, and asking or closing with a length note. */
export function questionStart(line: string): { number: number; text: string } | undefined {
  const numbered = numberedLine(line);
  return numbered && isQuestionText(numbered.text) ? numbered : undefined;
}

const MONTH = `(?:${MONTH_ALTERNATION})`;

/**
 * The reporting year a question's own wording names, with the words that say it: "During 2024, …" → 2024,
 * "In 2020/2021, …" → 2021, "From November 2024 to October 2025, …" → 2025 (a period counts by its end). Only
 * a phrase that opens the question or a clause and is closed by a comma counts: "at the HLPF in 2025?" names
 * a meeting's year, not the reporting year.
 */
export function questionnaireYear(questionText: string): { year: number; phrase: string } | undefined {
  const patterns = [
    new RegExp(`(?:^|[.,;?]\\s+)(from\\s+(?:${MONTH}\\s+)?(?:19|20)\\d{2}\\s+(?:to|until|through)\\s+(?:${MONTH}\\s+)?((?:19|20)\\d{2}))\\s*,`, "i"),
    /(?:^|[.,;?]\s+)((?:during|in)\s+(?:the\s+(?:year|period)\s+)?(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)\d{2})?)\s*,/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(questionText);
    if (!match) continue;
    const years = [...match[1]!.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
    return { year: Math.max(...years), phrase: match[1]! };
  }
  return undefined;
}

/** "1)Food systems", "6) Climate change, biodiversity loss and pollution" — a numbered sub-section. */
export function numberedSection(line: string): { number: number; title: string } | undefined {
  const match = /^(\d{1,2})\)\s*(\S.{0,118})$/.exec(line.trim());
  if (!match || /[.;:]$/.test(match[2]!)) return undefined;
  return { number: Number(match[1]), title: match[2]!.trim() };
}

/** "## Food systems" — a Markdown heading. */
export function markdownHeading(line: string): string | undefined {
  return /^#{1,6}\s+(\S.*?)\s*#*$/.exec(line.trim())?.[1];
}

const BULLET = /^[•●▪◦‣○■□➢➤-]\s+/;

export function isBullet(line: string): boolean {
  return BULLET.test(line.trim());
}

export function stripBullet(line: string): string {
  return line.trim().replace(BULLET, "");
}

/** "Please copy the below table to fill out for each event:" → "event". */
export function tableInstruction(line: string): { kind: string } | undefined {
  const text = line.trim();
  if (!/copy the (below|following) table|fill (it )?out for each/i.test(text)) return undefined;
  const kind = /for each ([a-z][a-z/ -]{1,40}?)\s*[.:]?$/i.exec(text)?.[1]?.toLowerCase().trim();
  return { kind: kind ?? "record" };
}

/** Form-table labels: the field names of the questionnaire's event, resource and partnership tables. */
const LABELS = [
  /^(event|resource|initiative\/partnership|initiative|partnership|project|programme|publication|activity) name\b/i,
  /^event (dates?|location)\b/i,
  /^relevant sdgs?\b/i,
  /^description\b/i,
  /^website\b/i,
  /^publishing entit(y|ies)\b/i,
  /^target audiences?\b/i,
  /^language(s|\(s\))?\b/i,
  /^partners\b/i,
  /^member states benefiting\b/i,
  /^(dates?|location|venue|organizers?|lead entity|contact|link|url|status|budget|duration|countries)\b/i,
];

/** Parenthesised form instructions that trail a label: "(max 150 words)", "(if applicable)". */
const LABEL_INSTRUCTION = /\((max(imum)? \d+ words|if applicable|list all[^)]*|please list[^)]*|city, country)\)/i;

export function isFormLabel(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 240) return false;
  const words = text.split(/\s+/).length;
  if (LABELS.some((pattern) => pattern.test(text))) {
    // A label is a name, not a sentence: short, or long only because of its instruction.
    return words <= 6 || LABEL_INSTRUCTION.test(text) || /:\s*please\b/i.test(text);
  }
  return words <= 8 && /^[A-Z]/.test(text) && LABEL_INSTRUCTION.test(text) && !/[.;]$/.test(text);
}

/** "Description (max 150 words): please include …" → "Description"; keeps "(City, Country)". */
export function cleanLabel(line: string): string {
  return line
    .trim()
    .replace(/:\s*please\b.*$/i, "")
    .replace(/\s*\((max(imum)? \d+ words|if applicable|list all[^)]*|please list[^)]*)\)/gi, "")
    .replace(/[\s:]+$/, "")
    .trim();
}

/** "United Nations Office on Drugs and Crime (UNODC)" → name and acronym. */
export function entityLine(line: string): { name: string; acronym: string } | undefined {
  const match = /^(\S.{2,150}?)\s*\(([A-Z][A-Za-z0-9&-]{1,15})\)$/.exec(line.trim());
  if (!match || /[.?!:]/.test(match[1]!)) return undefined;
  return { name: match[1]!, acronym: match[2]! };
}
