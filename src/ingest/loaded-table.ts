import type { FormRecord, Span } from "./submission.js";

/**
 * A table a loader read from the file's own markup (HTML `<table>`, Markdown pipe table, Word table):
 * each record is one row (labelled by the header cells) or, for a label/value table, the whole table.
 * Offsets index the loaded text, where each record is written as "Label: value" lines; the parser takes
 * the table as it stands instead of reading those lines.
 */
export interface LoadedTable extends Span {
  /** What each record is: the caption or first header cell, lower case ("event"); "record" when nothing says. */
  kind: string;
  records: FormRecord[];
}
