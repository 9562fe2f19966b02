import { spelledNumbersAsDigits } from "../text/number-words.js";
import { irregularBase, irregularPast } from "../text/word-forms.js";
import { splitSentences } from "../text/split-sentences.js";
import { tokenize } from "../text/tokenize.js";

/**
 * Messages longer than this (characters) are searched by the sentences that ask, not by every word: a
 * 380-character message with a polite preamble lost its question (issue 14). Shorter ones are taken whole.
 */
export const PREAMBLE_MIN_CHARS = 160;

// Sentences that ask: a question mark, an opening that asks ("Could you…", "Which…"), a request for information
// ("Please list…", "Tell me…"), or an asking clause inside a statement ("I need to know how many countries…", "My
// delegation would appreciate clarification on how UNODC sought…").
const ASKS = /\?\s*$|^\s*(what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|has|have|can|could|would|will|list|name|tell|give|show|explain|describe|summari[sz]e)\b|\b(please|kindly)\s+(list|name|tell|give|show|explain|describe|summari[sz]e|provide|share|confirm|send|let me know)\b/i;
const EMBEDDED_ASK = /\b(know|tell me|find out|confirm|need|understand|wondering|wonder|check|clarify|clarification|explanation|appreciate|asking)\b.*\b(what|which|who|whom|whose|when|where|why|how|whether|if)\b|\b(i|we)(\s+really)?(?:\s+|(?=['’]))(need|want|would like|['’]d like|am looking for|['’]m looking for|are looking for|['’]re looking for)\s+(the|a|an|some|any|to know|to confirm)\b/i;
// Requests in the words staff use (general English), that neither ask nor name a question word: "I'm trying to find
// out …", "It would be great to know …", "I'd be grateful if you could …", "I'm hoping to get …", "My question is
// …", "We are keen to understand …", "Any chance you could …", "Looking for …", "I require …", "Please advise on
// …", "Kindly indicate …", "Help me find …", "I need to double-check …", "We're after …", "…, please."
const REQUEST =
  /\b(?:trying|hoping|keen|eager|wanting|seeking)\s+to\s+(?:find|understand|figure|work out|get|confirm|establish|learn|see|locate|track|know|check|verify|clarify|identify|hear)\b|\b(?:looking|searching)\s+for\b|\b(?:great|helpful|useful|good|nice)\s+to\s+(?:know|have|get|see|learn|hear|understand|find out|confirm)\b|\b(?:grateful|thankful|appreciated?|helpful|great)\s+if\b|\b(?:my|our|the|one)\s+(?:question|query|request)\s+(?:is|was)\b|\bany chance\b|\blove to\b|\b(?:i|we)\s+(?:would\s+)?(?:require|need)\s+(?:the|a|an|some|any)\b|\b(?:please|kindly|pls)\s+(?:\w+\s+)?(?:advise|indicate|specify|send|could|can|would|help|point|share|clarify|check|verify|find|look|state|outline|summari[sz]e|identify)\b|\bhelp (?:me|us)\s+(?:find|understand|get|locate|with|figure|work out|check)\b|\bplease\W*$|\b(?:need|needs|needed|want|wants)\s+to\s+(?:check|double-check|verify|find|get|see|understand|learn|know|confirm)\b|\b(?:i|we)(?:['’](?:m|re)|\s+am|\s+are)\s+after\b/i;
// A sentence that only greets, thanks or asks for a style of answer ("Please keep it brief; many thanks", "Hello
// and thanks in advance.") asks nothing.
// So does a bare request to look ("Could you check the document for me?", "Please double-check."): what to look for
// is the question before it.
const COURTESY = /^\s*(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|kindly\s+)?(?:check|look|search|double-check|verify)(?:\s+(?:in|through|at|into))?(?:\s+(?:the|this|that|your)\s+(?:document|submission|text|report|file|source))?(?:\s+for\s+(?:me|us))?(?:\s*,?\s*please)?\s*[?.!]*\s*$|^\s*(please\s+(keep|be|make|note|excuse|forgive)|(many\s+)?thanks|thank you|kind regards|best( regards)?|regards|cheers|apologi[sz]e|sorry)\b|^\s*(hello|hi|hey|greetings|good (morning|afternoon|evening))\b(\s+[^\s?]+){0,5}\s*[.!]?\s*$/i;
// An acknowledgement of the last answer before the next question ("Got it. And how did …?", "OK, thanks - where …?"):
// it asks nothing, and its "it" points at nothing asked.
// Several may run together before the mark: "ok thanks. unrelated - …".
const ACKNOWLEDGING = String.raw`(?:ok(?:ay)?|got it|great|thanks|thank you|many thanks|perfect|understood|noted|cool|i see|makes sense|that helps)`;
const ACKNOWLEDGEMENT = new RegExp(String.raw`^\s*(?:(?:${ACKNOWLEDGING}\s+)*${ACKNOWLEDGING}\s*[.!,;:—–-]+\s*)+(?=\S)`, "i");
// A greeting that opens a sentence ("Good afternoon, our unit…", "Dear team,"): the rest of the sentence is read.
const GREETING = /^\s*(hello|hi|hey|dear|good (morning|afternoon|evening)|greetings)\b[^,;:—–!-]*[,;:—–!-]\s*/i;
// Who the asker speaks for, before the question ("On behalf of the Kenyan mission: in which activities …?"): it asks
// nothing, and its words ("mission") are no topic.
const ON_BEHALF = /^\s*(?:(?:writing|speaking|asking)\s+)?on\s+behalf\s+of\s+[^,;:—–?]{1,80}[,;:—–]\s*(?=\S)/i;
// A lead-in that says what kind of message this is or where it comes from, before the question ("Hi, quick one
// from the EOSG: was there anything on …?", "Quick question: …", "From the Kenyan mission: …"): it asks nothing,
// and its words ("EOSG") are no topic.
const LEAD_IN = /^\s*(?:(?:(?:a|one)\s+)?quick\s+(?:one|question|q|query)(?:\s+from\s+[^:?]{1,40})?|(?:a\s+)?(?:question|query)\s+from\s+[^:?]{1,40}|from\s+(?:the\s+)?[^:?]{1,40})\s*:\s*(?=\S)/i;
// A sentence that leans on the one before it for its subject ("…on the ImPACT Coalition. When was it set up?").
const LEANS_BACK = /\b(it|they|them|this|these|those|the same|ones)\b|\bthat\W*$/i;
// "its" and "their" lean back only when nothing before them in the sentence is named ("What did UNODC support
// under its education work?" names its own antecedent).
const POSSESSIVE = /\b(its|their)\b/i;
const NAMED_BEFORE = /^.+?\s(\p{Lu}{2,}|\p{Lu}\p{Ll}+)\b/u;
function leansBack(sentence: string): boolean {
  if (LEANS_BACK.test(sentence)) return true;
  const possessive = POSSESSIVE.exec(sentence);
  return possessive !== null && !NAMED_BEFORE.test(sentence.slice(0, possessive.index));
}
/**
 * How many sentences before an asking one that leans back are read with it. Two: in blind dev 2's long
 * messages the subject sat one or two sentences before the ask ("…which goals UNODC was asked about. I'd like
 * to confirm the list. Which SDGs are those?"); three would read most preambles whole.
 */
const ANTECEDENT_SENTENCES = 2;

/**
 * An acronym said letter by letter, as dictation writes it: "the h l p f" → "the HLPF", "u n d p" → "UNDP". Three
 * letters or more, or two that are no English words on their own ("u n", not "a b" nor "i e"): each a single
 * letter between spaces.
 */
const SPELLED_LETTERS = /(?<![\p{L}\p{N}'’.-])(?:\p{L}\s){2,}\p{L}(?![\p{L}\p{N}'’-])|(?<![\p{L}\p{N}'’.-])[b-hj-z]\s[b-hj-z](?![\p{L}\p{N}'’-])/giu;

/**
 * Folds what a keyboard or a copy and paste may bring: full-width letters and digits ("ＣＣＰＣＪ"),
 * ligatures and other compatibility forms (Unicode NFKC), and runs of white space; and a phone's shorthand for
 * "with" and "without" ("the strategy w unodc", "w/ UNDP", "kids w/o parents"); numbers from 21 to 99 that
 * dictation spells out, in digits as the submissions write them ("the thirty third session" → "the 33rd session",
 * `spelledNumbersAsDigits`), and years ("twenty twenty five" → "2025"); an acronym said letter by letter ("h l p f" →
 * "HLPF", `SPELLED_LETTERS`); a chat's shorthand ("abt", "rq", `CHAT_WORDS`) and its contractions without an apostrophe ("whats",
 * `UNMARKED_CONTRACTIONS`); and an adverb of emphasis after a
 * question word ("what even is SE4U" → "what is SE4U"); a clause that sets something aside before a question ("Apart from
 * the high-level segment, when did the regular segment take place?", `SET_ASIDE`).
 */
export function normalizeQuestion(text: string): string {
  return spelledNumbersAsDigits(text.normalize("NFKC"))
    .replace(/\s+/g, " ")
    .trim()
    // "y/n: was UNODC …?", "Yes or no - did …?": a label saying the question is closed, which the question says itself.
    .replace(/^(?:y\/n|yes\s*\/\s*no|yes\s+or\s+no)(?:\s+(?:question|q))?\s*[:?—–-]+\s*/i, "")
    // "Member State(s)", "context(s)", "country(ies)": a noun that may be one or more is asked as a plural.
    .replace(/(?<=\p{L}{2})\(s\)/gu, "s")
    .replace(/(?<=\p{L})y\(ies\)/gu, "ies")
    .replace(/(?<=\s)w\/o(?=\s|$)/gi, "without")
    .replace(/(?<=\s)w\/(?=\s*\p{L})\s*/giu, "with ")
    .replace(/(?<=\p{L}\s)w(?=\s+\p{L})/gu, "with")
    .replace(SPELLED_LETTERS, (letters) => letters.replace(/\s+/g, "").toUpperCase())
    .replace(CHAT_SHORTHAND, (word) => CHAT_WORDS[word.toLowerCase()] ?? word)
    .replace(UNMARKED_CONTRACTION, (word) => {
      const contraction = UNMARKED_CONTRACTIONS[word.toLowerCase()]!;
      return /^\p{Lu}/u.test(word) ? contraction[0]!.toUpperCase() + contraction.slice(1) : contraction;
    })
    // "what even is SE4U", "who exactly runs it": an adverb of emphasis between the question word and its verb.
    // "exactly" and "precisely" stay: they ask for precision ("when exactly", "where exactly").
    .replace(/\b(what|which|who|where|when|how)\s+(?:even|actually|really|basically)\s+(?=(?:is|are|was|were|does|do|did|runs?|funds?)\b)/gi, "$1 ")
    .replace(MEANING_REQUEST, (_, term: string) => `What does ${term} mean?`)
    .replace(WRITING_REQUEST, "")
    .replace(WRITING_PURPOSE, "")
    .replace(SET_ASIDE, withoutSetAside)
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * An email's closing after its last sentence, with the signature after it (general English): "… Is that right? Thanks,
 * Ana Comms Unit", "… Can you confirm? Best regards, Tom", "… Many thanks Li (Front Office)". It asks nothing, and read
 * as part of the question it hid a statement to confirm (blind dev 23's forwarded emails). No question mark in it.
 */
const CLOSING = /(?<=[.?!])\s+(?:(?:many\s+|thanks\s+)?thanks(?:\s+(?:a lot|so much|again|in advance))?|thank you(?:\s+(?:so much|in advance))?|(?:kind|best|warm|many)\s+regards|regards|best(?:\s+wishes)?|all the best|cheers|sincerely|yours)\b[^?]{0,80}$/i;

/**
 * A clause that sets something aside, opening a sentence before the question it frames (general English): "Apart from
 * the high-level segment, when exactly did the regular segment …?", "Besides Kenya, which countries …?". What it names
 * is what the question does not ask about, so its words are not searched: kept, they pulled the answer to the thing
 * set aside (blind dev 23).
 */
const SET_ASIDE = /(?<=^|[.!?]\s+)(?:apart from|aside from|besides|other than|except(?:\s+for)?|excluding|leaving aside|setting aside|not counting)\s+[^,.?!;:]{1,80},\s*((?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b)/gi;
/** The question `SET_ASIDE` framed, opening its sentence as a sentence opens (a capital: sentences are split before one). */
const withoutSetAside = (_: string, asked: string) => asked.charAt(0).toUpperCase() + asked.slice(1);

/**
 * A request to explain what a quoted term means, with whatever frames it: "Please could you explain in simple words
 * what 'alternative development' means in this paper, I keep seeing it" → "What does alternative development
 * mean?". The frame's words ("simple", "paper", "seeing") name no topic. Only a term in quotation marks: general English.
 */
const MEANING_REQUEST = /^[^?]*?\b(?:explain|tell\s+(?:me|us)|clarify|remind\s+(?:me|us))\b[^'"‘“?]*?\bwhat\s+['"‘“]([^'"’”?]{2,80})['"’”]\s+(?:means?|stands?\s+for|is)\b[^?]*\??$/i;

/**
 * A request for a line to use in writing (general English): "I need a one-liner on X", "Give me a punchy line
 * about X", "Can I get a soundbite on X". The frame is dropped: X alone is what is asked about, and a question
 * ("What does the submission say about X?") found the less quotable sentence on the dev probes.
 */
const WRITING_REQUEST =
  /^\W*(?:(?:i|we)\s+(?:need|want|would\s+like|['’]d\s+like)|(?:can|could)\s+(?:i|we)\s+(?:get|have)|(?:can|could)\s+you\s+(?:give|suggest|write)(?:\s+me)?|give\s+me|(?:i['’]?m\s+)?looking\s+for|suggest)\s+(?:a|an|some)\s+(?:(?:quick|short|good|strong|punchy|quotable|catchy|crisp|snappy)\s+)*(?:one[- ]liners?|lines?|soundbites?|sound\s+bites?|blurbs?|taglines?|takeaways?|key\s+messages?)\s+(?:on|about|for|re|regarding)\s+/i;
/** What the line is for, ending the message: "… for a speech", "… for my remarks in Brasília", "… for the newsletter" (not "in the brief that …"). */
const WRITING_PURPOSE = /\s+(?:for|in)\s+(?:a|an|my|our|the)\s+(?:speech|remarks|brief|briefing|note|press\s+release|tweet|thread|post|op-ed|statement|talking\s+points|newsletter|slide|deck|article)(?:\s+(?:in|at|on|for)\s+[\p{L}-]+)?(?=[?.!]*$)/iu;

/**
 * A chat's shorthand, in lower case as typed, and what it stands for (general English; "" for fillers that ask
 * nothing: "rq", real quick; "ngl", not going to lie). Upper-case forms are left: they may be acronyms.
 */
/**
 * Contractions typed without their apostrophe, as chat and dictation write them ("whats the weather", "isnt it"):
 * only those that are no English word of their own ("cant", "wont", "hes" and "its" are, or may be, left).
 */
const UNMARKED_CONTRACTIONS: Readonly<Record<string, string>> = { whats: "what's", wheres: "where's", whos: "who's", hows: "how's", whens: "when's", isnt: "isn't", arent: "aren't", wasnt: "wasn't", werent: "weren't", doesnt: "doesn't", didnt: "didn't", dont: "don't", hasnt: "hasn't", havent: "haven't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't" };
const CHAT_WORDS: Readonly<Record<string, string>> = { abt: "about", rq: "", ngl: "", tbh: "", pls: "please", plz: "please", thx: "thanks", u: "you", ur: "your", govt: "government", bc: "because", b4: "before", dept: "department", depts: "departments", intl: "international", natl: "national", yr: "year", yrs: "years", alt: "alternative", dev: "development", devt: "development", mgmt: "management" };
const CHAT_SHORTHAND = new RegExp(String.raw`(?<![\p{L}\d/-])(?:${Object.keys(CHAT_WORDS).join("|")})(?![\p{L}\d/-])`, "gu");
const UNMARKED_CONTRACTION = new RegExp(String.raw`(?<![\p{L}\d/-])(?:${Object.keys(UNMARKED_CONTRACTIONS).join("|")})(?![\p{L}\d/-])`, "giu");

// Words that only open a message before a statement or a request to confirm it: "OK, …", "Sorry, …", "Hi - …".
const OPENING_WORDS = String.raw`ok(?:ay)?|so|and|but|also|sorry|hi|hello`;
// "Can I say the draft convention creates …?": a statement put without "that", after a verb of saying alone (not
// "quote" or "use", whose object is no statement: "Can I quote the Director?").
const SAY_BARE = String.raw`(?:can|could|may)\s+(?:i|we)\s+(?:safely\s+)?(?:say|write|state|claim)(?=\s+(?!that\b|something\b|anything\b|this\b|it\b|so\b)\S)`;
const SAYS_BARE = /(?:can|could|may)\s+(?:i|we)\s+(?:safely\s+)?(?:say|write|state|claim)\s*$/i;
// Asking whether a statement may be used in writing: "Can I say in the press line that …", "Could we write that …".
const SAY_IT = String.raw`(?:can|could|may|shall|should)\s+(?:i|we|one)\s+(?:safely\s+)?(?:say|write|state|claim|report|quote|put|mention|use)(?:\s+(?:in|on|for)\s+[^?]{1,40}?)?(?=\s+that\b)|${SAY_BARE}`;
// "Am I safe writing that …", "Am I okay saying …", "Is it fair to say that …", "Would it be accurate to say …".
const SAFE_TO_SAY = String.raw`(?:am|are)\s+(?:i|we)\s+(?:safe|ok(?:ay)?|fine|right|correct)(?:\s+in)?\s+(?:writing|saying|stating|claiming|reporting|thinking)|(?:is|would)\s+it\s+(?:be\s+)?(?:safe|fair|accurate|correct|right|true|ok(?:ay)?|fine|reasonable)\s+to\s+(?:say|write|state|claim|report)`;
// A request to confirm a statement: "Can you confirm (that) …", "Is it correct that …", "Please verify whether …",
// "Am I right that …". What follows is the statement, to be asked as a yes/no question.
// Whether the text says a statement: "Does the submission actually say that …", "Did the report really claim that …".
const TEXT_SAYS = String.raw`(?:does|did)\s+(?:the\s+)?(?:submission|document|report|text|it)\s+(?:actually\s+|really\s+|in\s+fact\s+|indeed\s+)?(?:say|state|claim|mention|report|confirm)(?=\s+that\b)`;
const CONFIRM_FRAME = new RegExp(
  String.raw`^\W*(?:(?:${OPENING_WORDS}|quick(?:ly)?)\W+)*(?:(?:(?:can|could|would)\s+(?:you|u|someone)\s+(?:please\s+)?|please\s+|pls\s+)?(?:confirm|verify|check|double[- ]check)\b(?:\s+for\s+me)?|(?:is|was)\s+it\s+(?:correct|true|right|accurate|so|the\s+case)|am\s+i\s+(?:right|correct)(?:\s+in\s+(?:saying|thinking))?|${SAY_IT}|${SAFE_TO_SAY}|${TEXT_SAYS})\s*[,:]?\s*(that\s+|whether\s+|if\s+)?(?=\S)`,
  "i",
);
const AUXILIARY = /\b(is|are|was|were|has|have|had|will|would|can|could|does|do|did)\b/i;
/** A sentence that opens as a yes/no question: "Is …", "And did …". */
const YES_NO_START = /^\W*(?:(?:and|so|but|also|then)\s+)?(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would)\b/i;
// A statement with a tag that asks to confirm it (English question tags): "… is the third edition, right?", "… in
// Bamako, Dakar and Abidjan - correct?", "…, isn't it?", "…, is that right?". The statement before it is asked.
// Typed fast, the comma goes ("… the 2019 declaration right?"): then only the tags that cannot end a statement's
// own words ("right", "correct", "is that right", "am I right"), not "yes", "no" or "true".
const CONFIRM_TAG =
  /(?:\s*[,;:\u2013\u2014-]+\s*(?:right|correct|true|yes|no|ok(?:ay)?|is\s+(?:that|this)\s+(?:right|correct|true|so)|(?:is|was|are|were|does|do|did|has|have)n['’]?t\s+(?:it|it\s+\w+|they|there|he|she|that)|am\s+i\s+(?:right|correct))|\s+(?:right|correct|is\s+(?:that|this)\s+(?:right|correct)|am\s+i\s+(?:right|correct)))\s*\?+\s*$/i;

// What a speaker says before a statement they want confirmed (general English): "Correct me if I'm wrong, but …",
// "Just to confirm, …", "I believe …", "My understanding is that …", "Someone told me …", "The submission claims …",
// "Would I be right in saying …".
const HEDGE = new RegExp(
  String.raw`^\W*(?:(?:${OPENING_WORDS})\W+)*(?:correct me if i(?:['’]m| am) wrong\W*(?:but\s+)?|just to (?:confirm|check|be sure|double[- ]check)\W*|(?:quick|one) (?:check|question)\W*|to (?:confirm|check)\W+|(?:i|we)\s+(?:believe|think|understand|heard|hear|read|recall|remember|gather|assume|was told|were told|have heard|have read)\s+(?:that\s+)?|my (?:understanding|impression|recollection) is\s+(?:that\s+)?|(?:someone|somebody|a colleague|colleagues|people|they|the\s+(?:submission|document|report|text)|(?:our|my|the|a)\s+(?:draft|brief|briefing|note|speech|press\s+release|talking\s+points?|line))\s+(?:told me|said|says|mentioned|claims?|claimed|states?|stated)\s+(?:that\s+)?|(?:would|am)\s+i\s+(?:be\s+)?(?:right|correct)\s+in\s+(?:saying|thinking|assuming)\s+(?:that\s+)?)`,
  "i",
);
/**
 * A sentence that only asks to confirm what the one before it says: "Is that accurate?", "True?", "Can you confirm?",
 * "Does the document support that number?", "Is that supported by the text?".
 */
const CONFIRMS_BEFORE =
  /(?<=[.!])\s+(?:(?:(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|true|accurate|so|the case)|(?:right|correct|true|accurate|yes or no))(?:\s+(?:per|according\s+to|based\s+on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:submission|document|report|text|source))?|(?:(?:can|could)\s+(?:you|someone)\s+)?(?:please\s+)?(?:confirm|verify)(?:\s+(?:that|this|it)(?:\s+(?:number|figure|claim|statement|point|date|fact))?)?(?:\s+(?:per|according\s+to|based\s+on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:submission|document|report|text|source))?|am\s+i\s+(?:right|correct)|(?:does|do|can|will)\s+(?:the\s+)?(?:document|submission|report|text|source|it)\s+(?:support|confirm|back(?:\s+up)?|bear\s+out|corroborate)\s+(?:that|this|it)(?:\s+(?:number|figure|claim|statement|point|date|fact))?(?:\s+(?:up|out))?|(?:is|was)\s+(?:that|this|it)\s+(?:supported|confirmed|backed\s+up|borne\s+out)(?:\s+by\s+(?:the\s+)?(?:document|submission|report|text|source))?)\s*[?.!]*\s*$/i;
/** A finite verb after the first word: a statement's ("the session was held …", "the project reached 80,000 children"). */
/** Words that make the word after them a noun's modifier, not a verb: "the revised dates", "its lost years". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);
/** A word in "-ed" after a word that is no determiner: a verb in the past ("reached"), not a modifier ("the revised dates"). */
const PAST_AFTER_WORD = String.raw`(?<!\b(?:${[...DETERMINERS].join("|")})\s+)\p{L}{2,}ed`;
/** A verb in the past after some word (`PAST_AFTER_WORD`): "… the programmes reached 80,000 children". */
const PAST_VERB = new RegExp(String.raw`\S\s+${PAST_AFTER_WORD}\b`, "iu");
const FINITE_AFTER_SUBJECT = new RegExp(String.raw`^\W*\S+.*?\s(?:is|are|was|were|has|have|had|will|can|does|do|did)\s+\S|^\W*\S+(?:\s+\S+)*?\s+${PAST_AFTER_WORD}\s+\S`, "iu");
/**
 * Whether a statement has a finite verb after its subject: `FINITE_AFTER_SUBJECT`, or an irregular verb's past
 * ("the segment ran 18-22 March", "UNODC held …", wink-lexicon's forms) after its first word and not after a
 * determiner ("the lost years").
 */
function statesSomething(statement: string): boolean {
  return FINITE_AFTER_SUBJECT.test(statement) || irregularPastAfterSubject(statement);
}

/**
 * Whether an irregular verb's past follows a statement's first word, not after a determiner ("UNODC held …", not "the
 * lost years"), nor after an auxiliary, whose verb it is ("… the session that was held in Vienna" is a relative clause's).
 */
function irregularPastAfterSubject(statement: string): boolean {
  const words = statement.toLowerCase().split(/\s+/).map((word) => word.replace(/[^\p{L}]/gu, ""));
  return words.some((word, i) => i > 0 && irregularPast(word) && !DETERMINERS.has(words[i - 1]!) && !AUXILIARY.test(words[i - 1]!) && words[i - 1] !== "been");
}

/**
 * A label of a few words before a colon that says what the statement after it is for ("Claim in our draft: …",
 * "For remarks in Brasília: can I say …", "Fact check: …"), dropped when what follows is a statement or a request to
 * confirm one, not when it is the statement's subject ("Project Turquesa: funded by Canada?").
 */
const LABEL = /^\W*(?:[\p{L}\d'’-]+\s+){0,5}[\p{L}\d'’-]+\s*:\s+(?=\S)/u;
function withoutLabel(sentence: string): string {
  const label = LABEL.exec(sentence);
  if (!label || INTERROGATIVE.test(label[0])) return sentence;
  const rest = sentence.slice(label[0].length);
  // A count typed short after the label ("quick: # of women UNODC supported in Myanmar?") asks how many.
  if (/#|\bno\.\s*of\b|\bnumber\s+of\b/i.test(rest)) return sentence;
  return CONFIRM_FRAME.test(rest) || HEDGE.test(rest) || (!OPENS_QUESTION.test(rest) && !INTERROGATIVE.test(rest) && statesSomething(rest.replace(/[?.!\s]+$/, ""))) ? rest : sentence;
}
/** A sentence that opens as a question or a request: a question word, an auxiliary, an imperative ("List …", "Please …"), or "any" ("Any challenges mentioned?"). */
const OPENS_QUESTION = /^\W*(?:any|anything|what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|shall|may|might|am|list|name|tell|give|show|explain|describe|summari[sz]e|provide|share|confirm|verify|check|please|kindly|identify|find)\b/i;

/**
 * A question word anywhere ("In which countries did …?", "Now the report — who published it?", "The session was
 * held when?"): the sentence asks that, not whether. A statement with a relative "which" or "when" is left as typed too.
 */
const INTERROGATIVE = /\b(?:what|which|who|whom|whose|where|when|why|how)\b/i;
/** Discourse words before a statement: "And the session was in May?", "So it ran 18-22 March?". */
const DISCOURSE_OPENING = /^\W*(?:(?:and|so|but|also|ok(?:ay)?|then|sorry|wait)\b\W*)+/i;

/**
 * A verb of saying or writing and what introduces its clause (general English): "says", "the text states", "wants to
 * mention in her remarks that", "will say in the speech". What follows it is what was said.
 */
const SAYING = String.raw`\b(?:says?|said|states?|stated|mentions?|mentioned|claims?|claimed|writes?|wrote|reads|notes?|noted|suggests?|suggested|(?:to|will|would|shall)\s+(?:say|mention|state|write|claim|note|stress|highlight|report))`;
/** `SAYING` and "that", with where it is said between them ("mention in her remarks that"). */
const REPORTED_THAT = new RegExp(String.raw`${SAYING}(?:\s+(?:in|on|for|at)\s+[^,.;:?!]{1,40}?)?\s+that\s+(?=\S)`, "gi");
/** `SAYING` and its clause at once ("the text says the Strategy covers …"). */
const REPORTED_BARE = new RegExp(String.raw`${SAYING}\s+(?=\S)`, "gi");
/** The last verb of saying of a sentence with what introduces its clause, "that" preferred. */
const lastReported = (sentence: string) => [...sentence.matchAll(REPORTED_THAT)].at(-1) ?? [...sentence.matchAll(REPORTED_BARE)].at(-1);
/** Words a reported statement has at least ("the Strategy covers 2022-2030"): fewer are a noun phrase ("says nothing"). */
const REPORTED_MIN_WORDS = 3;

/**
 * A statement put to be confirmed, asked as "Is it correct that …?" (which `directQuestion` then turns round): a
 * statement and a sentence that confirms it ("I read that S. Can you confirm?", "My understanding is that S. Is that
 * accurate?"), a statement after a hedge ("Just to confirm, S?", "Correct me if I'm wrong, but S?", "I believe S - is
 * that right?"), or a statement ending in a question mark ("Project X is funded by Y?"). A statement has a finite verb
 * after its first word (`FINITE_AFTER_SUBJECT`). Anything else is returned as it is: "Tapajós project funder?", "The
 * session was held when?".
 */
export function confirmationAsked(text: string): string {
  const confirm = CONFIRMS_BEFORE.exec(text);
  const body = confirm ? text.slice(0, confirm.index).replace(/[.!]\s*$/, "") : text;
  // The statement is the last sentence of the message, or of what comes before the confirming sentence.
  const start = Math.max(0, ...[...body.matchAll(/[.!?]\s+(?=\S)/g)].map((m) => m.index! + m[0].length));
  const tagged = CONFIRM_TAG.test(body.slice(start));
  const sentence = withoutLabel(body.slice(start).replace(CONFIRM_TAG, "?").trim());
  if (!confirm && !/\?\s*$/.test(sentence)) return text;
  const hedge = HEDGE.exec(sentence);
  // Before a sentence that confirms it, what a text or a person says is the statement: "… our Director wants to mention
  // in her remarks that S. Is that correct?", "Small fact-check: the text says S. Is that right?". Its verb may be in the
  // present ("… covers 2022-2030"), which `statesSomething` does not read, so the verb of saying vouches for it, as a
  // hedge does ("the text says …") before a sentence that confirms.
  const reported = !hedge && confirm ? lastReported(sentence) : undefined;
  const opening = hedge ? hedge[0].length : reported ? reported.index! + reported[0].length : 0;
  const statement = sentence.slice(opening).replace(DISCOURSE_OPENING, "").replace(/[?.!\s]+$/, "").trim();
  const stated = statesSomething(statement) || ((!!reported || (!!hedge && !!confirm)) && statement.split(/\s+/).length >= REPORTED_MIN_WORDS);
  if (!statement || OPENS_QUESTION.test(statement) || INTERROGATIVE.test(statement) || !stated) return text;
  // A tagged statement without a hedge is `directQuestion`'s to read ("X, right?").
  if (tagged && !hedge && !confirm) return text;
  return `${body.slice(0, start)}Is it correct that ${statement}?`;
}

/**
 * A request to confirm a statement, asked as the yes/no question it is: "Can you confirm the 33rd session was held in
 * New York?" → "Was the 33rd session held in New York?", by moving the statement's first auxiliary to the front;
 * "Is it correct that the segment ran 18-22 March?" → "Did the segment ran 18-22 March?" when it has none (the
 * tense is left: only the question's form and its words are read). A wh-question after the frame ("Can you confirm
 * when …") and any other sentence are returned as they are.
 */
export function directQuestion(typed: string): string {
  const sentence = withoutLabel(typed);
  // A tagged statement is a request to confirm it: "X, right?" is read as "Is it correct that X?"; a question
  // that already asks ("Is it the third edition, right?") loses its tag. A wh-question keeps it ("Who, right?").
  const tag = /^\W*(?:what|which|who|whom|whose|when|where|why|how)\b/i.test(sentence) ? null : CONFIRM_TAG.exec(sentence);
  if (tag && YES_NO_START.test(sentence)) return `${sentence.slice(0, tag.index).trim()}?`;
  const framed = tag ? `Is it correct that ${sentence.slice(0, tag.index).trim()}?` : sentence;
  const frame = CONFIRM_FRAME.exec(framed);
  if (!frame) return typed;
  const statement = framed.slice(frame[0].length).trim();
  if (!statement || /^(what|which|who|whom|whose|when|where|why|how)\b/i.test(statement)) return typed;
  const auxiliary = AUXILIARY.exec(statement);
  // An auxiliary of a relative clause is not the statement's: "the dates of the session that was held …".
  const ownAuxiliary = auxiliary && auxiliary.index > 0 && !/\b(?:that|which|who|where|when)\s*$/i.test(statement.slice(0, auxiliary.index)) ? auxiliary : undefined;
  // Without one, only a statement the frame says is one ("… that …", "Is it correct …") is asked with "did":
  // "Can you check the dates?" asks for the dates.
  // A verb in the past after its subject says it is a statement too ("… the programmes reached 80,000 children"),
  // not a participle after a determiner ("the revised dates").
  const pastVerb = PAST_VERB.test(statement) || irregularPastAfterSubject(statement);
  // "Can I say S?" puts a statement, with or without "that".
  const saysStatement = SAYS_BARE.test(frame[0]);
  if (!ownAuxiliary && !frame[1] && !saysStatement && !/^\W*(?:is|was|am|would\s+it)\b/i.test(frame[0]) && !pastVerb) return typed;
  const asked = ownAuxiliary
    ? `${ownAuxiliary[1]} ${statement.slice(0, ownAuxiliary.index).trim()} ${statement.slice(ownAuxiliary.index + ownAuxiliary[0].length).trim()}`
    : `did ${baseAfterDid(statement)}`;
  const question = asked.replace(/\s+/g, " ").replace(/[.!?\s]*$/, "?");
  return question[0]!.toUpperCase() + question.slice(1);
}

/**
 * A statement asked with "did", its irregular past in the base form "did" asks for: "the session took place in May" →
 * "the session take place in May" ("took" is no form of "take" to the tokenizer, and the yes/no reading missed the
 * date field's "take place"). The first such verb after the subject, not after a determiner or an auxiliary.
 */
function baseAfterDid(statement: string): string {
  const words = statement.split(/(\s+)/);
  for (let i = 2; i < words.length; i += 2) {
    const word = words[i]!.toLowerCase();
    const before = words[i - 2]!.toLowerCase();
    const base = irregularBase(word);
    if (base && !DETERMINERS.has(before) && !AUXILIARY.test(before) && before !== "been") {
      words[i] = base;
      break;
    }
  }
  return words.join("");
}

export interface QuestionFocus {
  /** The sentences that ask (what the question's intent and list cues are read from). */
  ask: string;
  /** The asking sentences with the sentences they lean on for their subject: what is searched. */
  text: string;
}

/**
 * What a sentence says it needs to know, before the question word it asks with (general English): "for my
 * briefing to the Under-Secretary-General tomorrow I need to know, as precisely as possible, what …", "We'd like
 * to understand how …", "I am preparing talking points … and would be most grateful if you could remind me
 * which …"; the question word may follow its preposition ("… let me know in which countries …"). The purpose
 * and the frame name no topic of the question and their words ("briefing", "Secretary-General", "precisely")
 * searched for one; the indirect question after them is what is asked.
 */
const KNOW_FRAME = /^[^?!]*?(?:\b(?:i|we)(?:\s+|(?=['’]))(?:really\s+|urgently\s+|just\s+)?(?:need|want|would\s+like|['’]d\s+like|have)\s+to\s+(?:know|find\s+out|understand|learn|confirm|check|establish|clarify|see)|\bgrateful\s+if\s+you\s+could\s+(?:please\s+|kindly\s+|just\s+)?(?:remind|tell|let)\s+(?:me|us)(?:\s+know)?)\b\s*,?\s*(?:as\s+(?:precisely|exactly|clearly|quickly|soon|accurately)\s+as\s+(?:possible|i\s+can|we\s+can)\s*,?\s*)?(?=(?:(?:in|at|for|from|with|by|to|on|of|about|under|during|through)\s+(?=wh))?(?:what|which|who|whom|whose|when|where|why|how|whether|if)\b)/i;

/**
 * Who sends a message and what the answer is for, which name no topic of the question: a label of capitalised
 * words, two or more, before the question ("RCO Malawi: what …?", "RCO Afghanistan—what …?"; one word is the
 * topic: "GRACE: …"), a sender's introduction ("RCO Colombia here.") and a purpose ("Need it for our UNSDCF annual results report.", "… in 3 bullets for our UNCT
 * brief"). Their acronyms are the asker's office and documents, not ones the submission fails to name.
 */
const SENDER_LABEL = /^\s*(?:\p{Lu}[\p{L}\d'’.&-]*\s+){1,3}\p{Lu}[\p{L}\d'’.&-]*\s*(?::|\s[–—-]|[–—])\s*(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|do|does|has|have|can|could)\b)/iu;
const SENDER_HERE = /(?:^|(?<=[.!?,]\s*))\s*(?:this\s+is\s+)?(?:\p{Lu}[\p{L}\d'’.&-]*\s+){0,3}\p{Lu}[\p{L}\d'’.&-]*\s+here\s*[.!,:;–—-]\s*/u;
const PURPOSE = /(?:(?<=[.!?]\s*)(?:(?:i|we)\s+)?(?:need|want)\s+(?:it|this|that|them)\s+for\b[^.?!]*[.?!]?|\s+for\s+(?:our|my)\s+[^.?!,;]*|\s+for\s+(?:a|an|the)\s+(?:[^\s.?!,;]+\s+){0,3}(?:brief|briefing|note|report|thread|post|speech|presentation|deck|memo|email|tweet|draft)\b)(?=[\s.?!]*$)[.?!]?\s*$/i;

/** `ask` without who sends it and what the answer is for (`SENDER_LABEL`, `SENDER_HERE`, `PURPOSE`), to judge which of its names the submission lacks. */
export function withoutSender(ask: string): string {
  return ask.replace(SENDER_LABEL, "").replace(SENDER_HERE, " ").replace(PURPOSE, "").trim();
}

/**
 * `sentence` without what opens it and asks nothing: a greeting, a lead-in (`LEAD_IN`), who the asker speaks for
 * (`ON_BEHALF`) and what it says it needs to know before its question word (`withoutKnowFrame`); and without what
 * the asker will do with the answer, closing it (`SO_THAT`).
 */
function withoutOpening(sentence: string): string {
  return withoutKnowFrame(withoutAskerBeforeDash(sentence.replace(GREETING, "").replace(LEAD_IN, "").replace(ON_BEHALF, ""))).replace(SO_THAT, "$1");
}

/** `sentence` without `ASKER_BEFORE_DASH`, unless the question after the dash leans on it ("… the SDG 16 report - what's its subtitle?"). */
function withoutAskerBeforeDash(sentence: string): string {
  const lead = ASKER_BEFORE_DASH.exec(sentence);
  return lead && !leansBack(sentence.slice(lead[0].length)) ? sentence.slice(lead[0].length) : sentence;
}

/**
 * What the asker says of themselves before a dash and their question (general English): "I'm meeting the Colombian
 * delegation next week - what has UNODC been doing in Colombia?" asks what follows the dash (new-user trial,
 * session 27: the delegation's words had kept the question from being read as a country desk's). Kept when the
 * question leans on it (`withoutAskerBeforeDash`).
 */
const ASKER_BEFORE_DASH = /^\W*(?:i|we)(?:['’](?:m|re|ve|ll|d)|\s+(?:am|are|have|had|will|would|need|want|must))\s[^?]*?\s+[-–—]\s+(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|do|does|has|have|can|could)\b)/i;

/**
 * What the asker will do with the answer, closing the sentence: ", so that I can mention them accurately.", " - we're
 * drafting the UNCT results report." after what it asks (general English).
 */
const SO_THAT = /(?:,?\s+so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may|might|will)\s+[^?]*?|(?<=\b(?:what|which|who|whom|when|where|why|how)\b[^.?!]*)\s+[-–—]\s+(?:i|we)(?:['’]?(?:m|re)|\s+(?:am|are))\s+(?:drafting|preparing|writing|updating|compiling|finali[sz]ing|putting\s+together)\b[^?]*?)([.?!]?)\s*$/i;

/** `sentence` without what it says it needs to know before its question word (`KNOW_FRAME`), the question's first letter a capital. */
function withoutKnowFrame(sentence: string): string {
  const frame = KNOW_FRAME.exec(sentence);
  if (!frame) return sentence;
  const rest = sentence.slice(frame[0].length);
  return rest[0]!.toUpperCase() + rest.slice(1);
}

/**
 * What a message asks: for a long message, its sentences that ask (in order), each with up to two sentences
 * before it when it leans on them for its subject ("…missing details on the ImPACT Coalition. Could you tell me
 * when it was set up?"); else its last sentence; a short message whole. "Hello, I am preparing a briefing…
 * Where was the 33rd session held?" → "Where was the 33rd session held?". Courtesies ("Please keep it brief;
 * many thanks") ask nothing. The cues are English function words and phrases, not any document's words.
 */
export function focusOfQuestion(message: string): QuestionFocus {
  const typed = normalizeQuestion(message);
  // An email's closing and signature ask nothing (`CLOSING`); the message's length, which says whether it has a
  // preamble to skip, is the length as typed.
  const normalized = typed.replace(CLOSING, "");
  // A short message is read whole, its acknowledgement ("Got it -") off before a statement in it is asked.
  if (typed.length < PREAMBLE_MIN_CHARS) {
    // A request to confirm that names nothing, after the question ("… in May 2024? Please confirm before noon.",
    // `CONFIRM_ONLY`), asks nothing more.
    const direct = directQuestion(confirmationInMessage(withoutOpening(normalized.replace(ACKNOWLEDGEMENT, ""))).replace(/(?<=[.?!])\s+[^.?!]+[.?!]*$/, (last) => (CONFIRM_ONLY.test(last) ? "" : last)));
    return { ask: direct, text: direct };
  }
  // A long one may end in a statement and a sentence that confirms it ("… I read that S. Can you confirm?").
  const text = confirmationInMessage(normalized);
  const sentences = splitSentences(text).map((s) => directQuestion(confirmationAsked(withoutOpening(s.text))));
  // One sentence is asked as it reads once confirmed ("Is it correct that S?" → "Did S?").
  if (sentences.length < 2) {
    const only = sentences[0] ?? text;
    return { ask: only, text: only };
  }
  const asks = (s: string) => !COURTESY.test(s) && (ASKS.test(s) || EMBEDDED_ASK.test(s) || REQUEST.test(s));
  const asking = new Set<number>();
  const read = new Set<number>();
  sentences.forEach((s, i) => {
    if (!asks(s)) return;
    if (leansBack(s)) for (let j = Math.max(0, i - ANTECEDENT_SENTENCES); j < i; j++) if (!COURTESY.test(sentences[j]!)) read.add(j);
    asking.add(i);
    read.add(i);
  });
  // Asking nothing in words we know, the message asks in its last sentence that is no courtesy (a closing "Many
  // thanks in advance" is none).
  if (!asking.size) {
    const last = sentences.findLast((s) => !COURTESY.test(s)) ?? sentences.at(-1)!;
    return { ask: last, text: last };
  }
  // A request with no question in it before a question that follows ("I need to get the SDG numbers right. …, which
  // SDGs does …?") says why the question is asked: the question asks, the request does not.
  const questionAfter = (i: number) => sentences.some((s, j) => j > i && asking.has(j) && /\?\s*$/.test(s) && (OPENS_QUESTION.test(s) || INTERROGATIVE.test(s)));
  // The request is still read when the question after it leans on it for its subject ("… need to confirm the subject
  // matter of resolution E/RES/2024/10 as referenced … Could you tell me what it deals with?", blind dev 30).
  const leanedOn = (i: number) => [...asking].some((j) => j > i && j - i <= ANTECEDENT_SENTENCES && leansBack(sentences[j]!));
  for (const i of [...asking]) {
    const s = sentences[i]!;
    if (!/\?\s*$/.test(s) && !ASKS.test(s) && !EMBEDDED_ASK.test(s) && questionAfter(i)) {
      asking.delete(i);
      if (!leanedOn(i)) read.delete(i);
    }
  }
  // "Please confirm before I send to Editing." after the question asks it again, naming nothing: it is left out
  // when another sentence asks.
  const onlyConfirms = [...asking].filter((i) => CONFIRM_ONLY.test(sentences[i]!));
  if (onlyConfirms.length < asking.size) for (const i of onlyConfirms) {
    asking.delete(i);
    read.delete(i);
  }
  const join = (set: Set<number>) => [...set].sort((a, b) => a - b).map((i) => sentences[i]!).join(" ");
  return { ask: join(asking), text: join(read) };
}

/**
 * `confirmationAsked` of a message whose confirming sentence need not end it: "… S. Is that correct per our SDG
 * submission? Thanks a lot, Milan (on behalf of the Front Office)" asks "Is it correct that S?", and what follows
 * is kept as typed (an email's closing, its signature).
 */
function confirmationInMessage(text: string): string {
  const whole = confirmationAsked(text);
  if (whole !== text) return whole;
  const ends = [...text.matchAll(/[?.!](?=\s)/g)].map((m) => m.index! + 1).reverse();
  for (const end of ends) {
    const head = text.slice(0, end);
    if (!CONFIRMS_BEFORE.test(head)) continue;
    const asked = confirmationAsked(head);
    if (asked !== head) return `${asked}${text.slice(end)}`;
  }
  return text;
}

/**
 * A request to confirm that names nothing to confirm (general English): "Please confirm before I send to Editing.",
 * "Can you check?", "Kindly advise." Not "Please confirm the dates …" or "… confirm that S" / "whether …".
 */
const CONFIRM_ONLY = /^\W*(?:(?:can|could|would)\s+(?:you|someone|somebody)\s+)?(?:please\s+|kindly\s+|pls\s+)?(?:confirm|verify|check|double[- ]check|advise)\b(?!\s+(?:that|whether|if|the|this|a|an|what|which|who|whom|whose|when|where|why|how|for\s+me\s+(?:that|whether|if|the|what|which|who|when|where|how))\b)(?:\s+(?:for\s+me|asap|please|before|by|when|as\s+soon)\b[^?]*)?[?.!]*\s*$/i;

/**
 * Whether a message only greets or thanks ("Hi there!", "Thanks, that's all for today.", "Hello and thanks in
 * advance."): every sentence of it is a courtesy, and none asks; or it has no word once a chat's fillers are read
 * ("rq", "?").
 */
export function onlyCourtesy(message: string): boolean {
  const normalized = normalizeQuestion(message);
  // Chat fillers alone ("rq", "ngl tbh") or punctuation alone ("?") ask nothing either.
  if (!/[\p{L}\p{N}]/u.test(normalized)) return true;
  const sentences = splitSentences(normalized).map((s) => s.text.trim()).filter(Boolean);
  return sentences.length > 0 && sentences.every((s) => COURTESY.test(s) && !/\?\s*$/.test(s));
}

/** The text searched for a message: `focusOfQuestion(message).text`. */
export function questionFocus(message: string): string {
  return focusOfQuestion(message).text;
}

// ", and how many forms…?", "; and what period…?", "… about and who finances it?": a second question joined to
// the first within one sentence.
const SECOND_ASK = /(?:[,;]\s+|\s+)and\s+(?=(?:what|which|who|whom|whose|when|where|how)\b)/i;

/**
 * How many words of a clause say what it is about: its terms (tokenize drops stopwords, question words and
 * auxiliaries) less the asking words tokenize keeps ("whose", "many", "much"). "how many forms of crime does the
 * draft set out" → 5; "and where?" → 0.
 */
export function contentWordCount(clause: string): number {
  return tokenize(clause).filter((term) => !ASKING_TERMS.has(term)).length;
}

const ASKING_TERMS = new Set(["whose", "mani", "much"]);

/**
 * A message that asks two questions in one sentence ("…what was UNODC's role in the negotiations, and how many
 * forms of cybercrime does the draft set out?"): the message with its last asking sentence cut after the first
 * question, and the second question on its own, each ending in "?". Undefined for one question, or when either
 * half names fewer than two content words ("Where and when?", "…held, and when?": answered as one, by the
 * record's fields), one for a half that points back ("…about and who finances it?", "Where was it held, and …").
 * A message ending in two direct questions, one a sentence, is split between them (`twoSentences`).
 */
export function splitQuestion(message: string): [string, string] | undefined {
  const text = normalizeQuestion(message);
  const sentences = splitSentences(text);
  const last = sentences.at(-1);
  if (!last) return undefined;
  // "Is Kenya among the VPI countries - if yes, what other African country is?": the question, then the ask that hangs on it.
  const hanging = HANGING_ASK.exec(last.text);
  if (hanging && contentWordCount(last.text.slice(0, hanging.index)) >= 2) {
    const asked = last.text.slice(hanging.index + hanging[0].length).trim();
    return [`${text.slice(0, last.start)}${last.text.slice(0, hanging.index).replace(/[?.!\s]+$/, "")}?`.trim(), `${asked.charAt(0).toUpperCase()}${asked.slice(1)}`];
  }
  const match = SECOND_ASK.exec(last.text);
  if (!match) return twoSentences(text, sentences);
  const first = last.text.slice(0, match.index).trim();
  const second = last.text.slice(match.index + match[0].length).trim();
  // A second half that points back to the first ("…and who finances it?") is asked as its follow-up: one word of its own will do.
  // So may the first, in a follow-up ("Where was it held, and how many resolutions did it adopt?").
  if (contentWordCount(first) < (POINTS_BACK.test(first) ? 1 : 2) || contentWordCount(second) < (POINTS_BACK.test(second) ? 1 : 2) || (!ASKS.test(`${first}?`) && !EMBEDDED_ASK.test(first))) return undefined;
  const question = (clause: string) => `${clause.replace(/[?.!\s]+$/, "")}?`;
  return [`${text.slice(0, last.start)}${question(first)}`.trim(), question(second.charAt(0).toUpperCase() + second.slice(1))];
}

/** A clause joined to a question that asks only if the question is answered yes: " - if yes, what …", ", and if so which …". */
const HANGING_ASK = /\s*(?:[,;:–—-]\s*|\s)(?:and\s+)?(?=if\s+(?:so|yes)\b[,\s]+(?:what|which|who|whom|whose|when|where|how)\b)/i;

/**
 * A question of its question word alone after a yes/no one, asking more of its "yes": "Was the CCPCJ held in Vienna?
 * When?", "Did UNODC consult them? By what means?". After a question that asks a wh- itself ("Where was it held? And
 * when?") it is read with it as one.
 */
const BARE_ASK = /^\W*(?:(?:by|through|in)\s+(?:what|which)\s+[\p{L}]+|how|when|where|why)\W*$/iu;
const YES_NO_FIRST = /^\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b/i;

/** A clause that points back to what was asked before it: "…and who finances it?". */
const POINTS_BACK = /\b(it|its|they|them|their|this|that)\b/i;

/**
 * "How many countries did VPIs take place in? Also, how many countries benefited from prison reform advice?": a
 * message whose last two sentences are each a direct question ("?") of its own (two content words, or one when
 * the second points back to the first) asks both; the second loses a leading "Also," / "And" / "Plus,".
 */
function twoSentences(text: string, sentences: { text: string; start: number }[]): [string, string] | undefined {
  if (sentences.length < 2) return undefined;
  const [first, second] = sentences.slice(-2) as [{ text: string; start: number }, { text: string; start: number }];
  if (!/\?\s*$/.test(first.text) || !/\?\s*$/.test(second.text) || COURTESY.test(second.text)) return undefined;
  const asked = second.text.trim().replace(/^(?:also|and|plus|additionally)\b[,\s]*/i, "");
  if (contentWordCount(first.text) < 2 || contentWordCount(asked) < (BARE_ASK.test(asked) && YES_NO_FIRST.test(first.text) ? 0 : POINTS_BACK.test(asked) ? 1 : 2)) return undefined;
  return [text.slice(0, second.start).trim(), asked.charAt(0).toUpperCase() + asked.slice(1)];
}
