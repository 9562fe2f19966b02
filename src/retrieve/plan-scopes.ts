import type { ChatTurn } from "../types.js";
import { contextualizeQuestion } from "./contextualize-question.js";
import { canonicalEntities, questionScope, type CorpusEntity } from "./question-scope.js";
import { allowedPositions, combineFilters, isEmptyFilter, type SearchFilter } from "./search-filter.js";
import { escapeRegExp } from "../text/escape-regexp.js";
import { tokenize } from "../text/tokenize.js";
import type { Passage } from "../types.js";

/** One part of a question that is answered per entity or per year: its label ("IOM", "2022") and its filter. */
export interface Scope {
  label: string;
  filter: SearchFilter;
}

export interface ScopePlan {
  /** The question to retrieve and answer with: the names and years routed on taken out (the filter says them). */
  question: string;
  /** The filter for a single answer: the request's, narrowed by what the question names. */
  filter?: SearchFilter;
  /** Set when the question asks across entities or across one entity's years: answered once per scope, one line each. */
  split?: { by: "entity" | "year"; scopes: Scope[]; /** The user named each scope: each gets a line, "does not say" included. */ named: boolean };
}

/** What is asked of each entity once the across-entities cue is gone: "Which entities mention cybercrime?" → "cybercrime?". */
const ACROSS_CUE = /\b(?:which|what)\s+(?:un\s+)?(?:entities|agencies|organi[sz]ations|submissions)\s+(?:\w+\s+)?(?:mention|say|said|talk about|discuss|report on|report|address|cover|refer to|write about|wrote about|work on|describe)\b|\b(?:across|all|every|each|other)\s+(?:un\s+)?(?:entities|entity|agencies|agency|organi[sz]ations|submissions)\b|\b(?:each|both|respectively)\b/gi;
const REPORTING = /\b(?:what\s+do(?:es)?\s+(?:\S+\s+){0,8}?)?\b(?:say|says|said|mention|mentions|write|writes)\s+(?:about\s+)?/gi;

function strip(question: string, patterns: RegExp[]): string {
  let text = question;
  for (const pattern of patterns) text = text.replace(pattern, " ");
  return text.replace(/\s+([?.,!])/g, "$1").replace(/\s{2,}/g, " ").replace(/^[\s,]+/, "").trim();
}

function mentionPatterns(entities: CorpusEntity[], named: string[]): RegExp[] {
  return entities
    .filter((e) => named.includes(e.entity))
    .flatMap((e) => [e.entityName, e.entity].filter((n): n is string => !!n))
    .map((name) => new RegExp(`(?<![\\p{L}\\d-])${escapeRegExp(name).replace(/\s+/g, "\\s+")}(?:['’]s)?(?![\\p{L}\\d])`, "giu"));
}

/** Ordinals as English writes them, first to tenth. */
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
/** A question of the questionnaire named by its place: "in the first section of the submission", "the third question of the report". */
const SECTION_ORDINAL = new RegExp(String.raw`\b(?:(?:in|from|of|under|at)\s+)?the\s+(${ORDINALS.join("|")})\s+(?:section|question|part)\s+(?:of|in)\s+(?:the|this|its|their)\s+(?:submission|document|report|questionnaire)\b`, "i");

/** A question of the questionnaire named by its number: "question 5", "Q3", "q. 7", "question #2". */
const QUESTION_NUMBER = /\b(?:(?:according to|under|in|from|for|of|at|to)\s+)?(?:question|q\.?)\s?#?(\d{1,2})\b(?![/.,]\d)/i;

/** A question of the questionnaire named by a word of it: "according to the strategies section", "in the education part". */
const SECTION_NAMED = /\b(?:(?:according\s+to|in|under|from|of)\s+)?the\s+((?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|same|other|next|last|previous|whole|entire|relevant)\b)[\p{L}-]+(?:\s+(?!(?:section|part)\b)[\p{L}-]+)?)\s+(?:section|part)\b(?!\s+(?:of|in)\s+(?:the|this|its|their)\s+(?:submission|document|report|questionnaire)\b)/iu;

/**
 * The number of the one questionnaire question whose text, or one of whose sub-section headings, says every term of
 * `words` ("strategies": question 6, "Please provide strategies …"; "education": question 5's "4) Education");
 * undefined for none or several.
 */
