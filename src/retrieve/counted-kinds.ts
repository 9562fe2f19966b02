import { tokenize } from "../text/tokenize.js";
import type { NounHierarchy } from "../text/noun-hierarchy.js";
import { IRREGULAR_PLURALS } from "../text/word-forms.js";
import { countedPhrase } from "./counted-phrase.js";

/**
 * What a "how many" question counts and, for each noun that follows a figure in the evidence, whether it can
 * name that kind of thing (WordNet's noun hypernyms, `NounHierarchy.related`): "how many people attended" counts
 * people, "25 decisions" counts decisions, which are no people. Data only, so a `Retrieval` stays plain.
 */
export interface CountedKinds {
  /** The counted phrase's head noun: "victims" of "trafficking victims", "people" of "people attended the". */
  head: string;
  /** Lower-case nouns that follow a figure in the evidence, each true when it can name what `head` names. */
  related: Record<string, boolean>;
  /**
   * Those of `related`'s nouns that name the very thing `head` names: its own stem or a WordNet synonym ("nations"
   * for "countries"), not another kind of the same family ("farmers" for "women").
   */
  same: string[];
}

/**
 * Figures: digits ("5,200", "2.5") and number words up to twelve. Ordinals ("67th"), symbols ("33/1") and
 * durations ("2.5-year") are no figures; nor are years (`figureWords` skips them).
 */
const FIGURE = /(?<![\p{L}\d/.,-])(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\p{L}\d/-]|[.,]\d)/giu;

/** Words between a figure and what it counts: "two million vulnerable children", "more than 50 countries". */
const MAGNITUDE = new Set(["hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"]);

/** At most this many words after a figure name what it counts ("600 national facilitators", "11 forms of cybercrime"). */
const COUNTED_WORDS = 3;

/**
 * The words that follow each figure of a text, up to the first function word or punctuation ("of" passes:
 * "11 forms of cybercrime"), lower case: "25 decisions on the change" → [["decisions"]]. A figure with no word
 * after it ("rose by 4.") gives []; a year gives nothing.
 */
export function figureWords(text: string): string[][] {
  const found: string[][] = [];
  for (const match of text.matchAll(FIGURE)) {
    // A year ("the 2024 Summit") dates what follows; it counts nothing.
    if (/^(?:19|20)\d{2}$/.test(match[0])) continue;
    const phrase = text.slice(match.index + match[0].length).split(/[.,;:()!?\n•—–"“”]/)[0]!;
    const words: string[] = [];
    for (const word of phrase.toLowerCase().split(/\s+/).filter(Boolean)) {
      if (MAGNITUDE.has(word) || word === "of") continue;
      if (!/^[\p{L}'’-]+$/u.test(word) || !tokenize(word).length || words.length >= COUNTED_WORDS) break;
      words.push(word);
    }
    found.push(words);
  }
  return found;
}

/**
 * The head noun of a "how many" question's counted phrase: the last noun of its first run of nouns
 * ("trafficking victims" → "victims", "nations got help" → "nations", "people attended the" → "people"), which
 * a plural ends ("countries benefit from it" → "countries").
 * undefined when the question has no "how many" or its phrase opens with no noun WordNet knows.
 */
export function countedHead(question: string, hierarchy: NounHierarchy): string | undefined {
  let head: string | undefined;
  for (const word of countedPhrase(question).split(/\s+/).filter(Boolean)) {
    // Modifiers WordNet lists as no noun ("trafficking", "vulnerable") come before the head; a word after it ends it.
    if (!hierarchy.isNoun(word)) {
      // A possessive ("children's", typed "childrens": the apostrophe is dropped) modifies the noun after it.
      if (/s$/.test(word) && hierarchy.isNoun(word.slice(0, -1))) {
        head = undefined;
        continue;
      }
      if (head) break;
      continue;
    }
    head = word;
    // A plural ends the noun phrase: in "countries benefit from it" the next word is the verb.
    if (/[^s]s$/.test(word) || word in IRREGULAR_PLURALS) break;
  }
  return head;
}

/**
 * What the question counts and which nouns after the evidence's figures can name it; undefined when the
 * question counts nothing WordNet knows as a noun. A noun is related to itself (same stem) whatever WordNet says.
 */
export function countedKinds(question: string, evidence: string[], hierarchy: NounHierarchy): CountedKinds | undefined {
  const head = countedHead(question, hierarchy);
  if (!head) return undefined;
  const [headStem] = tokenize(head);
  const related: Record<string, boolean> = {};
  const same: string[] = [];
  for (const words of evidence.flatMap(figureWords)) {
    for (const word of words) {
      if (word in related || !hierarchy.isNoun(word)) continue;
      related[word] = tokenize(word)[0] === headStem || hierarchy.related(word, head) === true;
      if (tokenize(word)[0] === headStem || hierarchy.synonyms(word, head)) same.push(word);
    }
  }
  return { head, related, same };
}
