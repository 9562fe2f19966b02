import { escapeRegExp } from "../text/escape-regexp.js";
import { CONNECTORS } from "../retrieve/acronyms.js";
import { capitalisedTerms, foldText, tokenize } from "../text/tokenize.js";
import { daySpans, MONTH_ALTERNATION } from "../text/month-names.js";
import { countOrRank } from "../text/number-words.js";
import { goalsNamed } from "../text/sdg-goals.js";
import { COUNTRY_PATTERN, countriesInArea, LANGUAGE_PATTERN, languagesNamed, worldAreasIn } from "../text/world-names.js";

/** Whether a question asks yes or no: it opens with an auxiliary ("Is …", "Did …", "And was …"). `question` lower case or not. */
export function asksYesNo(question: string): boolean {
  return YES_NO_OPENING.test(foldText(question).replace(/\s+/g, " ").trim());
}

/**
 * When an extractive answer may open with "Yes.": a closed yes/no question ("Was the 33rd session held in
 * Vienna?", "Is INTERPOL involved in Project Turquesa?") whose every specific word the quoted evidence says,
 * with nothing in the question that needs judgement and nothing in the evidence that denies or defers.
 *
 * An extractive answerer cannot say "no": a question the evidence contradicts ("Is it available in Spanish?"
 * against "Language(s): English") lacks one of its words in the evidence, and the answer stays the quote
 * alone, for the reader to judge. So the rule only ever adds "Yes", and only when nothing is left to judge:
 * - the question opens with an auxiliary and offers no choice ("… or …?" is answered by the quote), and is
 *   no request or indirect question ("Could you tell me which …?");
 * - a word of comparison, change, order, time or quantity in it ("already", "going up", "first", "over",
 *   "only", "all") is one the quote says too: whether opium cultivation is "going up" is for the reader to
 *   judge from "dropped by 95%", but "Did UNODC support over 750 farmers?" is confirmed by "over 750 farmers";
 * - every content term of the question is in the quoted text (stemmed), except light words that any wording
 *   of the same fact may leave out ("involved", "act", "held", "anything"): numbers, years, names and
 *   acronyms always count;
 * - the quoted text holds no negation, condition or draft ("no internationally agreed definition",
 *   "once adopted").
 * Measured on the blind dev sets (eval/README.md): every question the rule answers "Yes" was expected "yes".
 *
 * @param question the question as analysed (its ask, without a preamble)
 * @param quoted the text the answer quotes, with its record's title
 * @param known words that stand for the submission's entity ("UNODC", "United Nations Office on Drugs and Crime"),
 *   which the evidence may leave unsaid ("The Office has …")
 */
export function confirmsYesNo(question: string, quoted: string, known: string[] = []): boolean {
  return yesNoVerdict(question, quoted, known) === "yes";
}

/**
 * "yes", "no" or undefined (the quote alone, for the reader to judge) for a closed yes/no question against the
 * text an extractive answer quotes. "yes" is `confirmsYesNo`'s rule. "no" only where the quote says the same
 * thing with one part the other way, and nothing else is missing:
 * - a change the other way: "Is opium cultivation in Afghanistan going up?" against "… dropped by 95%", "Is
 *   poppy cultivation in Myanmar falling?" against "continues to rise" (the direction words are general
 *   English: `DIRECTIONS`);
 * - another year: "Was the Forum launched in 2024?" against "… launched … in 2023", where the quote never
 *   says the year asked and says "in [month] <year>" of another;
 * - other days of the same month: "Did the segment run 18-22 March 2024?" against "Event Dates: 14-15 March 2024";
 * - another value of a closed field: "Is the report available in French?" against "Language(s): English", "Was
 *   it held in the United States?" or "… in new york?" against "Event Location (City, Country): Vienna, Austria"
 *   (CLDR's language and country names; `cities`, WordNet's; a region is never a no).
 * Measured on the blind dev sets (eval/README.md, seventh session): the questions it answers "no" were all
 * expected "no".
 *
 * @param question the question as analysed (its ask, without a preamble)
 * @param quoted the text the answer quotes, with its record's title
 * @param known words that stand for the submission's entity, which the evidence may leave unsaid
 * @param abbreviated terms the quote says by an acronym the corpus spells out elsewhere ("VPIs": "voluntari",
 *   "pilot", "initi"), as tokenized
 * @param context the rest of the quote's passage (its breadcrumb and text): a common word of the question that
 *   the quote leaves to its passage ("prison climate resilience work" for a sentence under "Climate change …"
 *   about "prisoners") counts as said there; names, acronyms and numbers must be in the quote itself
 * @param cities the cities the question names (`citiesNamed`, analysis.cities), as typed
 * @param quotedCities the cities the quote's passage names (`citiesNamed`), as written; those the quote says are
 *   its places, as is a city before its country in prose ("in Lusaka, Zambia")
 * @returns "yes", "no", or undefined when the quote leaves the question to the reader
 */
