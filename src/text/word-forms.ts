/** Inflections WordNet's index does not list: plural and verb forms of a lemma. */
export function baseForms(word: string): string[] {
  const forms = [word];
  const rules: [RegExp, string][] = [
    [/ies$/, "y"], [/es$/, ""], [/s$/, ""], [/ied$/, "y"], [/ed$/, ""], [/ed$/, "e"], [/ing$/, ""], [/ing$/, "e"], [/ly$/, ""], [/ily$/, "y"], [/ness$/, ""],
  ];
  for (const [suffix, replacement] of rules) if (suffix.test(word)) forms.push(word.replace(suffix, replacement));
  return forms;
}
