import { createHash } from "node:crypto";
import { escapeHtml } from "../text/escape-html.js";
import type { Brief } from "./build-brief.js";

/** The brief's stylesheet, inline so the HTML stands alone (saved, mailed, printed). */
const BRIEF_STYLE = `
body{font:9.5pt/1.3 Georgia,"Times New Roman",serif;max-width:48rem;margin:2rem auto;color:#111;padding:0 1rem}
h1{font-size:13pt;margin:0 0 .3rem}h2{font-size:10pt;margin:.5rem 0 .15rem;border-bottom:1px solid #ccc}
ul{margin:.1rem 0;padding-left:1.1rem}li{margin:.05rem 0}sup a{text-decoration:none;color:#1a5e9a}
.sources{font-size:7pt;line-height:1.2;color:#333;margin-top:.6rem}.sources h2{font-size:8pt;margin:.2rem 0}
.sources ol{list-style:none;padding:0;margin:0;columns:2;column-gap:1rem}.sources li{break-inside:avoid;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
@page{size:A4;margin:12mm 14mm}
@media print{body{margin:0;max-width:none;padding:0}a{color:#111}}
`;

/**
 * The stylesheet's CSP hash: the server allows exactly this inline style, so the page and the widget can
 * print the brief's HTML in a frame under `style-src 'self'`.
 */
export const BRIEF_STYLE_HASH = `'sha256-${createHash("sha256").update(BRIEF_STYLE).digest("base64")}'`;

function inline(text: string): string {
  return escapeHtml(text).replace(/\[(\d{1,3})\]/g, '<sup><a href="#source-$1">[$1]</a></sup>');
}

/**
 * Print-friendly HTML of a brief: self-contained, no scripts, sources listed at the end with their
 * breadcrumbs. Sized so the page form prints on one A4 page.
 */
export function briefHtml(brief: Brief): string {
  const body: string[] = [];
  let inList = false;
  for (const line of brief.markdown.split("\n")) {
    const bullet = /^\s*-\s+(.*)$/.exec(line);
    if (bullet) {
      if (!inList) body.push("<ul>");
      inList = true;
      body.push(`<li>${inline(bullet[1]!)}</li>`);
      continue;
    }
    if (inList) body.push("</ul>");
    inList = false;
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) body.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    else if (line.trim()) body.push(`<p>${inline(line)}</p>`);
  }
  if (inList) body.push("</ul>");
  const sources = brief.citations.map((c) => `<li id="source-${c.n}"><strong>[${c.n}]</strong> ${escapeHtml(c.breadcrumb)}</li>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(brief.title)}</title>
<style>${BRIEF_STYLE}</style></head><body>
${body.join("\n")}
<section class="sources"><h2>Sources</h2><ol>
${sources}
</ol></section>
</body></html>
`;
}
