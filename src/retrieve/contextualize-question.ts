import { tokenize } from "../text/tokenize.js";
import { TEXT_TERMS } from "./analyze-question.js";
import { contentWordCount } from "./question-focus.js";
import { COUNTRIES_ANY_CASE } from "../text/world-names.js";
import { irregularPast } from "../text/word-forms.js";
import { readFieldQuote } from "../text/field-quote.js";
import type { ChatTurn } from "../types.js";

/** The terms of the country names in a text, any case ("Malawi", "the democratic republic of the congo"). */
function placeTerms(text: string): Set<string> {
  return new Set((text.match(COUNTRIES_ANY_CASE) ?? []).flatMap((name) => tokenize(name)));
}

/** Words that only open a turn before what it says ("OK, and …", "Thanks. Now …"), as a pattern source. */
const TURN_OPENING = String.raw`^\W*(?:(?:ok(?:ay)?|thanks|now|so)\W+)*`;

// Words that lean on an earlier turn: "And where was it held?", "Who funds them?", "What about Colombia?", "Any more planned?"
const LEANS_ON_CONTEXT = new RegExp(
  String.raw`\b(it|its|it's|they|them|their|this|that|these|those|there|he|she|his|her|the same|same question|same thing)\b|${TURN_OPENING}(and|also|what about|how about|and what about|same for|same about|same with)\b|^\W*(any|anything|anyone|anywhere|are there|is there)\s+(more|else|other|others|further)\b|\banother\s+one\b|\b(?:the|any)\s+others\b`,
  "i",
);

/**
 * Whether a question needs the conversation: it points back, or asks with one content word at most that names
 * no subject of its own ("Which SDGs?", "When?"; not "What is CAE?", whose one word the corpus holds in few
 * passages: `known` as in `subjectTerms`).
 */
function leansOnContext(question: string, known: (term: string) => boolean): boolean {
  if (LEANS_ON_CONTEXT.test(question) || ellipticalSubject(question)) return true;
  // "any barriers mentioned?", "anything on funding?" ask as a question word does.
  if (!/^\W*(what|which|who|whom|whose|when|where|why|how|any|anything)\b/i.test(question) || subjectTerms(question, known).size > 0) return false;
  // "Who are the academic partners?" after "Tell me about the Tapajós project": a definite noun phrase that
  // names nothing of its own presupposes the thing talked about.
  // Words about the text name nothing asked ("any barriers mentioned?" names barriers alone).
  const own = contentWordCount(question) - tokenize(question).filter((term) => TEXT_TERMS.has(term)).length;
  // "Which countries were involved?": a passive that ends the question leaves unsaid what they were involved in, the
  // thing talked about (new-user trial, session 27).
  return own <= 1 || ((DEFINITE.test(question) || BARE_PASSIVE.test(question)) && own <= 2);
}

/** A question that ends in a passive with nothing after it (general English): "… were involved?", "… was included?". */
const BARE_PASSIVE = /\b(?:were|was|are|is|have\s+been|has\s+been|got|get)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s*\?*\s*$/i;

/**
 * A definite noun phrase asked on its own ("The 33rd session of the CCPCJ?", "the Tapajós project?"): after a question,
 * the same question of another subject. No question word, no verb, at most `FRAGMENT_WORDS` words.
 */
function ellipticalSubject(question: string): boolean {
  return /^\W*the\s+[^?]+\?\s*$/i.test(question) && !/\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|be|been|has|have|had|does|do|did|will|would|can|could|should)\b/i.test(question) && question.trim().split(/\s+/).length <= FRAGMENT_WORDS;
}

/** Words a noun phrase asked on its own may have (`ellipticalSubject`): a name with its article and qualifiers. */
const FRAGMENT_WORDS = 10;

/** "the" before a noun phrase: what it names is already known to both sides. */
const DEFINITE = /\bthe\s+\p{L}/iu;

// Words that say the conversation turns to something else: the question stands on its own.
const CHANGES_TOPIC = /^\W*(ok(ay)?|right|now|also|and)?\W*(switching (gears|topics?)|(on )?a?\s*(different|new|separate|another|unrelated) (area|topic|subject|question|note|matter)|changing (the )?(topic|subject)|moving on|on another note|separately|unrelated)\b/i;

