import MarkdownIt from "markdown-it";
import { readHtml, type HtmlText } from "./html-to-text.js";

// CommonMark with GFM tables and strikethrough (markdown-it's default preset); raw HTML in the file is
// read by the same HTML parser as a page's. Links are not made from bare URLs: the text stays as written.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/**
 * Reads Markdown with a real Markdown parser (markdown-it): headings become sections ("## Heading"),
 * lists bullets, GFM pipe tables one record per row labelled by the header cells, emphasis and link
 * syntax plain text.
 */
export function readMarkdown(source: string): HtmlText {
  return readHtml(markdown.render(source));
}
