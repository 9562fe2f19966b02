import { createHash } from "node:crypto";

/**
 * Remembers the text of each file read so far, so that a file whose content is already indexed under another
 * name (a copy, or the same page saved twice) is indexed once. Texts are compared with white space collapsed:
 * the same page saved with other line endings or trailing spaces is still the same page.
 */
export class DuplicateContent {
  private readonly firstFile = new Map<string, string>();

  /** The file that already holds this text, or undefined (and the text is remembered as `document`'s). */
  seenAs(document: string, text: string): string | undefined {
    const key = createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
    const first = this.firstFile.get(key);
    if (first !== undefined) return first;
    this.firstFile.set(key, document);
    return undefined;
  }
}
