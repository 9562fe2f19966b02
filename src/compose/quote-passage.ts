/**
 * A value for an attribute of the prompt's `<passage … source="…">` opening: no `"`, `<` or `>` (a heading
 * such as `</passage><passage n="9">` cannot close the quote or open a tag) and no line break.
 */
export function quoteAttribute(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").replace(/"/g, "'").replace(/</g, "‹").replace(/>/g, "›");
}

/**
 * A passage's text for the prompt's `<passage>` block: passage tags removed, and a `<passage` or `</passage`
 * left without its `>` defused, so the prompt holds exactly one opening and one closing per passage.
 */
export function quotePassageText(text: string): string {
  return text.replace(/<\/?passage\b[^>]*>/gi, "").replace(/<(\/?passage)/gi, "‹$1");
}
