import { distance } from "fastest-levenshtein";
import { foldText, tokenize } from "../text/tokenize.js";
import { LANGUAGE_NAMES, PLACE_NAMES } from "../text/world-names.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { baseForms } from "../text/word-forms.js";

/**
 * Misspelt words of a question read as the corpus's own words: "comission" → "commission", "childern" →
 * "children", "Columbia" → "Colombia". Staff type fast; BM25 matches whole terms and the encoder sees a
 * misspelling as another word. (A misspelling that stems as the right word, "fisherys", is left: search
 * already reads it.)
 *
 * A word is corrected only when it is 5 letters or longer, the corpus never uses it, it is no English word
 * (WordNet 3.1, via `isEnglish`) and no function word, and exactly one corpus word is nearest: at most 1 edit
 * (Levenshtein, npm `fastest-levenshtein`) for 5-7 letters, 2 from 8 letters on, ties broken by how often the
 * corpus uses the word. A name typed with a capital inside a sentence is checked against the corpus's
 * capitalised words only (WordNet lists names too: "Columbia"), and never when it names a country, region or
 * language (CLDR): "Australia" is not a misspelt "Austria". A nearest word that is only a longer or shorter
 * form of it ("Asian", "Asia") is another word, not a correction. The bounds catch the common typos (a letter
 * doubled, dropped, swapped or replaced) and leave short words, which are one edit from many others, alone.
 */
export class SpellingCorrector {
  /** Corpus words, folded to lower case, with how often they occur and whether they occur capitalised, or in lower case. */
  private readonly words = new Map<string, { count: number; capitalised: boolean; lower?: boolean; upper?: boolean }>();

  /** Corpus words, folded, to the first form the corpus wrote with a capital and then lower case ("tapajos" → "Tapajós"). */
  private readonly titleForms = new Map<string, string>();

  /** Corpus words of letters and digits, lower case, to the form the corpus first wrote them in ("pledge4action" → "Pledge4Action"). */
  private readonly forms = new Map<string, string>();