export function yesNoVerdict(asking: string, quoted: string, known: string[] = [], abbreviated: ReadonlySet<string> = new Set(), context = "", cities: readonly string[] = [], quotedCities: readonly string[] = []): "yes" | "no" | undefined {
  // A negated statement asked to be confirmed ("The African Union is not one of the Coalition's partners, correct?",
  // read "Is the African Union not one of …?") is the other way round from its positive: a quote that lists the
  // African Union says "No."; one that names another language says "Yes." to "… is not available in French?".
  const negated = NEGATED.exec(asking);
  if (negated) {
    const positive = yesNoVerdict(`${asking.slice(0, negated.index)} ${asking.slice(negated.index + negated[0].length)}`.replace(/\s+/g, " "), quoted, known, abbreviated, context, cities, quotedCities);
    return positive === "yes" ? "no" : positive === "no" ? "yes" : undefined;
  }
  // "as well", "too", "also" add nothing a quote must say: "Does it cover arms trafficking as well?".
  // "set up" is one verb, no direction: "Was the Coalition set up in Nairobi?".
  // Nor do words of emphasis: "Does the document mention Kyrgyzstan at all?", "Is it really the third edition?".
  // Nor do "already" and a closing "yet", which only ask whether a thing is done by now ("Is it already adopted?").
  // A concession after the question ("…, even though it took 25 decisions?") is granted, not asked.
  // A statement after the question ("…? I used to visit prisons and it worries me") is the asker's, not asked.
  // "the report", "the paper" that says or mentions something is the submission itself ("Does the report say
  // anything about …?", "Is there anything in the paper on …?"), as "submission" and "document" are.
  // "last year" is the year before the writing, which a report says as "the past year".
  const question = asking.replace(AFTER_QUESTION, "?").replace(SELF_REFERENCE, " ").replace(IF_SO, "?").replace(CONCESSION, "").replace(/\blast\s+(year|month|week)\b/gi, "past $1").replace(/\s*\b(?:as well|too|also|already|yet)\b(?=\s*[?.!]?\s*$)|\balso\s+|\s*\bat all\b|\b(?:actually|really|indeed|already)\s+/gi, " ").replace(/\b(set(?:s|ting)?)\s+up\b/gi, "$1").replace(FILED_UNDER, "linked to");
  // "listed under SDG 5", "falls under Goal 3" file a thing under a heading: no position or direction to judge.
  // A city's name is no word of judgement: the "new" of "new york".
  const asked = cities.reduce((text, city) => text.replace(foldText(city), " "), foldText(question)).replace(/\s+/g, " ").trim();
  if (!YES_NO_OPENING.test(asked) || /\bor\b/.test(asked) || INDIRECT.test(asked) || TWO_AUXILIARIES.test(asked)) return undefined;
  // The auxiliary the question opens with: "is" of "Is it adopted?", "will" of "Will it start?".
  const modal = asked.match(YES_NO_OPENING)![0].split(" ").pop()!;
  const quotedWords = new Set(foldText(quoted).match(/[a-z']+/g) ?? []);
  // "more than 30 scheduling decisions" against "took 25 decisions": a bound the quote's exact count settles, by
  // arithmetic. Its words are judged no further, and its number is said (or said otherwise) by the quote's count.
  const bounds = settledBounds(question, quoted);
  const recounted = otherCounts(question, quoted);
  for (const bound of bounds) recounted.delete(bound.word);
  const boundTerms = new Set(bounds.flatMap((bound) => tokenize(`${bound.phrase} ${bound.word}`)));
  // A word of comparison, change or order is settled only when the quote says that same word, or a word of
  // the same direction ("still going up" by "continues to rise"): "going up" against "dropped" is a "no" at
  // most, and "first" against nothing is for the reader.
  let against = bounds.some((bound) => !bound.holds);
  // "more" or "less" of what something is made into ("making prisons more climate-resilient") describes a purpose,
  // not a comparison the quote must settle.
  const unbounded = bounds.reduce((text, bound) => text.replace(new RegExp(String.raw`\b${bound.phrase}\s+${bound.word}\b`, "i"), bound.word), asked);
  for (const word of unbounded.replace(MADE_MORE, "$1").replace(GROWING_SOMETHING, " ").match(JUDGED) ?? []) {
    if (quotedWords.has(word)) continue;
    if (recounted.has(word)) {
      against = true;
      continue;
    }
    const direction = DIRECTIONS.find((pattern) => pattern.test(word));
    if (direction && [...quotedWords].some((said) => direction.test(said))) continue;
    const opposite = direction && OPPOSITE.get(direction);
    if (opposite && [...quotedWords].some((said) => opposite.test(said)) && ![...quotedWords].some((said) => direction.test(said))) against = true;
    else return undefined;
  }
  const knownTerms = new Set(known.flatMap((name) => tokenize(name)));
  const words = [...quoted.matchAll(WORD)].map((match) => ({ raw: match[0], at: match.index, terms: new Set(tokenize(match[0])) }));
  const judgedTerms = new Set(tokenize((unbounded.match(JUDGED) ?? []).join(" ")));
  const recountedTerms = new Set(tokenize([...recounted].join(" ")));
  if (recounted.size) against = true;
  const questionTerms = new Set(tokenize(question));
  // A hyphenated compound is said when its parts are ("climate-resilient" by "resilience … to climate change"): its
  // parts are terms of their own.
  // So is a duration's ("3-year") when its count is the one the quote gives otherwise.
  // A span of years ("2024-2030") is no compound: its years said apart ("the 2024 Declaration … 2023-2030") are not the span.
  const compound = (term: string) => term.includes("-") && !/^(?:19|20)\d{2}-(?:19|20)\d{2}$/.test(term) && tokenize(term.replace(/-/g, " ")).every((part) => questionTerms.has(part) || recounted.has(part));
  // A publication's record says it was released without the verb ("… (July 2024) — Description: The second edition
  // …"), unless the quote defers anywhere ("a guide … is also being developed").
  const released = (term: string) => PUBLISHED.has(term) && !DENIES_OR_DEFERS.test(foldText(quoted));
  // Verbs of bringing something into being say one fact ("launched" by "established", "founded" by "set up"), and
  // so do verbs of paying for it ("financed" by "funded").
  const quotedTerms = new Set(tokenize(quoted));
  const kinSaid = (verbs: ReadonlySet<string>, term: string) => verbs.has(term) && [...verbs].some((verb) => quotedTerms.has(verb));
  const founded = (term: string) => kinSaid(FOUNDING, term);
  // A record's funders field names who pays without the verb ("Donors: …"); a partners field does not (INTERPOL
  // implements Project Turquesa, it does not fund it).
  const fundersField = /funders?|donors?/i.test(CLOSED_FIELD.exec(quoted)?.[1] ?? "");
  const funded = (term: string) => FUNDING.has(term) && (fundersField || kinSaid(FUNDING, term));
  const terms = [...questionTerms].filter((term) => !boundTerms.has(term) && !AUXILIARIES.has(term) && !LIGHT.has(term) && !judgedTerms.has(term) && !recountedTerms.has(term) && !compound(term) && !released(term) && !founded(term) && !funded(term));
  if (!terms.length && !judgedTerms.size) return undefined;
  // Where in the quote each term is said: as a word, or as an acronym the quote spells out. A year the quote
  // never says may be answered by another year it does say.
  const acronyms = new Map([...question.matchAll(/\b[A-Z][A-Z0-9]{1,9}\b/g)].map((match) => [tokenize(match[0])[0]!, match[0]]));
  const places: number[][] = [];
  const missing: string[] = [];
  const contextTerms = new Set(tokenize(context));
  const named = new Set(tokenize((question.slice(1).match(/\b[\p{Lu}\d][\p{L}\d/.-]*/gu) ?? []).join(" ")));
  const namesCountry = COUNTRY_PATTERN.test(quoted);
  // A world area the question names ("any VPIs in Africa?") is said by a country inside it that the quote names
  // ("… in Mexico, Pakistan, Kenya and Angola"): CLDR's areas (`countriesInArea`).
  const areaSaid = new Set(worldAreasIn(question).filter((area) => countriesInArea(area).some((country) => new RegExp(`\\b${escapeRegExp(country)}\\b`, "i").test(quoted))).flatMap((area) => tokenize(area)));
  let otherYear = false;
  for (const term of terms) {
    const at = words.flatMap((word, i) => (word.terms.has(term) ? [i] : []));
    const acronym = acronyms.get(term);
    // Said as an acronym or spelled out, wherever either is nearest: "SDG 16" by "Sustainable Development Goal 16".
    if (acronym) at.push(...spelledOut(acronym, words.map((word) => word.raw)));
    // The entity is the whole quote's subject ("UNODC has … This covers … Peru"): it places no stretch.
    if (at.length) {
      if (!knownTerms.has(term)) places.push(at);
    }
    else if (YEAR.test(term) && !otherYear) {
      const years = words.flatMap((word, i) => (YEAR.test(word.raw) && IN_BEFORE.test(words.slice(Math.max(0, i - 2), i).map((w) => w.raw).join(" ")) ? [i] : []));
      // No year dating the same thing: left missing, for a closed dates field to say no ("Event Dates: 14-15 March 2024").
      if (!years.length) missing.push(term);
      else {
        places.push(years);
        otherYear = true;
      }
    } else if (!knownTerms.has(term) && !abbreviated.has(term) && !areaSaid.has(term) && !(named.has(term) ? false : contextTerms.has(term) || (namesCountry && COUNTRY_NOUN.has(term)))) missing.push(term);
  }
  // A closed field that names another value of the kind asked ("Language(s): English" for "… in French?",
  // "Event Location: Vienna, Austria" for "… in the United States?") says no.
  // A count the quote gives otherwise of the same thing ("300 farmers" against "over 750 farmers") settles it even
  // when a verb or two of the question are said otherwise ("help … grow" for "support … to move … towards
  // harvesting"): the names the question gives must still be said. So does a bound the count fails ("more than 30
  // scheduling decisions" against "25 decisions"); one it meets says yes only with every word said.
  const recountSettles = (recounted.size > 0 || bounds.some((bound) => !bound.holds)) && missing.length <= RECOUNT_UNSAID && missing.every((term) => !named.has(term) && !/\d/.test(term));
  // "Was the Convention adopted by the GA in 2024?" against "… the Convention once adopted by the General Assembly":
  // when, is no matter for a thing the quote says is still to be done.
  if (missing.length && missing.every((term) => YEAR.test(term)) && !against && pendingAgainst(quoted, question, modal)) return "no";
  if (missing.length && !recountSettles) {
    if (!namesOtherValue(question, quoted, missing, cities, contextTerms) && !placesOtherCity(quoted, missing, cities, quotedCities) && !placesOtherCountry(question, quoted, missing) && !placesOtherSubdivision(question, quoted, missing) && !namesOtherAgent(question, quoted, missing) && !datesOtherMonth(question, quoted, missing) && !spansOtherYears(question, quoted, missing)) return undefined;
    against = true;
  }
  // The shortest stretch of the quote that says every term, and the few words before it, must not deny or
  // defer it: "UNODC served as the secretariat … and will continue to assist" confirms "Did UNODC act as
  // secretariat …?", but "VPIs … will start in Chile" does not confirm "Has the VPI in Chile started?"; a
  // question in the future ("Will a VPI start in Chile …?") is confirmed by the quote's "will".
  // Within one sentence when one says every term: "… through 47 capacity-building activities …. Civil society is a vital
  // ally …" says "47 … activities … with civil society" in its first sentence, though a shorter stretch crosses into the next.
  const oneSentence = (start: number, end: number) => !SENTENCE_END.test(quoted.slice(words[start]!.at, words[end]!.at));
  const stretch = shortestStretch(places, oneSentence) ?? shortestStretch(places);
  if (!missing.length && agentOfOtherVerb(question, quoted)) return "no";
  const verdict = against || otherYear ? "no" : "yes";
  if (!stretch) return verdict;
  // Said across two sentences, the words are said of two things: "In Southeast Asia, the Beware the Share
  // campaign was launched … In West Africa, the Office developed the campaign …" does not confirm "Did UNODC
  // launch the Beware the Share campaign in West Africa?".
  if (SENTENCE_END.test(quoted.slice(words[stretch.start]!.at, words[stretch.end]!.at))) return undefined;
  const said = words.slice(Math.max(0, stretch.start - LOOK_BEHIND), stretch.end + 1).map((word) => word.raw).join(" ");
  const modals = said.match(new RegExp(MODAL.source, "g")) ?? [];
  // Another value than the one asked is a "no" whatever the tense: "Do the VPIs start in Peru?" against "… will
  // start in Chile".
  // "Is the Convention already adopted?" against "… the Convention once adopted by the General Assembly": a thing
  // asked as done that the quote says is still to be done is a "no".
  if (defersAgainst(said, question)) return !against && pendingAgainst(said, question, modal) ? "no" : undefined;
  // Asked whether a thing is done by now ("already", "yet"), the whole quote must not defer it: "Is the guide
  // already available?" against "a guide … is also being developed", whose stretch is the guide alone.
  if (BY_NOW.test(asking) && defersAgainst(quoted, question)) return !against && pendingAgainst(quoted, question, modal) ? "no" : undefined;
  if (modals.some((word) => word !== modal) && !(against && missing.length)) return undefined;
  return verdict;
}

/** What follows a question's mark when it asks nothing more (no "?"): "… climate change? It worries me". */
const AFTER_QUESTION = /\?\s+[^?]+$/;

/**
 * The submission called by another name, as what says or holds something: "the report says", "in the paper" (not
 * "in the paper on homicide", a paper of its own, unless "anything in the paper on …").
 */
const SELF_REFERENCE = /\b(?:the|this|that|your|our|its|their)\s+(?:report|paper|text|doc|file|response|reply|questionnaire)\b(?=\s+(?:say|says|said|mention|mentions|mentioned|talk|talks|refer|refers|discuss|discusses|note|notes|state|states|contain|contains|include|includes)\b)|(?<=\b(?:anything|something)\s+)(?:in|within)\s+(?:the|this|that|your|our|its|their)\s+(?:report|paper|text|doc|file|response|reply|questionnaire)\b|\b(?:in|within|from)\s+(?:the|this|that|your|our|its|their)\s+(?:report|paper|text|doc|file|response|reply|questionnaire)\b(?!\s+(?:on|of|about)\b)/gi;

/**
 * A question that hangs on the answer, after the yes/no one (general English): ", and if so, what are they called?",
 * "— if yes, where?". It asks more of a "yes"; it is no part of what the quote must confirm. Found by blind set 27.
 */
const IF_SO = /[,;:–—-]?\s*(?:and\s+|or\s+)?if\s+(?:so|yes|not|no)\b[^?]*\?*\s*$/i;

/** A clause of concession that ends a question (general English): ", even though …", ", although …", ", despite …". */
const CONCESSION = /,\s*(?:even\s+though|even\s+if|although|though|whereas|despite|in\s+spite\s+of|given\s+that)\b[^?]*(?=\?*\s*$)/i;

const WORD = /[\p{L}\p{N}]+(?:[/.\-'’][\p{L}\p{N}]+)*/gu;

/** A sentence's end inside a stretch of the quote: a full stop, "!" or "?" before a capital. */
const SENTENCE_END = /[.!?]["”’)]?\s+["“(]?\p{Lu}/u;

/**
 * A record field that lists every value of its kind, as "Label: value" after the record's title: its
 * languages, where an event took place (its city and country), the countries it benefits ("Member States benefiting
 * from it: Brazil"), its goals ("Relevant SDGs: SDG 16") or its dates ("Event Dates: 13-17 May 2024").
 */
const CLOSED_FIELD = /—\s*([^:—]*?\b(?:language|languages|language\(s\)|location|venue|country|countries|member states|beneficiaries|sdgs?|goals?|dates?|publishing|publishers?|partners?|funders?|donors?)\b[^:—]*):\s*(.+)$/i;

/** Every language or country name of a text (`matchAll`): compiled once, as the name lists are long. */
const LANGUAGES_ALL = new RegExp(LANGUAGE_PATTERN.source, "g");
const COUNTRIES_ALL = new RegExp(COUNTRY_PATTERN.source, "g");
/** A whole word that is a month's name, any case. */
const MONTH_WORD = new RegExp(`^(?:${MONTH_ALTERNATION})$`, "i");
/** A month's name, capitalised as English writes it ("May", not the verb "may"). */
const MONTHS_ALL = new RegExp(`\\b(?:${MONTH_ALTERNATION})\\b`, "g");

/**
 * Whether the quote is a closed field (`CLOSED_FIELD`) whose value names a language, country, goal or month
 * other than the one the question names, and that name is all the question says that the quote does not
 * (`missing`, tokenized; for a city, the rest may be said by `contextTerms`, the record's passage). Language and country names are CLDR's (world-names.ts), cities WordNet's (`cities`);
 * a region ("Europe") is never a no: Vienna is in it. Goals are read as `goalsNamed` reads them ("SDG 5", "Goal 5").
 */
function namesOtherValue(question: string, quoted: string, missing: string[], cities: readonly string[] = [], contextTerms: ReadonlySet<string> = new Set()): boolean {
  const field = CLOSED_FIELD.exec(quoted);
  if (!field) return false;
  const label = field[1]!;
  // A city the question names that a location field's city and country do not ("in New York?" against "Vienna,
  // Austria"): cities do not nest in one another, and the field names where the event was.
  if (/location|venue|city/i.test(label) && cities.length === 1 && !COUNTRY_PATTERN.test(question) && !foldText(field[2]!).includes(foldText(cities[0]!))) {
    // The record's other fields may say the rest ("in New York in March 2024?" against a record whose dates field
    // says March 2024): what is asked of the place is the city.
    const named = new Set(tokenize(cities[0]!));
    return missing.some((term) => named.has(term)) && missing.every((term) => named.has(term) || contextTerms.has(term));
  }
  // An organisation the question names that a record's publishers or partners field does not ("published jointly
  // with UNDP?" against "Publishing entity/entities: United Nations Office on Drugs and Crime (UNODC)"): the field
  // lists them all.
  if (/publish|partner|funder|donor/i.test(label)) {
    const named = new Set(capitalisedTerms(question));
    return missing.length > 0 && missing.every((term) => named.has(term));
  }
  let asked: string[];
  let said: string[];
  // A year the dates field does not say ("held in 2023?" against "Event Dates: 14-15 March 2024").
  const askedYears: string[] = question.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  const saidYears: string[] = field[2]!.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  // The year may come with the field's own days and month ("held on 14-15 March 2023?"): only the year is missing.
  if (/date/i.test(label) && askedYears.length === 1 && saidYears.length && !saidYears.includes(askedYears[0]!)) return missing.every((term) => term === askedYears[0]);
  // Other days of the same month ("ran 18-22 March?" against "Event Dates: 14-15 March 2024"): the days asked are
  // all the question says that the field does not.
  const askedDays = daySpans(question);
  const askedSpan = askedDays.length === 1 ? askedDays[0] : undefined;
  const sameMonth = askedSpan ? daySpans(field[2]!).filter((days) => days.month === askedSpan.month) : [];
  // A day inside the field's span is no other day ("on 14 March?" against "14-15 March").
  if (/date/i.test(label) && askedSpan && sameMonth.length && !sameMonth.some((days) => days.from <= askedSpan.from && askedSpan.to <= days.to)) {
    const days = new Set([String(askedSpan.from), String(askedSpan.to), `${askedSpan.from}-${askedSpan.to}`]);
    return missing.every((term) => days.has(term));
  }
  if (/sdg|goal/i.test(label)) {
    asked = goalsNamed(question).map(String);
    said = goalsNamed(field[2]!).map(String);
  } else {
    const global = /language/i.test(label) ? LANGUAGES_ALL : /date/i.test(label) ? MONTHS_ALL : COUNTRIES_ALL;
    // A language may be typed in lower case ("released in spanish?").
    asked = /language/i.test(label) ? languagesNamed(question) : [...question.matchAll(global)].map((match) => match[0]);
    said = [...field[2]!.matchAll(global)].map((match) => match[0]);
  }
  if (asked.length !== 1 || !said.length || said.includes(asked[0]!)) return false;
  // "in Geneva, Switzerland?" against "Vienna, Austria": the city goes with its country. A language is asked of a
  // version ("translated into Arabic?", "an Arabic edition?"), which a languages field speaks of without the word.
  const named = new Set(tokenize([asked[0]!, ...cities].join(" ")));
  const versionWord = (term: string) => /language/i.test(label) && VERSION_TERMS.has(term);
  return missing.every((term) => named.has(term) || versionWord(term));
}

/** Words for a text's version in a language (general English), as tokenized: "translated", "edition", "copy". */
const VERSION_TERMS = new Set(tokenize("translate translated translation translations version versions edition editions copy copies"));

/** A month the question dates something in: "in June", "in June 2024", "June 2024", "on 3 June"; any case ("may" only so placed). */
const DATING_MONTH = new RegExp(`\\b(?:(?:in|on|during|by|of)\\s+(?:(?:early|mid|late|the\\s+month\\s+of)[\\s-]+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_ALTERNATION})\\b|(${MONTH_ALTERNATION})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d{2}\\b)`, "gi");

/**
 * Whether the quote dates what it says in another month than the one month the question asks about, and that month
 * (with its days) is all the question says that the quote does not: "Was the Coalition set up in June 2024?" against
 * "… established … in Nairobi in May 2024", "Did the CND adopt the declaration in April?" against "In March 2024, the
 * CND adopted …". The quote's months are the month names it writes capitalised (English writes them so: "May", not
 * the verb "may"); a question's month counts only where it dates ("in June", "June 2024"), so "may" the verb is none.
 */
function datesOtherMonth(question: string, quoted: string, missing: string[]): boolean {
  const asked = [...new Set([...question.matchAll(DATING_MONTH)].map((match) => (match[1] ?? match[2])!.toLowerCase()))];
  if (asked.length !== 1) return false;
  const said = (quoted.match(MONTHS_ALL) ?? []).map((month) => month.toLowerCase());
  if (!said.length || said.includes(asked[0]!)) return false;
  return missing.every((term) => tokenize(asked[0]!).includes(term) || /^\d{1,2}(?:st|nd|rd|th)?$/.test(term));
}

/** A span of years: "2022-2030", "2023–2030", "2022 to 2030". */
const YEAR_SPAN = /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)\d{2})\b/gi;

/**
 * Whether the quote gives another span of years than the one the question asks about, and nothing else the question
 * says is missing from it: "Does the Strategy cover 2022-2030?" against "the Strategy … 2023-2030" (blind dev 23).
 */
function spansOtherYears(question: string, quoted: string, missing: string[]): boolean {
  const spans = (text: string) => [...text.matchAll(YEAR_SPAN)].map((match) => `${match[1]}-${match[2]}`);
  const asked = [...new Set(spans(question))];
  const said = spans(quoted);
  if (asked.length !== 1 || !said.length || said.includes(asked[0]!)) return false;
  const parts = new Set([asked[0]!, ...asked[0]!.split("-")]);
  return missing.every((term) => parts.has(term));
}

/** A city before its country in prose: "in Lusaka, Zambia" (CLDR's country names). */
const CITY_OF_COUNTRY = new RegExp(`\\b(?:in|at)\\s+(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?),\\s+(?:${COUNTRY_PATTERN.source})`, "gu");

/**
 * Whether the quote places what it says in another city than the one city the question asks about, and that city
 * is all the question says that the quote does not: "Was the Forum launched in Addis Ababa?" against "… launched
 * during the … Meeting … in Lusaka, Zambia, in 2023". Of several cities asked, the ones the quote does not say
 * are all that is missing, and the quote says another ("Bamako, Dakar and Abidjan" against "Bamako, Dakar and
 * St. Louis"). The quote's cities are those its passage names that it says
 * (`quotedCities`) and any it names before its country ("in Lusaka, Zambia"); cities do not nest in one another.
 */
function placesOtherCity(quoted: string, missing: string[], cities: readonly string[], quotedCities: readonly string[] = []): boolean {
  if (!cities.length) return false;
  const said = [...[...quoted.matchAll(CITY_OF_COUNTRY)].map((match) => match[1]!), ...quotedCities.filter((city) => quoted.includes(city))].map(foldText);
  // Of several cities asked ("in Bamako, Dakar and Abidjan?" against "in Bamako, Dakar and St. Louis"), those the
  // quote does not say must be all that is missing, and the quote must say a city the question does not.
  const unsaid = cities.filter((city) => !said.includes(foldText(city)));
  const asked = new Set(tokenize(unsaid.join(" ")));
  if (!unsaid.length || !missing.every((term) => asked.has(term))) return false;
  const named = new Set(cities.map(foldText));
  return said.some((city) => !named.has(city));
}

/**
 * Whether the quote places what it says in other countries than the one country the question asks about, and that
 * country is all the question says that the quote does not: "Do the VPIs start in Peru?" against "VPIs have taken
 * place in Mexico, Pakistan, Kenya and Angola and will start in Chile". CLDR's country names.
 */
function placesOtherCountry(question: string, quoted: string, missing: string[]): boolean {
  const asked = [...new Set(question.match(COUNTRIES_ALL) ?? [])];
  if (asked.length !== 1) return false;
  const terms = new Set(tokenize(asked[0]!));
  if (!missing.every((term) => terms.has(term))) return false;
  const said = [...quoted.matchAll(COUNTRY_AFTER_IN)].flatMap((match) => match[1]!.match(COUNTRIES_ALL) ?? []);
  return said.length > 0 && !said.includes(asked[0]!);
}

/** Words for a country's parts (general English): "State of Pará", "Amazonas state", "the province of Helmand". */
const SUBDIVISION = "state|province|region|district|department|county|municipality|governorate|prefecture"
  .split("|")
  .map((unit) => `[${unit[0]}${unit[0]!.toUpperCase()}]${unit.slice(1)}`)
  .join("|");
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** A named part of a country, either way round: its unit (any case of its first letter) and its name (capitalised). */
const SUBDIVISION_NAMED = new RegExp(String.raw`\b(${SUBDIVISION})\s+of\s+(${NAME})|(${NAME})\s+(${SUBDIVISION})\b`, "gu");

/**
 * Whether the quote names another part of a country of the same kind than the one the question asks about, and that
 * part is all the question says that the quote does not: "… gold mining in Amazonas state?" against "… State of Pará,
 * Brazil". The unit words are general English; the names are the texts' own capitalised words.
 */
/** The parts of a country a text names by their kind ("State of Pará", "Amazonas state"): each kind in lower case and name. */
export function subdivisionsNamed(text: string): { unit: string; name: string }[] {
  return [...text.matchAll(SUBDIVISION_NAMED)].map((match) => ({ unit: (match[1] ?? match[4])!.toLowerCase(), name: (match[2] ?? match[3])! }));
}

function placesOtherSubdivision(question: string, quoted: string, missing: string[]): boolean {
  const named = subdivisionsNamed;
  const asked = named(question);
  if (asked.length !== 1) return false;
  const terms = new Set(tokenize(`${asked[0]!.name} ${asked[0]!.unit}`));
  if (!missing.every((term) => terms.has(term))) return false;
  const said = named(quoted).filter((part) => part.unit === asked[0]!.unit);
  return said.length > 0 && !said.some((part) => foldText(part.name) === foldText(asked[0]!.name));
}

/** A list of countries after "in": "in Mexico, Pakistan, Kenya and Angola", "in Chile". */
const COUNTRY_AFTER_IN = new RegExp(`\\bin\\s+((?:${COUNTRY_PATTERN.source})(?:(?:,\\s*|\\s+and\\s+)(?:${COUNTRY_PATTERN.source}))*)`, "g");

/** "funded by X", "published jointly with X": a verb of doing or paying for something, and who did it. */
const AGENT_VERB = "funded|financed|sponsored|published|co-published|implemented|organi[sz]ed|co-organi[sz]ed|launched|supported|led|hosted|run";
const AGENT_ASKED = new RegExp(`\\b(${AGENT_VERB})\\s+(?:jointly\\s+)?(?:by|with)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&-]*(?:\\s+(?:(?:of|for|and|on|the)\\s+)*\\p{Lu}[\\p{L}&-]*)*)`, "iu");

/**
 * Whether the quote says the same verb of another agent than the one the question names, and that agent is all
 * the question says that the quote does not: "Is Project Turquesa funded by the European Union?" against "…
 * funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL".
 */
function namesOtherAgent(question: string, quoted: string, missing: string[]): boolean {
  const match = AGENT_ASKED.exec(question);
  if (!match) return false;
  const agent = new Set(tokenize(agentNamed(match[2]!)));
  if (!missing.every((term) => agent.has(term))) return false;
  return new RegExp(`\\b(?:${agentVerbs(match[1]!)})\\s+(?:jointly\\s+)?(?:by|with)\\s+(?:the\\s+)?\\p{Lu}`, "iu").test(quoted);
}

/**
 * The agent's name as capitalised words: `AGENT_ASKED` is case-insensitive for its verb ("Funded by …"), so its name
 * may run on into a second clause ("Global Affairs Canada and implemented with INTERPOL"); the name ends before the
 * first word in lower case that links no name ("of", "for", "and", "on", "the" do) and heads no institution.
 */
/** Words in lower case that link the words of a name (`AGENT_ASKED`'s): "Office of the High Commissioner". */
const NAME_LINK = /^(?:of|for|and|on|the)$/;
/** Head nouns of institutions (general English), which follow a name in lower case: "government", "ministry", "police". */
const INSTITUTION_HEAD = /^(?:governments?|ministr(?:y|ies)|departments?|agenc(?:y|ies)|offices?|commissions?|police|authorit(?:y|ies)|embass(?:y|ies)|missions?|delegations?|secretariats?|foundations?|council|parliament|administration)$/;
function agentNamed(captured: string): string {
  const words = captured.split(/\s+/);
  // A head noun of an institution in lower case belongs to the name before it ("the US government", "the Canadian
  // embassy").
  const end = words.findIndex((word, i) => i > 0 && /^\p{Ll}/u.test(word) && !NAME_LINK.test(word) && !INSTITUTION_HEAD.test(word));
  const name = end < 0 ? words : words.slice(0, end);
  while (name.length > 1 && NAME_LINK.test(name.at(-1)!)) name.pop();
  return name.join(" ");
}

/**
 * The verb a question asks of an agent, as a pattern's alternatives for the quote: a verb of paying for something is
 * said by any of them ("financed by the EU?" against "funded by Global Affairs Canada"), any other by itself.
 */
function agentVerbs(verb: string): string {
  const lower = verb.toLowerCase();
  return tokenize(lower).some((term) => FUNDING.has(term)) ? PAID_BY : escapeRegExp(lower);
}

/**
 * Whether the quote gives the verb the question asks of an agent to other agents than the one asked, and the asked
 * one to another verb: "Is Project Turquesa funded by INTERPOL?" against "… funded by Global Affairs Canada and
 * jointly implemented by UNODC and INTERPOL". A verb of paying for something is said by any of them (`agentVerbs`).
 */
function agentOfOtherVerb(question: string, quoted: string): boolean {
  const match = AGENT_ASKED.exec(question);
  if (!match) return false;
  const verbs = agentVerbs(match[1]!);
  // The agents the quote gives the verb: up to the next verb of its own ("… and jointly implemented by …"), or the clause's end.
  const said = new RegExp(`\\b(?:${verbs})\\s+(?:jointly\\s+)?(?:by|with)\\s+(.+?)(?=\\s+and\\s+(?:jointly\\s+)?\\p{Ll}+ed\\b|[.;]|$)`, "iu").exec(quoted);
  if (!said) return false;
  const agent = tokenize(agentNamed(match[2]!));
  const agents = new Set(tokenize(said[1]!));
  return agent.length > 0 && !agent.every((term) => agents.has(term));
}

/**
 * The counts, ranks and shares a text gives, each with the thing counted (its first term after the number, stemmed,
 * or "%" for a share): "adopted four resolutions" → { word: "four", number: { rank: false, value: 4 }, thing:
 * "resolut" }; "The third edition" a rank; "dropped by 95%" a count of "%". Years, days of a month and a number
 * after an acronym ("CND 67", read only in a text not yet folded to lower case) are no counts. Words folded.
 */
export function countsIn(text: string): { word: string; number: { rank: boolean; value: number }; thing: string; phrase: string[] }[] {
  // A number after an acronym labels it ("the CND 67 resolutions", "SDG 3"): joined to it, it counts nothing.
  const folded = foldText(text.replace(/\b([A-Z][A-Z0-9]{1,9})\s+(?=\d)/g, "$1-"));
  return [...folded.matchAll(/(?<![\p{L}\d,-])([\p{L}\d,]+)(?=\s+(\p{L}{3,})\b((?:\s+\p{L}{3,}\b){0,2}))/gu)].flatMap((match) => {
    // Days of a month are dates, no counts ("14 March" against "14-15 March").
    const number = YEAR.test(match[1]!) || MONTH_WORD.test(match[2]!) ? undefined : countOrRank(match[1]!);
    const thing = tokenize(match[2]!)[0];
    return number && thing ? [{ word: match[1]!, number, thing, phrase: countedWords(`${match[2]} ${match[3] ?? ""}`) }] : [];
  }).concat(
    // A share is a count of hundredths: "dropped by 85%" against "dropped by 95%".
    [...folded.matchAll(/(?<![\p{L}\d,.])(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)/gu)].map((match) => ({ word: match[1]!, number: { value: Number(match[1]), rank: false }, thing: "%", phrase: ["%"] })),
    // A duration written with a hyphen counts its unit: "a 3-year project" against "a 2.5-year initiative".
    [...folded.matchAll(/(?<![\p{L}\d,.])(\d+(?:\.\d+)?)-(year|month|week|day)s?\b/gu)].map((match) => ({ word: match[1]!, number: { value: Number(match[1]), rank: false }, thing: tokenize(match[2]!)[0]!, phrase: tokenize(match[2]!) })),
  );
}

/** The terms of up to three words after a number, up to the first word that is no term ("from", "with"): "civil society stakeholders". */
function countedWords(words: string): string[] {
  const terms: string[] = [];
  for (const word of words.trim().split(/\s+/)) {
    const term = tokenize(word)[0];
    if (!term) break;
    terms.push(term);
  }
  return terms;
}

/**
 * The question's counts and ranks ("five" in "adopt five resolutions", "first" in "the first edition") that the
 * quote gives otherwise for the same thing ("adopted four resolutions", "The third edition"): the quote's noun right
 * after its number, stemmed, is the thing, which the question may qualify ("30 scheduling decisions" against "25
 * decisions"); every count of the same kind (count or rank) the quote gives it differs.
 * A percentage is a count of "%" ("85%" against "95%", "10 per cent"). Years and days of a month are no counts.
 * Either text as written or folded (`countsIn`).
 */
export function otherCounts(question: string, quoted: string): Set<string> {
  const said = countsIn(quoted);
  const asked = countsIn(question);
  const found = new Set<string>();
  for (const { word, number, phrase } of asked) {
    // The thing counted may follow words that qualify it: "30 scheduling decisions" counts what the quote's "25
    // decisions" does, "6,000 civil society stakeholders" its "5,200 stakeholders".
    const values = said.filter((other) => phrase.includes(other.thing) && other.number.rank === number.rank).map((other) => other.number.value);
    // A question that itself gives the quote's value for the thing asks about both ("the 67th session vs the 33rd session").
    const alsoAsked = asked.some((other) => other.phrase.some((term) => phrase.includes(term)) && other.number.rank === number.rank && values.includes(other.number.value));
    if (values.length && !values.includes(number.value) && !alsoAsked) found.add(word);
  }
  return found;
}

/** A bound before a count (general English): "more than 30", "over 700", "at least 10", "fewer than 5", "under 50". */
const BOUND = /\b(more than|over|above|exceeding|in excess of|at least|no fewer than|no less than|fewer than|less than|under|below|at most|no more than|up to|only|just|exactly|precisely)\s+(?=[\p{L}\d,]+\s)/giu;
/** Words before a quote's count that make it a bound or an estimate itself ("over 750", "about 300"): no exact value to compare. */
const INEXACT_BEFORE = /\b(?:over|more than|above|about|around|approximately|nearly|almost|some|roughly|up to|at least|fewer than|less than|under|below|close to|an estimated|estimated)\s*$/i;

/**
 * Where a figure stands in a text, as a whole figure ("750", not the "50" of "750"), and the words before it that make
 * it a bound or an estimate (`INEXACT_BEFORE`: "over", "about"), as written; undefined when the text does not say it.
 */
export function figureIn(text: string, word: string): { at: number; inexact?: string } | undefined {
  const at = text.search(new RegExp(String.raw`(?<![\p{L}\d,.-])${escapeRegExp(word)}(?![\p{L}\d-])`, "u"));
  if (at < 0) return undefined;
  const inexact = INEXACT_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[0].trim();
  return inexact ? { at, inexact } : { at };
}

/**
 * The question's bounded counts ("more than 30 scheduling decisions", "only four resolutions": exactly four) that the quote settles with an exact count of the
 * same thing ("took 25 decisions"): each with the bound's words as typed and whether the quote's count meets it. The
 * thing is matched as `otherCounts` matches it; a count the quote gives as a bound or an estimate itself ("over 750
 * farmers") settles nothing, nor do two counts of the thing that disagree on the verdict.
 */
export function settledBounds(question: string, quoted: string): { phrase: string; word: string; holds: boolean }[] {
  const folded = foldText(quoted);
  const said = countsIn(quoted).filter((count) => !count.number.rank);
  const settled: { phrase: string; word: string; holds: boolean }[] = [];
  for (const bound of foldText(question).matchAll(BOUND)) {
    const count = countsIn(foldText(question).slice(bound.index! + bound[0].length)).at(0);
    if (!count || count.number.rank || !foldText(question).slice(bound.index! + bound[0].length).startsWith(count.word)) continue;
    const values = said
      .filter((other) => count.phrase.includes(other.thing))
      .filter((other) => {
        const place = figureIn(folded, other.word);
        return !!place && !place.inexact;
      })
      .map((other) => other.number.value);
    if (!values.length) continue;
    const kind = bound[1]!.toLowerCase();
    const meets = (value: number) =>
      /^(?:more than|over|above|exceeding|in excess of)$/.test(kind) ? value > count.number.value
      : /^(?:at least|no fewer than|no less than)$/.test(kind) ? value >= count.number.value
      : /^(?:fewer than|less than|under|below)$/.test(kind) ? value < count.number.value
      : /^(?:only|just|exactly|precisely)$/.test(kind) ? value === count.number.value
      : value <= count.number.value;
    const verdicts = new Set(values.map(meets));
    if (verdicts.size === 1) settled.push({ phrase: bound[1]!, word: count.word, holds: verdicts.has(true) });
  }
  return settled;
}

/** "country", "countries", "nation", as tokenized: said by a quote that names a country (CLDR's names, world-names.ts). */
const COUNTRY_NOUN = new Set(tokenize("country countries nation nations state states"));

/** Words before the stretch that still govern it: "will continue to assist", "has not been adopted". */
const LOOK_BEHIND = 3;

/** Where in `words` a run of capitalised words spells `acronym` by initials ("Commission on Crime Prevention and Criminal Justice"). */
function spelledOut(acronym: string, words: string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < words.length; i++) {
    let initials = "";
    for (let j = i; j < words.length && initials.length < acronym.length; j++) {
      const word = words[j]!;
      if (/^[A-Z]/.test(word)) initials += word[0];
      else if (!CONNECTORS.has(word.toLowerCase())) break;
    }
    if (initials === acronym) found.push(i);
  }
  return found;
}

/** The shortest [start, end] of word positions holding one position from each list (lists non-empty), among those `within` accepts. */
function shortestStretch(places: number[][], within: (start: number, end: number) => boolean = () => true): { start: number; end: number } | undefined {
  if (!places.length) return undefined;
  let best: { start: number; end: number } | undefined;
  for (const start of places.flat()) {
    let end = start;
    let holds = true;
    for (const at of places) {
      const next = at.filter((i) => i >= start);
      if (!next.length) {
        holds = false;
        break;
      }
      end = Math.max(end, Math.min(...next));
    }
    if (holds && within(start, end) && (!best || end - start < best.end - best.start)) best = { start, end };
  }
  return best;
}

/**
 * The one "not" of a yes/no question, after its subject: "Is the African Union not one of …", "Was the report not
 * published in French". Not "not only", "not yet" (a time the quote must settle), nor a second negation.
 */
const NEGATED = /(?<=^(?:(?:and|so|but|also|then)\s+)?(?:is|are|was|were|does|do|did|has|have)\b(?:(?!\bnot\b|\bn['’]t\b|\bno\b|\bnever\b).)*)\s+not\b(?!\s+(?:only|yet|just|least)\b)(?!.*\b(?:not|no|never|n['’]t)\b)/i;

const YES_NO_OPENING = /^(?:(?:and|so|but|also|then)\s+)?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b/;

/**
 * A request or an indirect question in a yes/no form: "Could you tell me which resolution …", "Can you list …",
 * "Do you know when …", "Is it clear where …". "what", "why" and "how" anywhere ask for something a yes does
 * not give; "which", "who", "when" and "where" do so after a word that takes a question (know, tell, sure,
 * clear, me), but after a noun they open a relative clause that only says which thing is meant ("Is Kenya one
 * of the countries where UNODC piloted …?").
 */
const INDIRECT =
  /^(?:(?:and|so|but|also|then)\s+)?(?:can|could|would|will|do)\s+(?:you|u)\b|\b(?:what|why|how)\b|\b(?:know|knows|known|tell|say|says|said|ask|asks|asked|show|shows|see|explain|explains|wonder|sure|clear|certain|find|found|check|confirm|confirms|me|us|you|it|out|of|on|about|to|or|and)\s+(?:which|who|whom|whose|when|where)\b/;

/** A verb of filing before "under" (general English): "listed under", "falls under", "comes under", "classed under". */
const FILED_UNDER = /\b(?:listed|filed|classed|classified|categori[sz]ed|counted|placed|grouped|falls?|fell|comes?|came|sits?)\s+under\b/gi;

/** Two auxiliaries in a row open no yes/no question: "were was the forum launched" is a misspelt "where was …". */
const TWO_AUXILIARIES = /^(?:(?:and|so|but|also|then)\s+)?(?:is|are|was|were|does|do|did|has|have|had)\s+(?:is|are|was|were|does|do|did|has|have|had)\b/;

/** Auxiliaries, as tokenized (stemmed): the question's form, not its content. */
const AUXILIARIES = new Set(tokenize("is are was were does do did has have had can could will would there it they"));

/**
 * Words any wording of a fact may leave out: light verbs and placeholders (general English, not one
 * document's words). "Did UNODC act as secretariat" is said by "UNODC served as the secretariat"; "reached
 * 80,000 children" by "benefiting 60,000 children" (the count is what is checked); "per cent" by "%". Words of the
 * document's layout ("in the events table", "in that section") say where, not what.
 */
export const LIGHT = new Set(
  tokenize("act acts acted done doing involve involved involves hold held holds take took taken place make made set get got anything anywhere something somewhere thing things submission mention mentioned say said list listed part one available go goes going gone went according work works worked working run runs ran running conduct conducts conducted carry carries carried out linked tied related relevant connected tagged associated mapped look looks looking looked focus focuses focused focusing concern concerns concerned deal deals dealing dealt cover covers covered include includes included reach reaches reached reaching benefit benefits benefited benefiting benefitted benefitting jointly together percent per cent document table tables section sections annex meet meets met convene convenes convened happen happens happened occur occurs occurred provide provides provided providing support supports supported supporting among amongst feature features featured appear appears appeared"),
);

/** "grow" with an object ("grow sacha inchi", "growing coffee") is cultivating, not a change to settle. */
const GROWING_SOMETHING = /\b(?:grow|grows|growing|grew|grown)\b(?=\s+(?!(?:by|to|from|in|up|more|less|over|under|fast|faster|slowly|rapidly|steadily|again|still)\b)[a-z])/g;

/** Words of the question a quote may leave unsaid when it counts the same thing otherwise (`yesNoVerdict`). */
const RECOUNT_UNSAID = 2;

/** Verbs of bringing something into being, as tokenized (general English; "set up" is read as "set"): one fact. */
const FOUNDING = new Set(tokenize("launch launched launches establish established establishes found founded founds create created creates set start started starts initiate initiated"));

/** Verbs of paying for something before "by", as a pattern's alternatives: any says who paid ("financed by" by "funded by"). */
const PAID_BY = "funded|financed|sponsored|bankrolled";

/** Verbs of paying for something, as tokenized: one fact ("financed" by "funded", "sponsored" by "financed"). */
const FUNDING = new Set(tokenize("fund funds funded funding finance finances financed financing sponsor sponsors sponsored bankroll bankrolled"));

/** Verbs of putting a publication out, as tokenized: said by its record, which names and dates it. */
const PUBLISHED = new Set(tokenize("release released releases publish published publishes issue issued issues"));

/** Comparison, change, order, time and quantity: what a quote cannot settle without judgement. */
const JUDGED =
  /\b(?:already|yet|still|ever|never|not|no|n't|only|just|first|last|second|third|next|previous|new|more|less|fewer|most|least|all|every|each|none|than|up|down|increas\w*|decreas\w*|ris(?:e|es|ing|en)|rose|fall\w*|fell|grow\w*|grew|drop\w*|declin\w*|improv\w*|wors\w*|higher|lower|bigger|smaller|before|after|since|until|over|under|above|below|again|always)\b/g;

/** "making prisons more resilient", "to become less dependent": make or become, up to three words, then "more"/"less" and a word not followed by "than". */
const MADE_MORE = /\b((?:make|makes|making|made|render|renders|rendering|rendered|become|becomes|becoming|became)(?:\s+[\w-]+){0,3}?)\s+(?:more|less)(?=\s+[\w-]+(?!\s+than\b))/g;

/** Negation, condition or a thing not yet done, in the evidence. */
const DENIES_OR_DEFERS = /\b(?:no|not|never|none|neither|nor|without|lack\w*|unless|if|once|draft\w*|yet|pending|planned|plans?|proposed|upcoming|expected|being developed)\b|n't\b/;

/** Words of `DENIES_OR_DEFERS` that say a thing is not yet done, which a question may say too ("the draft convention"). */
const NOT_YET_DONE = /^(?:draft\w*|pending|planned|plans?|proposed|upcoming|expected|being developed)$/;
/**
 * Whether the stretch `said` denies or defers what `question` asks: a negation or condition always does; a word of a
 * thing not yet done does unless the question says it too ("Does the draft cybercrime convention establish 11 forms …?"
 * against "The draft Convention … establishing 11 forms …").
 */
function defersAgainst(said: string, question: string): boolean {
  const asked = new Set(deferringWords(question));
  return deferringWords(said).some((word) => !(NOT_YET_DONE.test(word) && asked.has(word)));
}

/** Every word of `DENIES_OR_DEFERS` a text says, folded, in its order. */
function deferringWords(text: string): string[] {
  return foldText(text).match(DENIES_OR_DEFERS_ALL) ?? [];
}
const DENIES_OR_DEFERS_ALL = new RegExp(DENIES_OR_DEFERS.source, "g");

/** "already", "yet": a question asking whether a thing is done by now. */
const BY_NOW = /\b(?:already|yet)\b/i;
/** Words that say a thing is still to be done: "once adopted", "until launched", "the draft", "planned". */
const PENDING = /^(?:once|until|draft\w*|pending|planned|proposed|upcoming|being developed)$/;
/** An auxiliary that asks whether a thing is or was done, not whether it will or could be. */
const ASKS_DONE = /^(?:is|are|was|were|has|have|had|does|do|did)$/;
/**
 * Whether `said` answers "no" to a question (opened by `modal`) asking whether a thing is done: every word of
 * `DENIES_OR_DEFERS` it holds says the thing is still to be done (`PENDING`), and the question says none of them.
 * A negation or a condition ("if", "unless") is left to the reader.
 */
function pendingAgainst(said: string, question: string, modal: string): boolean {
  const asked = new Set(deferringWords(question));
  const deferring = deferringWords(said);
  return ASKS_DONE.test(modal) && deferring.length > 0 && deferring.every((word) => PENDING.test(word) && !asked.has(word));
}

/** A modal verb: what will or may be, not what is. Lower case only: "May 2024" is a month. */
const MODAL = /\b(?:will|would|could|may|might|shall)\b/;

/** A year, as a token. */
const YEAR = /^(?:19|20)\d\d$/;

/** "in 2023", "in November 2024": a year that dates what the stretch says (not "since 2019", "by 2030"). */
const IN_BEFORE = /\bin(?: [A-Z][a-z]+)?$/;

/**
 * Directions of change, general English: a question's word is settled by a quote's word of the same
 * direction, and contradicted by one of the opposite direction.
 */
const RISING = /^(?:up|increas\w*|ris(?:e|es|ing|en)|rose|grow\w*|grew|climb\w*|higher|surg\w*|soar\w*)$/;
const FALLING = /^(?:down|decreas\w*|fall\w*|fell|drop\w*|declin\w*|lower|reduc\w*|shrink\w*|shrank)$/;
const CONTINUING = /^(?:still|continu\w*|remain\w*|persist\w*)$/;
const DIRECTIONS = [RISING, FALLING, CONTINUING];
const OPPOSITE = new Map([[RISING, FALLING], [FALLING, RISING]]);
