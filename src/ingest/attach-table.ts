import type { LoadedTable } from "./loaded-table.js";
import type { FormTable, Question, SubmissionDocument } from "./submission.js";

const firstLabel = (table: { records: { fields: { label: string }[] }[] }) => table.records[0]?.fields[0]?.label;

/**
 * Puts a table read from markup into the question it stands in (or the document, outside any question)
 * and returns the form table now open. The questionnaire's instruction ("Please copy the below table to
 * fill out for each event:") opens a table before its Word tables come, one per event: they become its
 * records, numbered on; so does a table continuing an open one with the same first label.
 */
export function attachLoadedTable(loaded: LoadedTable, where: { doc: SubmissionDocument; question?: Question; open?: FormTable; section?: string }): FormTable {
  const { open } = where;
  const continues = open && (open.records.length === 0 || firstLabel(open) === firstLabel(loaded));
  const target: FormTable = continues ? open : { kind: loaded.kind, records: [], ...(where.section ? { section: where.section } : {}) };
  if (!continues) (where.question?.tables ?? (where.doc.tables ??= [])).push(target);
  for (const record of loaded.records) target.records.push({ ...record, index: target.records.length + 1 });
  return target;
}
