import { createHash } from "node:crypto";
import path from "node:path";

/** Stable across rebuilds: the same text at the same place gets the same id. URL-safe, never a path. */
export function passageId(document: string, place: string, text: string): string {
  const slug = path
    .basename(document, path.extname(document))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "doc";
  const hash = createHash("sha256").update(`${document}\u0000${place}\u0000${text}`).digest("hex").slice(0, 12);
  return `${slug}-${hash}`;
}
