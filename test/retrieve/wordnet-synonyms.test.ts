import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { senseCounts } from "../../src/text/wordnet-index.js";
import { firstNounSenseShare, wordNetPertainyms, wordNetRelatives, wordNetSynonyms } from "../../src/text/wordnet-synonyms.js";

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

  it("counts how often each sense was tagged, and how much of a word's use its main noun sense takes", async () => {
    assert.deepEqual((await senseCounts("kid")).filter((c) => c.tagged > 0), [
      { part: "n", sense: 1, tagged: 53 },
      { part: "v", sense: 2, tagged: 2 },
      { part: "v", sense: 1, tagged: 5 },
    ]);
    assert.deepEqual(await senseCounts("xqzv"), []);
    // "kids" are children (53 of 60 tagged uses); "grounds" are evidence only 6 times in 14.
    assert.deepEqual(await firstNounSenseShare("kids"), { share: 53 / 60, tagged: 60 });
    assert.deepEqual(await firstNounSenseShare("grounds"), { share: 6 / 14, tagged: 14 });
    // One sense, a noun, never tagged: that noun.
    assert.deepEqual(await firstNounSenseShare("pubs"), { share: 1, tagged: 0 });
    assert.deepEqual(await firstNounSenseShare("xqzv"), { share: 0, tagged: 0 });
  });

  it("finds a word's family by derivational links, through its verb, and an adjective's similar adjectives", async () => {
    assert.deepEqual(await wordNetRelatives("fishing"), ["fish", "fisherman", "fisher", "sportfishing", "fishery", "piscary"]);
    assert.ok((await wordNetRelatives("illegal")).includes("illicit"));
    assert.deepEqual(await wordNetRelatives("xqzv"), []);
  });
});
