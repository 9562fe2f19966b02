import { foldText, tokenize } from "../text/tokenize.js";
import { LANGUAGE_PATTERN, PLACE_NAMES, PLACE_PATTERN, countriesInArea } from "../text/world-names.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/** A condition a list question puts on the records it asks for ("held in March", "involve INTERPOL", "in French"). */
export interface ListCondition {
  /** The condition's words as the question gives them, for the answer: "March", "INTERPOL", "French". */
  label: string;
  /** Whether a record's text meets it. */
  test(recordText: string): boolean;
  /** "outside Vienna", "not in French", "except INTERPOL": a record meets it when it does not mention `label`. */
  excluded?: boolean;
  /**
   * The kind of record field the condition speaks of: a month the dates, an SDG the goals, a language the
   * languages, a country, a region or a place something was held in the location; absent for other names (a
   * partner, a funder). A condition no record meets is answered with what each record holds in that field.
   */
  about?: ConditionKind;
  /**
   * How an answer says a record meets it, when that is no word the record mentions ("published jointly with other
   * agencies"): `one` after one record ("names …"), `many` after several ("name …").
   */
  described?: { one: string; many: string };
}

/** The kinds of fact a list condition may be about, named as the intents whose record fields hold them. */
export type ConditionKind = "when" | "sdg" | "language" | "where";

