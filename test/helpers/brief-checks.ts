import assert from "node:assert/strict";

/** Checks the brief tests share: bullets, word counts, citations, deletion-only bullets. */

export function bullets(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("- "));
}

/** Words as the brief counts them: tokens with a letter or a digit ("…", "-", "#" are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function assertEveryBulletCited(brief: { markdown: string; citations: { n: number }[] }) {
  const numbers = new Set(brief.citations.map((c) => c.n));
  for (const bullet of bullets(brief.markdown)) {
    assert.match(bullet, /\[\d+\]$/, `bullet ends with its citation: ${bullet.slice(-60)}`);
    for (const m of bullet.matchAll(/\[(\d+)\]/g)) assert.ok(numbers.has(Number(m[1])), `[${m[1]}] resolves to a returned passage`);
  }
  assert.deepEqual(brief.citations.map((c) => c.n), brief.citations.map((_, i) => i + 1));
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Deletion only: every word of the bullet (joiners "…" and punctuation aside) is in the passage it cites
 * first, in the same order.
 */
export function assertCutFromPassage(brief: { markdown: string; citations: { n: number; text: string }[] }) {
  for (const bullet of bullets(brief.markdown)) {
    const n = Number(/\[(\d+)\]/.exec(bullet)![1]);
    const body = bullet.slice(2).replace(/(\s*\[\d+\])+$/, "");
    const source = words(brief.citations.find((c) => c.n === n)!.text);
    let at = 0;
    for (const word of words(body)) {
      const found = source.indexOf(word, at);
      assert.ok(found >= 0, `"${word}" of "${body}" is in passage [${n}] after the words before it`);
      at = found + 1;
    }
  }
}
