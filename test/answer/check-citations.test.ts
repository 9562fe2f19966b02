import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkCitations } from "../../src/answer/check-citations.js";

describe("checking a model's citations", () => {
  it("keeps markers that name a given passage and renumbers them in order of first use", () => {
    assert.deepEqual(checkCitations("Dates are 13-17 May 2024 [3]. Held in Vienna [1][3].", 3), { text: "Dates are 13-17 May 2024 [1]. Held in Vienna [2] [1].", cited: [2, 0] });
  });

  it("removes markers that name no passage", () => {
    assert.deepEqual(checkCitations("A claim [7] and another [0] and a good one [2].", 2), { text: "A claim and another and a good one [1].", cited: [1] });
  });

  it("reports no citation when none is valid", () => {
    assert.deepEqual(checkCitations("Nothing cited [9].", 2).cited, []);
  });
});
