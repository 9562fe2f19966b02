import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { areaCountriesAsked, areaOfPhrase, countriesNamedIn } from "../../src/retrieve/area-countries.js";
import type { Passage } from "../../src/types.js";

const passage = (text: string): Passage => ({ id: text.slice(0, 8), text, breadcrumb: "", source: { document: "d" } }) as Passage;

describe("countries of a world area a submission names", () => {
  it("reads the area a question asks the mentioned countries of, by its name or its adjective", () => {
    assert.equal(areaCountriesAsked("Which African countries are mentioned in the submission?"), "Africa");
    assert.equal(areaCountriesAsked("Which Central American countries are mentioned?"), "Central America");
    assert.equal(areaCountriesAsked("Which Southeast Asian countries does the submission mention?"), "Southeast Asia");
    // "come up" and "show up" ask the same (new-user trial, session 27).
    assert.equal(areaCountriesAsked("Which African countries come up in the submission?"), "Africa");
    assert.equal(areaCountriesAsked("Which Latin American countries show up in the document?"), "Latin America");
    assert.equal(areaCountriesAsked("what countries in West Africa are named"), "West Africa");
    assert.equal(areaOfPhrase("European"), "Europe");
    // What was done there, or an area no adjective names, is no such question.
    assert.equal(areaCountriesAsked("Which African countries did UNODC support?"), undefined);
    assert.equal(areaCountriesAsked("Which partner countries are mentioned?"), undefined);
  });

  it("lists the area's countries the passages name, as written, each with the first passage naming it", () => {
    const passages = [passage("In Colombia and Kenya, work went on."), passage("Training in the Democratic Republic of the Congo and in Kenya."), passage("Nigeria, not Niger.")];
    assert.deepEqual(countriesNamedIn("Africa", passages, passages.keys()), [
      { name: "Kenya", position: 0 },
      { name: "Democratic Republic of the Congo", position: 1 },
      { name: "Nigeria", position: 2 },
      { name: "Niger", position: 2 },
    ]);
    // Only the passages in scope.
    assert.deepEqual(countriesNamedIn("Africa", passages, [2]).map((c) => c.name), ["Nigeria", "Niger"]);
  });
});
