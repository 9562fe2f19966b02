import { tokenize } from "../text/tokenize.js";
import { LANGUAGE_PATTERN, PLACE_PATTERN } from "../text/world-names.js";
import { MONTH_ALTERNATION } from "../text/month-names.js";

/** What kind of fact a question asks for; it picks record fields and checks that an answer has one. */
export type Intent = "when" | "where" | "who" | "person" | "count" | "amount" | "symbol" | "sdg" | "language" | "audience" | "website" | "define" | "general";

export interface QuestionAnalysis {
  question: string;
  intent: Intent;
  /** Retrieval terms of the question (stemmed, stopwords and question words dropped). */
  terms: string[];
  /** Figures named in the question ("33" of "33rd", "2022", "8" of "SDG 8"). */
  numbers: string[];
  /** Set when the question asks for a collection: "all the events", "which publications". */
  listNoun?: string;
  /** Names the question is about (capitalised words the corpus knows, as terms): the answer must be about them. */
  names: string[];
  /** Places the question names by an adjective the corpus never uses ("Afghan farmers": "Afghanistan"); absent when none. */
  places?: string[];
  /** The adjectives, as typed, that name `places` ("Afghan", "Brazilian"); absent when none. */
  placeAdjectives?: string[];
  /** Cities the question names after "in" or "at" ("held in Geneva", "in new york"; WordNet's cities, not CLDR's countries); absent when none. */
  cities?: string[];
  /** Acronyms in the asking sentences that the corpus never uses ("UNICEF"; `unknownAcronyms`); absent when none. */
  unknownAcronyms?: string[];
  /** Names of several capitalised words, most of them words the corpus never uses ("Nobel Peace Prize"; `unknownNames`); absent when none. */
  unknownNames?: string[];
  /** Countries the question names (CLDR's names, any case) that the corpus never names, nor any place in them; absent when none. */
  unknownCountries?: string[];
  /** Units of measurement the question names that the corpus never uses ("hectares"); absent when none. */
  unknownUnits?: string[];
  /** Goals the question asks about by number that no passage in scope names ("SDG 6"); absent when none. */
  unknownGoals?: number[];
  /** For "what does X stand for": the acronym. */
  acronym?: string;
  /** Set when the question is not in English: the submissions and the search are English only. */
  notEnglish?: boolean;
  /** Set when the question asks what something does or is for ("What does the Forum do?"): the answer spans sentences. */
  describes?: boolean;
  /** Other kinds of fact the same question asks for ("Where was it held and on which dates?": where, besides when). */
  alsoAsks?: Intent[];
  /**
   * Other things asked of each record beside a field, as terms: "outcom" of "dates and outcomes", "edition" of
   * "edition and SDGs" (`askedAspects`).
   */
  aspects?: string[];
  /** Set when the question names something and asks about it whole ("What is Project X?"): its description answers. */
  aboutWhole?: boolean;
  /**
   * How precise the asked fact must be: "day" for an exact date ("On what date…", "exact date"), "end" for when
   * something ends ("When will it end?": a "since 2021" is its start), "city" for a city or venue ("In which
   * city…", "Where exactly…": a text with no place finer than a country in it is no answer), "month" for a
   * month ("In which month…": "in 2023" is no answer), "site" for a building or a room ("which building/room?":
   * "Vienna, Austria" is no answer), "hour" for a time of day ("What time did it start?": "July 2024" is no
   * answer), "frequency" for how often ("How often does the Commission meet?": "In May 2024" is no answer).
   */
  precision?: "day" | "month" | "end" | "city" | "site" | "hour" | "frequency";
  /** Terms of the question's words the corpus never uses, each with the terms of WordNet synonyms it does use ("kid": ["child"]). */
  bridged?: Record<string, string[]>;
  /**
   * A yes/no question's terms, each with the terms of its WordNet family (derivational links sharing its first
   * three letters: "own": ["owner", "ownership"]), by which a quote may say it ("helping women to access land
   * ownership" says "own").
   */
  families?: Record<string, string[]>;
  /**
   * Terms of the words that asked for the kind of fact (`intent`): "aim" of "Who is the report aimed at?". They
   * say what is asked, not what about: a sentence holding them ("it aims to provide a tool") is not about the topic.
   */
  cue?: string[];
  /** What a follow-up's "they" or "them" points at: the items the last answer listed (`listedItems`), as listed. */
  referents?: string[];
  /** What a follow-up's "it" or "them" points at: the last question's topical terms ("reoffend"), as tokenized. */
  pointedTopic?: string[];
}

/** Offices a person holds, in English (any qualifier before them: "Special Representative", "Executive Director"). */
// Up to three words before the role ("the Executive Director", "the UNODC focal point"), none of them an article: "the
// name of the pledge initiative the chair floated" asks the initiative's name, not the chair's.
const ROLE_NAMES = "(?:chair|chairs|chairperson|chairman|chairwoman|president|vice-president|director|director-general|head|representative|minister|secretary|secretary-general|speaker|person|official|envoy|rapporteur|coordinator|chief|spokesperson|commissioner|ambassador|focal point|executive|officer|manager|adviser|advisor|lead author|main author|principal author|co-author|editor|editor-in-chief|lead researcher|principal investigator)";
const ROLES = `(?:(?!(?:the|a|an)\\b)[\\w-]+ ){0,3}${ROLE_NAMES}`;

