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
  numberedSection,
  questionStart,
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

/** Parses a loaded submission into questions, sub-sections, paragraphs, bullet lists and form tables. */
export function parseSubmission(loaded: LoadedText): SubmissionDocument {
  const blocks = segmentBlocks(loaded);
  const doc: SubmissionDocument = { document: loaded.document, questions: [], paragraphs: [], pages: loaded.pages };
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
    if (!text) return;
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
      doc.year ??= submissionYear(text);
      return;
    }

    const asked = questionStart(text);
    const expected = question ? question.number + 1 : 1;
    if (asked && asked.number === expected) {
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
  doc.year ??= fallback.year;
  if (!doc.entity && fallback.acronym) doc.entity = { name: fallback.acronym, acronym: fallback.acronym };
  for (const q of doc.questions) q.end = Math.max(q.end, ...q.paragraphs.map((p) => p.end), ...q.tables.flatMap((t) => t.records.map((r) => r.end)));
  return doc;
}
