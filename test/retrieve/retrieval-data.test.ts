import assert from "node:assert/strict";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { expandAcronyms, type AcronymDefinition } from "../../src/retrieve/acronyms.js";
import { analyzeQuestion } from "../../src/retrieve/analyze-question.js";
import { countedTerms } from "../../src/retrieve/counted-phrase.js";
import { Retriever } from "../../src/retrieve/retriever.js";
import { documentFrequency, idf, questionTerms, termStatistics } from "../../src/retrieve/term-statistics.js";
import { Bm25Index, bm25Idf } from "../../src/store/bm25-index.js";
import { buildIndex } from "../../src/store/build-index.js";
import { loadIndex } from "../../src/store/load-index.js";
import { dot, normalize } from "../../src/text/vector-math.js";
import { CORPUS_DIR, SUBMISSION, tempDir } from "../helpers/fixtures.js";
import { HashEmbedder } from "../helpers/hash-embedder.js";

/** The pure functions over the data a Retrieval carries: no model, no index, no server. */
describe("term statistics", () => {
  const lexicon = Bm25Index.build(["Drug trafficking and organized crime", "Crime prevention and criminal justice", "Prisons and rehabilitation", "Officers trained in 2024"]);

  it("BM25's idf: ln(1 + (N - df + 0.5) / (df + 0.5)), highest for a term no passage holds", () => {
    assert.equal(bm25Idf(4, 0), Math.log(10));
    assert.equal(bm25Idf(4, 2), Math.LN2);
    assert.equal(lexicon.idf("crime"), Math.LN2);
  });

  it("counts the question's terms only, and weighs them as the lexical search does", () => {
    const analysis = analyzeQuestion("How many kinds of crime did the 2,000 officers investigate in 2024?");
    const stats = termStatistics(lexicon, questionTerms(analysis));
    assert.equal(stats.passages, 4);
    assert.deepEqual(Object.fromEntries(stats.documentFrequency), { mani: 0, kind: 0, crime: 2, "2": 0, "000": 0, offic: 1, investig: 0, "2024": 1, "2,000": 0 });
    assert.equal(idf(stats, "crime"), Math.LN2);
    assert.equal(idf(stats, "offic"), Math.log(1 + 3.5 / 1.5));
    assert.equal(idf(stats, "investig"), Math.log(10));
    assert.equal(documentFrequency(stats, "prison"), 0, "a term not looked up counts as none");
  });

  it("looks up the counted phrase's terms too, which the question's tokens may spell otherwise", () => {
    const analysis = analyzeQuestion("How many U.N. agencies joined in 2,024?");
    assert.deepEqual(countedTerms(analysis.question), ["un", "agenc", "join"]);
    assert.deepEqual([...questionTerms(analysis)], ["mani", "u.n", "agenc", "join", "2", "024", "2,024", "un"]);
    assert.deepEqual(countedTerms("How many kinds of crime did it address?"), ["crime"]);
    assert.deepEqual(countedTerms("What did it do?"), []);
  });
});

describe("acronyms as data", () => {
  const acronyms = new Map<string, AcronymDefinition>([
    ["ccpcj", { acronym: "CCPCJ", expansion: "Commission on Crime Prevention and Criminal Justice", passage: 1 }],
    ["vpi", { acronym: "VPI", expansion: "Voluntary Pilot Initiatives", passage: 2 }],
  ]);

  it("spells out every acronym a text uses, plurals included, once", () => {
    assert.equal(expandAcronyms("What did the CCPCJ and the VPIs do?", acronyms), "What did the CCPCJ and the VPIs do? (Commission on Crime Prevention and Criminal Justice; Voluntary Pilot Initiatives)");
    assert.equal(expandAcronyms("The Voluntary Pilot Initiatives (VPI) began", acronyms), "The Voluntary Pilot Initiatives (VPI) began");
    assert.equal(expandAcronyms("What did the CCPCJ do?", new Map()), "What did the CCPCJ do?");
  });
});

describe("a Retrieval is data (hash embedder)", () => {
  let retriever: Retriever;
  before(async () => {
    const root = await tempDir("sa-retrieval-data-");
    const corpusDir = path.join(root, "corpus");
    await mkdir(corpusDir);
    await copyFile(path.join(CORPUS_DIR, SUBMISSION), path.join(corpusDir, SUBMISSION));
    const embedder = new HashEmbedder();
    await buildIndex({ corpusDir, indexDir: path.join(root, "index"), embedder, log: () => undefined });
    retriever = new Retriever(await loadIndex(path.join(root, "index")), embedder);
  });

  it("holds no function, so it can be cloned or built by hand (as the evaluation's baseline does)", async () => {
    const retrieval = await retriever.retrieve({ question: "What did the CCPCJ adopt on cybercrime?", k: 5 });
    assert.doesNotThrow(() => structuredClone(retrieval));
    assert.equal(retrieval.acronyms, retriever.acronyms);
  });

  it("carries the similarity of every unit of the first k passages, and the frequencies of the question's terms", async () => {
    const retrieval = await retriever.retrieve({ question: "How many farmers in Colombia?", k: 3 });
    const { index } = retriever;
    assert.deepEqual([...retrieval.unitSimilarities.keys()], retrieval.passages.map((hit) => hit.position));
    assert.equal(retrieval.passages.length, 3);
    const query = normalize(await new HashEmbedder().embedQuery(retrieval.query));
    for (const hit of retrieval.passages) {
      assert.deepEqual(retrieval.unitSimilarities.get(hit.position), index.unitsOf[hit.position]!.map((unit) => dot(query, index.vectors.vector(unit))));
    }
    assert.deepEqual([...retrieval.termStatistics.documentFrequency.keys()], ["mani", "farmer", "colombia"]);
    for (const term of ["farmer", "colombia"]) assert.equal(documentFrequency(retrieval.termStatistics, term), index.lexical.documentFrequency(term));
    assert.ok(documentFrequency(retrieval.termStatistics, "colombia") > 0, "the corpus names Colombia");
    assert.equal(retrieval.termStatistics.passages, index.passages.length);
  });
});