// Ordered: the first intent that matches wins.
const INTENTS: [Intent, RegExp][] = [
  // Where money comes from is who gives it: "Where does the money for X come from?", "the source of funding for X".
  ["who", /\bwhere\s+(?:does|did|do|will|is|was)\s+(?:the\s+)?(?:money|funding|funds|financing|budget)\b[^?]*\bcome from\b|\bsources? of (?:the\s+)?(?:funding|funds|money|financing)\b/i],
  // Money asked by what it is ("budget", "cost"), by spending ("What did UNODC spend on…?"), by "how much" with a
  // verb of giving ("How much did they put in?", "How much has Canada pledged?"), or by "how much" with a word for
  // money earned or paid ("How much income have the growers earned?").
  ["amount", /\b(?:more|less|most|least|higher|lower|larger|bigger|smaller)\s+(?:[\w-]+\s+)?(?:funding|money|financing|budget|funds)\b|\bhow much (money|funding|funds?|(?:did|do|does|has|have|had|will|would)\b.* (give|given|gave|pay|paid|spend|spent|contribute|contributed|put in|invest|invested|provide|provided|donate|donated|allocate|allocated|commit|committed|pledge|pledged))\b|\b(budget|funding amount|funding level|level of funding|financial contribution|cost|costs|price|priced|pricing|expensive|dollars?|euros?|usd)\b|[$€£]\W*$|(?<!\b(time|years?|months?|weeks?|days?|hours?)\s+((were|was|is|are|been|be)\s+)?)\b(spend|spends|spent|spending|expenditures?)\b(?!\s+(time|years?|months?|weeks?|days?|hours?)\b)|\bhow much\b.*\b(income|earn|earns|earned|earnings|revenues?|paid|salary|salaries|wages?|worth)\b/i],
  ["define", /\bstand for\b|\bacronym\b|\babbreviation\b|\bshort for\b/i],
  // A person is asked for: who chaired or presided, the name of someone in a role, what someone in a role said
  // ("a quote from the Executive Director"), or which holder of a one-person office did something ("Which minister
  // addressed …?"; not "Which UN official …", which an office answers).
  ["person", new RegExp(`\\bwho (chaired|chairs|presided|presides|headed|heads|directs|directed|leads|led|spoke|speaks|addressed|moderated|moderates|opened|inaugurated|delivered|gave a (?:speech|statement|keynote|presentation))\\b|\\bname of the (${ROLES})\\b|\\bwho (was|is|were|are) the (${ROLES})\\b|\\bwho (is|was|are|were) (that|this|the|these|those) (person|people|individual|individuals|man|woman|official|officials)\\b|\\b(what|what's|whats) (is |was )?(his|her|their) (full )?names?\\b|\\b(person|people|individual)'s names?\\b|\\b(?!official\\s+names?\\b)(${ROLES})(?:['’]s)?\\s*[-–—:,]?\\s*(?:full\\s+)?names?\\b|\\b(?:quotes?|quotations?|statements?|remarks|speech|message|words)\\s+(?:from|by|of)\\s+(?:the\\s+)?(${ROLES})\\b|\\bnames\\s+of\\s+(?:the\\s+|these\\s+|those\\s+)?(?:[\\w-]+\\s+)?(?:women|men|people|persons|individuals|farmers|growers|participants|beneficiaries|victims|survivors|leaders|officials|experts|trainees|trainers|teachers|students|judges|prosecutors|officers|staff|members|speakers|panellists|panelists)\\b|^\\W*(?:[\\w-]+\\s+){1,4}(?:chair|chairperson|chairman|chairwoman|president|director|executive director|head|secretary-general|spokesperson)\\W*$|\\bnames?\\s+(?:the|its|their)\\s+(${ROLES})\\b|\\b(?:which|what)\\s+(?:[\\w-]+\\s+){0,2}(?:minister|chair|chairperson|chairman|chairwoman|president|director|director-general|ambassador|speaker|spokesperson|secretary-general)\\s+(?:is|was|are|were|did|does|do|has|have|had|will|spoke|gave|led|made|said|\\w+ed)\\b`, "i")],
  // "Which resolution…?", "What resolutions did it adopt?" ask for symbols; "What resolutions about children…?" for
  // the resolutions on a topic, which a sentence may name by their subjects alone.
  // "an official number for the resolution about …" asks its symbol; "the number of resolutions" counts them.
  ["symbol", /\b(symbol|reference number|document number|resolution number|resolution reference|decision reference)s?\b|\b(?:number|no\.|code|reference)\s+(?:for|of)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolution|decision)\b|\b(which|what) (specific )?(resolution|decision)\b|\b(which|what) (specific )?(resolutions|decisions)\b(?!\s+(about|on|concerning|regarding|related to|relating to|dealing with|addressing|covering|linked to|concerns?|regards?|relates? to|deals? with|address(?:es)?|covers?|focus(?:es)? on|targets?)\b)/i],
  // "Which CND resolution …?": the body's acronym between asks the same (case-sensitive: "which other resolutions" does not).
  ["symbol", /\b(?:[Ww]hich|WHICH|[Ww]hat|WHAT)\s+(?:[A-Z][A-Z0-9]{1,9}|General Assembly)\s+(?:resolution|decision)\b/],
  // "Which SDGs does the project link to?" asks for goals: "link" is a verb there, not a web link.
  ["sdg", /\b(which|what) (?:(?:global|development|un|world)\s+)?(sdgs?|sustainable development goals?)\b/i],
  // Where to read something on the web: "Where can I find the report online?", "Can I download it?".
  // "link" the verb ("a network I could link up with", "link in with") is no web link.
  ["website", /\b(website|web ?site|url|web link|link(?!\s+(?:up|in|together)\b)(?!\s+with\b))\b|\b(find|access|read|get|see|view)\b.*\bonline\b|\bdownload\b/i],
  // "Did UNODC publish the Global Study in French?": a verb of publishing, its object between, then "in" a language.
  ["language", new RegExp(`\\blanguages?\\b|\\blangs?\\b|\\b(available|out) in (${LANGUAGE_PATTERN.source})|\\b(?:publish|publishes|published|release|releases|released|issue|issues|issued|translate|translates|translated|produce|produces|produced|print|prints|printed)\\b(?:\\s+(?!in\\b)[\\w'’:-]+){0,10}\\s+in\\s+(${LANGUAGE_PATTERN.source})|\\b(?:translat\\w*|versions?|editions?|cop(?:y|ies))\\s+(?:in|into)\\s+(${LANGUAGE_PATTERN.source})|\\b(${LANGUAGE_PATTERN.source})\\s+(?:translations?|versions?|editions?|cop(?:y|ies))\\b`, "i")],
  ["audience", /\b(target audiences?|audiences?|written for|aimed at|for whom|who is it for|intended for)\b/i],
  ["sdg", /\b(which|what) (?:(?:global|development|un|world)\s+)?(sdgs?|goals?|sustainable development goals?)\b|\bsdgs?\s+(?:links?|linkages?|tags?|mapping|alignment)\b|\bsdgs? (are|is) relevant\b|\b(relevant|related|linked|associated|applicable) (sdgs?|goals?|sustainable development goals?)\b|\b(linked|related|relate|relates|relating|link|links|relevant|tied|connected|connect|connects|contribute|contributes|contributing|tagged|mapped|aligned|assigned|associated|attributed|correspond|corresponds|belong|belongs|pertain|pertains|apply|applies) to (sdg|goal) ?\d+\b|\b(?:listed|filed|classed|classified|categori[sz]ed|counted|placed|grouped|falls?|fell|come|comes|sits?) under (sdg|goal) ?\d+\b|\bsdgs?\W*$|^\W*(?:the\s+)?(?:relevant\s+)?sdgs?\s+(?:for|of|on|linked to|related to|tied to)\b/i],
  // "edition no. of the report", "session number": the label of one in a series (an ordinal), not a count.
  ["count", /\bhow many\b|(?:^|[\s:(])#\s?(?:of\s+)?[a-z]|[a-z]\s*#\W*$|(?<!\b(?:edition|session|issue|volume|phase|round|version|iteration|cycle|meeting)s?\s+)(?:\bno\.\s*of\b|\bnumber of\b)|\bhow much\b|\bhow far\b|\bby how much\b|\bwhat (share|percentage|proportion|prevalence|rate|ratio)\b|\bhow (big|large|extensive|widespread)\b|\b(what|which) (size|scale)\b|\b(what|which)(['’]s|\s+(is|was|are|were))?\s+the\s+([\w-]+\s+){0,3}(rates?|ratio|prevalence)\b/i],
  // "cnd regular segment when": a terse question that ends on its question word, and asks with no other, asks it.
  ["when", /^\W*(and\s+)?when\b|^(?!.*\b(?:what|which|who|whom|whose|where|how|why)\b).*\bwhen\W*$|\bhow (?:often|frequently)\b|\b(?:deadline|due date)s?\b|\b(?:and|or)\s+when\W*$|\bwhen\s+and\s+where\b|[-–—:,]\s*when\W*$|\b(?:tell me|know|find out|confirm|check|say|show me)\s+when\b|\b(?:timing|time ?frame|duration|timeline|time ?span|lifespan)\b|\bwhen (did|was|were|is|are|will|does|do|has|have)\b|\b(what|which) ((exact|precise|specific) )?(date|dates|day|year|month|time)\b|\b(what|which) (?:baseline|base(?: |-)?line|base|reference|starting|start|end|target|fiscal|calendar|financial|comparison|cut-off|cutoff) (?:date|year|month)\b|\bhow long\b|\bdates?\b|\bin which year\b|\b(?:start|starting|launch|end|ending|opening|closing|completion|adoption|founding|creation|publication|release)\s+(?:year|month)\b/i],
  ["where", /\bwhere\b|\b(which|what|in which) ((\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?(city|cities|country|countries|place|places|venue|location|region|regions|building|buildings|room|rooms|hall|halls)\b|\b(venue|location)\W*$|^\W*(?:the\s+)?(?:venue|location)s?\s+(?:of|for)\b|\b(what|which)(['’]s|\s+(is|was|are|were))?\s+the\s+(venue|location)s?\b/i],
  ["who", /^who\b|\bwho\b|\bwhom\b|\bwhose\b|\b(which|what|(?:is|are) there (?:an?|any)) ([\w'’-]+ ){0,4}(organi[sz]ations?|partners?|entity|entities|body|bodies|agency|agencies|institutions?|police|donors?|funders?|sponsors?|backers?|delegations?)\b|^\W*(list|name|give|show|enumerate)( me| us)?( all)?( of)?( the)? ([\w-]+ ){0,4}(partners|organi[sz]ations|funders|donors|sponsors)\b|\b(co-?authored|authored|co-?published|co-?organi[sz]ed|funded|financed|sponsored) by\b|\b(issued|published|produced|organi[sz]ed|implemented|prepared|written) (jointly )?(with|in partnership with|together with)\b|\bwho (co-?authored|authored|co-?published|published|wrote|funded|funds|financed|sponsored)\b|\b(funders?|donors?|sponsors?)\W*$|\b[\w-]+-only (publication|report|study|project|initiative|partnership|event|product|effort)s?\b|\b(solely|exclusively|only|just) (by|with)\b|\b(published|produced|funded|financed|implemented|organi[sz]ed|written|run) (solely|exclusively|alone)\b/i],
];

// Words that ask for a day, an end, or a city (general English).
const EXACT_DAY = /\b(exact|precise|specific) (dates?|days?)\b|\bwhen (exactly|precisely)\b|\b(what|which) (date|day)\b[^?]*\b(exactly|precisely)\b|\bon (what|which) (date|day)\b|\b(what|which) day\b/i;
const MONTH_ASKED = /\b(what|which) month\b/i;
const HOUR_ASKED = /\b(?:what|which)\s+time\b(?!\s*(?:frame|period|line|span|zone))|\b(?:what|which)\s+hour\b/i;
const FREQUENCY_ASKED = /\bhow\s+(?:often|frequently)\b/i;
const ENDS = /\bwhen (will|does|did|is|was)\b.*\b(end|ends|ended|finish|finishes|finished|conclude|concludes|concluded|close|closes|expire|expires|run until|last until|scheduled to end|due to end)\b/i;
// Words that ask for a place within a city: a building, a room, an address, where an office is (general English).
const SITE = /\bwhere\s+(?:is|are|was|were)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:office|offices|headquarters|hq|secretariat)\b|\b(?:which|what|in which|in what)\s+(?:exact\s+)?(?:building|room|hall|floor|address|street|premises)s?\b|\b(?:building|room|hall)\s*(?:\/|or)\s*(?:building|room|hall)\b|\b(?:exact|street|full)\s+address\b/iu;
const CITY = /\b(which|what|in which|in what) (city|cities|town|venue)\b|\bwhere\b.*\b(exactly|precisely|specifically)\b|\b(exact|precise) (location|place|site)\b/i;

/** Function words of questions: they say what is asked, not what it is about. */
const QUESTION_WORDS = new Set(["when", "where", "who", "whom", "whose", "which", "what", "how", "many", "much", "did", "does", "do", "is", "are", "was", "were"]);

/** A role's word inside a title: "Special Representative of the Secretary-General …", "Executive Director" (ROLES). */
const ROLE_WORD = new RegExp(`\\b${ROLE_NAMES}\\b`, "i");

/**
 * The acronym a question asks the holder of ("Who is the SRSG on …?", "the name of the current SRSG"), or
 * undefined. Whether it names a role is told by its spelled-out form (`namesRole`).
 */
export function askedHolder(question: string): string | undefined {
  return /\b(?:[Ww]ho (?:is|was|are|were) the|[Nn]ame of the)\s+(?:[\w-]+\s+){0,2}?([A-Z][A-Z0-9]{1,9})\b/.exec(question)?.[1];
}

/** Whether a title names a role (general English role words: `ROLES`): "Special Representative of the Secretary-General". */
export function namesRole(title: string): boolean {
  return ROLE_WORD.test(title);
}

/** A question's retrieval terms: stemmed, stopwords and question words dropped (`QuestionAnalysis.terms`). */
export function retrievalTerms(question: string): string[] {
  return tokenize(question).filter((term) => !QUESTION_WORDS.has(term) && !TEXT_TERMS.has(term));
}

/** Words about the text, not what it says ("Anything on Ghana in the submission?"): no evidence need hold them. */
// "Where does Kenya feature / appear?" asks where the text names it.
export const TEXT_WORDS = ["submission", "submissions", "document", "anything", "something", "say", "says", "said", "mention", "mentions", "mentioned", "feature", "features", "featured", "appear", "appears", "appeared", "described"];
/**
 * Words that ask what is done somewhere without saying what (general English): "What has UNODC done in Kyrgyzstan?",
 * "What is UNODC doing in Kenya?", "Any work in Pakistan?", "What's going on in Ghana?".
 */
export const DOING_WORDS = ["do", "does", "did", "done", "doing", "work", "works", "worked", "working", "activity", "activities", "involved", "involvement", "happen", "happening", "happened", "going", "on", "up", "to", "engaged", "engagement", "active", "presence", "take", "takes", "took", "taken", "place", "carry", "carried", "out", "undertake", "undertaken", "undertook"];
/** `TEXT_WORDS` as terms. */
export const TEXT_TERMS: ReadonlySet<string> = new Set(tokenize(TEXT_WORDS.join(" ")));

/** "who", "whom", "whose" after a word that takes no question ("farmers who are…"; not "tell me who", "know whom"). */
const RELATIVE_WHO = /(?<=\b(?!(?:know|knows|tell|ask|asks|me|us|you|sure|clear|about|of|to|and|or|say|says|see|find|check|confirm|wonder|explain|show|is|are|was|were)\b)[a-z]+\s+)(?:who|whom|whose)\b/gi;

/**
 * "Which intergovernmental meetings", "list all the events", "what are the six transitions", "were any of the
 * publications …": a cue, then the noun within three words; after "which of" within three more ("which of UNODC's listed multi-stakeholder
 * partnerships"). Four after any cue took "what are the Voluntary Pilot Initiatives" for a list on dev. A count
 * that opens a terse question is a cue too ("3 flagship pubs UNODC highlighted?"). "How many" is one only right
 * before the noun ("how many events", "how many of the initiatives"): "how many intergovernmental meetings … with
 * civil society" counts some of them.
 */
const LIST_CUE = /^\W*(?:the\s+)?(?:[\w'’-]+\s+){0,2}?([a-z]+s)\s+(?=(?:in|on|at|from|about|during|linked|related|held|published|funded|involving|covering)\b)|\bhow many\s+(?:of\s+(?:the|its|their)\s+)?([a-z]+s)\b|\b(?:list|all|every|each|which(?:\s+of)?|any of|any|what|name|enumerate|overview of)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+s)\b|(?<=^\W*(?:the\s+|all\s+)?)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+s)\b/gi;

/**
 * A list noun typed short ("pubs" for "publications", "orgs"): the one list noun its stem of three or four
 * letters begins. The noun itself when it is a list noun, or when none or several begin so.
 */
function abbreviatedNoun(noun: string, listNouns: ReadonlySet<string>): string {
  if (listNouns.has(noun)) return noun;
  // Three or four letters: a longer word is a word of its own ("partners" is no "partnerships").
  const stem = noun.replace(/s$/, "");
  if (stem.length < 3 || stem.length > 4) return noun;
  const longer = [...listNouns].filter((known) => known.length > noun.length && known.startsWith(stem));
  return longer.length === 1 ? longer[0]! : noun;
}

// A partitive put first: "Of the countries in the project, which ones …?", "Among the four resolutions, …". Its head
// is the first plural after the determiner (and up to three modifiers: numbers, adjectives, names).
const PARTITIVE_HEAD = /^\W*(?:of|among|out of|from)\s+(?:all\s+)?(?:the|these|those|its|their|[\p{L}\d]+['’]s)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(\p{Ll}+s)\b/iu;

/**
 * The list noun that "which ones" stands for, or undefined: a partitive's head when the question opens with one
 * ("Of the countries …, which ones" asks for countries, not for the records named after them), else the plural
 * right before "which ones" ("On the six SDG transitions, which ones …?"). Only a noun in `listNouns` counts: "the
 * relevant SDGs … Which ones were listed?" asks for goals, not a list of records.
 */
function onesNoun(question: string, listNouns: ReadonlySet<string>): string | undefined {
  const before = /^(.*?)\bwhich ones\b/is.exec(question)?.[1];
  if (before === undefined) return undefined;
  const head = PARTITIVE_HEAD.exec(before)?.[1]?.toLowerCase();
  if (head) return listNouns.has(head) ? head : undefined;
  return (before.toLowerCase().match(/\b[a-z]+s\b/g) ?? []).slice(-1).find((noun) => listNouns.has(noun));
}

/** Nouns that name a record field's kind of fact, by the intent that asks for it (general English). */
const FIELD_NOUNS: [Intent, string][] = [
  ["when", "dates?|timing|when"],
  ["where", "venues?|locations?|places?|city|cities|where"],
  ["who", "partners?|organi[sz]ers?|funders?|donors?"],
  ["sdg", "sdgs?|goals?"],
  ["language", "languages?"],
  ["website", "websites?|links?|urls?"],
];
const FIELD_NOUN = FIELD_NOUNS.map(([, nouns]) => nouns).join("|");
/** The kind a whole word names as a field noun (`FIELD_NOUNS`), or undefined: "venue" → where, "outcomes" → undefined. */
const FIELD_NOUN_KINDS = FIELD_NOUNS.map(([kind, nouns]) => [kind, new RegExp(`^(?:${nouns})$`, "i")] as const);
const fieldNounKind = (word: string): Intent | undefined => FIELD_NOUN_KINDS.find(([, whole]) => whole.test(word))?.[0];
const COORDINATED_FIELDS = new RegExp(`\\b(${FIELD_NOUN})\\s*(?:,|&|\\+|/|\\band\\b|\\bor\\b)\\s*(?:the\\s+|its\\s+|their\\s+)?(${FIELD_NOUN})\\b`, "gi");

/** A field noun and another noun side by side, either first: "dates and outcomes", "edition and SDGs". */
const FIELD_AND_OTHER = new RegExp(`\\b(?:(${FIELD_NOUN})\\s*(?:,|&|\\+|\\band\\b)\\s*(?:the\\s+|its\\s+|their\\s+|which\\s+|what\\s+)?([a-z]{4,})|([a-z]{4,})\\s*(?:,|&|\\+|\\band\\b)\\s*(?:the\\s+|its\\s+|their\\s+|which\\s+|what\\s+)?(${FIELD_NOUN}))(?=\\s*(?:[?.!:;,)]|$|\\b(?:of|for|in|at)\\b))`, "gi");

/**
 * What a question asks of each record beside its fields, as terms: the noun named side by side with a field noun
 * that is no field noun itself ("Compare the two CND segments: dates and outcomes" → "outcom"; "edition and SDGs" →
 * "edition"). Function words are none. Found by a new-user trial (the outcomes were left out).
 */
function askedAspects(question: string): string[] {
  const aspects: string[] = [];
  for (const match of question.matchAll(FIELD_AND_OTHER)) {
    const other = match[2] ?? match[3]!;
    if (fieldNounKind(other)) continue;
    aspects.push(...tokenize(other));
  }
  return [...new Set(aspects)];
}

/**
 * The field kinds a question asks for by naming them side by side ("dates and venue", "partners + SDGs",
 * "where and when"): each noun's kind from `FIELD_NOUNS`. Empty when no two field nouns are joined. Found by blind
 * set 27 ("CCPCJ 33rd session - dates and venue pls" answered with the dates alone).
 */
function coordinatedFieldKinds(question: string): Set<Intent> {
  const kinds = new Set<Intent>();
  for (const match of question.matchAll(COORDINATED_FIELDS)) {
    for (const noun of [match[1]!, match[2]!]) {
      const kind = fieldNounKind(noun);
      if (kind) kinds.add(kind);
    }
  }
  return kinds;
}

/**
 * "Who does X <verb> … for/to?" (general English): the preposition left at the end asks whom the work is for or goes to
 * ("Who does Turquesa build capacity for?", blind dev 30), where "who does X work with?" or "who funds X?" asks who
 * takes part.
 */
const DONE_FOR_WHOM = /\bwho(?:m)?\s+(?:does|do|did|will)\s+\S.*\s(?:for|to)\s*\?*\s*$/i;

export function analyzeQuestion(question: string, listNouns: ReadonlySet<string> = new Set()): QuestionAnalysis {
  // "Does the project cover Africa?", "Is it active in Kenya?": a yes/no question about where something reaches.
  const reaches = /^\W*(does|do|did|is|are|was|were|has|have)\b.*\b(cover|covers|covered|reach|reaches|reached|include|includes|operate|operates|active|work|works|run|runs|implemented)\b/i.test(question) && PLACE_PATTERN.test(question);
  // "What does CAE mean?", "meaning of VPIs", "CAE meaning", "full form of UNTOC": asked of an acronym in capitals.
  // "By what means?" after an acronym asks how, not what the acronym means.
  // "Define CCPCJ", "definition of VPI", "What mean the letters CAE …?", "What is meant by CAE?", "What does CAE mean
  // in the environment part?" ask the same of an acronym.
  const spellsOut = /\b[A-Z][A-Z0-9]{1,9}s?\b/.test(question.replace(/^What\b/, "")) && (/(?<!\bby\s+(?:what|which|any|other|these|those)\s+)\b(mean|means|meaning)\W*$|\b(meaning|full (form|name)) of\b|^\W*define\b|\b(?:letters|initials)\b[^?]*\b(?:mean|means|meaning|stand)\b|\b(?:mean|means|meaning|stand)\b[^?]*\b(?:letters|initials)\b|\bwhat\s+(?:is|are)\s+meant\s+by\b/i.test(question) ||
      /\b[Ww]hat\s+(?:does|do)\s+(?:the\s+)?[A-Z][A-Z0-9]{1,9}s?\s+(?:mean|stand)\b(?!\s+by\b)/.test(question) || /\b[Dd]efinition of (?:the )?[A-Z][A-Z0-9]{1,9}s?\b/.test(question));
  // "Was the 33rd session held in New York?": a yes/no question about where something happened asks where it did.
  const heldAt = YES_NO_HELD_AT.test(question);
  // "What has UNODC been powering for farmers who are off the grid?" asks what: after a noun, "who" opens a
  // relative clause that says which farmers, when another question word opens the question.
  // "Where in the submission is X's funder named?" asks for the funder, with its place in the text (the citation).
  // So do "Where does it say …?" and "Where does the submission mention …?": they ask for the passage, not a place.
  const unplaced = question
    .replace(/\bwhere\s+in\s+(?:the|this|that|its|their)\s+(?:submission|document|report|text)\b/i, "")
    .replace(/\bwhere\s+(?:does|do|did)\s+(?:it|they|the\s+(?:submission|document|report|text)|this)\s+(?:say|says|mention|talk\s+about|discuss|cover|refer\s+to|speak\s+(?:of|about)|describe|flag|note)\b/i, "");
  const asking = /^\W*(what|which|how|when|where|why)\b/i.test(unplaced) ? unplaced.replace(RELATIVE_WHO, " ") : unplaced;
  const typed = spellsOut ? "define" : (INTENTS.find(([, pattern]) => pattern.test(asking))?.[0] ?? (reaches || heldAt ? "where" : "general"));
  // "Who does Turquesa build capacity for?" asks whom the work is for, not who does it: no doer's field answers it.
  const intent = typed === "who" && DONE_FOR_WHOM.test(question) ? "general" : typed;
  const terms = retrievalTerms(question);
  const numbers = [...question.matchAll(/\b(\d+(?:[.,/]\d+)*)(?:st|nd|rd|th)?\b/gi)].map((m) => m[1]!);
  // "What does the Forum do?", "What does UNODC do to make prisons resilient?", "What is SE4U for?"
  const aboutWhole = intent === "general" && asksAboutName(question);
  const describes =
    intent === "general" &&
    (/\bwhat (does|do|did|is|are|was|were|has|have)\b.*\b(for|cover|covers|look at|looks at|about|involve|involves|achieve|achieved)\W*$/i.test(question) ||
      /\bwhat (does|do|did|has|have|is|are)\b.*\b(do|doing|done|offer|offers|provide|provides)\b/i.test(question) ||
      aboutWhole ||
      // "How is the Office using solar power…?", "How does it help farmers?": the manner spans sentences too.
      /^\W*how (is|are|was|were|does|do|did|has|have)\b(?!.*\b(many|much|long|often|far)\b)/i.test(question));
  // A hyphenated acronym is one ("J-TIP").
  // A slashed acronym is one too ("DETRAE/MTE").
  const acronym = intent === "define" ? /\b([A-Z](?:[A-Z0-9]|[-/](?=[A-Z])){1,12})s?\b/.exec(question.replace(/^(?:What|Define)\b/, ""))?.[1] : undefined;
  // "what UNODC reports about…": after "what" and a name, a word in -s is the name's verb, not a list noun.
  const listNoun = [...question.matchAll(LIST_CUE)]
    .filter((m) => !/^[Ww]hat\s+(\p{Lu}[\p{L}\d-]*\s+)+[a-z]+s$/u.test(m[0]))
    .map((m) => abbreviatedNoun((m[1] ?? m[2] ?? m[3] ?? m[4]!).toLowerCase(), listNouns))
    .find((noun) => listNouns.has(noun)) ??
    // "On the six SDG transitions, which ones …?": "ones" stands for the plural noun right before it, when that is
    // a list noun ("the relevant SDGs … Which ones were listed?" asks for goals, not a list).
    onesNoun(question, listNouns);
  const precision = intent === "when" ? (EXACT_DAY.test(question) ? "day" : MONTH_ASKED.test(question) ? "month" : HOUR_ASKED.test(question) ? "hour" : FREQUENCY_ASKED.test(question) ? "frequency" : ENDS.test(question) ? "end" : undefined) : intent === "where" ? (SITE.test(question) ? "site" : CITY.test(question) ? "city" : undefined) : undefined;
  // "Where was it held and on which dates?": every record-field kind the question asks, besides the first. So do
  // field nouns joined as a list of what is wanted ("dates and venue pls").
  const coordinated = coordinatedFieldKinds(question);
  const alsoAsks = [...new Set(INTENTS.filter(([kind, pattern]) => kind !== intent && INTENT_FIELDS[kind] && (pattern.test(question) || coordinated.has(kind))).map(([kind]) => kind))];
  const cueText = INTENTS.find(([kind]) => kind === intent)?.[1].exec(asking)?.[0];
  const cue = cueText ? tokenize(cueText) : [];
  const aspects = askedAspects(question);
  return { question, intent, terms, numbers, listNoun, acronym, names: [], describes, ...(alsoAsks.length ? { alsoAsks } : {}), ...(aspects.length ? { aspects } : {}), ...(aboutWhole ? { aboutWhole } : {}), ...(precision ? { precision } : {}), ...(cue.length ? { cue } : {}) };
}

// Words a name may hold in lower case: "Forum on Drugs", "Office of the High Commissioner for Human Rights".
const NAME_LINKS = new Set(["of", "on", "for", "the", "and", "in", "to", "against", "a", "an", "at", "de", "la", "le", "des", "&"]);

/**
 * "What is Project X?", "What's the Forum on Y?", "Tell me about the Z Coalition": a name asked about whole.
 * The name is every word after the opener: capitalised, a figure or symbol, quoted, or a linking word.
 */
function asksAboutName(question: string): boolean {
  const match = /^\W*(?:what(?:'s|’s| is| are| was| were)|tell me about|describe)\s+(?:the\s+)?(.+?)\W*$/i.exec(question);
  if (!match) return false;
  const words = match[1]!.replace(/["“”][^"“”]*["“”]/g, " Q ").split(/\s+/).filter(Boolean);
  return /^[\p{Lu}\d]/u.test(words[0] ?? "") && words.every((w) => /^[\p{Lu}\d("“]/u.test(w) || NAME_LINKS.has(w.toLowerCase()));
}

/** Record fields that hold the answer to each intent. */
export const INTENT_FIELDS: Partial<Record<Intent, RegExp>> = {
  when: /date/i,
  where: /location|venue|city|countr|region|coverage|benefit/i,
  who: /partner|publishing|organi[sz]er|fund/i,
  sdg: /sdg/i,
  language: /language/i,
  audience: /audience/i,
  website: /website|url|link/i,
};

/** Figures that label rather than count: goal numbers, list markers, ordinals, symbols and numbered items. */
const LABELLED_FIGURES = /\b[\w.]*\d+\/[\d/]+\b|\b(?:SDGs?|Goals?|targets?|indicators?|resolutions?|decisions?|questions?|articles?|paragraphs?|sections?|Q)\s*\d[\d.]*(?![\d/])(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\d[\d.]*)*|\(\s*(?:\d+|[ivx]+)\s*\)|(?:^|\s)\d+\)|\b\d+(?:st|nd|rd|th)\b/gi;

const MONTHS = MONTH_ALTERNATION;

/** A month or a year: what any date holds. */
/** A month or a year: what dates a text. */
/** A month's name, as a word. */
const MONTH_MENTION = new RegExp(`\\b(${MONTHS})\\b`);
export const DATE_MENTION = new RegExp(`\\b(${MONTHS})\\b|\\b(19|20)\\d{2}\\b`, "i");
/** A duration ("2.5-year", "six months" spelt with a figure) or "since": a "when" answer without a date. */
const DURATION_OR_SINCE = /\b\d+(\.\d+)?[- ](year|month|week|day)s?\b|\bsince\b/i;
/** "in Nairobi", "at the Margins of…": a capitalised word after a preposition of place, a month excepted. */
const PLACE_AFTER_PREPOSITION = new RegExp(`\\b(in|at|across|from) (the )?(?!(?:${MONTHS})\\b)[A-Z][a-z]+`);

/** A yes/no question on where something took place, naming a place that is no month: "Was it held in Bangkok?". */
const YES_NO_HELD_AT = new RegExp(`^\\W*(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Ww]ill|[Dd]id|[Dd]oes|[Dd]o)\\b.*\\b(?:held|hosted|located|based|convened|take place|took place|taking place|organi[sz]ed|meet|met)\\s+(?:in|at)\\s+(?:the\\s+)?(?!(?:${MONTHS})\\b)[A-Z]`);

/** "in Nairobi", not "in Chile" (a country or region, CLDR) nor "in May": a city is named after "in" or "at". */
const CITY_AFTER_PREPOSITION = new RegExp(`\\b(in|at) (?!(?:${MONTHS}|The)\\b)(?!${PLACE_PATTERN.source})[A-Z][a-z]+`);
/** "Vienna, Austria": a capitalised word before a country, itself no country ("Mexico, Pakistan" lists two). */
export const CITY_BEFORE_COUNTRY = new RegExp(`(?<![\\p{L}])(?!${PLACE_PATTERN.source})\\p{Lu}\\p{Ll}+, (${PLACE_PATTERN.source})`, "u");

/** A date to the day: "13-17 May 2024", "May 13", "2024-05-13", "13/05/2024". */
const DAY_DATE = new RegExp(`\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}\\b`, "i");

/** Whether text holds the fact as precisely as the question asks (QuestionAnalysis.precision); true without one. */
export function holdsPrecision(precision: QuestionAnalysis["precision"], text: string): boolean {
  switch (precision) {
    case "day":
      return DAY_DATE.test(text);
    case "month":
      return MONTH_MENTION.test(text) || DAY_DATE.test(text);
    case "end": {
      // A start ("since 2021", "from 2021", "began in 2021", "will start in November 2024") does not say when
      // something ends, nor does a duration ("a 2.5-year initiative"): a month or a year must remain.
      const rest = text.replace(/\b(since|from|begins?|began|begun|starts?|started|launched|established|implemented since)\b[^.;,]*?\b(19|20)\d{2}\b/gi, " ");
      return DATE_MENTION.test(rest);
    }
    case "hour":
      // A time of day: "10:00", "3 pm", "15h".
      return /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h\b|hrs\b|o['’]clock)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight)\b/i.test(text);
    case "frequency":
      // How often, in general English: "annually", "every year", "twice a year", "each session", "regularly".
      return /\b(?:annual(?:ly)?|yearly|biennial(?:ly)?|monthly|weekly|daily|regular(?:ly)?|periodic(?:ally)?|every|each\s+(?:year|month|week|session)|(?:once|twice|\w+\s+times)\s+(?:a|per|each)\b)/i.test(text);
    case "site":
      // A building or a room, by the words that name one: a city and its country do not say which.
      return /\b(?:building|room|hall|floor|centre|center|headquarters|premises|street|avenue|road|square|plaza|palais|palace|house)\b/i.test(text);
    case "city":
      // A city is named after "in" or "at" without "the" ("in Nairobi"; not "at the Margins of…"), or before its country ("Vienna, Austria").
      return CITY_AFTER_PREPOSITION.test(text) || CITY_BEFORE_COUNTRY.test(text);
    default:
      return true;
  }
}

/** Whether a piece of text holds the kind of fact the intent asks for. */
export function holdsIntent(intent: Intent, text: string, questionNumbers: string[] = []): boolean {
  switch (intent) {
    case "when":
      return DATE_MENTION.test(text) || DURATION_OR_SINCE.test(text);
    case "count": {
      // A figure the question did not bring, and not a year: "67th session" holds no count for "how many attended the 67th".
      // Labels are no counts either: goal numbers ("SDGs 8, 16 and 17"), list markers ("(1) promote…", "2)"),
      // ordinals ("33rd"), symbols ("67/4").
      // "One of the outcomes" picks one out; it counts nothing. Nor does a date ("18-22 March 2024").
      const unlabelled = text.replace(LABELLED_FIGURES, " ").replace(/\bone of\b/gi, " ").replace(new RegExp(DAY_DATE.source, "gi"), " ");
      const figures = [...unlabelled.matchAll(/\b\d[\d,.]*\b/g)].map((m) => m[0].replace(/[.,]$/, "")).filter((n) => !questionNumbers.includes(n) && !/^(19|20)\d{2}$/.test(n));
      return figures.length > 0 || /%|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b/i.test(unlabelled);
    }
    case "amount":
      return /[$€£]|\b(usd|eur|dollars?|euros?|francs?)\b|\b\d[\d,.]*\s*(million|billion|thousand)\b/i.test(text);
    case "sdg":
      return /\bsdgs?\b|\bgoals? \d/i.test(text);
    case "where":
      return PLACE_PATTERN.test(text) || PLACE_AFTER_PREPOSITION.test(text) || /,\s*[A-Z][a-z]+$/.test(text);
    case "person":
      // A person is named with a title in the submissions' register: "Mr. …", "H.E. …", "Ambassador …". A title
      // word inside a name ("Criminal Justice", "Prime Minister's Office") or before a sentence's "The" is none.
      return /\b(Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.?\s+[A-Z]|(?<![\p{Lu}][\p{L}-]*\s)\b(Ambassador|Professor|Minister|Judge|Justice|Sir|Dame)\s+(?!(?:The|This|These|That|In|On|At|For|And|Of|A|An)\b)[A-Z][a-z]+/u.test(text);
    case "language":
      return LANGUAGE_PATTERN.test(text);
    case "who":
      return /\b[A-Z][a-zA-Z]+(\s+(of|for|and|the|on)?\s*[A-Z][a-zA-Z]+)+|\b[A-Z]{2,}\b/.test(text);
    case "symbol":
      // "E/RES/2024/10", "67/4", or a numbered resolution or decision ("Resolution 71").
      return /\b[A-Z]+\/[A-Z]+\/\d|\b\d+\/\d+\b|\b(resolution|decision|document|report) (no\.? ?)?\d+\b/i.test(text);
    case "website":
      return /https?:\/\/|www\./i.test(text);
    default:
      return true;
  }
}
