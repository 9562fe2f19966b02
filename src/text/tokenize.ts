import { stemmer } from "stemmer";

// Function words that carry no evidence. Kept short: question words matter to answers, not to retrieval.
const STOPWORDS = new Set(
  ("a an and are as at be been but by can could did do does for from had has have how i in into is it its " +
    "me my of on or our so than that the their them then there these they this those to was we were what when " +
    "where which who whom why will with would you your about also any all some such per via both each other " +
    "tell please list give show describe summarise summarize").split(" "),
);

/** Folds accents, curly quotes and dashes so "Tapajós" matches "tapajos" and "13–17" matches "13-17". */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .toLowerCase();
}

/**
 * A compass point of two words, spelled apart or hyphenated ("South-East Asia", "south east"): one word, as
 * "Southeast Asia" writes it (general English spelling; new-user trial, session 27).
 */
const COMPASS_COMPOUND = /\b(north|south)[\s-]+(east|west)(?=ern\b|\b)/g;

/**
 * Terms for lexical retrieval. Symbols such as E/RES/2024/10, 33/1 and 2.5-year stay whole and also
 * yield their parts; words are stemmed; stopwords dropped.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const match of foldText(text).replace(COMPASS_COMPOUND, "$1$2").matchAll(/[a-z0-9]+(?:[/.\-'][a-z0-9]+)*/g)) {
    // A possessive is its noun; a contraction its word ("they're" → "they", "don't" → "do", "can't" → "can").
    const token = match[0].replace(/'s$/, "").replace(/'(?:re|ve|ll|d|m)$/, "").replace(/^(ca|wo)n't$/, (_, base: string) => (base === "ca" ? "can" : "will")).replace(/n't$/, "");
    const parts = token.split(/[/.\-']/).filter(Boolean);
    if (parts.length > 1) {
      terms.push(token);
      for (const part of parts) if (!STOPWORDS.has(part) && part.length > 1) terms.push(stem(part));
    } else if (!STOPWORDS.has(token)) {
      terms.push(stem(token));
    }
  }
  return terms;
}

/**
 * The terms of a text's capitalised words past its first character, where a sentence's capital says nothing:
 * "Was the Global Study published jointly with UNDP?" → ["global", "studi", "undp"]. The names a question or an
 * earlier turn gives, as tokenized.
 */
export function capitalisedTerms(text: string): string[] {
  return tokenize((text.slice(1).match(/\b\p{Lu}[\p{L}\d&-]*/gu) ?? []).join(" "));
}

// Stemming is most of tokenizing, and a corpus has few distinct words: each is stemmed once. Bounded, since
// questions bring words of their own.
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stem(word: string): string {
  if (/\d/.test(word)) return word.replace(/(st|nd|rd|th)$/, "");
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    // A word in -us keeps its s, as the Snowball (Porter2) English stemmer keeps it: Porter's stems "focus" to
    // "focu" but "focusing" to "focus", "virus" to "viru" but "viruses" to "virus". Not -ous ("various").
    // Porter's stemmer strips one suffix of a kind per pass, so a word and its derivative may part: "environmental" →
    // "environment" but "environment" → "environ", "governmental" → "government" but "government" → "govern". It is
    // applied until the stem holds ("environmental crime" then meets "crimes that affect the environment", blind dev 30).
    stemmed = /[^o]us$/.test(word) ? word : settledStem(americanSpelling(word));
    stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Porter's stem of a word, stemmed again until it no longer changes (at most three passes); a stem in -us is kept, as
 * the word is ("focusing" → "focus", not "focu").
 */
function settledStem(word: string): string {
  let current = word;
  for (let pass = 0; pass < 3; pass++) {
    const next = stemmer(current);
    if (next === current) break;
    current = next;
    if (/[^o]us$/.test(current)) break;
  }
  return current;
}

/** "organisation" and "organization" are one word to a reader: fold the British -ise/-isation endings. */
function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  return word.replace(/isation(s?)$/, "ization$1").replace(/is(e|ed|es|ing)$/, "iz$1");
}
