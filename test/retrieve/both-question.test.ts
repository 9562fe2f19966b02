import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { asksSharedOfEarlier, bothQuestions } from "../../src/retrieve/both-question.js";

describe("yes/no questions asked of two things at once", () => {
  it("asks the subject of each thing after 'both', whether 'both' stands before the things or the subject", () => {
    assert.deepEqual(bothQuestions("Does Kenya appear both among the SE4U pilot countries and the prison climate pilots?"), [
      "Does Kenya appear among the SE4U pilot countries?",
      "Does Kenya appear among the prison climate pilots?",
    ]);
    assert.deepEqual(bothQuestions("are both Ghana and Nigeria in the climate-resilient prison pilots AND the prisoner skills list?"), [
      "are Ghana and Nigeria in the climate-resilient prison pilots?",
      "are Ghana and Nigeria in the prisoner skills list?",
    ]);
    assert.deepEqual(bothQuestions("Is Kenya in both the VPI list and the climate pilots?"), ["Is Kenya in the VPI list?", "Is Kenya in the climate pilots?"]);
  });

  it("splits a question for the countries two lists share, and tells a follow-up that asks them of earlier answers", () => {
    assert.deepEqual(bothQuestions("Which countries are in both the prison rehabilitation list and the prison climate pilots?"), [
      "Which countries are in the prison rehabilitation list?",
      "Which countries are in the prison climate pilots?",
    ]);
    assert.equal(asksSharedOfEarlier("which countries show up in both lists?"), true);
    assert.equal(asksSharedOfEarlier("Which countries are in both the VPI list and the climate pilots?"), false);
    assert.equal(asksSharedOfEarlier("Were both segments held in Vienna?"), false);
  });

  it("asks nothing twice of one thing, of a question without 'both', or of one that is no yes/no", () => {
    assert.equal(bothQuestions("Are both Ghana and Nigeria in the climate pilots?"), undefined);
    assert.equal(bothQuestions("Was the session held in Vienna and Nairobi?"), undefined);
  });
});
