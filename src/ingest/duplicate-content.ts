import { createHash } from "node:crypto";

/**
 * The key a file's content is recognised by when it is indexed under two names: sha256 (hex) of its loaded
 * text with white space collapsed, so the same page saved with other line endings or trailing spaces is still
 * the same page.
 */
export function contentKey(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/**
 * Remembers the content key (`contentKey`) of each file read so far, so that a file whose content is already
 * indexed under another name (a copy, or the same page saved twice) is indexed once.
 */
export class DuplicateContent {
  private readonly firstFile = new Map<string, string>();

  /** The file already seen with this content key, or undefined. */
  original(key: string): string | undefined {
    return this.firstFile.get(key);
  }

  /** The file that already holds this content, or undefined (and the key is remembered as `document`'s). */
  seenAs(document: string, key: string): string | undefined {
    const first = this.firstFile.get(key);
    if (first !== undefined) return first;
    this.firstFile.set(key, document);
    return undefined;
  }
}
