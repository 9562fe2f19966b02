import path from "node:path";
import { attachLoadedTable } from "./attach-table.js";
import type { LoadedText } from "./load-file.js";
import type { LoadedTable } from "./loaded-table.js";
import {
  cleanLabel,
  entityLine,
  isBoilerplate,
  isBullet,
  isFormLabel,
  markdownHeading,
  membershipLabel,
  numberedSection,
  numberedLine,
  questionStart,
  questionnaireYear,
  stripBullet,
  submissionYear,
  tableInstruction,
} from "./questionnaire-patterns.js";
import { segmentBlocks, type Block } from "./segment-blocks.js";
import type { FormField, FormRecord, FormTable, Paragraph, Question, SubmissionDocument } from "./submission.js";

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short title-like line followed by prose: "Commission on Narcotic Drugs (CND)". */
function isHeading(text: string, next: Block | undefined): boolean {
  if (!next || text.length > 90 || words(text) > 12) return false;
  if (!/^[A-Z]/.test(text) || /[.:;?!,]$/.test(text) || isFormLabel(text) || isBullet(text)) return false;
  const following = next.text.trim();
  return words(following) > 15 && !isFormLabel(following) && questionStart(following) === undefined;
}

/** Falls back to the file name for what the text does not say: "unodc-2024.txt" → UNODC, 2024. */
function fromFileName(document: string): { acronym?: string; year?: number } {
  const base = path.basename(document, path.extname(document));
  const year = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(base)?.[1];
  const acronym = /^([a-z]{2,12})(?=[-_ ]|$)/i.exec(base)?.[1];
  return { acronym: acronym?.toUpperCase(), year: year ? Number(year) : undefined };
}

interface Container {
  paragraphs: Paragraph[];
  sections: string[];
}

/** Blocks a page opens with before the entity's name: the site's banner, in whatever language the interface is. */
const BANNER_BLOCKS = 6;

/**
 * Where the submission starts: at the entity's line ("Food and Agriculture Organization (FAO)") when the page
 * names one before its first question; what comes before it is the site's banner in any interface language.
 */
function entityBlock(blocks: Block[]): number {
  for (let i = 0; i < Math.min(blocks.length, BANNER_BLOCKS); i++) {
    const text = blocks[i]!.text.replace(/\s+/g, " ").trim();
    if (numberedLine(text)) return -1;
    if (entityLine(text)) return i;
  }
  return -1;
}

/**
 * The year of the submission and where it was read, in the order: the page's "Year of submission",
 * else the questionnaire's own wording ("During 2024, …"), else the file name, else none. The note says which
 * (undefined when the page states it).
 */
function resolveYear(doc: SubmissionDocument, stated: number | undefined): { year?: number; note?: string } {
  if (stated !== undefined) return { year: stated };
  for (const question of doc.questions) {
    const worded = questionnaireYear(question.text.replace(/\s+/g, " "));
    if (worded) return { year: worded.year, note: `year ${worded.year} from the questionnaire's wording ("${worded.phrase}" in question ${question.number}); the page has no "Year of submission"` };
  }
  const named = fromFileName(doc.document).year;
  if (named !== undefined) return { year: named, note: `year ${named} from the file name; neither "Year of submission" nor the questionnaire's wording states it` };
  return { note: "no year: neither the page (\"Year of submission\", the questionnaire's wording) nor the file name states it" };
}

