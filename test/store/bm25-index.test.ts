import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Bm25Index, type ScoredIndex } from "../../src/store/bm25-index.js";
import { tokenize } from "../../src/text/tokenize.js";

/** Okapi BM25 scored the textbook way, document by document, every document sorted: what `search` must equal. */
function exhaustive(texts: string[], query: string, k: number, accept?: (index: number) => boolean): ScoredIndex[] {
  const [k1, b] = [1.2, 0.75];
  const docs = texts.map((text) => tokenize(text));
  const avg = docs.reduce((sum, terms) => sum + terms.length, 0) / docs.length;
  const terms = [...new Set(tokenize(query))];
  const hits: ScoredIndex[] = [];
  docs.forEach((doc, index) => {
    if (accept && !accept(index)) return;
    let score = 0;
    let matched = false;
    for (const term of terms) {
      const tf = doc.filter((t) => t === term).length;
      if (!tf) continue;
      const df = docs.filter((d) => d.includes(term)).length;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      const norm = k1 * (1 - b + (b * doc.length) / avg);
      score += idf * ((tf * (k1 + 1)) / (tf + norm));
      matched = true;
    }
    if (matched) hits.push({ index, score });
  });
  return hits.sort((x, y) => y.score - x.score || x.index - y.index).slice(0, k);
}

const TEXTS = [
  "Trafficking in persons: the Global Report on Trafficking in Persons 2024.",
  "Farmers in Putumayo moved from coca towards sacha inchi seeds.",
  "A brief on gender-related killings of women and girls was published.",
  "Trafficking of protected wildlife species and the World Wildlife Crime Report.",
  "Farmers grow coffee instead of poppy; farmers earn more.",
  "The Commission on Crime Prevention and Criminal Justice met in Vienna.",
  "Trafficking in persons online: a toolkit for prosecutors.",
  "Trafficking in persons online: a toolkit for prosecutors.",
  "Crime prevention through sport for young people.",
  "Persons trafficked for forced labour on fishing vessels.",
];

describe("Bm25Index.search", () => {
  it("scores by Okapi BM25 (k1 1.2, b 0.75) with exact values", () => {
    const index = Bm25Index.build(["apple banana", "apple", "cherry"]);
    // n = 3, df(apple) = 2: idf = ln(1 + 1.5/2.5) = ln 1.6; average length 4/3.
    // "apple" (length 1): norm = 1.2 · (0.25 + 0.75 · 0.75) = 0.975, weight 2.2 / 1.975.
    // "apple banana" (length 2): norm = 1.2 · (0.25 + 0.75 · 1.5) = 1.65, weight 2.2 / 2.65.
    const hits = index.search("apple", 5);
    assert.deepEqual(hits.map((h) => h.index), [1, 0]);
    assert.equal(hits[0]!.score.toFixed(9), (Math.log(1.6) * (2.2 / 1.975)).toFixed(9));
    assert.equal(hits[0]!.score.toFixed(6), "0.523548");
    assert.equal(hits[1]!.score.toFixed(6), "0.390192");
  });

  it("equals exhaustive scoring (scores to the last bit, order, ties by position) for every k and filter", () => {
    const index = Bm25Index.build(TEXTS);
    const queries = ["trafficking in persons", "farmers coca poppy farmers", "crime prevention", "toolkit prosecutors online", "wildlife", "nothing matches zebra", "persons trafficking report 2024 crime"];
    const filters: (((i: number) => boolean) | undefined)[] = [undefined, (i) => i % 2 === 0, (i) => i !== 6, () => false];
    for (const query of queries) {
      for (const k of [0, 1, 2, 3, 5, 10, 50]) {
        for (const accept of filters) assert.deepEqual(index.search(query, k, accept), exhaustive(TEXTS, query, k, accept), `${query} k=${k}`);
      }
    }
  });

  it("breaks a tie at the cut by position: two identical passages, k = 1 keeps the first", () => {
    const index = Bm25Index.build(TEXTS);
    const hits = index.search("toolkit prosecutors", 1);
    assert.deepEqual(hits.map((h) => h.index), [6]);
    assert.deepEqual(index.search("toolkit prosecutors", 2).map((h) => h.index), [6, 7]);
    assert.equal(index.search("toolkit prosecutors", 2)[0]!.score, index.search("toolkit prosecutors", 2)[1]!.score);
  });

  it("asks the filter once per passage, and leaves nothing behind for the next search", () => {
    const index = Bm25Index.build(TEXTS);
    const asked: number[] = [];
    index.search("trafficking persons online", 10, (i) => (asked.push(i), i !== 0));
    assert.deepEqual([...asked].sort((a, b) => a - b), [0, 3, 6, 7, 9]);
    assert.deepEqual(index.search("trafficking", 10), exhaustive(TEXTS, "trafficking", 10));
    assert.throws(() => index.search("trafficking", 10, () => { throw new Error("filter failed"); }), /filter failed/);
    assert.deepEqual(index.search("persons", 10), exhaustive(TEXTS, "persons", 10));
  });

  it("gives the same results after toJSON and fromJSON", () => {
    const index = Bm25Index.build(TEXTS);
    const loaded = Bm25Index.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    assert.deepEqual(loaded.search("trafficking in persons crime", 10), index.search("trafficking in persons crime", 10));
  });

  it("counts a term named like an object's property ('constructor') as any other term", () => {
    const index = Bm25Index.build(["the constructor of roads", "a constructor, a constructor"]);
    assert.equal(index.documentFrequency("constructor"), 2);
    assert.equal(index.termFrequency(1, "constructor"), 2);
    assert.equal(index.idf("constructor"), Math.log(1 + 0.5 / 2.5));
    assert.deepEqual(index.search("constructor", 2).map((hit) => hit.index), [1, 0]);
    assert.equal(Bm25Index.build(["roads"]).documentFrequency("constructor"), 0);
  });

  it("reuses an earlier index's counts for the texts it already counted: the same statistics as counting afresh", () => {
    const previous = Bm25Index.build(TEXTS.slice(0, 3)).toJSON();
    const reused = Bm25Index.statistics(TEXTS, { previous: { texts: TEXTS.slice(0, 3), data: previous } });
    assert.deepEqual(reused, Bm25Index.build(TEXTS).toJSON());
    assert.equal(reused.docs[0], previous.docs[0], "the earlier counts themselves, not counted again");
  });
});
