import { createRequire } from "node:module";

/** Plural endings and the singular they come from: "policies" → "policy", "boxes" → "box", "farmers" → "farmer". */
const PLURAL_RULES: [RegExp, string][] = [
  [/ies$/, "y"],
  [/es$/, ""],
  [/s$/, ""],
];

/** Verb and derivation endings WordNet's index does not list either: "benefited", "training", "largely", "awareness". */
const OTHER_RULES: [RegExp, string][] = [
  [/ied$/, "y"], [/ed$/, ""], [/ed$/, "e"], [/ing$/, ""], [/ing$/, "e"], [/ly$/, ""], [/ily$/, "y"], [/ness$/, ""],
];

/** English plurals that no suffix rule reduces to their noun. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { people: "person", children: "child", women: "woman", men: "man", persons: "person" };

function applied(word: string, rules: [RegExp, string][]): string[] {
  return rules.filter(([suffix]) => suffix.test(word)).map(([suffix, replacement]) => word.replace(suffix, replacement));
}

/** Inflections WordNet's index does not list: plural and verb forms of a lemma. */
export function baseForms(word: string): string[] {
  return [word, ...applied(word, PLURAL_RULES), ...applied(word, OTHER_RULES)];
}

/** A noun's singular candidates, plurals only (irregular ones too): "benefited" is no form of the noun "benefit". */
export function singularForms(word: string): string[] {
  return [word, ...applied(word, PLURAL_RULES), ...(IRREGULAR_PLURALS[word] ? [IRREGULAR_PLURALS[word]] : [])];
}

/**
 * English irregular verb forms and their base, from wink-lexicon (a well-kept English lexicon): "ran" → "run",
 * "held" → "hold", "took" → "take". Loaded once; 435 forms.
 */
const IRREGULAR_VERBS = createRequire(import.meta.url)("wink-lexicon/src/irregular-verbs.js") as Readonly<Record<string, string>>;

/**
 * Whether `word` is an irregular verb's past form or participle, other than its base ("ran", "held", "began",
 * "took"; not "set", whose past is its base, nor the modals "would", "could", nor a form read first as a noun: "drug",
 * "ground", `mostlyNoun`). Lower case expected.
 */
export function irregularPast(word: string): boolean {
  const base = Object.hasOwn(IRREGULAR_VERBS, word) ? IRREGULAR_VERBS[word] : undefined;
  return base !== undefined && base !== word && !/ing$/.test(word) && !/^(?:will|can|shall|may)$/.test(base) && !mostlyNoun(word);
}

/**
 * wink-lexicon's part-of-speech tags for a word, most likely first (Penn Treebank tags: "NN", "VBD", …): "drug" →
 * ["NN"], "ground" → ["NN", "JJ", "VB", "VBD", "VBN"]. Loaded once; 13,462 words.
 */
const WORD_TAGS = createRequire(import.meta.url)("wink-lexicon/src/lexicon.js") as Readonly<Record<string, readonly string[]>>;

/** Whether a word is read first as a noun ("drug", "ground", "wound"): "drug overdose" is no past of "drag". */
function mostlyNoun(word: string): boolean {
  const tags = Object.hasOwn(WORD_TAGS, word) ? WORD_TAGS[word] : undefined;
  return !!tags && /^NN/.test(tags[0] ?? "");
}

/** An irregular verb's base for its past form or participle (`irregularPast`): "took" → "take", "held" → "hold"; else undefined. */
export function irregularBase(word: string): string | undefined {
  return irregularPast(word) ? IRREGULAR_VERBS[word] : undefined;
}