// An opener whose noun phrase is the follow-up's own subject: "What about the homicide one…", "And under jobs and
// social protection?", "As for Colombia…". What follows it, up to a clause break, names what is now asked about.
const SHIFT_OPENER = new RegExp(String.raw`${TURN_OPENING}(?:and\s+)?(?:what about(?:\s+for)?|how about(?:\s+for)?|as for|as regards|regarding|same (?:question |thing )?(?:for|about|with|regarding)|and (?:under|in|on|for|at|with|the))\s+((?:[^?.,;:!—–-]|(?<=\S)-(?=\S))+)`, "i");

// A topic put first, then a whole question about it (left dislocation): "Now the ImPACT Coalition - where was it set
// up?", "the project: who pays for it?". The pronoun after it is the topic's. Discourse markers before it are not
// part of it.
const DISLOCATED_TOPIC = /^\W*(?:(?:ok(?:ay)?|now|so|right|and|also|then|next|fine|great|thanks)\b[\s,]*)*((?!(?:what|which|who|whom|whose|when|where|why|how)\b)[^?.,;:!—–-]+?)\s*(?:[—–:]|\s-|,)\s*(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|has|have|can|could)\b)/i;

// Words that point back to something named before.
const POINTS_BACK = /\b(it|its|it's|they|them|their|this|that|these|those|there|he|she|his|her|the same|one|ones|else|other|others)\b/i;

/** Pronouns that point back at a thing, not at the entity that reports ("they", "their"). */
export const POINTS_AT_THING = /\b(it|its|it's|this|these|those|them)\b/i;
/** How an abstention opens (the extractive answerer's): such an answer names no thing for a pronoun to point at. */
export const NOT_SAID = "The submission does not say";
/** "it" that may mean the text: "does it say", "did it mention", "it says" (general English). */
const TEXT_IT = /\b(?:does|did|do)\s+it\s+(?:say|mention|talk|discuss|state|cover|flag|note|speak)\b|\bit\s+(?:says|mentions|states|notes)\b/gi;

/**
 * The question as its pronouns are read after `answer`: after one that said the submission does not say, the "it"
 * of "Where does it say …?" is the text, no thing, and is left out; after one that named a thing ("a brief on
 * femicide"), "what does it say …?" is about that thing, and the question stays whole.
 */
export function pronounsAfter(question: string, answer: string): string {
  return answer.startsWith(NOT_SAID) ? question.replace(TEXT_IT, " ") : question;
}

/**
 * "And what did the commission adopt on trafficking?": opened with "and" or "also" but a whole question of its
 * own (a question word, at least two words of content and nothing that points back), so not read with the last.
 */
function standsAlone(question: string): boolean {
  const rest = question.replace(/^\W*(and|also)\b\s*/i, "");
  // "And what about the 33rd session?" names the next subject and asks nothing of its own.
  if (rest === question || POINTS_BACK.test(rest) || /^\W*(?:what|how)\s+about\b/i.test(rest) || !/^\W*(what|which|who|whom|whose|when|where|why|how)\b/i.test(rest)) return false;
  return contentWordCount(rest) >= 2;
}

export interface ContextualQuestion {
  /** What retrieval searches for: the question, with the previous question when it leans on it. */
  query: string;
  followUp: boolean;
  /** The user's previous question, when the current one is a follow-up. */
  previous?: string;
  /** Set when the follow-up names a subject of its own ("And the 33rd session of the CCPCJ?"). */
  newSubject?: boolean;
  /** The items of the last answer's list that a plural pronoun points at ("who are they aimed at?"), as listed. */
  referents?: string[];
}

/**
 * The words of a question that name its subject: acronyms, figures, words with capitals inside ("ImPACT") and
 * capitalised words past the first, as the corpus spells them (terms it holds), e.g. "CCPCJ", "33", "Colombia".
 */
export function subjectTerms(question: string, known: (term: string) => boolean): Set<string> {
  const subject = new Set<string>();
  question.split(/\s+/).forEach((word, i) => {
    const clean = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "").replace(/['’]s$/, "");
    // A word with capitals inside it is a name wherever it stands ("ImPACT", "SE4U").
    const naming = /\d/.test(clean) || /^\p{Lu}{2,}\p{Ll}?$/u.test(clean) || /^\p{L}+$/u.test(clean) && /\p{L}\p{Lu}/u.test(clean) && /\p{Ll}/u.test(clean) || (i > 0 && /^\p{Lu}\p{Ll}{2,}/u.test(clean));
    if (!naming) return;
    for (const term of tokenize(clean)) if (known(term)) subject.add(term);
  });
  return subject;
}

/**
 * The topic a question asks about: what follows its first topic preposition ("on digital connectivity in West
 * Africa", "help with prison-based rehabilitation programmes": new-user trial, session 26).
 */
const TOPIC_PHRASE = /\b(?:on|about|regarding|concerning|under|for|in|with)\s+(.+)$/i;

/** How many user turns a chain of follow-ups may reach back. */
const CHAINED_TURNS = 3;

/**
 * Resolves a follow-up against the conversation. One that leans on the previous question searches with it;
 * one that also names a subject of its own keeps the previous question's ask but not its subject:
 * "When was the 67th session of the CND held?" → "And the 33rd session of the CCPCJ?" searches
 * "And the 33rd session of the CCPCJ? When was the session of the held?".
 * `known` says whether the corpus holds a term (default: every term).
 */
export function contextualizeQuestion(question: string, history: ChatTurn[] = [], known: (term: string) => boolean = () => true, depth = 0): ContextualQuestion {
  // The last question as it was understood, with the ones it leaned on in turn: after "the 33rd CCPCJ session?",
  // "And where was it held?", the question "Which SDGs did it cover?" is about the session; after "What did
  // UNODC do in Colombia?", "And in Afghanistan?", the question "How many farmers there?" is about Afghanistan
  // alone (at most `CHAINED_TURNS` back). `previous` stays the last question alone: what it asked is what an
  // elliptical follow-up asks again.
  const asked = history.filter((turn) => turn.role === "user").map((turn) => turn.content.trim());
  const previous = asked.at(-1);
  const earlier = history.slice(0, history.map((turn) => turn.role).lastIndexOf("user"));
  const understood = previous && depth < CHAINED_TURNS - 1 ? contextualizeQuestion(previous, earlier, known, depth + 1).query : previous;
  // A last question that names nothing of its own ("Which countries benefit?" after "Which project does UNODC run
  // with INTERPOL?") leaves a pronoun of this one ("How long does it last?") to the question before it.
  const beforeLast = asked.at(-2);
  const reachBack = !!understood && !!beforeLast && depth < CHAINED_TURNS - 1 && subjectTerms(understood, known).size === 0 && POINTS_AT_THING.test(question);
  const chained = reachBack ? `${beforeLast} ${understood}` : understood;
  // "OK, different area: what did they do on education?" asks "what did they do on education?".
  const turn = CHANGES_TOPIC.exec(question);
  if (turn) {
    const rest = question.slice(turn[0].length).replace(/^\s*(a bit|a little|slightly|for a moment)\b/i, "").replace(/^[\s,:;—–-]+/, "") || question;
    // "Switching topics a bit - what about energy there?": a new topic, in the place or thing named before.
    // A pronoun after a name of the new question points at that name: "different topic - what did the CCPCJ
    // focus on at its 33rd session?".
    const pointer = POINTS_BACK.exec(rest);
    const named = /(?<!^)\b(\p{Lu}{2,}|\p{Lu}\p{Ll}+)\b/u.exec(rest);
    const pointsBack = !!pointer && !(named && named.index < pointer.index);
    if (previous && pointsBack && !/\b(they|them|their)\b/i.test(rest)) return { query: `${chained} ${rest}`, followUp: true, previous };
    return { query: rest, followUp: false };
  }
  // "When did the first one come out?" after an answer listing three reports: the first report listed. "Who are
  // they aimed at?" after it: each of them.
  // An answer of names alone ("Mexico, Pakistan, Kenya and Angola.") lists items for "the first one" too, but its
  // "they" is more often the entity than the names ("and where did they do similar work?").
  const answer = lastAnswer(history);
  const items = listedItems(answer);
  const ordered = ordinalItems(history, items.length >= 2 ? items : namesOnly(answer));
  if (previous && ordered.length >= 2) {
    const ordinal = ORDINAL_REFERENCE.exec(question);
    const item = ordinal ? itemAt(ordered, ordinal[1]!.toLowerCase()) : undefined;
    if (item) return { query: nameInPlace(question, ordinal!, item), followUp: true, previous, newSubject: true };
  }
  if (previous && items.length >= 2 && PLURAL_POINTER.test(question) && !standsAlone(question)) return { query: `${chained} ${question} (${items.join("; ")})`, followUp: true, previous, referents: items };
  // "When did it start?" after a list of one ("1 of the 5 initiatives/partnerships … mentions “Brazil”: - Tapajós
  // Project"): "it" is that one item, named in its place as "the first one" is (new-user trial, session 27).
  const only = onlyListedItem(answer);
  const pointer = only ? SINGULAR_POINTER.exec(question) : null;
  if (previous && only && pointer && !standsAlone(question)) {
    const named = /^its$/i.test(pointer[0]) ? `${only}'s` : only;
    return { query: nameInPlace(question, pointer, named), followUp: true, previous, newSubject: true };
  }
  if (!previous || !leansOnContext(pronounsAfter(question, answer), known) || standsAlone(question)) return { query: question, followUp: false };
  const own = subjectTerms(question, known);
  // The noun phrase after "What about…" names the new subject even in lower case ("the homicide one").
  const opener = SHIFT_OPENER.exec(question);
  const shifted = opener?.[1];
  // "And what about the crime commission - which SDGs was its session linked to?": the new subject, then a whole
  // question of its own about it, which needs nothing of the last one.
  if (opener && /^\s*[—–:-]+\s*(what|which|who|whom|when|where|how)\b/i.test(question.slice(opener[0].length))) return { query: question, followUp: false };
  // "the Tapajós Project — when did it start?" after "What is GRACE?": a topic of its own, named first, then a whole
  // question about it. A place put first is not such a topic: in "Malawi: what did they do under it?" "it" is still
  // the last subject.
  const dislocated = opener ? undefined : DISLOCATED_TOPIC.exec(question)?.[1];
  if (dislocated) {
    const before = subjectTerms(chained!, known);
    if (tokenize(dislocated).some((term) => known(term) && !before.has(term) && !placeTerms(dislocated).has(term))) return { query: question, followUp: false };
  }
  // "and the civil society ones?" after "Who are the academic partners on the Tapajós project?": "ones" stands for
  // the last question's plural noun ("partners"), and words that name nothing of their own only say which of them;
  // the last question's subject stays. "the homicide one" is another thing: a new subject.
  if (shifted && /\bones\s*$/i.test(shifted) && !own.size) return { query: `${question} ${chained}`, followUp: true, previous };
  if (shifted) for (const term of tokenize(shifted)) if (known(term)) own.add(term);
  const before = subjectTerms(chained!, known);
  const newTerms = [...own].some((term) => !before.has(term));
  // "And what about food crops there?" after "What's UNODC doing on energy in Afghanistan?": a new topic in the
  // place the last question named. Its names and function words are kept ("What's UNODC … on in Afghanistan?"),
  // its other words, the old topic ("energy") among them, go.
  if (newTerms && shifted && /\bthere\b/i.test(question)) {
    const kept = chained!.split(/\s+/).filter((word) => tokenize(word).every((term) => before.has(term)));
    return { query: `${question} ${kept.join(" ")}`, followUp: true, previous, newSubject: true };
  }
  // "What did they do in Malawi under it?" after "What is GRACE?": a place of its own, but "it" is still the
  // last subject ("they", "them", "their" are most often the entity itself, and name nothing asked before).
  // After an opener that names the new subject, "it" is that subject ("And the CND session in March, what
  // were its dates?").
  if (newTerms && !/\bthere\b/i.test(question) && (shifted || !POINTS_AT_THING.test(question))) {
    // "And under jobs and social protection?" after "What did UNODC do on digital connectivity in West Africa?"
    // replaces the topic too: the words after the previous question's topic preposition go, its ask ("What did
    // UNODC do") stays. "What about the Tapajós one?" after "And who funds it?" keeps the whole ask, "funds" too.
    const topic = shifted ? TOPIC_PHRASE.exec(previous)?.[1] : undefined;
    // "And the high-level segment?" after "When did the CND hold its regular segment?": another of the same kind (the
    // head noun is the last question's) replaces only the words before that noun; the CND stays.
    const sibling = shifted ? siblingModifiers(shifted, previous) : undefined;
    // "and the crime commission session?" after "when was the CND 67 regular segment?": the new noun phrase replaces the
    // old one whole, the lower-case words that end it ("regular segment") with its names.
    const phrase = shifted ?? (ellipticalSubject(question) ? question : undefined);
    const tail = phrase && !sibling ? nameTail(previous, before) : new Set<string>();
    const newHead = phrase ? tokenize(phrase).at(-1) : undefined;
    const ownTail = newHead !== undefined && !tail.has(newHead) ? tail : new Set<string>();
    const replaced = sibling ?? new Set([...(topic ? [...before, ...tokenize(topic).filter(known)] : before), ...ownTail]);
    const ask = previous
      .split(/\s+/)
      .filter((word, i) => !tokenize(word).some((term) => replaced.has(term)) || (i === 0 && !/\d/.test(word)))
      .join(" ");
    return { query: `${question} ${ask}`, followUp: true, previous, newSubject: true };
  }
  // "And is there anything about online child abuse in that region?": a topic of its own in the place asked
  // about before. The last question's names stay ("South-East Asian"), its topic ("prison rehabilitation") goes.
  if (POINTS_TO_PLACE.test(question) && contentWordCount(question.replace(POINTS_TO_PLACE, " ")) >= 3) {
    const kept = chained!.split(/\s+/).filter((word) => tokenize(word).length > 0 && tokenize(word).every((term) => before.has(term)));
    return { query: `${question} ${kept.join(" ")}`, followUp: true, previous, newSubject: true };
  }
  return { query: `${chained} ${question}`, followUp: true, previous };
}

/**
 * When the new subject ends in a noun the previous question has ("high-level segment" against "When did the CND hold
 * its regular segment?"), the terms of the up to two words before that noun in the previous question that the new
 * subject does not have ("regular"): what tells one of the kind from another. Undefined otherwise, or when no such word
 * is there.
 */
function siblingModifiers(shifted: string, previous: string): Set<string> | undefined {
  const head = tokenize(shifted).at(-1);
  if (!head) return undefined;
  const words = previous.split(/\s+/);
  const at = words.findIndex((word) => tokenize(word).includes(head));
  // The noun ends its phrase ("… its regular segment?"), not names what follows ("Project Turquesa"), and what
  // comes before it is more than the question's opening ("Who funds").
  const next = words[at + 1];
  if (at < 2 || (next !== undefined && /^\p{Lu}/u.test(next))) return undefined;
  const own = new Set(tokenize(shifted));
  const modifiers = words
    .slice(Math.max(2, at - 2), at)
    .filter((word) => !/^(?:the|a|an|its|their|his|her|this|that|of|in|on|for)$/i.test(word))
    .flatMap((word) => tokenize(word))
    .filter((term) => !own.has(term));
  return modifiers.length ? new Set(modifiers) : undefined;
}

/**
 * The terms of the lower-case words that end the previous question after one of its names, when they run to its end:
 * "when was the CND 67 regular segment?" → "regular", "segment". Function words, verbs in the past and punctuation
 * before the end stop the run ("When did the CND hold its regular segment?" has none): the phrase is then no name's.
 */
function nameTail(previous: string, names: ReadonlySet<string>): Set<string> {
  const words = previous.trim().split(/\s+/);
  for (let i = 0; i < words.length - 1; i++) {
    if (!tokenize(words[i]!).some((term) => names.has(term))) continue;
    const rest = words.slice(i + 1);
    const bare = rest.map((word) => word.replace(/[^\p{L}\d-]/gu, ""));
    const inside = rest.slice(0, -1).every((word) => !/[?.!,;:]$/.test(word));
    if (inside && bare.every((word) => /^\p{Ll}/u.test(word) && !PHRASE_BREAK.test(word) && !/ed$/.test(word) && !irregularPast(word)) && tokenize(bare.join(" ")).length === bare.length) return new Set(tokenize(bare.join(" ")));
  }
  return new Set();
}

/** Words that end a noun phrase (general English): prepositions, conjunctions, determiners, auxiliaries. */
const PHRASE_BREAK = /^(?:of|in|on|for|at|by|with|to|from|into|about|and|or|but|the|a|an|its|their|his|her|this|that|these|those|is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|held|take|took|place)$/i;

/** Words that point back at a place only: "in that region", "in the same country" ("there" is the "there" rule's). */
const POINTS_TO_PLACE = /\b(?:that|this|the same|those|these)\s+(?:region|regions|country|countries|area|areas|place|places|city|cities|subregion|part of the world)\b/i;

/** The content of the conversation's last assistant turn, or "" when there is none. */
export function lastAnswer(history: readonly ChatTurn[] = []): string {
  return [...history].reverse().find((turn) => turn.role === "assistant")?.content ?? "";
}

/**
 * "the first one", "the second", "the last of them", "the latter": a reference to one item of a list the last
 * answer gave. An ordinal before a noun of its own ("the first edition") is no such reference.
 */
const ORDINAL_REFERENCE =
  /\bthe\s+(first|second|third|fourth|fifth|last|latter|former)(?:\s+(?:one|of\s+(?:them|those|these|the\s+\w+))\b|(?=\s*(?:[?.,!;]|$))|(?=\s+(?:is|was|were|are|did|does|do|has|had|came|come|comes|will|about)\b))/i;

/** The question with what a reference matched ("the second one", "it") replaced by the name it stands for. */
function nameInPlace(question: string, reference: RegExpExecArray, name: string): string {
  return `${question.slice(0, reference.index)}${name}${question.slice(reference.index + reference[0].length)}`;
}

/** "it", "its", "that one", "this one": the one thing the last answer named, when it listed one. */
const SINGULAR_POINTER = /\b(?:it|its|(?:that|this)\s+one)\b/i;

/** "they", "them", "those", "each of them": the items the last answer listed, when it listed some. */
const PLURAL_POINTER = /\b(?:they|them|their|these|those|each|both|all of them)\b/i;

/**
 * The list an ordinal reference ("the third one") counts in: the last answer's (`last`), unless that answer only
 * quotes records an earlier answer listed ("X — Publishing entity/entities: …" after a list whose first item is X, or
 * "ImPACT … — Partners: …" and "African Civil Society Forum … — Partners: …" after a list of both): the asker is
 * walking that list (new-user trial, session 26: "Which SDG does the third one relate to?" had counted the first
 * publication's publishers). At most `CHAINED_TURNS` answers back.
 */
function ordinalItems(history: readonly ChatTurn[], last: string[]): string[] {
  const answers = history.filter((turn) => turn.role === "assistant").map((turn) => turn.content).reverse();
  const quoted = (answers[0] ?? "").split("\n").map((line) => readFieldQuote(line.replace(/\s*\[\d+\]/g, ""))?.title.trim());
  const titles = quoted.every((title) => title !== undefined) ? (quoted as string[]) : [];
  for (const earlier of answers.slice(1, CHAINED_TURNS)) {
    const listed = listedItems(earlier);
    if (listed.length >= 2 && titles.length && titles.every((title) => listed.includes(title.replace(/^(?:the|a|an)\s+/i, "")))) return listed;
  }
  return last;
}

/** The item an ordinal reference names, of `items` in the order the answer gave them. */
function itemAt(items: string[], ordinal: string): string | undefined {
  const at = ordinal === "last" || ordinal === "latter" ? items.length - 1 : ordinal === "former" ? 0 : ["first", "second", "third", "fourth", "fifth"].indexOf(ordinal);
  return ordinal === "latter" || ordinal === "former" ? (items.length === 2 ? items[at] : undefined) : items[at];
}

/** A verb that makes a text a clause, not a list of names: "The Forum was launched …", "They include …". */
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|include[sd]?|took|held|launched|adopted|\p{Ll}+ed)\b/u;

/**
 * An answer that is only names: "Mexico, Pakistan, Kenya and Angola.", "The African Civil Society Forum on Drugs
 * and the ImPACT Coalition …". Each item opens with a capital (after an article) and is short; no verb. Else [].
 */
export function namesOnly(text: string): string[] {
  // Citation marks go, as `listedItems` drops them.
  const sentence = text.replace(/\s*\[\d+\]/g, "").trim().replace(/[.!]\s*$/, "");
  if (/[.!?]\s/.test(sentence) || CLAUSE_VERB.test(sentence.replace(/[“"][^”"]*[”"]/g, ""))) return [];
  const parts = sentence.split(/\s*,\s*(?:and\s+)?/);
  const last = parts.pop() ?? "";
  // "and" ends a comma list ("Mexico, Pakistan, Kenya and Angola") or joins two names with their articles ("the X
  // and the Y"), but is part of a name alone ("Crime Prevention and Criminal Justice"). Two names by a comma alone
  // are a place ("Vienna, Austria").
  const tail = last.split(parts.length ? /\s+and\s+(?=(?:the\s+)?\p{Lu})/u : /\s+and\s+(?=the\s+\p{Lu})/u);
  const items = [...parts, ...tail].map((item) => item.trim().replace(/^(?:the|a|an)\s+/i, ""));
  if (items.length < 2 || (tail.length < 2 && items.length < 3)) return [];
  return items.every((item) => /^\p{Lu}/u.test(item) && item.split(/\s+/).length <= LIST_ITEM_WORDS) ? items : [];
}

/** A bullet or numbered line of an answer. */
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+\S/;

/**
 * A listed item as named: trimmed of closing punctuation, a closing goals tag and a leading article. A bullet's closing
 * details in brackets ("(18-22 March 2024; Vienna, Austria; SDGs 3, 16 and 17)") are no part of its name: "Where was
 * the second one held?" asks of the name alone (new-user trial, session 26).
 */
function cleanItem(item: string): string {
  return item.trim().replace(/[.;:,\s]+$/, "").replace(/\s+\((?:SDGs?|Goals?)\b[^)]*\)$/i, "").replace(/\s+\([^()]*;[^()]*\)$/, "").replace(/^(?:the|a|an)\s+/i, "");
}

/** The item a bullet line names: its text after the marker, up to a record field's " — ", cleaned (`cleanItem`). */
function bulletItem(line: string): string {
  return cleanItem(line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").split(/\s+—\s+/)[0]!);
}

/**
 * The one item of an answer that lists one under a lead ending in a colon, as a filtered list does ("1 of the 5
 * initiatives/partnerships the submission lists mentions “Brazil”:\n- Tapajós Project (SDGs 8, 16 and 17; Brazil)
 * [1]" → "Tapajós Project"); undefined for any other answer.
 */
export function onlyListedItem(answer: string): string | undefined {
  const lines = answer.replace(/\s*\[\d+\]/g, "").split("\n").filter((line) => line.trim());
  return lines.length === 2 && /:\s*$/.test(lines[0]!) && BULLET.test(lines[1]!) ? bulletItem(lines[1]!) : undefined;
}

/** Words an item of a semicolon list may have (`listedItems`): a title or a name with its place, not a clause. */
const LIST_ITEM_WORDS = 12;

/**
 * The items an answer lists, in its order, or []: its bullet lines ("- Global Study on Homicide 2023 (SDG 16) [2]",
 * a record's field answer up to its " — "), or the comma-and list after its colon ("Three: the Global Progress
 * Report …, the Global Study on Homicide 2023 and the World Wildlife Crime Report 2024 [1]."). Citation marks,
 * a closing goals tag and a leading article go. One line of prose lists nothing.
 */
export function listedItems(answer: string): string[] {
  const text = answer.replace(/\s*\[\d+\]/g, "");
  const bullets = text.split("\n").filter((line) => BULLET.test(line));
  if (bullets.length >= 2) return bullets.map(bulletItem);
  if (text.includes("\n")) return [];
  // Semicolons part items that may hold commas themselves: "Exhibitions in Guatemala, El Salvador and Honduras; Beware
  // the Share in Southeast Asia; and Afrique: Ma Vie Digitale in West Africa." A lead before a colon in the first
  // part ("The submission lists 3: A; B") is no item.
  const semicolons = text.split(/\s*;\s*(?:and\s+)?/);
  if (semicolons.length >= 2) {
    semicolons[0] = semicolons[0]!.slice(semicolons[0]!.indexOf(":") + 1);
    const items = semicolons.map(cleanItem).filter((item) => /\p{L}/u.test(item));
    // Items are short and the whole is one sentence: a quote's clauses ("It adopted …; it also met …. It …") are none.
    // An item opening with a pronoun is a clause ("…; and it took decisions …").
    const short = items.every((item) => item.split(/\s+/).length <= LIST_ITEM_WORDS && !/^(?:it|they|this|these|those|we|he|she|which|who)\b/i.test(item));
    if (items.length >= 2 && short && !/[.!?]\s+\p{Lu}/u.test(text)) return items;
  }
  const colon = text.indexOf(":");
  if (colon < 0) return [];
  const list = text.slice(colon + 1);
  // Commas part the items, and the last "and" before an article or a capital (not the "and" inside a name, "Crime
  // Prevention and Criminal Justice", which a comma list does not end with).
  const parts = list.split(/\s*[,;]\s*(?:and\s+)?/);
  const last = parts.pop() ?? "";
  const tail = last.split(/\s+and\s+(?=(?:the|a|an)\s)/i);
  const items = [...parts, ...tail].map(cleanItem).filter((item) => /\p{L}/u.test(item));
  return items.length >= 2 ? items : [];
}
