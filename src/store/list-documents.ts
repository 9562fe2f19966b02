import type { LoadedIndex } from "./load-index.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/** One corpus file as the index holds it: `GET /api/documents`. */
export interface IndexedDocument {
  /** File name inside the corpus folder. */
  document: string;
  /** Acronym, full name and year as read from the page (null when the file has no passages or does not say). */
  entity: string | null;
  entityName: string | null;
  year: number | null;
  /** Passages indexed from it: 0 for a skipped file. */
  passages: number;
  /** Numbers of the questions it has passages under, ascending (a question cut off before its answer has none). */
  questions: number[];
  /** The ingest's warning lines that name the file (skipped, a copy of another, where its year came from). */
  warnings: string[];
}


/** Every file of the indexed corpus, in the manifest's order, with what was indexed from it. */
export function listDocuments(index: Pick<LoadedIndex, "manifest" | "passages">): IndexedDocument[] {
  const byDocument = new Map<string, IndexedDocument>();
  for (const { file } of index.manifest.corpus) {
    byDocument.set(file, { document: file, entity: null, entityName: null, year: null, passages: 0, questions: [], warnings: [] });
  }
  for (const { source } of index.passages) {
    let doc = byDocument.get(source.document);
    if (!doc) byDocument.set(source.document, (doc = { document: source.document, entity: null, entityName: null, year: null, passages: 0, questions: [], warnings: [] }));
    doc.passages++;
    doc.entity ??= source.entity ?? null;
    doc.entityName ??= source.entityName ?? null;
    doc.year ??= source.year ?? null;
    if (source.question !== undefined && !doc.questions.includes(source.question)) doc.questions.push(source.question);
  }
  for (const doc of byDocument.values()) {
    doc.questions.sort((a, b) => a - b);
    // A warning names a file as a whole word: "a.txt" is not named by a line about "data.txt".
    const named = new RegExp(`(^|[\\s(])${escapeRegExp(doc.document)}([\\s:,)]|$)`);
    doc.warnings = index.manifest.warnings.filter((line) => named.test(line));
  }
  return [...byDocument.values()];
}
