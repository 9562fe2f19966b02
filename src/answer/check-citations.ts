/**
 * Keeps only `[n]` markers that name a given passage, and renumbers them 1, 2, … in order of first use.
 * Returns the cleaned text and the 0-based passages cited, in their new order.
 */
export function checkCitations(text: string, passageCount: number): { text: string; cited: number[] } {
  const cited: number[] = [];
  const cleaned = text.replace(/\s*\[(\d{1,3})\]/g, (_whole, digits: string) => {
    const n = Number(digits);
    if (n < 1 || n > passageCount) return "";
    let position = cited.indexOf(n - 1);
    if (position < 0) position = cited.push(n - 1) - 1;
    return ` [${position + 1}]`;
  });
  return { text: cleaned.replace(/[ \t]+\n/g, "\n").trim(), cited };
}
