import type { Passage, PassageSource } from "../types.js";
import { countWords, splitSentences, type Sentence } from "../text/split-sentences.js";
import { passageId } from "./passage-id.js";
import { isFormLabel } from "./questionnaire-patterns.js";
import type { FormRecord, FormTable, ListParagraph, Paragraph, Question, SubmissionDocument } from "./submission.js";

export interface ChunkOptions {
  /** Longest prose passage in words; a longer sentence stays whole. Default 110 (tuned on the eval set). */
  maxWords?: number;
}

export const DEFAULT_MAX_WORDS = 110;

/** The sub-section a page's membership label is cited under: it stands outside every question. */
export const MEMBERSHIP_SECTION = "Submission page";

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

export function documentLabel(doc: SubmissionDocument): string {
  // A file name may hold a line break or an escape: a breadcrumb is printed on one line of a terminal.
  const name = doc.entity?.acronym ?? doc.entity?.name ?? doc.document.replace(/[\x00-\x1f\x7f-\x9f]+/g, " ");
  return doc.year ? `${name} ${doc.year}` : name;
}

/** "initiative/partnership" → "initiatives/partnerships". */
export function tablePlural(kind: string): string {
  return kind.split("/").map((word) => `${word}s`).join("/");
}

export function tableTitle(kind: string): string {
  return kind.replace(/(^|\/)([a-z])/g, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function pageAt(doc: SubmissionDocument, offset: number): number | undefined {
  if (!doc.pages?.length) return undefined;
  let page = doc.pages[0]!.num;
  for (const candidate of doc.pages) if (candidate.start <= offset) page = candidate.num;
  return page;
}

/** Splits `count` words into windows of at most `max`, evenly, so no window is a stub. */
function packSentences(sentences: Sentence[], max: number): Sentence[][] {
  const total = sentences.reduce((sum, s) => sum + countWords(s.text), 0);
  const target = total / Math.max(1, Math.ceil(total / max));
  const windows: Sentence[][] = [];
  let current: Sentence[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const size = countWords(sentence.text);
    if (current.length && (words + size > max || words >= target)) {
      windows.push(current);
      current = [];
      words = 0;
    }
    current.push(sentence);
    words += size;
  }
  if (current.length) windows.push(current);
  return windows;
}

interface Place {
  question?: Question;
  section?: string;
  record?: { table: FormTable; record: FormRecord };
}

class PassageBuilder {
  readonly passages: Passage[] = [];
  constructor(private readonly doc: SubmissionDocument) {}

  add(text: string, place: Place, start: number, end: number): void {
    const { doc } = this;
    const label = documentLabel(doc);
    const crumbs = [label];
    if (place.question) crumbs.push(`Q${place.question.number}`);
    if (place.section) crumbs.push(place.section);
    const source: PassageSource = { document: doc.document };
    const entity = doc.entity?.acronym ?? doc.entity?.name;
    if (entity) source.entity = entity;
    if (doc.entity?.name) source.entityName = doc.entity.name;
    if (doc.year !== undefined) source.year = doc.year;
    if (place.question) {
      source.question = place.question.number;
      source.questionText = collapse(place.question.text);
    }
    if (place.section) source.section = place.section;
    if (place.record) {
      const { table, record } = place.record;
      source.record = { table: table.kind, index: record.index, title: record.title };
      // Header cells such as "City" are no form label the unit splitter knows: the record names them.
      if (record.fields.some((field) => !isFormLabel(field.label))) source.record.labels = record.fields.map((field) => field.label);
      crumbs.push(`${tableTitle(table.kind)} ${record.index}: ${record.title}`);
    }
    const page = pageAt(doc, start);
    if (page !== undefined) source.page = page;
    const where = crumbs.join(" · ");
    this.passages.push({ id: passageId(doc.document, where, text), text, breadcrumb: where, source, offsets: { start, end } });
  }
}

function recordText(record: FormRecord): string {
  return record.fields
    .filter((field) => field.value.trim())
    .map((field) => `${field.label}: ${field.value}`)
    .join("\n");
}

function chunkList(list: ListParagraph, place: Place, max: number, out: PassageBuilder): void {
  const bullets = list.items.map((item) => `• ${item}`);
  const whole = [list.leadIn, ...bullets].filter(Boolean).join("\n");
  if (countWords(whole) <= max) {
    out.add(whole, place, list.start, list.end);
    return;
  }
  // Each part of a long list repeats the sentence that introduces it, so it reads on its own.
  const leadSentences = splitSentences(list.leadIn);
  const intro = countWords(list.leadIn) <= 60 ? list.leadIn : (leadSentences[leadSentences.length - 1]?.text ?? "");
  // A long lead-in's earlier sentences are prose of their own: without this they were in no passage.
  if (intro !== list.leadIn && leadSentences.length > 1) {
    const earlier = leadSentences.slice(0, -1).map((s) => ({ ...s, start: s.start + list.start, end: s.end + list.start }));
    for (const window of packSentences(earlier, max)) out.add(collapse(window.map((s) => s.text).join(" ")), place, window[0]!.start, window[window.length - 1]!.end);
  }
  let group: string[] = [];
  const flush = () => {
    if (group.length) out.add([intro, ...group].filter(Boolean).join("\n"), place, list.start, list.end);
    group = [];
  };
  for (const bullet of bullets) {
    if (group.length && countWords([intro, ...group, bullet].join(" ")) > max) flush();
    group.push(bullet);
  }
  flush();
}

function chunkProse(paragraphs: Paragraph[], place: Omit<Place, "section">, max: number, out: PassageBuilder): void {
  for (const paragraph of paragraphs) {
    const at = { ...place, section: paragraph.section };
    if (paragraph.kind === "list") {
      chunkList(paragraph, at, max, out);
      continue;
    }
    const sentences = splitSentences(paragraph.text).map((s) => ({ ...s, start: s.start + paragraph.start, end: s.end + paragraph.start }));
    for (const window of packSentences(sentences, max)) {
      out.add(collapse(window.map((s) => s.text).join(" ")), at, window[0]!.start, window[window.length - 1]!.end);
    }
  }
}

/** One passage per table record; prose split at paragraph and sentence boundaries into passages of at most `maxWords`. */
export function chunkPassages(doc: SubmissionDocument, options: ChunkOptions = {}): Passage[] {
  const max = options.maxWords ?? DEFAULT_MAX_WORDS;
  const out = new PassageBuilder(doc);
  const chunkTables = (tables: FormTable[], question?: Question) => {
    for (const table of tables) {
      for (const record of table.records) {
        const text = recordText(record);
        if (text) out.add(text, { question, section: table.section, record: { table, record } }, record.start, record.end);
      }
    }
  };
  chunkProse(doc.paragraphs, {}, max, out);
  // The page's membership label is a fact about the entity: a passage of its own, cited to the label's line.
  if (doc.membership) {
    const name = doc.entity?.acronym && doc.entity.name !== doc.entity.acronym ? `${doc.entity.name} (${doc.entity.acronym})` : doc.entity?.name;
    out.add(name ? `${name}: ${doc.membership.label}` : doc.membership.label, { section: MEMBERSHIP_SECTION }, doc.membership.start, doc.membership.end);
  }
  chunkTables(doc.tables ?? []);
  for (const question of doc.questions) {
    chunkProse(question.paragraphs, { question }, max, out);
    chunkTables(question.tables, question);
  }
  // The same text twice at the same place would share an id: keep the first.
  const seen = new Set<string>();
  return out.passages.filter((passage) => !seen.has(passage.id) && seen.add(passage.id));
}