  constructor(texts: Iterable<string>) {
    // A link's words are no words of the text: "unodc" in "www.unodc.org" does not make UNODC a lower-case word.
    for (const text of [...texts].map((t) => t.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, " "))) {
      for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) if (word.length >= MIN_LETTERS && !this.forms.has(word.toLowerCase())) this.forms.set(word.toLowerCase(), word);
      for (const [word] of text.matchAll(WORD)) {
        const folded = foldText(word);
        const entry = this.words.get(folded) ?? { count: 0, capitalised: false };
        entry.count++;
        entry.capitalised ||= /^\p{Lu}/u.test(word);
        if (/^\p{Ll}/u.test(word)) entry.lower = true;
        if (/^\p{Lu}{2,}$/u.test(word)) entry.upper = true;
        if (/^\p{Lu}\p{Ll}/u.test(word) && !this.titleForms.has(folded)) this.titleForms.set(folded, word);
        this.words.set(folded, entry);
      }
    }
  }

  /**
   * The text with each misspelt word replaced by the corpus word it stands for, and what was replaced.
   * @param isKnown whether the corpus holds the word in some form (its stem, an acronym it spells out)
   * @param isEnglish whether a lower-case word is an English word (`englishWords`, WordNet 3.1 lemmas and their inflections)
   */
  correct(text: string, isKnown: (word: string) => boolean, isEnglish: (word: string) => boolean): { text: string; corrections: { from: string; to: string }[] } {
    const corrections: { from: string; to: string }[] = [];
    // A hyphenated word the corpus does not hold is read part by part ("co-publishd": "publishd" → "published").
    const words = [...text.matchAll(WORD)].flatMap((match) =>
      match[0].includes("-") && !this.words.has(foldText(match[0])) && !isKnown(match[0])
        ? match[0].split("-").map((part, i, parts) => ({ 0: part, index: match.index! + parts.slice(0, i).reduce((n, p) => n + p.length + 1, 0) }))
        : [{ 0: match[0], index: match.index! }],
    );
    for (const match of words) {
      const word = match[0];
      const folded = foldText(word);
      // An acronym the corpus never writes that swaps two letters of one it does ("UNDOC", "CPCCJ", "CDN") is that one.
      // Only a swap: "UNEP" is no misspelling of "UNDP".
      if (/^\p{Lu}{3,}$/u.test(word) && !this.words.has(folded) && !isKnown(word)) {
        const swapped = this.swappedAcronym(folded);
        if (swapped) corrections.push({ from: word, to: swapped.toUpperCase() });
        continue;
      }
      if (/^\p{Lu}+$/u.test(word) || FUNCTION_WORDS.has(folded) || this.words.has(folded) || isKnown(word)) continue;
      if (word.length < MIN_LETTERS) {
        // A short word is corrected only to the one question word it misspells ("whch", "wich" → "which"), and
        // never when it is a function word itself ("were" is no "where").
        // Two at one edit ("wher": "where", "when"): the one the typed word begins is meant, its last letter left off.
        // A rare English word opening the question before an auxiliary ("wen did …", "wat is …") is the question word too.
        const opensAsking = /(?:^|[.!?:]\s*)\W*$/.test(text.slice(0, match.index)) && AUXILIARY_NEXT.test(text.slice(match.index + word.length));
        const near = word.length >= 3 && tokenize(word).length && (opensAsking || !englishForm(folded, isEnglish)) ? QUESTION_WORDS.filter((q) => q[0] === folded[0] && distance(q, folded) === 1) : [];
        // Typed without its vowels, as in a text message ("whr" → "where", "whn" → "when"): the one so written.
        const unvowelled = word.length >= 3 && !/[aeiouy]/.test(folded) && !englishForm(folded, isEnglish) ? QUESTION_WORDS.filter((q) => q.replace(/[aeiou]/g, "") === folded) : [];
        const asked = unvowelled.length === 1 ? unvowelled : near.length > 1 ? near.filter((q) => q.startsWith(folded)) : near;
        if (asked.length === 1) corrections.push({ from: word, to: /^\p{Lu}/u.test(word) ? asked[0]![0]!.toUpperCase() + asked[0]!.slice(1) : asked[0]! });
        continue;
      }
      // A capital opens a name, unless it opens the sentence ("Unrelated to …").
      const name = /^\p{Lu}/u.test(word) && !/(?:^|[.!?:]\s*|["“(]\s*)$/.test(text.slice(0, match.index));
      if (!name && englishForm(folded, isEnglish)) continue;
      // A country, region or language the world knows (CLDR) is no misspelling: "Australia" is not "Austria".
      if (name && WORLD_NAMES.has(folded)) continue;
      // A word the corpus has no near form of may still be a typo of one English word ("acadmic" for "academic", where
      // the corpus says "academia"): the one English word a single edit away, when there is exactly one.
      const nearest = this.nearest(folded, name) ?? (name ? undefined : onlyEnglishNeighbour(folded, isEnglish, (candidate) => this.words.has(candidate)));
      // "Asian" is no misspelling of "Asia", nor "dealt" of "deal": a name that only adds to another is another form of
      // it (a lower-case English word never gets here). A lower-case word that only lacks a letter is a typo ("progres").
      if (!nearest || (name ? nearest.startsWith(folded) || folded.startsWith(nearest) : folded.startsWith(nearest))) continue;
      corrections.push({ from: word, to: name ? nearest[0]!.toUpperCase() + nearest.slice(1) : nearest });
    }
    let corrected = text;
    for (const { from, to } of corrections) corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, "u"), to);
    return { text: corrected, corrections };
  }

  /**
   * The one acronym the corpus writes in capitals whose letters are `folded`'s with two neighbours swapped (`swappedOnce`)
   * after the first; undefined for none or several. A first letter is seldom mistyped (Yannakoudakis and Fawthrop, 1983,
   * on the first letters of misspellings), and an acronym that differs there is another one: "DSG" (a Deputy
   * Secretary-General) is no "SDG".
   */
  private swappedAcronym(folded: string): string | undefined {
    const found = [...this.words].filter(([word, { upper }]) => upper && word[0] === folded[0] && swappedOnce(folded, word)).map(([word]) => word);
    return found.length === 1 ? found[0] : undefined;
  }

  /** The corpus's own form of a word of letters and digits, in any case ("PLEDGE4ACTION" → "Pledge4Action"); undefined when the corpus never writes it. */
  formOf(word: string): string | undefined {
    return this.forms.get(word.toLowerCase());
  }

  /**
   * The text with each lower-case word that the corpus writes only with a capital, and that is no English word,
   * written as the corpus first wrote it: a name typed in lower case ("how long is turquesa" → "how long is
   * Turquesa", "tapajos" → "Tapajós"), so that it is read as the name it is, wherever it stands; `names` are
   * the words so written. Words the corpus also writes in lower case, and English words ("vienna" is WordNet's
   * too, "member"), are left as typed.
   */
  capitaliseNames(text: string, isEnglish: (word: string) => boolean): { text: string; names: string[] } {
    const names: string[] = [];
    const capitalised = text.replace(WORD, (word) => {
      if (!/^\p{Ll}+$/u.test(word) || word.length < MIN_LETTERS - 1) return word;
      const folded = foldText(word);
      const entry = this.words.get(folded);
      if (!entry?.capitalised || entry.lower || englishForm(folded, isEnglish)) return word;
      // Written in capitals only, it is an acronym ("ccpcj"): left to the acronyms' own rules.
      const form = this.titleForms.get(folded);
      if (!form) return word;
      names.push(form);
      return form;
    });
    return { text: capitalised, names };
  }

  /**
   * The text with each lower-case word that the corpus writes only in capitals, and that is no English word,
   * written in capitals: an acronym typed in lower case ("ccpcj dates" → "CCPCJ dates", "with undp"), so that
   * it is expanded, and read as a name, as the acronym is. Only those `spelledOut` allows (the retriever: the
   * acronyms the corpus spells out; written in capitals, the entity's own "unodc" moved the encoder off a right
   * answer on dev).
   */
  capitaliseAcronyms(text: string, isEnglish: (word: string) => boolean, spelledOut: (word: string) => boolean = () => true): string {
    return text.replace(WORD, (word) => {
      if (!/^\p{Ll}{2,}$/u.test(word) || englishForm(foldText(word), isEnglish) || !spelledOut(word)) return word;
      const folded = foldText(word);
      const entry = this.words.get(folded);
      // Only ever in capitals: never in lower case, nor with a capital and then lower case ("TAPAJÓS" is also "Tapajós").
      return entry?.upper && !entry.lower && !this.titleForms.has(folded) ? word.toUpperCase() : word;
    });
  }

  private nearest(word: string, name: boolean): string | undefined {
    const most = word.length >= LONG_WORD ? 2 : 1;
    let best: { word: string; edits: number; count: number; tied: boolean } | undefined;
    for (const [candidate, { count, capitalised }] of this.words) {
      if (Math.abs(candidate.length - word.length) > most || (name && !capitalised)) continue;
      const edits = distance(word, candidate);
      if (edits > most) continue;
      if (!best || edits < best.edits || (edits === best.edits && count > best.count)) best = { word: candidate, edits, count, tied: false };
      else if (edits === best.edits && count === best.count) best.tied = true;
    }
    return best && !best.tied ? best.word : undefined;
  }
}

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