/** Words that turn a condition around: "held outside Vienna", "not in French", "other than INTERPOL". */
const EXCLUDING = /\b(?:outside(?:\s+of)?|not(?:\s+(?:held|located|based|published|available))?\s+(?:in|at|with|by)|(?:do|does|did|are|is|were|was)(?:\s+not|n't)\s+[a-z]+(?:\s+(?:in|at|with|by|to))?|except(?:\s+for)?|other\s+than|apart\s+from|excluding|besides|without)\s+(?:the\s+)?$/i;

/** The condition turned around when the words before it in the question exclude it. */
function maybeExcluded(condition: ListCondition, question: string, at: number): ListCondition {
  if (!EXCLUDING.test(question.slice(Math.max(0, at - 40), at))) return condition;
  return { label: condition.label, test: (text) => !condition.test(text), excluded: true, ...(condition.about ? { about: condition.about } : {}) };
}

/** Whether the question says something was held, hosted or organised in or at `label` ("held in New York"). */
function heldAt(label: string, question: string): boolean {
  const escaped = escapeRegExp(label);
  return new RegExp(`\\b(?:hold|held|host|hosted|located|based|organi[sz]e|organi[sz]ed|took place|take place|taking place|happened|happen)\\s+(?:in|at)\\s+(?:the\\s+)?${escaped}\\b`, "i").test(question);
}

/** Whole-label patterns of the kinds a name typed otherwise ("BRAZIL") may still be, in the order they are tried. */
const NAME_KINDS: [RegExp, ConditionKind][] = [
  [new RegExp(`^(?:${PLACE_PATTERN.source})$`, "i"), "where"],
  [new RegExp(`^(?:${LANGUAGE_PATTERN.source})$`, "i"), "language"],
  [/^(?:SDG|Goal)\s*\d{1,2}$/i, "sdg"],
  [new RegExp(`^(?:${MONTH_ALTERNATION})(?:\\s+\\d{4})?$`, "i"), "when"],
];

/** The kind of a name condition (a run of capitalised words), if its whole label is one (`NAME_KINDS`). */
function kindOfName(label: string): ConditionKind | undefined {
  return NAME_KINDS.find(([pattern]) => pattern.test(label))?.[1];
}

const MONTHS = new RegExp(`\\b(${MONTH_ALTERNATION})(?:\\s+(\\d{4}))?\\b`, "gi");
const SDG = /\b(?:SDG|Goal)\s*(\d{1,2})\b/gi;
/** A record's goals field: a line whose label names SDGs or goals ("Relevant SDGs: SDGs 16 and 17"). */
const GOALS_FIELD = /^[^\n:]*\b(?:sdgs?|goals?)\b[^\n:]*:.*$/gim;
/** A year after "in", "during" or "from" with no month before it: "came out in 2022". */
const YEAR_ALONE = new RegExp(`(?<!(?:${MONTH_ALTERNATION})\\s+)\\b(?:in|during|from)\\s+((?:19|20)\\d{2})\\b`, "gi");
const QUESTION_WORDS = /^(Which|What|Who|When|Where|How|List|Name|Did|Does|Do|Is|Are|Were|Was|Has|Have|Please|Could|Can|All|The)$/;

/** Verbs of beginning something, asked right before a year (general English): "established in 2024", "set up in". */
const FOUNDED_ASKED = /\b(?:establish(?:ed)?|launch(?:ed)?|found(?:ed)?|creat(?:e|ed)|set\s+up|form(?:ed)?|inaugurat(?:e|ed)|start(?:ed)?|beg(?:an|un)|initiat(?:e|ed))\s+(?:in|during)\s+(?:19|20)\d{2}\b/i;

/**
 * Words at most between a verb of founding and the year it dates: 15, set by hand so that "launched during the
 * African Union High-Level Meeting on Drug Use Disorders in Lusaka, Zambia, in 2023" (14) dates its launch.
 */
const FOUNDED_REACH = 15;

/**
 * A record text that dates a beginning in `year`: a verb of founding and the year within one sentence, at most
 * `FOUNDED_REACH` words apart ("was established during the UN Civil Society Conference in Nairobi in May 2024"), or
 * "since <year>" ("implemented by UNODC since 2021"). Starting and beginning are left out on the record's side:
 * "VPIs … will start in Chile in November 2024" dates a pilot, not the project.
 */
function foundedIn(year: string): RegExp {
  const verb = String.raw`\b(?:established|launched|founded|created|set\s+up|formed|inaugurated|initiated)\b`;
  return new RegExp(String.raw`${verb}\s+(?:[^\s.;]+\s+){0,${FOUNDED_REACH}}?(?:[^\s.;\d]*)(?<!\d)${year}(?!\d)|\bsince\s+${year}\b`, "i");
}

/**
 * Whether a record is in a place: it names the place, or, for a world area, a country inside it or an area all of
 * whose countries are inside it ("17 countries in Central and South America" is in "Latin America"), by CLDR's UN M49
 * containment (`countriesInArea`).
 */
function inPlace(place: string): (text: string) => boolean {
  const named = containsTerms(tokenize(place));
  const inside = new Set(countriesInArea(place).map((country) => country.toLowerCase()));
  if (!inside.size) return named;
  // Record texts are folded to lower case (`recordText`): names are matched in any case.
  const within = (area: string) => {
    const countries = countriesInArea(area);
    return countries.length ? countries.every((country) => inside.has(country.toLowerCase())) : inside.has(area.toLowerCase());
  };
  return (text) =>
    named(text) ||
    [...text.matchAll(new RegExp(PLACE_PATTERN.source, "gi"))].some((match) => within(match[0])) ||
    // "Central and South America": two areas that share one noun.
    [...text.matchAll(/\b(\p{L}+) and (\p{L}+) (\p{L}+)\b/giu)].some((match) => [`${match[1]} ${match[3]}`, `${match[2]} ${match[3]}`].every((area) => countriesInArea(area).length > 0 && within(area)));
}

function containsTerms(terms: string[]): (text: string) => boolean {
  return (text) => {
    const have = new Set(tokenize(text));
    return terms.every((t) => have.has(t));
  };
}

/**
 * The conditions a list question puts on a table's records, found by kind, not by any document's words: a
 * month (with its year), a year alone ("in 2022"), an SDG, a language, a country or region, and any other name the question gives
 * (capitalised words past the first, acronyms: a partner, a funder, a city). A name every record holds (the
 * entity itself) is no condition. `records` are the table's record texts; `listNoun` the word that asked for them;
 * `spelledOut` gives the corpus's expansion of an acronym, which a record may say instead.
 */
export function listConditions(question: string, listNoun: string, records: string[], spelledOut: (acronym: string) => string | undefined = () => undefined): ListCondition[] {
  const conditions: ListCondition[] = [];
  const taken: string[] = [];
  const everywhere = (test: (text: string) => boolean) => records.length > 1 && records.every(test);
  // A city or venue is a name the place patterns do not know: "held in New York", "took place at the VIC". A
  // condition of a known kind keeps it: "held in December" is about the dates.
  const about = (label: string, kind: ConditionKind | undefined): ConditionKind | undefined => kind ?? (heldAt(label, question) ? "where" : undefined);
  for (const match of question.matchAll(MONTHS)) {
    const month = new RegExp(`\\b${match[1]}\\b${match[2] ? `[^.;]*\\b${match[2]}\\b` : ""}`, "i");
    conditions.push(maybeExcluded({ label: match[0], test: (text) => month.test(text), about: about(match[0], "when") }, question, match.index));
    taken.push(match[0]);
  }
  // A year alone ("came out in 2022", "published in 2023"): a record meets it when it says the year.
  for (const match of question.matchAll(YEAR_ALONE)) {
    if (taken.some((t) => t.includes(match[1]!))) continue;
    // "established in 2024" asks when each began: the year its record dates a beginning in, not any year it says
    // ("… will start in Chile in November 2024" of a project running since before).
    const founded = FOUNDED_ASKED.test(question.slice(Math.max(0, match.index - 30), match.index + match[0].length));
    const year = founded ? foundedIn(match[1]!) : new RegExp(`(?<!\\d)${match[1]}(?!\\d)`);
    // A year every record says is the list's scope ("events in 2024"), no condition.
    if (everywhere((text) => year.test(text))) continue;
    const described = founded ? { described: { one: `dates its start in ${match[1]}`, many: `date their start in ${match[1]}` } } : {};
    conditions.push(maybeExcluded({ label: match[1]!, test: (text) => year.test(text), about: about(match[1]!, "when"), ...described }, question, match.index + match[0].indexOf(match[1]!)));
    taken.push(match[1]!);
  }
  for (const match of question.matchAll(SDG)) {
    const goal = match[1]!;
    const listed = new RegExp(`\\b(?:SDGs?|Goals?)\\s+(?:\\d{1,2}\\s*(?:,|and|&)\\s*)*${goal}\\b`, "i");
    // A record with a goals field relates to the goals it lists there, not to one a line of its description
    // tags ("(SDGs 3, 8 and 16)" of one resolution of a session whose field says "SDGs 16 and 17").
    const test = (text: string) => (text.match(GOALS_FIELD) ?? [text]).some((line) => listed.test(line));
    conditions.push(maybeExcluded({ label: match[0], test, about: about(match[0], "sdg") }, question, match.index));
    taken.push(match[0]);
  }
  // Not "world" of "the whole world", which asks for reach (`WORLDWIDE_ASKED`), not a place named.
  const worldwide = WORLDWIDE_ASKED.exec(question);
  const inWorldwide = (at: number) => !!worldwide && at >= worldwide.index && at < worldwide.index + worldwide[0].length;
  // Places first: "Latin America" is a place, its "Latin" no language.
  for (const [pattern, kind] of [[PLACE_PATTERN, "where"], [LANGUAGE_PATTERN, "language"]] as const) {
    for (const match of question.matchAll(new RegExp(pattern.source, "g"))) {
      if (taken.some((t) => t.includes(match[0])) || inWorldwide(match.index)) continue;
      const terms = tokenize(match[0]);
      // A world area is met by a record that names a place inside it, which need not write the area's name: "3 of
      // the 5 … name a place in Latin America", not "mention “Latin America”" (new-user trial, session 26).
      const area = kind === "where" && countriesInArea(match[0]).length > 0;
      const described = area ? { described: { one: `names a place in ${match[0]}`, many: `name a place in ${match[0]}` } } : {};
      conditions.push(maybeExcluded({ label: match[0], test: kind === "where" ? inPlace(match[0]) : containsTerms(terms), about: about(match[0], kind), ...described }, question, match.index));
      taken.push(match[0]);
    }
  }
  // A country or region typed in lower case ("which initiatives benefit brazil") is the place all the same; short
  // names are left out ("us" is no "US").
  for (const match of question.matchAll(new RegExp(PLACE_PATTERN.source, "gi"))) {
    const typed = match[0];
    if (typed !== typed.toLowerCase() || typed.length < 4 || taken.some((t) => t.toLowerCase().includes(typed)) || inWorldwide(match.index)) continue;
    const name = PLACE_NAMES.find((place) => place.toLowerCase() === typed) ?? typed;
    conditions.push(maybeExcluded({ label: name, test: containsTerms(tokenize(name)), about: about(name, "where") }, question, match.index));
    taken.push(name);
  }
  // So is a language ("are any of the publications available in french or spanish", new-user trial, session 27).
  for (const match of question.matchAll(new RegExp(LANGUAGE_PATTERN.source, "gi"))) {
    const typed = match[0];
    if (typed !== typed.toLowerCase() || typed.length < 4 || taken.some((t) => t.toLowerCase().includes(typed))) continue;
    const name = `${typed[0]!.toUpperCase()}${typed.slice(1)}`;
    conditions.push(maybeExcluded({ label: name, test: containsTerms(tokenize(name)), about: about(name, "language") }, question, match.index));
    taken.push(name);
  }
  // Other names: runs of capitalised words or acronyms, past the question's first word.
  const words = question.replace(/[?!.,;:()“”"]/g, " ").split(/\s+/).filter(Boolean);
  let run: string[] = [];
  let before = "";
  const flush = () => {
    const label = run.join(" ");
    const firstWord = run[0] ?? "";
    // "the Office", "the Commission": one capitalised word after "the" refers back to the entity, it names no one new.
    const reference = run.length === 1 && !/^\p{Lu}{2,}/u.test(run[0]!) && /^the$/i.test(before);
    run = [];
    if (!label || reference || taken.some((t) => t.includes(label) || label.includes(t))) return;
    const terms = tokenize(label).filter((t) => t !== listNoun && !t.startsWith(listNoun.slice(0, -1)));
    if (!terms.length) return;
    // An acronym is matched as the word itself, not its stem: "US" is no "use".
    const acronym = /^\p{Lu}{2,5}$/u.test(label) ? new RegExp(`(?<![\\p{L}\\d])${label.toLowerCase()}(?![\\p{L}\\d])`, "u") : undefined;
    // … or as what the corpus spells it out as ("CND": "Commission on Narcotic Drugs").
    const expansion = acronym && spelledOut(label);
    const expanded = expansion ? containsTerms(tokenize(expansion)) : () => false;
    const condition = maybeExcluded({ label, test: acronym ? (text) => acronym.test(text) || expanded(text) : containsTerms(terms), about: about(label, kindOfName(label)) }, question, question.indexOf(firstWord));
    // A name every record holds is the entity itself, no condition; but "outside" it is one nobody meets.
    if (!condition.excluded && everywhere(condition.test)) return;
    conditions.push(condition);
    taken.push(label);
  };
  words.forEach((word, i) => {
    const naming = (i > 0 && /^\p{Lu}[\p{L}\d-]*$/u.test(word) && !QUESTION_WORDS.test(word)) || /^\p{Lu}{2,}[\p{L}\d]*$/u.test(word);
    if (naming) {
      if (!run.length) before = words[i - 1] ?? "";
      run.push(word);
    } else flush();
  });
  flush();
  // "Which partnerships benefit Member States globally?": a record whose place field says it reaches the world
  // (not one that names "Global Affairs Canada" as a partner).
  if (WORLDWIDE_ASKED.test(question) && !conditions.some((c) => c.about === "where")) {
    const test = (text: string) => fieldValues(text, PLACE_FIELD).some((value) => WORLDWIDE_SAID.test(value));
    if (!everywhere(test)) conditions.push(maybeExcluded({ label: "Global", test, about: "where" }, question, question.search(WORLDWIDE_ASKED)));
  }
  // "published jointly with other UN agencies", "co-organised with others": no name is given, the record's
  // publishers or partners must name someone besides whom every record's names.
  // Done alone ("published solely by UNODC", "on its own") is the other way round.
  const sole = SOLE_ASKED.test(question);
  if ((sole || JOINT_ASKED.test(question)) && !conditions.some((c) => !c.about)) {
    const joint = jointlyDone(records);
    const asked: ListCondition | undefined = joint && sole
      ? { label: "alone", test: (text) => !joint.test(text), described: { one: "names no publisher or partner besides the one they all name", many: "name no publisher or partner besides the one they all name" } }
      : joint;
    // Met by every record, it narrows nothing: the whole table is listed.
    if (asked && !everywhere(asked.test)) conditions.push(asked);
  }
  // A topic ("publications on wildlife", "partnerships that focus on trafficking in persons"): its content words,
  // when some records say them all and others do not. A topic no record says in those words is no condition (the
  // records may say it otherwise): it narrows, never empties, the list.
  for (const match of question.matchAll(TOPIC)) {
    const phrase = match[1]!.trim();
    // In any case: "about afghanistan" is the place already taken as "Afghanistan".
    const folded = phrase.toLowerCase();
    if (taken.some((t) => folded.includes(t.toLowerCase()) || t.toLowerCase().includes(folded))) continue;
    // The list's own noun ("Which resources are about a resource?") is no topic of its records, however typed.
    const ownNoun = new Set(tokenize(listNoun));
    const terms = tokenize(phrase).filter((t) => t !== listNoun && !t.startsWith(listNoun.slice(0, -1)) && !ownNoun.has(t));
    if (!terms.length) continue;
    const test = containsTerms(terms);
    const meeting = records.filter(test).length;
    // Said by every record, it narrows nothing but is still what was asked: "All 3 resources … mention “academia”".
    if (meeting === 0 || (meeting === records.length && records.length < 2)) continue;
    conditions.push(maybeExcluded({ label: phrase, test }, question, match.index + match[0].indexOf(phrase)));
    taken.push(phrase);
  }
  return conditions;
}

/**
 * A record done with others, asked without naming them (general English): "jointly", "co-published", "co-organised",
 * "with other UN agencies", "together with others", "in partnership with other organisations".
 */
const JOINT_ASKED = /\b(?:jointly|co-?(?:published|produced|authored|organi[sz]ed|hosted|funded|implemented|led))\b|\b(?:with|together\s+with|alongside|in\s+(?:partnership|collaboration|cooperation)\s+with)\s+(?:other|another|others)\b/i;

/**
 * Reaching the whole world, asked (general English, lower case: "Global Study" is a name): "globally", "worldwide",
 * "at (the) global level", "the whole world", "every country" (new-user trial: "benefit the whole world rather than
 * specific countries" matched the word "world"), "global in scope", "which are global?" (new-user trial, session 27).
 */
const WORLDWIDE_ASKED = /\b(?:globally|worldwide|world-wide|all over the world|(?:at|on)\s+(?:a|the)\s+global\s+(?:level|scale)|global\s+(?:reach|coverage|scope)|global\s+in\s+(?:scope|reach|coverage|nature|range)|(?:are|is|be)\s+global(?=\s*(?:[?.!,;]|$))|the\s+(?:whole|entire)\s+(?:world|globe)|the\s+world\s+(?:as\s+a\s+whole|at\s+large)|(?:every|all)\s+countr(?:y|ies)(?:\s+in\s+the\s+world)?)\b/;
/** A place field's value that reaches the world: "Global", "Worldwide", "All Member States". */
export const WORLDWIDE_SAID = /\b(?:global|globally|worldwide|world-wide|all member states|all countries)\b/i;
/** A record's field that says where it reaches (the form's words): location, venue, countries, region, beneficiaries. */
const PLACE_FIELD = /^([^\n:]*\b(?:location|venue|countr\w*|region\w*|coverage|benefit\w*|beneficiar\w*)\b[^\n:]*):[ \t]*(.*)$/gim;

/** A record done alone (general English): "alone", "solely", "exclusively", "by itself", "on its own", "without partners". */
export const SOLE_ASKED = /\b(?:alone|solely|exclusively|by\s+(?:itself|themselves|themself)|on\s+(?:its|their)\s+own|without\s+(?:any\s+)?(?:partners?|others?|co-?publishers?))\b/i;

/** A record's field that names who did it with whom (the form's words): publishers, partners, organisers, implementers; not a name field. */
const WHO_FIELD = /^([^\n:]*\b(?:publish\w*|partners?|organi[sz]\w*|implement\w*|co-?\w+ers?)\b[^\n:]*):[ \t]*(.*)$/gim;

/** The values of a record text's fields whose label `field` (global, label and value captured) matches, name fields ("Initiative/Partnership Name") aside. */
function fieldValues(text: string, field: RegExp): string[] {
  return [...text.matchAll(field)].filter((m) => !/\bnames?\b/i.test(m[1]!)).map((m) => m[2]!);
}

/**
 * The condition "done with others" over a table's records (`recordText`s): a record meets it when its who-fields
 * (`WHO_FIELD`) say a term that not every record's who-fields say, the one all name (the reporting entity) aside.
 * Undefined for fewer than two records, or when no record has such a field. `listConditions` drops it when every
 * record meets it.
 */
function jointlyDone(records: string[]): ListCondition | undefined {
  const whoTerms = (text: string) => fieldValues(text, WHO_FIELD).flatMap((value) => tokenize(value));
  const said = records.map((text) => new Set(whoTerms(text)));
  if (records.length < 2 || said.every((terms) => !terms.size)) return undefined;
  const common = new Set([...said[0]!].filter((term) => said.every((terms) => terms.has(term))));
  return {
    label: "jointly with others",
    test: (text) => whoTerms(text).some((term) => !common.has(term)),
    described: { one: "names a publisher or partner besides the one they all name", many: "name a publisher or partner besides the one they all name" },
  };
}

/**
 * A topic a list question narrows to: the words (up to four, to the end of the clause) after "on", "about",
 * "regarding", "related to", "focus on", "deal with", "cover", "address", "tackle" or "target" (general English); or
 * an ordinal thing after "is the" ("Which of the three publications is the fourth edition?": new-user trial, session 26).
 */
const TOPIC =
  /\b(?:on|about|regarding|concerning|related to|relating to|focus(?:ed|es|ing)?\s+on|(?:deal(?:s|ing)?|dealt)\s+with|cover(?:s|ing)?|address(?:es|ing)?|tackl(?:e|es|ing)|target(?:s|ing)?|(?:is|are|was|were)\s+(?:the|an?|in\s+(?:its|their))(?=\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|oldest)\b))\s+((?:(?!(?:in|at|from|during|by|with|and|or|that|which|who)\b)[\p{L}][\p{L}'’-]*\s*){1,4})/giu;

/** The record's text a condition is tested on: its title, fields and breadcrumb, folded. */
export function recordText(breadcrumb: string, text: string): string {
  return foldText(`${breadcrumb}\n${text}`);
}
