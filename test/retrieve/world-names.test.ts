import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { COUNTRY_PATTERN, LANGUAGE_PATTERN, PLACE_PATTERN, countriesInArea, languagesNamed, worldAreasIn } from "../../src/text/world-names.js";

describe("the world's country, place and language names (CLDR)", () => {
  it("knows a country by its short name and by the parts of a qualified long one", () => {
    for (const name of ["Afghanistan", "Myanmar", "Burma", "Hong Kong", "Congo", "Côte d’Ivoire", "Brazil"]) assert.ok(COUNTRY_PATTERN.test(`In ${name}, farmers`), name);
    assert.equal(COUNTRY_PATTERN.test("In Central America, farmers"), false);
    assert.equal(PLACE_PATTERN.test("In Central America, farmers"), true);
    assert.equal(LANGUAGE_PATTERN.test("available in Spanish"), true);
  });

  it("reads the languages a text names, in lower case only after 'in' or 'into'", () => {
    assert.deepEqual(languagesNamed("Was it released in spanish, or in French and Arabic?"), ["Spanish", "French", "Arabic"]);
    assert.deepEqual(languagesNamed("translated into chinese"), ["Chinese"]);
    // "latin" and "ewe" elsewhere are other words.
    assert.deepEqual(languagesNamed("the latin american ewe farms"), []);
  });

  it("knows which countries a world area holds (CLDR's UN M49 containment), through its sub-areas", () => {
    assert.deepEqual(countriesInArea("Central America"), ["Belize", "Costa Rica", "Guatemala", "Honduras", "Mexico", "Nicaragua", "Panama", "El Salvador"]);
    assert.equal(countriesInArea("central america").length, 8);
    assert.ok(countriesInArea("Latin America").includes("Brazil"));
    assert.ok(countriesInArea("Africa").includes("Kenya"));
    assert.deepEqual(countriesInArea("Brazil"), []);
    assert.deepEqual(countriesInArea("Atlantis"), []);
    // Staff's shorter names for the M49 areas, read whole; a country's name stays the country's.
    assert.deepEqual(countriesInArea("South-East Asia"), countriesInArea("Southeast Asia"));
    assert.ok(countriesInArea("south-east asia").includes("Thailand"));
    assert.deepEqual(countriesInArea("West Africa"), countriesInArea("Western Africa"));
    assert.ok(countriesInArea("South Asia").includes("Sri Lanka"));
    assert.deepEqual(worldAreasIn("in South-East Asia or West Africa, not South Africa or North America"), ["South-East Asia", "West Africa", "North America"]);
    assert.deepEqual(worldAreasIn("pilots in southern Africa"), ["southern Africa"]);
  });
});
