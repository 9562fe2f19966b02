import assert from "node:assert/strict";
import { copyFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { Assistant } from "../../src/answer/assistant.js";
import { ExtractiveAnswerer } from "../../src/answer/extractive-answerer.js";
import { planScopes } from "../../src/retrieve/plan-scopes.js";
import { corpusEntities, questionScope, type CorpusEntity } from "../../src/retrieve/question-scope.js";
import { Retriever } from "../../src/retrieve/retriever.js";
import { combineFilters, matchesFilter } from "../../src/retrieve/search-filter.js";
import { buildIndex } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import type { Passage } from "../../src/types.js";
import { CORPUS_DIR, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";
import { UN_HABITAT_2025, UN_HABITAT_FILE } from "../helpers/second-entity.js";

const ENTITIES: CorpusEntity[] = [
  { entity: "UNODC", entityName: "United Nations Office on Drugs and Crime", years: [2024] },
  { entity: "UN-Habitat", entityName: "United Nations Human Settlements Programme", years: [2025] },
  { entity: "WHO", entityName: "World Health Organization", years: [2023, 2024] },
];

const passage = (entity: string, year: number, question: number, table?: string): Passage => ({
  id: `${entity}-${year}-${question}`,
  text: "",
  breadcrumb: "",
  source: { document: `${entity}.txt`, entity, entityName: `${entity} name`, year, question, ...(table ? { record: { table, index: 1, title: "t" } } : {}) },
  offsets: { start: 0, end: 0 },
});

describe("what a question points at", () => {
  it("finds entities by acronym, possessive or full name, never a common word, and years that stand alone", () => {
    assert.deepEqual(questionScope("What did UN-Habitat's governing body decide?", ENTITIES), { entities: ["UN-Habitat"], years: [], acrossEntities: false });
    assert.deepEqual(questionScope("who chairs the united nations office on drugs and crime in 2024?", ENTITIES), { entities: ["UNODC"], years: [2024], acrossEntities: false });
    assert.deepEqual(questionScope("Who adopted resolution E/RES/2024/10?", ENTITIES).entities, []);
    assert.deepEqual(questionScope("Who adopted resolution E/RES/2024/10?", ENTITIES).years, []);
    assert.deepEqual(questionScope("What did the 2019 review find?", ENTITIES).years, [], "a year no submission has");
  });

  it("asks across entities when it says so, not when it names two in passing", () => {
    assert.equal(questionScope("Which entities mention cybercrime?", ENTITIES).acrossEntities, true);
    assert.equal(questionScope("What do UNODC and WHO each say about trafficking?", ENTITIES).acrossEntities, true);
    assert.equal(questionScope("Compare UNODC with WHO on health", ENTITIES).acrossEntities, true);
    assert.equal(questionScope("Which partnership does UNODC have with WHO?", ENTITIES).acrossEntities, false);
    assert.equal(questionScope("Which organizations did UNODC partner with?", ENTITIES).acrossEntities, false);
  });

  it("plans per-entity and per-year answers, and leaves a one-entity corpus unfiltered", () => {
    const passages = [passage("UNODC", 2024, 1), passage("UN-Habitat", 2025, 1), passage("WHO", 2023, 1), passage("WHO", 2024, 1)];
    const entities = corpusEntities(passages).map((e) => ({ ...e, entityName: ENTITIES.find((x) => x.entity === e.entity)!.entityName }));
    assert.deepEqual(planScopes({ question: "Which entities mention cybercrime?", entities, passages }), {
      question: "cybercrime?",
      filter: undefined,
      split: { by: "entity", named: false, scopes: [{ label: "UNODC", filter: { entity: "UNODC" } }, { label: "UN-Habitat", filter: { entity: "UN-Habitat" } }, { label: "WHO", filter: { entity: "WHO" } }] },
    });
    assert.deepEqual(planScopes({ question: "How did WHO's answer change from 2023 to 2024?", entities, passages }).split, {
      by: "year", named: true, scopes: [{ label: "2023", filter: { entity: "WHO", year: 2023 } }, { label: "2024", filter: { entity: "WHO", year: 2024 } }],
    });
    assert.deepEqual(planScopes({ question: "What did UN-Habitat's governing body decide?", entities, passages }), { question: "What did governing body decide?", filter: { entity: ["UN-Habitat"] } });
    // A request filter by full name is the acronym's; the question's names narrow it further.
    assert.deepEqual(planScopes({ question: "What did WHO decide in 2023?", entities, passages, filter: { entity: "World Health Organization" } }).filter, { entity: ["WHO"], year: [2023] });
    const alone = [passage("UNODC", 2024, 1)];
    assert.deepEqual(planScopes({ question: "What did UNODC decide in 2024?", entities: corpusEntities(alone), passages: alone }), { question: "What did UNODC decide in 2024?", filter: undefined });
  });

  it("searches within a question of the questionnaire the question names by its number, its place or a word of it", () => {
    const passages = [passage("UNODC", 2024, 1), passage("UNODC", 2024, 5), passage("UNODC", 2024, 6)];
    const entities = corpusEntities(passages);
    assert.deepEqual(planScopes({ question: "Which SDGs does alternative development help accelerate according to question 6?", entities, passages }), {
      question: "Which SDGs does alternative development help accelerate?",
      filter: { question: 6 },
    });
    assert.deepEqual(planScopes({ question: "What does UNODC say under Q5 about education?", entities, passages }), { question: "What does UNODC say about education?", filter: { question: 5 } });
    // A number no question has, or a figure after "question", is no reference.
    assert.deepEqual(planScopes({ question: "What does question 9 say?", entities, passages }), { question: "What does question 9 say?", filter: undefined });
    assert.equal(planScopes({ question: "How many questions did it answer?", entities, passages }).filter, undefined);
    // By its place: "the first section of the submission" is question 1.
    assert.deepEqual(planScopes({ question: "Could you give me the resolution references cited in the first section of the submission?", entities, passages }), {
      question: "Could you give me the resolution references cited?",
      filter: { question: 1 },
    });
    assert.equal(planScopes({ question: "What is in the ninth section of the submission?", entities, passages }).filter, undefined);
    // By a word of its text or of a sub-section's heading: "the strategies section" is question 6 (new-user trial, session 25).
    const worded = [
      { ...passage("UNODC", 2024, 5), source: { ...passage("UNODC", 2024, 5).source, questionText: "5. How has your entity contributed to the six transitions?", section: "4) Education" } },
      { ...passage("UNODC", 2024, 6), source: { ...passage("UNODC", 2024, 6).source, questionText: "6. Please provide strategies and/or collective actions taken." } },
    ];
    assert.deepEqual(planScopes({ question: "Which SDGs does alternative development help accelerate according to the strategies section?", entities, passages: worded }), {
      question: "Which SDGs does alternative development help accelerate?",
      filter: { question: 6 },
    });
    assert.equal(planScopes({ question: "What does the education section say about Malawi?", entities, passages: worded }).filter?.question, 5);
    // A word no question says, or one several say, is no reference.
    assert.equal(planScopes({ question: "What does the homicide section say?", entities, passages: worded }).filter, undefined);
  });

  it("filters by every field, a list accepting any value and an empty list none", () => {
    const record = passage("UNODC", 2024, 3, "event");
    assert.equal(matchesFilter(record, { entity: "unodc", year: [2023, 2024], question: 3, table: "Event" }), true);
    assert.equal(matchesFilter(record, { entity: "UNODC name" }), true);
    assert.equal(matchesFilter(record, { table: "resource" }), false);
    assert.equal(matchesFilter(record, { entity: [] }), false);
    assert.deepEqual(combineFilters({ entity: ["UNODC", "WHO"] }, { entity: "WHO", year: 2024 }), { entity: ["WHO"], year: [2024] });
    assert.deepEqual(combineFilters({ entity: "UNODC" }, { entity: "WHO" }), { entity: [] });
  });
});

describe("a filtered search over two entities' submissions (hash embedder)", () => {
  let retriever: Retriever;
  let assistant: Assistant;
  before(async () => {
    const root = await tempDir("sa-scoped-");
    const corpusDir = path.join(root, "corpus");
    await (await import("node:fs/promises")).mkdir(corpusDir);
    await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
    await writeFile(path.join(corpusDir, UN_HABITAT_FILE), UN_HABITAT_2025);
    const embedder = new HashEmbedder();
    await buildIndex({ corpusDir, indexDir: path.join(root, "index"), embedder, log: () => undefined });
    retriever = new Retriever(await loadIndex(path.join(root, "index")), embedder);
    assistant = new Assistant(retriever, new ExtractiveAnswerer());
  });

  it("honours the filter in the dense and BM25 searches", async () => {
    const all = await retriever.search("housing Vienna session", 50);
    assert.deepEqual([...new Set(all.map((hit) => hit.passage.source.entity))].sort(), ["UN-Habitat", "UNODC"]);
    const habitat = await retriever.search("housing Vienna session", 50, { entity: "UN-Habitat" });
    assert.equal(habitat.length, 6);
    assert.ok(habitat.every((hit) => hit.passage.source.entity === "UN-Habitat"));
    const q3 = await retriever.search("session", 50, { entity: "UNODC", question: 3 });
    assert.deepEqual([...new Set(q3.map((hit) => hit.passage.source.question))], [3]);
  });

  it("honours the filter in table listing", async () => {
    const events = await retriever.retrieve({ question: "Which events were organized?", filter: { year: 2025 } });
    assert.deepEqual(events.list, { kind: "records", table: "event", total: 2, conditions: [], matched: 2 });
    assert.deepEqual(events.passages.map((hit) => hit.passage.source.record?.title), ["Twelfth session of the World Urban Forum", "Resumed session of the UN-Habitat Assembly"]);
    const none = await retriever.retrieve({ question: "Which events were organized?", filter: { table: "resource", entity: "UN-Habitat" } });
    assert.deepEqual(none.passages, []);
  });

  it("lists only the named entity's records", async () => {
    const { result } = await assistant.ask({ question: "Which events did UN-Habitat organize?" });
    assert.deepEqual(result.citations.map((c) => c.source.entity), ["UN-Habitat", "UN-Habitat"]);
    assert.match(result.answer, /^The UN-Habitat 2025 submission lists 2 events:/);
  });
});