/**
 * The one English word (`isEnglish`: WordNet 3.1's lemmas and their inflections) one edit away from a lower-case
 * word of letters (a letter left out, added, changed or two swapped), or undefined when there is none or more
 * than one ("acadmic" → "academic"; "fisherys" has "fishery's" and "fisheries"… so it is left), unless only one of
 * the several restores a letter the typed word left out and it is an inflected form of another ("happend" → "happened").
 */
function onlyEnglishNeighbour(word: string, isEnglish: (word: string) => boolean, inCorpus: (word: string) => boolean = () => false): string | undefined {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const found = new Set<string>();
  // The words the typed one lacks a letter of ("happend" → "happened").
  const restored = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of letters) {
      if (tail) found.add(head + letter + tail.slice(1));
      found.add(head + letter + tail);
      restored.add(head + letter + tail);
    }
  }
  found.delete(word);
  const english = [...found].filter((candidate) => candidate.length >= MIN_LETTERS && isEnglish(candidate));
  if (english.length === 1) return english[0];
  // Several, among them forms of one word ("happend": "append", "happen", "happens", "happened"): when the one that
  // restores a letter the typed word left out is an inflected form of another ("happened" of "happen"), the typed
  // word is that form with its letter left out. A letter left out is one of the four single-letter slips (Damerau,
  // 1964) and the one both such typos of the blind dev sets made (dev 24 "happend", dev 25 "chaird"). Words of
  // several families ("stane": "stone", "state", "stance") are left.
  const withLetter = english.filter((candidate) => restored.has(candidate));
  if (withLetter.length !== 1) return undefined;
  const [restoring] = withLetter as [string];
  // So is one whose base form the corpus writes ("evnts": "events" and "vents", and the corpus writes "event":
  // new-user trial), unless the typed word is itself an English word with an ending ("whats": "what" + s, not
  // "wheats"). A function word is one too: WordNet lists none, and tokenize drops them ("what").
  const englishOrFunction = (base: string) => isEnglish(base) || FUNCTION_WORDS.has(base) || tokenize(base).length === 0;
  const ownBase = () => baseForms(word).some((base) => base !== word && englishOrFunction(base)) || (/s$/.test(word) && englishOrFunction(word.slice(0, -1)));
  const inflected = baseForms(restoring).some((base) => base !== restoring && (english.includes(base) || (inCorpus(base) && !ownBase())));
  return inflected ? restoring : undefined;
}

