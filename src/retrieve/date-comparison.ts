import { readFieldQuote, TITLE_DASH } from "../text/field-quote.js";
import { MONTH_ALTERNATION, MONTH_NAMES, daySpans } from "../text/month-names.js";
import { normalizeQuestion } from "./question-focus.js";

/**
 * A question that compares when two things happened: "Which came first in 2024: the CND high-level segment or
 * the 33rd CCPCJ session?", "Was the CND regular segment longer than the high-level segment?", "Did the Forum
 * start before the Coalition?". Each thing is asked on its own ("When was … held?"), and the two dates are compared.
 */
export interface DateComparison {
  /** The two things, as typed ("the CND high-level segment"). */
  items: [string, string];
  /** The questions asked of each: "When was the CND high-level segment held?". */
  questions: [string, string];
  /**
   * "earlier" or "later": which one the question asks for ("Which came first?" asks the earlier); "longer" or
   * "shorter" for a length of time; "more" or "fewer" for how many countries each lists ("Which country list is
   * longer, A or B?", asked "Which countries are in A?").
   */
  asks: "earlier" | "later" | "longer" | "shorter" | "more" | "fewer";
  /** True for a yes/no question ("Did A come before B?"): it asks whether the first item is the one asked. */
  yesNo: boolean;
  /** For "more"/"fewer": what is counted, when not countries ("Which has more partners, A or B?", "… more relevant SDGs …"). */
  counts?: "partners" | "SDGs";
  /** For "longer"/"shorter": true when the question asks by how many days ("How many more days was A than B?"). */
  difference?: boolean;
}

// The verb a comparison asks of both: "came", "took place", "was set up", "was published". A verb of making or
// issuing is asked back as itself ("When was X launched?"); one of happening as "held" (events are held).
const MADE = String.raw`set up|launched|established|founded|created|published|released|issued|adopted|signed|introduced|started|begun|opened`;
const HAPPENED = String.raw`came|come|comes|happened|happen|happens|took place|take place|takes place|held|occurred|occur|occurs|was|were|is|are`;
const VERB = String.raw`(?:(?:was|were|is|are|got|get|gets)\s+)?(${MADE})|(${HAPPENED})|(start|starts|started|began|begin|begins)`;
const EARLIER = String.raw`first|earlier|sooner|before|earliest|older|oldest`;
const LATER = String.raw`later|last|after|latest|second|newer|newest|more\s+recent|most\s+recent`;

/** "Which came first(, in 2024)": a question word, a verb, then the order asked. */
// The thing's noun after "which" may be any ("which initiative is newer"): a verb must follow it.
const WHICH_ORDER = new RegExp(String.raw`\b(?:which|what)(?:\s+(?:one|of (?:the|these|them|the two)(?:\s+\w+)?|[\p{L}-]+))?\s+(?:${VERB})\s+(?:(?:the\s+)?(${EARLIER})|(${LATER}))\b(?:\s+in\s+\d{4})?`, "iu");
/** "Which lasted longer", "which was longer", "which ran for longer". */
const WHICH_LENGTH = /\b(?:which|what)(?:\s+(?:one|event|session|segment))?\s+(?:lasted|ran|went on|was|took)\s+(?:for\s+)?(longer|shorter)\b/i;
/** "Did A come before B?", "Was A held after B?", "Was A launched before B?". */
const YES_NO_ORDER = new RegExp(String.raw`^\s*(?:did|was|were|does|do|is|are|has|have)\s+(.+?)\s+(?:${VERB})\s+(${EARLIER.replace("first|", "").replace("|earliest", "")}|${LATER.replace("|last", "").replace("|latest|second", "")})(?:\s+than)?\s+(.+?)\s*\?*\s*$`, "i");
/** A verb of listing and what it lists more or fewer of: "covers more SDGs", "has more relevant partners". */
const MORE_LISTED = String.raw`(?:has|have|had|covers?|covered|names?|named|includes?|included|lists?|listed|involves?|involved)\s+(more|fewer|less)\s+(?:relevant\s+)?(countries|partners|SDGs|goals)`;
/** "Was A longer than B?", "Did A last longer than B?". */
const YES_NO_LENGTH = /^\s*(?:was|were|is|are|did|does|do)\s+(.+?)\s+(?:last\s+|run\s+|go on\s+)?(?:for\s+)?(longer|shorter)\s+than\s+(.+?)\s*\?*\s*$/i;
/** "Does A cover more SDGs than B?", "Did A have more partners than B?": a count of each, asked as yes or no. */
const YES_NO_COUNT = new RegExp(String.raw`^\W*(?:does|do|did|has|have|had|is|are|was|were)\s+(.+?)\s+${MORE_LISTED}\s+than\s+(.+?)\s*\?*\s*$`, "i");
/** "Which country list is longer", "which one names more countries": a count of the countries each lists. */
const WHICH_COUNT = new RegExp(String.raw`\bwhich\s+(?:country\s+|countries\s+)?list\s+is\s+(longer|shorter|bigger|smaller)\b|\bwhich\s+(?:one\s+|of\s+the\s+two\s+|[\p{L}-]+\s+)?${MORE_LISTED}(?:\s+(?:listed|named|involved))?\b|^\W*(more|fewer)\s+(countries|partners)(?:\s+(?:listed|named|involved))?\s*[:,—–-]`, "iu");
/** "Does A or B have more partners", asked as "Which has more partners, A or B" (general English). */
const DOES_EITHER_COUNT = /^\W*(?:does|do|did)\s+(.+?\s+(?:or|vs\.?|versus)\s+.+?)\s+(?:have|has|list|name|involve|cover|include)\s+(more|fewer|less)\s+(countries|partners)\b(.*)$/i;