function questionNamed(passages: Passage[], words: string): number | undefined {
  const terms = tokenize(words);
  if (!terms.length) return undefined;
  const found = new Set<number>();
  for (const { source } of passages) {
    if (source.question === undefined) continue;
    const said = [source.questionText, source.record ? undefined : source.section].filter((text): text is string => !!text);
    if (said.some((text) => {
      const have = new Set(tokenize(text));
      return terms.every((term) => have.has(term));
    })) found.add(Number(source.question));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Where a question points (issue 15): a question that names entities or years is answered from them as if the
 * filter were given; one that asks across entities ("Which entities mention cybercrime?", "What do UNODC and IOM
 * each say about trafficking?") is answered per entity, one across one entity's years per year. Names are routed
 * on only when the corpus holds more than they do; a corpus of one entity is searched exactly as before.
 */
export function planScopes(options: { question: string; history?: ChatTurn[]; entities: CorpusEntity[]; passages: Parameters<typeof allowedPositions>[0]; filter?: SearchFilter }): ScopePlan {
  const { entities } = options;
  const requested: SearchFilter | undefined = isEmptyFilter(options.filter)
    ? undefined
    : { ...options.filter, ...(options.filter!.entity !== undefined ? { entity: canonicalEntities([options.filter!.entity].flat(), entities) } : {}) };
  let scope = questionScope(options.question, entities);
  // A follow-up that names nothing ("And what about their partners?") keeps the previous question's names.
  if (!scope.entities.length && !scope.years.length && !scope.acrossEntities && options.history?.length) {
    const context = contextualizeQuestion(options.question, options.history);
    if (context.followUp && context.previous) scope = { ...questionScope(context.previous, entities), acrossEntities: false };
  }
  const routes = (filter: SearchFilter) => allowedPositions(options.passages, combineFilters(requested, filter)) !== undefined;
  const entityFilter: SearchFilter | undefined = scope.entities.length ? { entity: scope.entities } : undefined;
  const yearFilter: SearchFilter | undefined = scope.years.length ? { year: scope.years } : undefined;
  const byEntity = entityFilter && routes(entityFilter);
  const byYear = yearFilter && routes(yearFilter);
  const stripped = [
    ...(byEntity ? mentionPatterns(entities, scope.entities) : []),
    ...(byYear ? scope.years.map((y) => new RegExp(`(?:\\b(?:from|in|during|to|and|between)\\s+)?(?<![\\d/.-])${y}(?![\\d/]|-\\d)`, "g")) : []),
  ];

  const hasPassages = (filter: SearchFilter) => {
    const allowed = allowedPositions(options.passages, combineFilters(requested, filter));
    return allowed === undefined || allowed.size > 0;
  };

  // The submission's own numbering ("What does it say under question 5?", "in Q3"): searched within that question.
  const numbered = QUESTION_NUMBER.exec(options.question);
  // "in the first section of the submission": the questionnaire's questions are its sections, in order.
  const ordinal = numbered ? undefined : SECTION_ORDINAL.exec(options.question);
  // "according to the strategies section", "in the education part": the one question whose text or sub-section
  // heading says the word.
  const named = numbered || ordinal ? undefined : SECTION_NAMED.exec(options.question);
  const namedNumber = named ? questionNamed(options.passages, named[1]!) : undefined;
  const number = numbered ? Number(numbered[1]) : ordinal ? ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1 : namedNumber;
  const questionFilter: SearchFilter | undefined = number ? { question: number } : undefined;
  const byQuestion = questionFilter && routes(questionFilter) && hasPassages(questionFilter);
  if (byQuestion) stripped.push(new RegExp((numbered ? QUESTION_NUMBER : ordinal ? SECTION_ORDINAL : SECTION_NAMED).source, "giu"));

  if (scope.acrossEntities && entities.length > 1) {
    // Asked of the corpus as a whole: every entity the request's filter leaves any passage of.
    const members = scope.entities.length >= 2 ? scope.entities : entities.filter((e) => hasPassages({ entity: e.entity })).map((e) => e.entity);
    const question = strip(options.question, [...mentionPatterns(entities, scope.entities), ACROSS_CUE, REPORTING]) || options.question;
    const scopes = members.map((entity) => ({ label: entity, filter: combineFilters(requested, { entity, ...(byYear ? yearFilter : {}) })! }));
    return { question, filter: requested, split: { by: "entity", scopes, named: scope.entities.length >= 2 } };
  }
  const single = scope.entities.length === 1 ? scope.entities[0]! : requested?.entity !== undefined && [requested.entity].flat().length === 1 ? [requested.entity].flat()[0]! : undefined;
  if (single && scope.years.length >= 2 && byYear) {
    const question = strip(options.question, [...stripped, /\b(?:change|changed|evolve|evolved|differ|differed)\b/gi]) || options.question;
    const scopes = scope.years.map((year) => ({ label: String(year), filter: combineFilters(requested, { entity: single, year })! }));
    return { question, filter: requested, split: { by: "year", scopes, named: true } };
  }
  let filter = requested;
  if (byEntity) filter = combineFilters(filter, entityFilter);
  if (byYear) filter = combineFilters(filter, yearFilter);
  if (byQuestion) filter = combineFilters(filter, questionFilter);
  const question = stripped.length ? strip(options.question, stripped) || options.question : options.question;
  return { question, filter };
}