/** Every word of the world's country, region and language names, folded ("australia", "south", "kinshasa"). */
const WORLD_NAMES = new Set([...PLACE_NAMES, ...LANGUAGE_NAMES].flatMap((name) => foldText(name).match(/\p{L}+/gu) ?? []));

/** English function words WordNet does not list, which are no misspellings ("would" is not "world"). */
const FUNCTION_WORDS = new Set(
  ("whose whom whoever whatever whichever wherever whenever whether though although unless until while whilst shall should " +
    "would could might must ought cannot their theirs yours ours hers itself themselves ourselves yourself yourselves himself herself myself " +
    "these those there where which about above below after before during through against among between without within").split(" "),
);

/** Shorter words are one edit from too many others to be corrected safely. */
const MIN_LETTERS = 5;

/** The words that say what a question asks, which a short typo may stand for (general English). */
const QUESTION_WORDS = ["which", "what", "where", "when", "who", "whom", "whose", "why", "how"];

/** An auxiliary after a word, as a question's second word: "wen did …", "wat is …" (general English). */
const AUXILIARY_NEXT = /^\s+(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|should)\b/i;

/** From this length on, two edits are allowed ("childern" → "children", "fisherys" → "fisheries"). */
const LONG_WORD = 8;

/** English by WordNet, or an agent noun ("funder") or a Greek plural ("crises") of an English word, which its lemmas do not list. */
function englishForm(word: string, isEnglish: (word: string) => boolean): boolean {
  return [word, word.replace(/ers?$/, ""), word.replace(/ses$/, "sis")].some((form) => form.length >= 3 && isEnglish(form));
}

/** Function words a name may write as a digit: "Pledge4Action", "Peer2Peer". */
const DIGIT_WORDS: Readonly<Record<string, string>> = { for: "4", to: "2" };

/**
 * The text with a word the corpus writes as one, typed as two or three, joined: "pledge 4 action" →
 * "Pledge4Action", "cyber crime" → "cybercrime", in the corpus's own form (`corpusForm`, e.g.
 * `SpellingCorrector.formOf`), so that a name stays a name. A run joins only when the joined word (letters and
 * digits) is one the corpus writes and is at least `MIN_LETTERS` long; runs of three are tried before two.
 * Words are never split, and a run across punctuation or with a function word in it is not joined, except "for"
 * or "to" between two words where the corpus writes their digit ("pledge for action" → "Pledge4Action").
 */
export function joinSplitWords(text: string, corpusForm: (word: string) => string | undefined): string {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const joins: { start: number; end: number; word: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const size of [3, 2]) {
      const run = words.slice(i, i + size);
      if (run.length < size) continue;
      // Only white space between the words of a run.
      if (run.some((word, j) => j > 0 && !/^\s+$/.test(text.slice(run[j - 1]!.index! + run[j - 1]![0].length, word.index)))) continue;
      // A name may write "for" or "to" between two words as its digit ("Pledge4Action", "Peer2Peer"): typed out,
      // "pledge for action" is that name.
      const digit = size === 3 ? DIGIT_WORDS[run[1]![0].toLowerCase()] : undefined;
      const parts = run.map((word, j) => (j === 1 && digit ? digit : word[0]));
      // A function word is a word of its own: "in form" is not "inform", nor "any one" "anyone".
      if (parts.some((part) => !/^\d$/.test(part) && !tokenize(part).length)) continue;
      const joined = parts.join("");
      const form = joined.length >= MIN_LETTERS ? corpusForm(joined) : undefined;
      if (!form) continue;
      joins.push({ start: run[0]!.index!, end: run.at(-1)!.index! + run.at(-1)![0].length, word: form });
      i += size - 1;
      break;
    }
  }
  let joinedText = text;
  for (const { start, end, word } of joins.reverse()) joinedText = joinedText.slice(0, start) + word + joinedText.slice(end);
  return joinedText;
}

/** Whether `a` is `b` with two neighbouring letters swapped ("UNDOC", "UNODC"). */
export function swappedOnce(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return at < a.length - 1 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