/** "How many more days was A than B", "how many days longer did A last than B". */
const HOW_MANY_MORE_DAYS = /^\W*how\s+many\s+(?:(more|fewer)\s+)?days?\s+(?:(longer|shorter)\s+)?(?:was|were|did|does|is)\s+(.+?)\s+(?:last\s+|run\s+|go\s+on\s+)?(?:longer\s+|shorter\s+)?than\s+(.+)$/i;

/** Two things set side by side: "A or B", "A vs B". */
const EITHER = /\s+(?:or|vs\.?|versus)\s+/i;

/**
 * The comparison of dates a question asks, or undefined when it asks none. Two things are read as "A or B" after or
 * before the asking words ("Which came first, A or B?", "A or B: which was earlier?"), or around "before/after/longer
 * than" in a yes/no question. Each must have a word of two or more letters; "it" and "they" are no things.
 */
export function dateComparison(message: string): DateComparison | undefined {
  const typed = normalizeQuestion(message).replace(/\s*\?+\s*$/, "");
  // "Does the Tapajós project or Project Turquesa have more partners?" (new-user trial, session 26).
  const either = DOES_EITHER_COUNT.exec(typed);
  const text = either ? `Which has ${either[2]} ${either[3]}${either[4]}, ${either[1]}` : typed;
  // "How many more days was the regular segment than the high-level one?": a difference of two lengths.
  const days = HOW_MANY_MORE_DAYS.exec(text);
  if (days) {
    const built = build([days[3]!, days[4]!], /^(?:more|longer)$/i.test(days[1] ?? days[2] ?? "more") ? "longer" : "shorter", false, undefined, false);
    return built && { ...built, difference: true };
  }
  // "Does the wildlife crime report cover more SDGs than the homicide study?" (new-user trials, session 27).
  const countedThan = YES_NO_COUNT.exec(text);
  if (countedThan) {
    if ([countedThan[1]!, countedThan[4]!].some((item) => /^(?:it|they|them|this|that)$/i.test(asThing(item)))) return undefined;
    return countComparison([countedThan[1]!, countedThan[4]!], countedThan[3]!, /^more$/i.test(countedThan[2]!), true);
  }
  const yesNo = YES_NO_LENGTH.exec(text) ?? YES_NO_ORDER.exec(text);
  if (yesNo) {
    const length = yesNo.length === 4;
    const first = yesNo[1]!;
    const second = yesNo.at(-1)!;
    // YES_NO_LENGTH's groups: first, "longer"/"shorter", second. YES_NO_ORDER's: first, a verb of making, one of
    // happening, one of starting, the order word, second.
    const word = yesNo[length ? 2 : 5]!.toLowerCase();
    const asks = length ? (word as "longer" | "shorter") : new RegExp(`^(?:${EARLIER})$`).test(word) ? "earlier" : "later";
    return build([first, second], asks, true, length ? undefined : yesNo[2], !length && !!yesNo[4]);
  }
  const counted = WHICH_COUNT.exec(text);
  const order = counted ? undefined : WHICH_ORDER.exec(text);
  const length = order || counted ? undefined : WHICH_LENGTH.exec(text);
  const asking = counted ?? order ?? length;
  if (!asking) return undefined;
  const before = text.slice(0, asking.index);
  const after = text.slice(asking.index + asking[0].length);
  // The two things stand after the asking words ("…first: A or B") or before them ("A or B - which came first").
  const stretch = [after.replace(/^[\s:,;—–-]+/, ""), before.replace(/[\s:,;—–-]+$/, "")].find((part) => EITHER.test(part));
  if (!stretch) return undefined;
  const items = stretch.split(EITHER);
  if (items.length !== 2) return undefined;
  if (counted) return countComparison(items as [string, string], counted[3] ?? counted[5] ?? "", /^(?:longer|bigger|more)$/i.test(counted[1] ?? counted[2] ?? counted[4]!), false);
  const asks = order ? (order[4] ? "earlier" : "later") : (length![1]!.toLowerCase() as "longer" | "shorter");
  return build(items as [string, string], asks, false, order?.[1], !!order?.[3]);
}

