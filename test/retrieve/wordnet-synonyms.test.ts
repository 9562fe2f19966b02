import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordNetSynonyms } from "../../src/text/wordnet-synonyms.js";

describe("WordNet synonyms", () => {
  it("gives the other lemmas of a noun's most frequent sense, from its plural", async () => {
    assert.deepEqual((await wordNetSynonyms("kids")).slice(0, 4), ["child", "youngster", "minor", "shaver"]);
  });

  it("keeps to the one sense: no hypernyms", async () => {
    assert.deepEqual(await wordNetSynonyms("cops"), ["bull", "copper", "fuzz", "pig"]);
  });

  it("knows no synonyms for a word WordNet does not list as a noun", async () => {
    assert.deepEqual(await wordNetSynonyms("xqzv"), []);
  });
});
