/**
 * Model output made safe for clients that render Markdown (OWASP LLM05, improper output handling): images
 * removed (a remote image is a beacon that can carry data out), raw HTML removed (script and style with
 * their content), and a link whose target is not http(s) reduced to its text. Plain text passes unchanged.
 * Minimal version for the stream; the issue-18 helper owns the full rules under this file name and export.
 */
export function sanitizeModelText(text: string): string {
  return text
    .replace(/!\[[^\]\n]{0,500}\]\((?:[^()\n]|\([^()\n]{0,500}\)){0,2000}\)/g, "")
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<\/?[a-z][^<>\n]{0,2000}>|<!--[\s\S]*?-->/gi, "")
    // A target may hold one level of parentheses: javascript:alert(1), or a Wikipedia-style URL.
    .replace(/\[([^\]\n]{0,500})\]\(((?:[^()\n]|\([^()\n]{0,500}\)){0,2000})\)/g, (link, label: string, target: string) => (/^\s*https?:\/\//i.test(target) ? link : label))
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