/**
 * A comparison of what two things list (`noun`: their partners, their SDGs, else the countries they name), each asked
 * on its own ("Who are the partners of A?"). Undefined when either thing is no name of letters nor an acronym with a
 * figure ("SE4U").
 */
function countComparison(items: [string, string], noun: string, more: boolean, yesNo: boolean): DateComparison | undefined {
  const lower = noun.toLowerCase();
  const counts = lower === "partners" ? ("partners" as const) : /^(?:sdgs|goals)$/.test(lower) ? ("SDGs" as const) : undefined;
  const things = items.map(asThing) as [string, string];
  if (things.some((thing) => !/\p{L}{3}|\p{Lu}{2,}\d/u.test(thing))) return undefined;
  const ask = (thing: string) => (counts === "partners" ? `Who are the partners of ${thing}?` : counts === "SDGs" ? `Which SDGs is ${thing} relevant to?` : `Which countries are in ${thing}?`);
  return { items: things, questions: [ask(things[0]), ask(things[1])], asks: more ? "more" : "fewer", yesNo, ...(counts ? { counts } : {}) };
}

/** A thing as the question names it, without the punctuation and quotation marks around it. */
function asThing(item: string): string {
  return item.replace(/^[\s,:;"“]+|[\s,.;"”]+$/g, "");
}

function build(items: [string, string], asks: DateComparison["asks"], yesNo: boolean, made: string | undefined, started: boolean): DateComparison | undefined {
  const things = items.map((item) => asThing(item).replace(/^(?:the one|whether)\s+/i, "")) as [string, string];
  // "the regular segment … than the high-level one": "one" stands for the first thing's last word.
  const head = /([\p{L}-]+)$/u.exec(things[0])?.[1];
  if (head) things[1] = things[1].replace(/\b(\S+)\s+one$/i, `$1 ${head}`);
  if (things.some((thing) => !/\p{L}{2}/u.test(thing) || /^(?:it|they|them|this|that|these|those|the other(?: one)?)$/i.test(thing))) return undefined;
  const ask = (thing: string) => (started ? `When did ${thing} start?` : made ? `When was ${thing} ${made.toLowerCase()}?` : `When was ${thing} held?`);
  return { items: things, questions: [ask(things[0]), ask(things[1])], asks, yesNo };
}

/** A date as precise as a text gives it: a year, then a month (1-12), then days of that month. */
export interface ReadDate {
  year?: number;
  month?: number;
  from?: number;
  to?: number;
}

