import { planScopes, type Scope } from "../retrieve/plan-scopes.js";
import { corpusEntities, missingSubmissionYears, type CorpusEntity } from "../retrieve/question-scope.js";
import type { Retrieval, Retriever } from "../retrieve/retriever.js";
import { allowedPositions, filterValues, type SearchFilter } from "../retrieve/search-filter.js";
import type { AnswerResult, ChatTurn, Passage } from "../types.js";
import type { Answerer } from "./answerer.js";
import { mergeScopedAnswers, quotedSource, renumberCitations } from "./merge-scoped-answers.js";
import { countsIn, figureIn } from "./confirm-yes-no.js";
import { countListed } from "./count-listed.js";
import { onlyCourtesy, splitQuestion } from "../retrieve/question-focus.js";
import { questionLanguage } from "../retrieve/question-language.js";
import { goalsNamed } from "../text/sdg-goals.js";
import { readFieldQuote } from "../text/field-quote.js";
import { areaCountriesAsked, countriesNamedIn } from "../retrieve/area-countries.js";
import { CitationList } from "../compose/citations.js";
import { compareDates, countDifference, dateComparison, daysAsked, daysSpanned, readDate, type CountDifference, type DateComparison } from "../retrieve/date-comparison.js";
import { asksSharedOfEarlier, bothQuestions, SHARED_ASKED } from "../retrieve/both-question.js";
import { COUNTRIES_ANY_CASE } from "../text/world-names.js";
import type { QuestionRewriter } from "./rewrite-question.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { splitSentences } from "../text/split-sentences.js";
import { foldText, tokenize } from "../text/tokenize.js";
import { listNames } from "../text/list-names.js";
import { countOrRank } from "../text/number-words.js";

export interface AskRequest {
  question: string;
  history?: ChatTurn[];
  /** Limits the answer to some entities or years (the API's `filters`); the question's own names narrow it further. */
  filter?: SearchFilter;
  signal?: AbortSignal;
  onToken?: (text: string) => void | Promise<void>;
}

/** Answers a request for a summary ("Summarise the submission") with a briefing note, on `topic` when one is asked. */
/** `length`: what the request states (`summaryLength`), for the note to keep to. */
export type Summarizer = (topic?: string, signal?: AbortSignal, length?: { words: number } | { items: number }) => Promise<AnswerResult>;

