import type { LoadedText } from "./load-file.js";
import { segmentBlocks } from "./segment-blocks.js";
import type { SubmissionDocument } from "./submission.js";

/**
 * The fallback reading of a file whose structure gave no passage (only question texts, say): every
 * block a paragraph, so nothing with text is skipped whole. Entity and year are kept from `parsed`.
 */
export function plainParagraphs(loaded: LoadedText, parsed: SubmissionDocument): SubmissionDocument {
  const paragraphs = segmentBlocks(loaded)
    .filter((block) => block.text.trim())
    .map((block) => ({ kind: "text" as const, text: block.text, start: block.start, end: block.end }));
  return { document: parsed.document, entity: parsed.entity, year: parsed.year, questions: [], paragraphs, pages: parsed.pages, warnings: [...parsed.warnings] };
}
