/**
 * What every loaded file's text goes through before parsing: control characters and terminal escape
 * sequences removed (they would reach the API and a terminal), and a source's own footnote markers taken
 * out of the running text, so that a "[2]" in an answer always names one of the answer's citations.
 */

/** ANSI/VT escape sequences: CSI ("\x1b[31m"), OSC ("\x1b]0;title\x07") and two-character escapes. */
const ESCAPES = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;
/** C0 controls but tab and newline, DEL, C1 controls, and the Unicode replacement character's lookalikes are not touched. */
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(ESCAPES, "").replace(/\r\n?/g, "\n").replace(/\f/g, "\n").replace(CONTROLS, "");
}

/**
 * Footnote markers a source carries: "[2]", "[2, 3]", "[^note]" right after a word or punctuation
 * ("…in 2024.[3]") are dropped; a bracketed number standing alone ("see [4]", a "[4] Source…" note
 * line) is shown as plain text, "(4)". Brackets holding anything else ("[sic]", "[Name]") stay.
 */
export function plainFootnoteMarkers(text: string): string {
  return text
    .replace(/(?<=[\p{L}\p{N}.,;:!?)\]”"'’%])\[(?:\^[\w-]{1,20}|\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\](?!\()/gu, "")
    .replace(/\[\^?(\d{1,3})\](?!\()/g, "($1)")
    .replace(/\[\^([\w-]{1,20})\]/g, "($1)");
}

/** Both of the above: the text a loader hands to the parser. */
export function sourceText(text: string): string {
  return plainFootnoteMarkers(stripControlCharacters(text));
}
