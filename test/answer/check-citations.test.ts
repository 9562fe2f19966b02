import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkCitations } from "../../src/answer/check-citations.js";

describe("checking a model's citations", () => {
  it("keeps markers that name a given passage and renumbers them in order of first use", () => {
    assert.deepEqual(checkCitations("Dates are 13-17 May 2024 [3]. Held in Vienna [1][3].", 3), { text: "Dates are 13-17 May 2024 [1]. Held in Vienna [2][1].", cited: [2, 0] });
  });

  it("removes markers that name no passage", () => {
    assert.deepEqual(checkCitations("A claim [7] and another [0] and a good one [2].", 2), { text: "A claim and another and a good one [1].", cited: [1] });
  });

  it("renumbers or removes every citation-like group and drops sentences left without a valid citation", () => {
    assert.deepEqual(checkCitations("Claim A [7]. Claim B [3]. Claim C [1, 2]. Claim D [2][1000]. Claim E [^2]. Claim F 【2】. Claim G [2-3]. Claim H [1-900].", 6), {
      text: "Claim B [1]. Claim C [2][3]. Claim D [3]. Claim E [3]. Claim F [3]. Claim G [3][1].",
      cited: [2, 0, 1],
    });
  });

  it("keeps a list's lead-in with its first cited item, and abbreviations inside sentences", () => {
    assert.deepEqual(checkCitations("The events were:\n- A meeting in Vienna [2]\n- A claim [9]\n- Art. 5 of the U.N. Charter, e.g. here [1].", 2), {
      text: "The events were:\n- A meeting in Vienna [1]\n- Art. 5 of the U.N. Charter, e.g. here [2].",
      cited: [1, 0],
    });
    assert.equal(checkCitations("The events were:\n- A claim [9]", 2).text, "");
  });

  it("sanitises each sentence it keeps: no images, no raw HTML, no links but http(s)", () => {
    const model = 'Held in Vienna ![p](https://attacker.example/?d=1) [1]. See [the page](javascript:alert(1)) [1]. Also <img src=x onerror="alert(1)"><script>alert(2)</script>here [1]. And [site](https://www.unodc.org/) [1].';
    assert.equal(checkCitations(model, 1).text, "Held in Vienna [1]. See the page [1]. Also here [1]. And [site](https://www.unodc.org/) [1].");
  });

  it("reports no citation when none is valid", () => {
    assert.deepEqual(checkCitations("Nothing cited [9].", 2).cited, []);
  });
});
