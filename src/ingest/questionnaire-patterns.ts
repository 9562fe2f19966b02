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

export function submissionYear(line: string): number | undefined {
  const match = /^year of submission:?\s*(\d{4})$/i.exec(line.trim());
  return match ? Number(match[1]) : undefined;
}

/** "3. In the past year, has your organization …" — a numbered questionnaire question. */
export function questionStart(line: string): { number: number; text: string } | undefined {
  const match = /^(\d{1,2})\.\s+(\S.*)$/.exec(line.trim());
  if (!match) return undefined;
  const text = match[2]!;
  // A question asks or instructs; a numbered sentence inside an answer does neither.
  if (!/\?|\bplease\b|\bdescribe\b|\bprovide\b/i.test(text)) return undefined;
  return { number: Number(match[1]), text };
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
