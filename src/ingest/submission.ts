/** A submission parsed by its structure: the `parse` stage's output. Offsets index the loaded text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextParagraph extends Span {
  kind: "text";
  text: string;
  section?: string;
}

export interface ListParagraph extends Span {
  kind: "list";
  /** The sentence(s) that introduce the list; empty when the list stands alone. */
  leadIn: string;
  items: string[];
  section?: string;
}

export type Paragraph = TextParagraph | ListParagraph;

export interface FormField extends Span {
  /** The label as the form names the field, instructions removed: "Event Dates", "Description". */
  label: string;
  /** Multi-line values keep their lines, joined by "\n"; an empty field is "". */
  value: string;
}

export interface FormRecord extends Span {
  /** 1-based position in its table. */
  index: number;
  /** The record's name: the value of its first field. */
  title: string;
  fields: FormField[];
}

export interface FormTable {
  /** What the form's instruction says each record is: "event", "resource", "initiative/partnership". */
  kind: string;
  records: FormRecord[];
  /** The sub-section a table read from markup stands in (a Markdown or HTML heading). */
  section?: string;
}

export interface Question extends Span {
  number: number;
  text: string;
  sections: string[];
  paragraphs: Paragraph[];
  tables: FormTable[];
}

export interface SubmissionDocument {
  document: string;
  entity?: { name: string; acronym?: string };
  year?: number;
  questions: Question[];
  /** Content outside any question: everything, for a file with no recognisable structure. */
  paragraphs: Paragraph[];
  /** The page's membership label ("ECESA Plus Member") and where it stands; absent when the page shows none. */
  membership?: Span & { label: string };
  /** Tables outside any question (read from a page's markup). */
  tables?: FormTable[];
  pages?: { num: number; start: number }[];
  /** What the parser had to guess or could not find (where the year came from, a fallback to paragraphs); the file is named by the caller. */
  warnings: string[];
}

export function fieldValue(record: FormRecord, label: RegExp): string | undefined {
  return record.fields.find((field) => label.test(field.label))?.value;
}
