import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { citiesNamed } from "../../src/text/city-names.js";

describe("cities a question names", () => {
  it("finds a city of one to three words after 'in' or 'at', in any case, by WordNet's most frequent sense", async () => {
    assert.deepEqual(await citiesNamed("was the 33rd CCPCJ in new york?"), ["new york"]);
    assert.deepEqual(await citiesNamed("Was it held in Geneva, Switzerland?"), ["Geneva"]);
    assert.deepEqual(await citiesNamed("Did they meet in Nairobi or in Addis Ababa?"), ["Nairobi", "Addis Ababa"]);
  });

  it("leaves countries, regions, months, buildings and words whose first sense is no city", async () => {
    assert.deepEqual(await citiesNamed("Was it held in Austria in May 2024?"), []);
    assert.deepEqual(await citiesNamed("Is it active in Central America?"), []);
    assert.deepEqual(await citiesNamed("Was it held at the Vienna International Centre?"), ["Vienna"]);
    assert.deepEqual(await citiesNamed("Is UNODC interested in reading more?"), []);
  });
});