/** Parses a loaded submission into questions, sub-sections, paragraphs, bullet lists and form tables. */
export function parseSubmission(loaded: LoadedText): SubmissionDocument {
  const blocks = segmentBlocks(loaded);
  const doc: SubmissionDocument = { document: loaded.document, questions: [], paragraphs: [], pages: loaded.pages, warnings: [] };
  const firstBlock = entityBlock(blocks);
  let statedYear: number | undefined;
  let question: Question | undefined;
  let section: string | undefined;
  let table: FormTable | undefined;
  let record: FormRecord | undefined;
  let field: FormField | undefined;

  const container = (): Container => question ?? { paragraphs: doc.paragraphs, sections: [] };
  const closeTable = () => {
    table = undefined;
    record = undefined;
    field = undefined;
  };
  const enterSection = (name: string) => {
    section = name;
    if (!container().sections.includes(name)) container().sections.push(name);
  };

  const attached = new Set<LoadedTable>();
  blocks.forEach((block, i) => {
    const text = block.text.replace(/\s+/g, " ").trim();
    if (!text || i < firstBlock) return;
    // A table read from the file's markup is taken whole; its "Label: value" lines are not re-read.
    const markupTable = loaded.tables?.find((t) => block.start >= t.start && block.start < t.end);
    if (markupTable) {
      if (!attached.has(markupTable)) {
        attached.add(markupTable);
        table = attachLoadedTable(markupTable, { doc, question, open: table, section });
        record = undefined;
        field = undefined;
      }
      return;
    }
    if (isBoilerplate(text)) {
      statedYear ??= submissionYear(text);
      const label = membershipLabel(text);
      if (label && !doc.membership) doc.membership = { label, start: block.start, end: block.end };
      return;
    }

    // A question is the questionnaire's by its shape and place: numbered above the last one (gaps keep their
    // numbers), asking or closing with a length note. A page cut off inside the next question's text ends
    // with its numbered opening.
    const opening = numberedLine(text);
    const cutOff = opening && i === blocks.length - 1 && opening.number === (question ? question.number + 1 : 1);
    const asked = questionStart(text) ?? (cutOff ? opening : undefined);
    if (asked && asked.number > (question?.number ?? 0)) {
      closeTable();
      section = undefined;
      question = { number: asked.number, text: asked.text, sections: [], paragraphs: [], tables: [], start: block.start, end: block.end };
      doc.questions.push(question);
      // The question itself may carry the form's instruction ("… fill out for each event:").
      const inline = tableInstruction(asked.text);
      if (inline) {
        table = { kind: inline.kind, records: [] };
        question.tables.push(table);
      }
      return;
    }
    if (!question && !doc.entity && doc.paragraphs.length === 0) {
      const entity = entityLine(text);
      if (entity) {
        doc.entity = entity;
        return;
      }
    }

    const instruction = tableInstruction(text);
    if (instruction) {
      closeTable();
      table = { kind: instruction.kind, records: [] };
      question?.tables.push(table);
      return;
    }

    if (table) {
      if (isFormLabel(text)) {
        const label = cleanLabel(text);
        const repeats = record?.fields.some((existing) => existing.label === label);
        if (!record || repeats) {
          record = { index: table.records.length + 1, title: "", fields: [], start: block.start, end: block.end };
          table.records.push(record);
        }
        field = { label, value: "", start: block.start, end: block.end };
        record.fields.push(field);
        record.end = block.end;
        return;
      }
      if (record && field) {
        field.value = field.value ? `${field.value}\n${text}` : text;
        field.end = block.end;
        record.end = block.end;
        if (!record.title) record.title = record.fields[0]?.value.split("\n")[0] ?? "";
        return;
      }
    }

    const numbered = numberedSection(text);
    if (numbered) {
      enterSection(`${numbered.number}) ${numbered.title}`);
      return;
    }
    const heading = markdownHeading(text) ?? (isHeading(text, blocks[i + 1]) ? text : undefined);
    if (heading) {
      enterSection(heading);
      return;
    }

    const { paragraphs } = container();
    const last = paragraphs[paragraphs.length - 1];
    if (isBullet(text)) {
      const item = stripBullet(text);
      if (last?.kind === "list" && last.section === section) {
        last.items.push(item);
        last.end = block.end;
      } else if (last?.kind === "text" && last.section === section) {
        const leadIn = last.text.replace(/\s+/g, " ").trim();
        paragraphs[paragraphs.length - 1] = { kind: "list", leadIn, items: [item], section, start: last.start, end: block.end };
      } else {
        paragraphs.push({ kind: "list", leadIn: "", items: [item], section, start: block.start, end: block.end });
      }
      return;
    }
    // Prose keeps its raw span (same length as the offsets) so sentences can be cited to the character.
    paragraphs.push({ kind: "text", text: block.text, section, start: block.start, end: block.end });
  });

  const fallback = fromFileName(loaded.document);
  const year = resolveYear(doc, statedYear);
  if (year.year !== undefined) doc.year = year.year;
  if (year.note) doc.warnings.push(year.note);
  if (!doc.entity && fallback.acronym) {
    doc.entity = { name: fallback.acronym, acronym: fallback.acronym };
    doc.warnings.push(`entity ${fallback.acronym} from the file name; the page names none`);
  }
  if (!doc.questions.length && doc.paragraphs.length) doc.warnings.push("no numbered questions recognised: indexed as plain paragraphs");
  for (const q of doc.questions) q.end = Math.max(q.end, ...q.paragraphs.map((p) => p.end), ...q.tables.flatMap((t) => t.records.map((r) => r.end)));
  return doc;
}
