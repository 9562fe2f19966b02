/**
 * A record's field quoted as an answer line: "Project Turquesa — Partners: Global Affairs Canada, INTERPOL", the
 * record's title, an em dash, the form's label, a colon and the field's value. The extractive answerer writes this
 * one shape (`writeFieldQuote`); follow-ups, comparisons and date readers read it back (`readFieldQuote`).
 */
export interface FieldQuote {
  /** The record's title ("Project Turquesa"). */
  title: string;
  /** The form's label, without its colon ("Partners"). */
  field: string;
  /** What the field says ("Global Affairs Canada, INTERPOL"). */
  value: string;
}

/** What parts a record's title from the field quoted: an em dash between spaces. */
export const TITLE_DASH = " — ";

/**
 * "Title — Field: value", or "Field: value" when no title is given (a field of a passage that is no record).
 */
export function writeFieldQuote(quote: { title?: string; field: string; value: string }): string {
  return quote.title ? `${quote.title}${TITLE_DASH}${quote.field}: ${quote.value}` : `${quote.field}: ${quote.value}`;
}

/** Title up to the first em dash after which a label (no colon, no dash) and a colon follow; the value runs to the end. */
const FIELD_QUOTE = /^(.+?) — ([^:—\n]+): (.+)$/;

/**
 * The title, label and value of one line written by `writeFieldQuote` with a title, citation marks left as they are;
 * undefined for any other line (prose, a bullet, "Field: value" without a title). A title that holds an em dash
 * itself is read whole, as the label holds none.
 */
export function readFieldQuote(line: string): FieldQuote | undefined {
  const match = FIELD_QUOTE.exec(line.trim());
  return match ? { title: match[1]!, field: match[2]!.trim(), value: match[3]! } : undefined;
}