const MONTH_YEAR = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|until)\s*(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?)?(${MONTH_ALTERNATION})(?:\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|until)\s*(\d{1,2}))?)?,?\s+((?:19|20)\d{2})\b`, "i");
const YEAR = /\b(?:in|since|from|on|during|of)\s+((?:19|20)\d{2})\b/i;

/**
 * The first date a quoted answer gives: "Event Dates: 14-15 March 2024" → { year: 2024, month: 3, from: 14, to: 15 },
 * "launched in May 2024" → { year: 2024, month: 5 }, "in 2023" → { year: 2023 }. A record field is read after its
 * label (the title's "2024" of "World Drug Report 2024" dates nothing). undefined when it gives none.
 */
export function readDate(answer: string): ReadDate | undefined {
  const quote = readFieldQuote(answer);
  const value = quote ? `${quote.field}: ${quote.value}` : answer.includes(TITLE_DASH) ? answer.slice(answer.lastIndexOf(TITLE_DASH) + TITLE_DASH.length) : answer;
  const full = MONTH_YEAR.exec(value);
  if (full) {
    const month = MONTH_NAMES.findIndex((name) => name.toLowerCase() === full[3]!.toLowerCase()) + 1;
    const [span] = daySpans(full[0]);
    return { year: Number(full[6]), month, ...(span ? { from: span.from, to: span.to } : {}) };
  }
  const year = YEAR.exec(value);
  return year ? { year: Number(year[1]) } : undefined;
}

/**
 * Which of two dates is earlier: -1 (the first), 1 (the second), or 0 when what both say cannot tell them apart
 * (the same year, one without a month; the same days).
 */
export function compareDates(a: ReadDate, b: ReadDate): -1 | 0 | 1 {
  const keys = ["year", "month", "from"] as const;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** How many days a date spans ("18-22 March" → 5), or undefined when it names no days. */
export function daysSpanned(date: ReadDate): number | undefined {
  return date.from !== undefined && date.to !== undefined ? date.to - date.from + 1 : undefined;
}

/** "How many days did A last", "how many days was A", "how many days did A run for" (general English). */
const HOW_MANY_DAYS = /^\W*how\s+many\s+days\s+(?:did|does|do|was|were|is|are)\s+(.+?)(?:\s+(?:last|lasted|run|go\s+on|take|take\s+place|held))?(?:\s+for)?\s*\?*\s*$/i;

/**
 * The thing whose length in days a question asks ("How many days did the CCPCJ 33rd session last?" → "the CCPCJ
 * 33rd session") and the question that dates it ("When was the CCPCJ 33rd session held?"); undefined for any other
 * question, or a comparison ("… longer than …": `dateComparison`).
 */
export function daysAsked(message: string): { item: string; question: string } | undefined {
  const match = HOW_MANY_DAYS.exec(normalizeQuestion(message));
  const item = match && asThing(match[1]!);
  if (!item || !/\p{L}{2}/u.test(item) || /\b(?:than|longer|shorter|more|fewer)\b/i.test(item) || /^(?:it|they|this|that)$/i.test(item)) return undefined;
  return { item, question: `When was ${item} held?` };
}

/**
 * "How many more farmers did UNODC support in Colombia than women in Myanmar?": a difference of two counts. The
 * counted nouns ("farmers", "women") and the two questions that ask each ("How many farmers did UNODC support in
 * Colombia?", "How many women in Myanmar?"); undefined for any other question.
 */
export interface CountDifference {
  nouns: [string, string];
  questions: [string, string];
  /** "more" or "fewer", as asked. */
  asks: "more" | "fewer";
  /** Asked as yes or no ("Were more farmers helped … than women …?"): the answer opens with its verdict. */
  yesNo?: boolean;
}

/** "more farmers did UNODC support in Colombia than women in Myanmar": the comparative, the two nouns and their clauses. */
const MORE_THAN = String.raw`(more|fewer|less)\s+([\p{L}-]+)(?:\s+(.+?))?\s+than\s+(?:(?:for|to|with|in|at)\s+)?(?:the\s+)?([\p{L}-]+)(.*?)`;

const HOW_MANY_MORE = new RegExp(String.raw`^\W*how\s+many\s+${MORE_THAN}\s*\?*\s*$`, "iu");

/**
 * The same asked as yes or no (general English): "were more farmers helped in colombia than women in myanmar? by how
 * many" (new-user trial, session 27), "Did UNODC support more farmers in Colombia than women in Myanmar?".
 */
const MORE_THAN_ASKED = new RegExp(String.raw`^\W*(?:were|are|was|is|did|do|does|have|has|had)\s+(?:there\s+|(?:the\s+)?[\p{Lu}][\p{L}-]*\s+(?:\p{Ll}+\s+)?)?${MORE_THAN}(?:\s*[?,;:-]+\s*(?:and\s+)?(?:by\s+)?how\s+many(?:\s+more)?)?\s*\?*\s*$`, "iu");

/**
 * The clause that says what is counted is asked of both nouns: "… farmers did UNODC support in Colombia than women
 * in Myanmar" asks "How many women in Myanmar?"; "… children than facilitators benefited from the programmes" asks
 * "How many children benefited from the programmes?"; "… decisions than resolutions did the CND adopt" asks "How many
 * decisions did the CND adopt?".
 */
export function countDifference(message: string): CountDifference | undefined {
  const normalized = normalizeQuestion(message);
  const yesNo = MORE_THAN_ASKED.exec(normalized);
  const match = HOW_MANY_MORE.exec(normalized) ?? yesNo;
  if (!match) return undefined;
  const [, asks, first, clause = "", second, rest = ""] = match;
  if (!/\p{L}{3}/u.test(first!) || !/\p{L}{3}/u.test(second!)) return undefined;
  const own = (text: string) => text.trim();
  const firstClause = own(clause) || own(rest);
  const secondClause = own(rest) || own(clause);
  if (!firstClause) return undefined;
  return {
    nouns: [first!, second!],
    questions: [`How many ${first} ${firstClause}?`, `How many ${second} ${secondClause}?`],
    asks: /^more$/i.test(asks!) ? "more" : "fewer",
    ...(match === yesNo ? { yesNo: true } : {}),
  };
}
