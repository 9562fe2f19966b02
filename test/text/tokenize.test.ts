import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { capitalisedTerms, tokenize } from "../../src/text/tokenize.js";

describe("terms of a text", () => {
  it("keeps symbols whole with their parts, folds accents, drops stopwords and stems", () => {
    assert.deepEqual(tokenize("E/RES/2024/10 on reducing reoffending"), ["e/res/2024/10", "re", "2024", "10", "reduc", "reoffend"]);
    assert.deepEqual(tokenize("Tapajós organisations"), ["tapajo", "organ"]);
  });

  it("reads a possessive as its noun and a contraction as its word, so neither adds a term of its own", () => {
    // "they're" once gave the terms "they're" and "re", which no passage holds: coverage of the question fell under the bar.
    assert.deepEqual(tokenize("after they're let out"), ["after", "let", "out"]);
    assert.deepEqual(tokenize("UNODC's work isn't new, we've seen it, I'd say"), ["unodc", "work", "new", "seen", "sai"]);
    assert.deepEqual(tokenize("can't won't don't"), []);
  });

  it("stems a word in -us as its inflected forms stem", () => {
    assert.deepEqual(tokenize("focus focusing focused"), ["focus", "focus", "focus"]);
    assert.deepEqual(tokenize("virus viruses"), ["virus", "virus"]);
    assert.deepEqual(tokenize("various famous"), ["variou", "famou"]);
  });

  it("reads a compass point spelled apart or hyphenated as one word", () => {
    assert.deepEqual(tokenize("South-East Asia, south east Asia, Southeast Asia"), ["southeast", "asia", "southeast", "asia", "southeast", "asia"]);
    assert.deepEqual(tokenize("North-Western"), ["northwestern"]);
  });

  it("stems a word and its derivative alike, stemming until the stem holds", () => {
    assert.deepEqual(tokenize("environmental environment environmentally"), ["environ", "environ", "environ"]);
    assert.deepEqual(tokenize("governmental government"), ["govern", "govern"]);
  });

  it("gives the terms of the capitalised words past a text's first character", () => {
    assert.deepEqual(capitalisedTerms("Was the Global Study published jointly with UNDP?"), ["global", "studi", "undp"]);
    assert.deepEqual(capitalisedTerms("was it set up in new york?"), []);
  });
});
