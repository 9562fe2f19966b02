import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { citiesNamed } from "../../src/text/city-names.js";

describe("cities a question names", () => {
  it("finds a city of one to three words after 'in' or 'at', in any case, by WordNet's most frequent sense", async () => {
    assert.deepEqual(await citiesNamed("was the 33rd CCPCJ in new york?"), ["new york"]);
    assert.deepEqual(await citiesNamed("Was it held in Geneva, Switzerland?"), ["Geneva"]);
    assert.deepEqual(await citiesNamed("Did they meet in Nairobi or in Addis Ababa?"), ["Nairobi", "Addis Ababa"]);
  });

  it("reads every city of a list after one 'in', an abbreviation's full stop included, and stops at the first word that is none", async () => {
    assert.deepEqual(await citiesNamed("exploring digitalization in Bamako, Dakar and St. Louis and empowering communities"), ["Bamako", "Dakar", "St. Louis"]);
    assert.deepEqual(await citiesNamed("Was it launched in Bamako, Dakar, and Abidjan?"), ["Bamako", "Dakar", "Abidjan"]);
    assert.deepEqual(await citiesNamed("held in Vienna. Dakar was next"), ["Vienna"]);
    assert.deepEqual(await citiesNamed("in Nairobi and partners in Kenya"), ["Nairobi"]);
  });

  it("leaves countries, regions, months, buildings and words whose first sense is no city", async () => {
    assert.deepEqual(await citiesNamed("Was it held in Austria in May 2024?"), []);
    assert.deepEqual(await citiesNamed("Is it active in Central America?"), []);
    assert.deepEqual(await citiesNamed("Was it held at the Vienna International Centre?"), ["Vienna"]);
    assert.deepEqual(await citiesNamed("Is UNODC interested in reading more?"), []);
  });
});
