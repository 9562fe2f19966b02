/** Where a passage comes from: enough to cite it to the exact question, section and table record. */
export interface PassageSource {
  /** File name inside the corpus folder, e.g. "unodc-2024.txt". */
  document: string;
  /** The entity's acronym as its page gives it ("UNODC"); its name when it has none. */
  entity?: string;
  /** The entity's full name from its page ("United Nations Office on Drugs and Crime"). */
  entityName?: string;
  /** Year of submission; see `SubmissionDocument.year` for where it is read. */
  year?: number;
  question?: number;
  questionText?: string;
  section?: string;
  record?: RecordRef;
  /** 1-based page, for paginated sources (PDF). */
  page?: number;
}

export interface RecordRef {
  /** Kind of table, as the form's instruction names it: "event", "resource", "initiative/partnership". */
  table: string;
  /** 1-based position of the record in its table. */
  index: number;
  title: string;
  /** The record's field labels, only when the questionnaire's form vocabulary does not know them (a table's own header cells). */
  labels?: string[];
}

/** The unit that is embedded, retrieved and cited; it travels unchanged from chunking to the browser. */
export interface Passage {
  id: string;
  text: string;
  breadcrumb: string;
  source: PassageSource;
  /** Character offsets [start, end) into the loaded text of `source.document`. */
  offsets: { start: number; end: number };
}

export interface Citation {
  n: number;
  id: string;
  text: string;
  score: number;
  source: PassageSource;
  /** Where the passage stands, as one line: "UNODC 2024 · Q3 · Event 3: 33rd session …" (the passage's own breadcrumb). */
  breadcrumb: string;
}

/** The longest question the API, the evaluation and the widget take, in characters (the contract's 1..2000). */
export const MAX_QUESTION_CHARS = 2000;

export interface ChatTurn {
  role: "user" | "assistant";
  content: string;
}

export interface AnswerResult {
  answer: string;
  abstained: boolean;
  mode: "extractive" | "generative";
  citations: Citation[];
  /** Set when a generative answer was replaced by the extractive one: why. */
  fallbackReason?: string;
}
