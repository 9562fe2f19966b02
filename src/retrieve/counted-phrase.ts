import { tokenize } from "../text/tokenize.js";

// Words that end the counted phrase of "how many X …": a verb or a preposition.
const PHRASE_END = new Set(["did", "does", "do", "were", "was", "are", "is", "have", "has", "had", "will", "can", "could", "of", "in", "on", "at", "for", "by", "from", "with", "under", "to"]);

// Nouns that classify rather than name what is counted: "how many kinds of crime" counts crimes.
const CLASSIFIERS = /^(kinds?|types?|sorts?|forms?|categories|category|numbers?|pieces?)\s+of\s+/i;

/**
 * The counted phrase of "how many X …", at most four words ("scheduling decisions", "permanent children's museum
 * exhibitions": a noun phrase ends with its head, so a fourth word keeps it); also of a count typed short,
 * "# participants", "# of farmers", "no. of countries", "staff #", or asked as "the (total) number of victims". "" without
 * any of them.
 */
export function countedPhrase(question: string): string {
  // "grace staff #": a count typed with the sign after what it counts.
  const trailing = /\b([a-z][\w-]*)\s*#\W*$/i.exec(question)?.[1];
  if (trailing) return trailing.toLowerCase();
  const after = (/(?:\bhow many|(?:^|[\s:(])#\s?(?:of\s+)?(?=[a-z])|\bno\.\s*of\b|\b(?:the\s+(?:total\s+)?|total\s+)number\s+of\b)\s*(.*)$/i.exec(question)?.[1] ?? "").replace(CLASSIFIERS, "");
  const words: string[] = [];
  for (const word of after.split(/\s+/)) {
    const clean = word.toLowerCase().replace(/[^\p{L}\d-]/gu, "");
    if (!clean || PHRASE_END.has(clean) || words.length >= 4) break;
    words.push(clean);
  }
  return words.join(" ");
}

/** The counted phrase's words as terms (countedPhrase, tokenized); [] when the question has no "how many". */
export function countedTerms(question: string): string[] {
  return tokenize(countedPhrase(question));
}
