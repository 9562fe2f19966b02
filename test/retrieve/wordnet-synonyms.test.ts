import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordNetPertainyms, wordNetSynonyms } from "../../src/text/wordnet-synonyms.js";

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

  it("names the country an adjective of nationality pertains to, and no common noun", async () => {
    assert.deepEqual(await wordNetPertainyms("Afghan"), ["Afghanistan", "Islamic State of Afghanistan"]);
    assert.deepEqual(await wordNetPertainyms("brazilian"), ["Brazil", "Federative Republic of Brazil", "Brasil"]);
    assert.deepEqual(await wordNetPertainyms("musical"), []);
    // A people named by the plural of its adjective.
    assert.deepEqual(await wordNetPertainyms("Canadians"), ["Canada"]);
    assert.deepEqual(await wordNetPertainyms("musicals"), []);
    assert.deepEqual(await wordNetPertainyms("xqzv"), []);
  });
});