// "Summarise UNODC's submission", "Give me an overview of the submission", "Brief me", "Give me a briefing on …"
// (new-user trial): a summary, not a fact; so is one typed as a title, "a short summary of the Tapajós project"
// (the README's own example, new-user trial of session 25).
// "Could you summarise what UNODC did on anti-corruption education?" asks the same of a topic (dev 20); "Could you
// summarise it?" leans on the conversation, and "Can you summarise what the report covers?" asks what one thing is
// about: both are answered as questions.
const SUMMARY_REQUEST = /^\s*(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|kindly\s+|pls\s+)?(summari[sz]e(?!\s+(?:it|this|that|them|those|these)\W*$)(?!\s+what\b[^?]*\b(?:covers?|is about|are about|does|do|aims? (?:at|to))\W*$)|brief me|give (me |us )?(a |an )?(short |quick |brief )?(summary|overview|briefing(?: note)?)|(?:i need|i'd like|i would like|we need|prepare|write|draft) (me |us )?an? (short |quick |brief )?briefing(?: note)? (?:on|about))\b|^\s*(?:an?\s+)?(?:short\s+|quick\s+|brief\s+)?(?:summary|overview)\s+of\b(?!\s+what\b)|\b(summary|overview) of\b.*\bsubmissions?\b/i;

/** How many lines or words (general English): "a few", "three", "3-4", "two or three". */
const LENGTH_COUNT = String.raw`(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?(?:a\s+)?(?:few|one|two|three|four|five|six|seven|eight|nine|ten|\d+|couple of|short|handful of)(?:\s*(?:-|–|to|or)\s*(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?`;
/** What a summary's length is counted in (general English). */
const LENGTH_UNIT = String.raw`(?:short\s+)?(?:lines?|words?|sentences?|paragraphs?|bullet points?|bullets?|points?)\b`;
/**
 * How long a summary is wanted (general English): "in a few lines", "within three bullet points", "in short
 * sentences", "max 5 lines", "3-4 lines max" (blind dev 30), "no more than 100 words".
 */
const SUMMARY_LENGTH = String.raw`(?:(?:in|within|under|max(?:imum)?|at\s+most|no\s+more\s+than|up\s+to)\s+${LENGTH_COUNT}\s+${LENGTH_UNIT}|${LENGTH_COUNT}\s+${LENGTH_UNIT}\s*(?:max(?:imum)?|tops|at\s+most|or\s+(?:less|fewer))\b)`;
/** `SUMMARY_LENGTH` after the topic, with whatever follows it: "the Tapajós project in a few lines for …", "…, 3-4 lines max". */
const LENGTH_AFTER = new RegExp(String.raw`[\s,;:(–—-]+${SUMMARY_LENGTH}.*$`, "i");
/** `SUMMARY_LENGTH` before the topic, with the punctuation after it: "in a few bullets how UNODC …". */
const LENGTH_BEFORE = new RegExp(String.raw`^${SUMMARY_LENGTH}[\s,:;–—-]*`, "i");

/** The count and what it counts of a length a summary request states: "3-4 lines", "a 100-word", "two sentences". */
const STATED_LENGTH = /\b((?:a\s+)?(?:few|couple\s+of|handful\s+of)|one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s*(?:-|–|to|or)\s*(two|three|four|five|six|seven|eight|nine|ten|\d+))?[\s-]+(?:short\s+)?(lines?|words?|sentences?|paragraphs?|bullet\s+points?|bullets?|points?)\b/i;

/** A length said as one: `SUMMARY_LENGTH`, or a count joined to its unit as an adjective ("a 100-word summary"). */
const LENGTH_SAID = new RegExp(String.raw`${SUMMARY_LENGTH}|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:words?|lines?|sentences?|paragraphs?|bullets?|points?)\b`, "i");

/** Items a paragraph stands for, as bullets of a brief: about four sentences. */
const ITEMS_PER_PARAGRAPH = 4;

/**
 * The length a summary request states, or undefined: in words ("a 100-word summary", "no more than 150 words") or in
 * items ("in 3 lines", "3-4 lines max", "two sentences"; a paragraph is `ITEMS_PER_PARAGRAPH`); "a few bullets" states none.
 * A range counts its upper end (new-user trial, session 27: "100 words" had got 479 and "two sentences" three).
 */
export function summaryLength(request: string): { words: number } | { items: number } | undefined {
  // Only a length said as one ("in 3 lines", "3-4 lines max", "a 100-word summary"): "the five points of the
  // declaration" is a topic.
  const said = LENGTH_SAID.exec(request)?.[0];
  const match = said ? STATED_LENGTH.exec(said) : null;
  if (!match) return undefined;
  // "A few" sets no number: the note's own budget is a few bullets a part already.
  const value = (word: string) => (/^\d+$/.test(word) ? Number(word) : (countOrRank(word)?.value ?? 0));
  const count = value(match[2] ?? match[1]!);
  if (count <= 0) return undefined;
  const unit = match[3]!.toLowerCase();
  if (unit.startsWith("word")) return { words: count };
  return { items: unit.startsWith("paragraph") ? count * ITEMS_PER_PARAGRAPH : count };
}

/**
 * An answer cut to a stated length (`summaryLength`): its first sentences, as many as the items asked or as fit the
 * words asked (at least one), with its closing citation marks. A one-sentence answer, or one that fits, is kept whole.
 */
export function keptToLength(answer: string, length: { words: number } | { items: number }): string {
  const marks = /(?:\s*\[\d+\])+\s*$/.exec(answer)?.[0] ?? "";
  const body = answer.slice(0, answer.length - marks.length);
  if (body.includes("\n")) return answer;
  const sentences = splitSentences(body).map((sentence) => sentence.text);
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let kept = 0;
  if ("items" in length) kept = Math.max(1, length.items);
  else for (let total = 0; kept < sentences.length && (kept === 0 || total + words(sentences[kept]!) <= length.words); kept++) total += words(sentences[kept]!);
  return kept >= sentences.length ? answer : `${sentences.slice(0, kept).join(" ")}${marks}`;
}

/**
 * The topic of a summary request, when it names one ("Give me a short summary of what the CCPCJ did in 2024" →
 * "what the CCPCJ did in 2024"); undefined for the whole submission ("Summarise UNODC's submission", "Brief me",
 * "a quick overview of what UNODC reported in this 2024 submission"). `entities` are the corpus's entity names
 * (acronyms and full names), which name the submission, not a topic.
 */
export function summaryTopic(request: string, entities: string[] = []): string | undefined {
  const rest = /\b(?:summari[sz]e|summary of|overview of|brief me on|brief me about|briefing(?: note)? (?:on|about|of))[\s,:;–—-]+(.*)$/i.exec(request.trim())?.[1];
  if (!rest) return undefined;
  // How long or for whom the summary is wanted is no part of its topic: "… in a few lines for a briefing note",
  // "in a few bullets how UNODC …".
  const topic = rest
    .replace(/[?.!]+$/, "")
    // "please" asks nothing of the topic: "the Tapajós project please, 3-4 lines max" (blind dev 30).
    .replace(/[\s,]+(?:please|pls)(?=[\s,;:.!?]|$)/gi, "")
    .replace(/\s+for\s+(?:a|an|my|our|the|your)\s+(?:[\w-]+\s+){0,2}?(?:briefing|brief|note|memo|meeting|director|boss|presentation|talking points|newsletter|speech|call)\b.*$/i, "")
    .replace(LENGTH_AFTER, "")
    .replace(LENGTH_BEFORE, "")
    .replace(/^(?:the work (?:of|on)|the)\s+/i, "")
    .trim();
  // What the entity did on a topic is the topic ("what UNODC did on cybercrime and online child safety": new-user
  // trial; "what UNODC reports under the education transition": blind dev 29); what another body did is not ("what
  // the CCPCJ did in 2024").
  const entityNames = entities.filter(Boolean).map(escapeRegExp).join("|");
  // So is what it says it did, in a period ("what UNODC says it did last year towards the SDGs under review": blind dev 29).
  const ofEntity = entityNames
    ? new RegExp(`^(?:what|how)\\s+(?:the\\s+)?(?:${entityNames})\\s+(?:(?:says|said|reports|reported)\\s+(?:it|they)\\s+)?(?:did|does|do|is doing|has done|has been doing|reported|reports|achieved)\\s+(?:(?:last|this|in\\s+the\\s+past)\\s+year\\s+|in\\s+(?:19|20)\\d{2}\\s+)?(?:on|about|regarding|concerning|for|under|towards?|to (?:address|tackle|counter|fight|combat))\\s+(?=\\S)`, "iu")
    : undefined;
  const asked = ofEntity ? topic.replace(ofEntity, "") : topic;
  if (asked !== topic) return asked;
  // What is left once the words for the submission itself go ("UNODC's submission", "what UNODC reported in this
  // 2024 submission") is the topic.
  let words = topic.replace(/['’]s\b/g, "");
  for (const name of entities) words = words.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "giu"), " ");
  words = words.replace(/\b(?:the|this|that|its|their|entire|whole|full|submissions?|reports?|reported|says?|said|wrote|written|document|what|how|in|on|about|of|for|me|please|briefly|in short|year|(?:19|20)\d{2})\b/gi, " ").trim();
  return words ? topic : undefined;
}

/** Words staff call a record by its kind (general English), beside its name: "the SE4U project", "the ImPACT initiative". */
const RECORD_KINDS = new Set(tokenize("project projects programme programmes program programs initiative initiatives partnership partnerships"));

/**
 * The title of the one table record a summary's topic names ("Tapajós project" → "Tapajós Project"): every term of
 * the topic but a word for the record's kind (`RECORD_KINDS`: "the SE4U project") is a term of the title, and no
 * other record's title holds them all. undefined otherwise, and for a topic of no terms. Titles as `RecordRef.title`.
 */
export function recordTitled(topic: string, passages: readonly Passage[]): string | undefined {
  // A word for the kind of record ("the SE4U project") names no part of its title; nor does what is asked of it
  // ("what the Global Study on Homicide 2023 covers").
  const terms = tokenize(topic.replace(WHAT_IT_COVERS, "$1")).filter((term) => !RECORD_KINDS.has(term));
  if (!terms.length) return undefined;
  const titles = new Set(passages.flatMap((p) => (p.source.record ? [p.source.record.title] : [])));
  const named = [...titles].filter((title) => {
    const said = new Set(tokenize(title));
    return terms.every((term) => said.has(term));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A topic that asks what a thing holds: "what the Global Study covers", "what the Tapajós project is about" (general English). */
const WHAT_IT_COVERS = /^\s*(?:what|how)\s+(.+?)\s+(?:covers?|(?:is|are|was|were)\s+(?:about|for)|says?|does|do|includes?|contains?|offers?|examines?|finds?|found|shows?|discuss(?:es)?|aims?\s+to\s+do|looks?\s+at|deals?\s+with)\W*$/i;

/** The answers to a message that only greets or only thanks (`onlyCourtesy`); `abstained: true`, no citations. */
export const COURTESY_ANSWER = "Hello! Ask a question about the submissions in your own words; every answer cites the passages it comes from.";
export const THANKS_ANSWER = "You're welcome. Ask another question whenever you need; every answer cites the passages it comes from.";

/** What the assistant says to a question that is not in English (issue 14: it used to quote unrelated passages). */
export const NOT_ENGLISH_ANSWER = "The assistant reads the submissions in English and answers questions asked in English. Please ask your question in English.";

/**
 * The same note in the other official languages of the United Nations (ISO 639-3, as `questionLanguage` names
 * them), put before the English one for a question asked in one: the asker reads the note in their own language.
 */
export const NOT_ENGLISH_NOTES: Readonly<Record<string, string>> = {
  arb: "يقرأ المساعد التقارير المقدَّمة باللغة الإنكليزية ويجيب عن الأسئلة المطروحة بالإنكليزية. يُرجى طرح سؤالك بالإنكليزية.",
  cmn: "本助手以英文阅读所提交的材料，并回答以英文提出的问题。请用英文提问。",
  fra: "L’assistant lit les contributions en anglais et répond aux questions posées en anglais. Veuillez poser votre question en anglais.",
  rus: "Ассистент читает представленные материалы на английском языке и отвечает на вопросы, заданные на английском. Пожалуйста, задайте вопрос на английском языке.",
  spa: "El asistente lee las contribuciones en inglés y responde a preguntas formuladas en inglés. Por favor, formule su pregunta en inglés.",
};

/** The note for a question not in English: in its language too when that is another official UN language. */
export function notEnglishAnswer(question: string): string {
  const note = NOT_ENGLISH_NOTES[questionLanguage(question) ?? ""];
  return note ? `${note}\n${NOT_ENGLISH_ANSWER}` : NOT_ENGLISH_ANSWER;
}

export interface AskOutcome {
  result: AnswerResult;
  retrieval: Retrieval;
}

/** Retrieval, then the configured answerer: the one path the API, the CLI and the evaluation share. */
export class Assistant {
  /** The corpus's entities and years, for routing questions that name them. */
  private readonly entities: CorpusEntity[];

  constructor(
    readonly retriever: Retriever,
    readonly answerer: Answerer,
    /** Makes follow-ups standalone before retrieval, when an LLM is configured. */
    private readonly rewriter?: QuestionRewriter,
    /** Passages retrieved and handed to the answerer (which weighs the leading ones). Default 10. */
    private readonly k = 10,
    /** Answers summary requests with a briefing note; without one they are answered as questions. */
    private readonly summarize?: Summarizer,
  ) {
    this.entities = corpusEntities(retriever.index.passages);
  }

  async ask(request: AskRequest): Promise<AskOutcome> {
    const history = request.history ?? [];
    const standalone = history.length ? await this.rewriter?.rewrite(request.question, history, request.signal) : undefined;
    const plan = planScopes({ question: standalone ?? request.question, history: standalone ? [] : history, entities: this.entities, passages: this.retriever.index.passages, filter: request.filter });
    const asked = plan.question !== (standalone ?? request.question);

    if (plan.split) return this.askPerScope(plan.question, plan.split.scopes, plan.split.named, request);

    const retrieval =
      standalone || asked
        ? await this.retriever.retrieve({ question: plan.question, k: this.k, filter: plan.filter })
        : await this.retriever.retrieve({ question: request.question, history, k: this.k, filter: plan.filter });
    if (retrieval.analysis.notEnglish) return { result: this.say(notEnglishAnswer(request.question), true, request), retrieval };
    // A greeting or a thank-you asks nothing: no passages are offered for it.
    if (onlyCourtesy(request.question)) return { result: this.say(/\b(thanks|thank you|cheers|appreciated?)\b/i.test(request.question) ? THANKS_ANSWER : COURTESY_ANSWER, true, request), retrieval };
    // A filter that no indexed submission meets is said to be one, not answered "does not say".
    if (!retrieval.passages.length && request.filter && allowedPositions(this.retriever.index.passages, request.filter)?.size === 0) {
      return { result: this.say(nothingIndexed(request.filter, this.entities), true, request), retrieval };
    }
    // "What did UNODC report in its 2023 submission?" with no 2023 submission indexed: said so, not answered from 2024.
    const missingYears = missingSubmissionYears(request.question, this.entities);
    if (missingYears.length) return { result: this.say(nothingIndexed({ ...plan.filter, year: missingYears }, this.entities), true, request), retrieval };
    // A message may ask for a summary in its last sentence ("I'm preparing a note … Could you summarise …?"), or
    // after a dash or colon that ends its lead-in ("I'm drafting a newsletter item — could you summarise …?").
    const last = splitSentences(request.question).at(-1)?.text ?? "";
    const summary = [request.question, last, last.split(/\s[—–-]\s|:\s/).at(-1) ?? ""].find((text) => SUMMARY_REQUEST.test(text));
    if (this.summarize && summary) {
      const topic = summaryTopic(summary, this.entities.flatMap((e) => [e.entity, e.entityName ?? ""]).filter(Boolean));
      // A summary of one table record ("Could you summarise the Tapajós project?") is what the record says it is:
      // asked as a question, its description answers, not a brief's one cut bullet.
      const record = topic && recordTitled(topic, this.retriever.index.passages);
      if (record) {
        const told = await this.ask({ ...request, question: `Tell me about the ${record}` });
        const length = summaryLength(summary);
        return length ? { ...told, result: { ...told.result, answer: keptToLength(told.result.answer, length) } } : told;
      }
      const result = await this.summarize(topic, request.signal, summaryLength(summary));
      emit(result.answer, request.onToken);
      return { result, retrieval };
    }
    // Two questions in one sentence are answered one after the other (offline: a model answers both itself).
    // A follow-up may ask two ("How long does it run, and how many countries benefit?"): both lean on the conversation.
    const parts = this.answerer.mode === "extractive" && !plan.split ? splitQuestion(plan.question) : undefined;
    if (parts) return this.askParts(parts, plan.filter, request, standalone ? [] : history);
    // "Which African countries are mentioned?": the area's countries the whole submission names, each cited.
    const area = this.answerer.mode === "extractive" ? areaCountriesAsked(plan.question) : undefined;
    const inArea = area && this.namedInArea(area, plan.filter, request);
    if (inArea) return { result: inArea, retrieval };
    // "Which came first, A or B?": each one's date, asked on its own, then compared (offline: a model compares itself).
    const comparison = this.answerer.mode === "extractive" ? dateComparison(plan.question) : undefined;
    const compared = comparison && (await this.askComparison(comparison, plan.filter, request));
    if (compared) return { result: compared, retrieval };
    // "How many days did the CCPCJ 33rd session last?": its dates, asked on their own, then the days they span.
    const days = this.answerer.mode === "extractive" ? daysAsked(plan.question) : undefined;
    const spanned = days && (await this.askDays(days.question, plan.filter, request));
    if (spanned) return { result: spanned, retrieval };
    // "How many more farmers … than women …?": each count asked, then the difference.
    const difference = this.answerer.mode === "extractive" ? countDifference(plan.question) : undefined;
    const subtracted = difference && (await this.askDifference(difference, plan.filter, request));
    if (subtracted) return { result: subtracted, retrieval };
    // "Does Kenya appear both among the SE4U pilot countries and the prison climate pilots?": each asked, then one verdict.
    const both = this.answerer.mode === "extractive" ? bothQuestions(plan.question) : undefined;
    const bothAnswered = both && (await this.askBoth(both, plan.filter, request));
    if (bothAnswered) return { result: bothAnswered, retrieval };
    // "which countries show up in both lists?" after two list answers: the two questions asked again, their countries shared.
    const earlier = history.filter((turn) => turn.role === "user");
    if (this.answerer.mode === "extractive" && !standalone && earlier.length >= 2 && asksSharedOfEarlier(request.question)) {
      const at = history.lastIndexOf(earlier.at(-1)!);
      const shared = await this.askBoth([earlier.at(-2)!.content, earlier.at(-1)!.content], plan.filter, request, [[], history.slice(0, at)]);
      if (shared) return { result: shared, retrieval };
    }
    // A whole table of several entities is listed entity by entity, each list its own.
    const listed = retrieval.list ? [...new Set(retrieval.passages.map((hit) => hit.passage.source.entity ?? hit.passage.source.document))] : [];
    if (listed.length > 1) {
      const scopes = listed.map((entity) => ({ label: entity, filter: { ...plan.filter, entity } }));
      return this.askPerScope(plan.question, scopes, false, request);
    }
    // With several entities indexed, an extractive answer says whose submission it quotes; a model sees it in the breadcrumbs.
    const naming = this.entities.length > 1 && this.answerer.mode === "extractive";
    const result = await this.answerer.answer({ question: request.question, history, retrieval, signal: request.signal, onToken: naming ? undefined : request.onToken });
    if (naming) {
      const source = result.abstained ? undefined : quotedSource(result);
      if (source) result.answer = /^The submission\b/.test(result.answer) ? result.answer.replace(/^The submission\b/, `The ${source} submission`) : `${source}: ${result.answer}`;
      emit(result.answer, request.onToken);
    }
    return { result, retrieval };
  }

  /**
   * "…what was the Office's role, and how many forms does the draft set out?": the first question, then the
   * second as its follow-up (it may lean on the first: "…and what period does it cover?"), one answer after the
   * other with their citations renumbered into one list. `earlier` is the conversation before the message
   * (empty for a standalone one): the first question leans on it, the second on it and the first. A question
   * the submission does not answer says so by name; both unanswered is one abstention. The retrieval returned
   * is the first question's.
   */
  private async askParts([first, second]: [string, string], filter: SearchFilter | undefined, request: AskRequest, earlier: ChatTurn[]): Promise<AskOutcome> {
    const retrieval = await this.retriever.retrieve({ question: first, history: earlier, k: this.k, filter });
    const one = await this.answerer.answer({ question: first, history: earlier, retrieval, signal: request.signal });
    const history: ChatTurn[] = [
      ...earlier,
      { role: "user", content: first },
      { role: "assistant", content: one.answer },
    ];
    // "If so, when?" is asked as "When?": the condition's words are no part of what is searched.
    const hanging = IF_SO.exec(second);
    const asked = hanging ? second.slice(hanging[0].length).replace(/^[,\s]+/, "").replace(/^./, (c) => c.toUpperCase()) : second;
    const alone = await this.answerer.answer({ question: asked, history, retrieval: await this.retriever.retrieve({ question: asked, history, k: this.k, filter }), signal: request.signal });
    // Not answered alone, the second ask is searched with the first, which it continues ("… and what were the three
    // areas of focus?").
    const two = alone.abstained && !one.abstained ? await this.answerer.answer({ question: asked, history, retrieval: await this.retriever.retrieve({ question: asked, history, k: this.k, filter, continues: true }), signal: request.signal }) : alone;
    if (one.abstained && two.abstained) {
      emit(one.answer, request.onToken);
      return { result: one, retrieval };
    }
    // Both asks answered by the same evidence ("how many resolutions…, and how many decisions…?") say it once; the
    // longer when one quote holds the other (the second ask may add the sentence after it).
    const quoted = (result: AnswerResult) => result.answer.replace(/\s*\[\d+\]/g, "").trim();
    if (!one.abstained && !two.abstained && (quoted(two).includes(quoted(one)) || quoted(one).includes(quoted(two)))) {
      const kept = quoted(two).length > quoted(one).length ? two : one;
      emit(kept.answer, request.onToken);
      return { result: kept, retrieval };
    }
    // "Do we have any joint work with Global Affairs Canada? If so, which project?": the project named answers both.
    if (one.abstained && IF_SO.test(second)) {
      const answer = `Yes. ${two.answer}`;
      emit(answer, request.onToken);
      return { result: { ...two, answer }, retrieval };
    }
    const answered = [one, two].filter((result) => !result.abstained);
    const { texts, citations } = renumberCitations(answered);
    const unanswered = [one, two].flatMap((result, i) => (result.abstained ? [`The submission does not say: “${[first, second][i]!.replace(/^.*[.!]\s+/, "")}”`] : []));
    const result: AnswerResult = { answer: [...texts, ...unanswered].join("\n"), abstained: false, mode: this.answerer.mode, citations };
    emit(result.answer, request.onToken);
    return { result, retrieval };
  }

  /**
   * A comparison of two things' dates (`dateComparison`): "When was A held?" and "When was B held?" answered each on
   * its own, then one line that says which is earlier (or later, longer, shorter) by the dates the two answers
   * quote, and both answers after it with their citations renumbered into one list. A yes/no comparison ("Did A
   * come before B?") opens "Yes." or "No."; two spans of as many days open "Neither: both lasted 5 days." ("No: …" for
   * a yes/no, "None: …" for how many more days). Undefined, for the question to be answered as one, when either is not
   * answered, both quote the same passage, or their dates cannot settle it (the same year, one without a month).
   */
  private async askComparison(comparison: DateComparison, filter: SearchFilter | undefined, request: AskRequest): Promise<AnswerResult | undefined> {
    const [one, two] = (await this.askEach(comparison.questions, filter, request)) as [AnswerResult, AnswerResult];
    if (one.abstained || two.abstained || one.citations[0]?.id === two.citations[0]?.id) return undefined;
    if (comparison.asks === "more" || comparison.asks === "fewer") return this.compareCounts(comparison, one, two, request);
    const dates = [readDate(one.answer), readDate(two.answer)];
    if (!dates[0] || !dates[1]) return undefined;
    let firstWins: boolean;
    let lead: string | undefined;
    if (comparison.asks === "longer" || comparison.asks === "shorter") {
      const [a, b] = dates.map((date) => daysSpanned(date!));
      if (a === undefined || b === undefined) return undefined;
      // As long as each other: neither, with both spans (new-user trial, session 26: the two descriptions, no verdict).
      if (a === b) {
        const same = `both lasted ${a} day${a === 1 ? "" : "s"}`;
        const tie = comparison.difference ? `None: ${same}.` : comparison.yesNo ? `No: ${same}.` : `Neither: ${same}.`;
        return this.leadWithQuotes(tie, [one, two], request);
      }
      firstWins = comparison.asks === "longer" ? a > b : a < b;
      // "How many more days …?": the difference, counting each span's days inclusive.
      if (comparison.difference) lead = `${Math.abs(a - b)} ${comparison.asks === "longer" ? "more" : "fewer"} day${Math.abs(a - b) === 1 ? "" : "s"}: ${a} against ${b}.`;
    } else {
      const order = compareDates(dates[0], dates[1]);
      if (order === 0) return undefined;
      firstWins = comparison.asks === "earlier" ? order < 0 : order > 0;
    }
    const [a, b] = comparison.items;
    const winner = firstWins ? a : b;
    const relation = { earlier: "came first", later: "came later", longer: "lasted longer", shorter: "was shorter" }[comparison.asks];
    const verdict = lead ?? (comparison.yesNo ? `${firstWins ? "Yes" : "No"}.` : `${winner.charAt(0).toUpperCase()}${winner.slice(1)} ${relation}.`);
    return this.leadWithQuotes(verdict, [one, two], request);
  }

  /**
   * "How many days did A last?" (`daysAsked`): "When was A held?" answered on its own, and the days its dates span
   * counted inclusive ("13-17 May 2024" → "5 days.") before the quote. Undefined, for the question to be answered as
   * one, when it is not answered or its dates name no span of days (new-user trial, session 26: had abstained).
   */
  private async askDays(question: string, filter: SearchFilter | undefined, request: AskRequest): Promise<AnswerResult | undefined> {
    const [dated] = await this.askEach([question], filter, request);
    const date = dated && !dated.abstained ? readDate(dated.answer) : undefined;
    const days = date && daysSpanned(date);
    if (!days) return undefined;
    const answer = `${days} day${days === 1 ? "" : "s"}: ${dated!.answer}`;
    emit(answer, request.onToken);
    return { ...dated!, answer };
  }

  /**
   * A yes/no question asked of two things at once (`bothQuestions`): each asked on its own, then "Yes." when both
   * answers open "Yes.", "No." when either opens "No.", with both quotes after it and their citations renumbered into
   * one list. Undefined, for the question to be answered as one, when either is left open or unanswered.
   */
  private async askBoth(questions: [string, string], filter: SearchFilter | undefined, request: AskRequest, histories: [ChatTurn[], ChatTurn[]] = [[], []]): Promise<AnswerResult | undefined> {
    const results = await this.askEach(questions, filter, request, histories);
    // "Which countries are in both …?": the countries both answers name, in the first answer's order.
    if (histories[1].length || SHARED_ASKED.test(questions[0])) {
      if (results.some((result) => result.abstained) || results[0]!.citations[0]?.id === results[1]!.citations[0]?.id) return undefined;
      const named = results.map((result) => [...new Set(result.answer.match(COUNTRIES_ANY_CASE) ?? [])]);
      if (named.some((countries) => countries.length < 2)) return undefined;
      const shared = named[0]!.filter((country) => named[1]!.includes(country));
      return this.leadWithQuotes(shared.length ? `${shared.length} countries are named in both: ${listNames(shared)}.` : "No country is named in both.", results, request);
    }
    const verdicts = results.map((result) => (result.abstained ? undefined : /^(Yes|No)\.\s/.exec(result.answer)?.[1]));
    if (verdicts.some((verdict) => verdict === undefined)) return undefined;
    const asked = questions.map((question) => `${question.charAt(0).toUpperCase()}${question.slice(1)} `);
    return this.leadWithQuotes(`${verdicts.includes("No") ? "No" : "Yes"}.`, results, request, asked);
  }

  /**
   * "Which country list is longer, A or B?": the countries each answer lists, counted as `countListed` counts a series
   * of names ("… Ghana, Indonesia, …, Tajikistan and Thailand" → 10), and the longer (or shorter) named with both
   * counts, then both answers cited. Undefined when either lists fewer than two or both list as many.
   */
  private compareCounts(comparison: DateComparison, one: AnswerResult, two: AnswerResult, request: AskRequest): AnswerResult | undefined {
    // Partners are a record's field ("Project Turquesa — Partners: Global Affairs Canada, INTERPOL"), counted as that field.
    const listedIn = (answer: string) => {
      const text = answer.replace(/\s*\[\d+\]/g, "");
      if (comparison.counts !== "partners" && comparison.counts !== "SDGs") return countListed("How many countries?", text)?.count;
      const field = readFieldQuote(text.split("\n").at(-1) ?? "");
      // Goals are a record's goals field ("Tapajós Project — Relevant SDGs: SDGs 8, 16 and 17"): the goals it names.
      if (comparison.counts === "SDGs") {
        const goals = goalsNamed(field?.value ?? "");
        return goals.length ? goals.length : undefined;
      }
      // A field that names one partner lists one ("SE4U — Partners: Global Initiative Against Transnational Organized
      // Crime": "Which has more partners, Project Turquesa or SE4U?", new-user trial, session 27).
      return field ? (countListed("How many partners?", field.value, field.field)?.count ?? (/\p{L}/u.test(field.value) ? 1 : undefined)) : undefined;
    };
    const counts = [one, two].map((result) => listedIn(result.answer));
    const [a, b] = counts;
    if (a === undefined || b === undefined) return undefined;
    const [x, y] = comparison.items;
    // A tie is an answer too: "Which has more partners, A or B?" when each lists two (new-user trial, session 25).
    // Asked as yes or no ("Does A cover more SDGs than B?"), the verdict opens.
    if (a === b) return this.leadWithQuotes(`${comparison.yesNo ? "No: the" : "The"} same number of ${comparison.counts ?? "countries"} is listed for both: ${a} each.`, [one, two], request);
    const firstWins = comparison.asks === "more" ? a > b : a < b;
    const winner = firstWins ? x : y;
    const opening = comparison.yesNo ? `${firstWins ? "Yes" : "No"}. ` : "";
    const verdict = `${opening}${comparison.asks === "more" ? "More" : "Fewer"} ${comparison.counts ?? "countries"} are listed for ${winner}: ${firstWins ? a : b}, against ${firstWins ? b : a}.`;
    return this.leadWithQuotes(verdict, [one, two], request);
  }

  /**
   * A difference of two counts (`countDifference`): each count asked on its own, the figure before each counted noun
   * read from its answer ("over 750 farmers", "300 women"; `countsIn`), and "450 more: 750 farmers against 300 women."
   * with both answers cited; a figure the submission gives as a bound or estimate ("over 750") is said to be one.
   * A quote that gives both counts is cited once. Undefined, for the question to be answered as one, when either is
   * unanswered or a figure for either noun cannot be read.
   */
  private async askDifference(difference: CountDifference, filter: SearchFilter | undefined, request: AskRequest): Promise<AnswerResult | undefined> {
    const [one, two] = (await this.askEach(difference.questions, filter, request)) as [AnswerResult, AnswerResult];
    if (one.abstained || two.abstained) return undefined;
    const figure = (answer: string, noun: string) => {
      const [stem] = tokenize(noun);
      const count = countsIn(answer).find((c) => !c.number.rank && (c.thing === stem || c.phrase.includes(stem!)));
      if (!count) return undefined;
      return { value: count.number.value, word: count.word, bound: figureIn(foldText(answer), count.word)?.inexact };
    };
    const a = figure(one.answer, difference.nouns[0]);
    const b = figure(two.answer, difference.nouns[1]);
    if (!a || !b) return undefined;
    const gap = difference.asks === "more" ? a.value - b.value : b.value - a.value;
    const said = [a, b].filter((f) => f.bound).map((f) => `“${f.bound} ${f.word}”`);
    // Asked as yes or no, the verdict opens; a gap the other way is said the other way ("No. 450 fewer: …").
    const verdict = difference.yesNo ? (gap > 0 ? "Yes. " : "No. ") : "";
    const other = difference.asks === "more" ? "fewer" : "more";
    const told = gap < 0 && difference.yesNo ? `${(-gap).toLocaleString("en-US")} ${other}` : `${gap.toLocaleString("en-US")} ${difference.asks}`;
    const lead = `${verdict}${told}: ${a.word} ${difference.nouns[0]} against ${b.word} ${difference.nouns[1]}${said.length ? ` (the submission says ${said.join(" and ")})` : ""}.`;
    // Both counts in one quote ("600 national facilitators and benefiting 60,000 children") are cited once.
    return this.leadWithQuotes(lead, one.answer === two.answer ? [one] : [one, two], request);
  }

  /** Each question retrieved and answered on its own, in order, the i-th with `histories[i]` as its conversation. */
  private async askEach(questions: readonly string[], filter: SearchFilter | undefined, request: AskRequest, histories: readonly ChatTurn[][] = []): Promise<AnswerResult[]> {
    const results: AnswerResult[] = [];
    for (const [i, question] of questions.entries()) {
      const history = histories[i] ?? [];
      const retrieval = await this.retriever.retrieve({ question, history, k: this.k, filter });
      results.push(await this.answerer.answer({ question, history, retrieval, signal: request.signal }));
    }
    return results;
  }

  /**
   * One line that settles the question, then each answer as a bullet ("- " and `labels[i]`, when given, before it;
 * each of an answer's lines its own bullet),
   * their citations renumbered into one list; streamed once whole.
   */
  private leadWithQuotes(lead: string, results: AnswerResult[], request: AskRequest, labels: readonly string[] = []): AnswerResult {
    const { texts, citations } = renumberCitations(results);
    // An answer of several lines (two records' dates) is a bullet each; a list's own items nest under its first line.
    const bullets = (text: string, label: string) => text.trim().split("\n").map((line, j) => (j === 0 ? `- ${label}${line}` : /^- /.test(line) ? `  ${line}` : `- ${line}`));
    const answer = [lead, ...texts.flatMap((text, i) => bullets(text, labels[i] ?? ""))].join("\n");
    emit(answer, request.onToken);
    return { answer, abstained: false, mode: this.answerer.mode, citations };
  }

  /**
   * The countries of a world area the passages in scope name (`countriesNamedIn`), each cited by the first passage
   * that names it: "The submission names 8 countries in Africa: Ghana [1], Nigeria [1], …". Undefined, for the
   * question to be answered as one, when none is named (new-user trial, session 26: "Which African countries are
   * mentioned in the submission?" had abstained).
   */
  private namedInArea(area: string, filter: SearchFilter | undefined, request: AskRequest): AnswerResult | undefined {
    const { passages } = this.retriever.index;
    const named = countriesNamedIn(area, passages, allowedPositions(passages, filter) ?? passages.keys());
    if (!named.length) return undefined;
    const citations = new CitationList();
    const cited = named.map(({ name, position }) => `${name} ${citations.cite({ passage: passages[position]!, position, score: 1 })}`);
    const documents = new Set(named.map(({ position }) => passages[position]!.source.document)).size;
    // An area typed in lower case is named as a proper name ("south america" → "South America").
    const place = area === area.toLowerCase() ? area.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : area;
    const answer = `The submission${documents > 1 ? "s name" : " names"} ${named.length} ${named.length === 1 ? "country" : "countries"} in ${place}: ${listNames(cited)}.`;
    emit(answer, request.onToken);
    return { answer, abstained: false, mode: this.answerer.mode, citations: citations.citations };
  }

  /** A fixed answer, streamed as answers are. */
  private say(answer: string, abstained: boolean, request: AskRequest): AnswerResult {
    emit(answer, request.onToken);
    return { answer, abstained, mode: "extractive", citations: [] };
  }

  /** Each scope answered on its own, then one line per scope; streamed once whole. */
  private async askPerScope(question: string, scopes: Scope[], named: boolean, request: AskRequest): Promise<AskOutcome> {
    const parts = [];
    let first: Retrieval | undefined;
    for (const scope of scopes) {
      const retrieval = await this.retriever.retrieve({ question, k: this.k, filter: scope.filter });
      first ??= retrieval;
      const result = await this.answerer.answer({ question, history: [], retrieval, signal: request.signal });
      parts.push({ scope, result });
    }
    const result = mergeScopedAnswers(parts, { keepAbstentions: named, mode: this.answerer.mode });
    emit(result.answer, request.onToken);
    return { result, retrieval: first ?? (await this.retriever.retrieve({ question, k: this.k })) };
  }
}

/** A second question asked only if the first is answered yes: "If so, which project?", "If yes, when?". */
const IF_SO = /^\s*(?:and\s+)?if\s+(?:so|yes|that['’]?s\s+the\s+case|they\s+do|it\s+does|there\s+(?:is|are))\b/i;

/** Sends a finished answer word by word, as a streamed one arrives. */
function emit(answer: string, onToken: ((text: string) => void) | undefined): void {
  if (onToken) for (const piece of answer.match(/\S+\s*/g) ?? []) onToken(piece);
}

/**
 * "No submission of “XYZ” for 2019 is indexed. Indexed: UNODC (2024), IOM (2021, 2023)." for a filter no
 * passage meets (an entity or year not ingested yet, or a misspelt one).
 */
export function nothingIndexed(filter: SearchFilter, entities: CorpusEntity[]): string {
  const named = filterValues(filter.entity).map((e) => `“${e}”`).join(" or ");
  const years = filterValues(filter.year).join(" or ");
  const what = `No submission${named ? ` of ${named}` : ""}${years ? ` for ${years}` : ""} is indexed.`;
  const indexed = entities.map((e) => (e.years.length ? `${e.entity} (${e.years.join(", ")})` : e.entity)).join(", ");
  return indexed ? `${what} Indexed: ${indexed}.` : what;
}
