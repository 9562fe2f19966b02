import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { citesGoal, goalOfTopic, goalsNamed } from "../../src/text/sdg-goals.js";

describe("reading goal numbers", () => {
  it("finds the goals a question names by number, in any of the usual forms", () => {
    assert.deepEqual(goalsNamed("what does UNODC report under SDG 14?"), [14]);
    assert.deepEqual(goalsNamed("Anything on SDGs 3 and 5, or Goal 17?"), [3, 5, 17]);
    assert.deepEqual(goalsNamed("sustainable development goal 8"), [8]);
    // Not a goal: a date, a number past 17, a session.
    assert.deepEqual(goalsNamed("held on 14-15 March at the 67th session; SDG 18"), []);
  });

  it("reads a topic that is one goal, and whether a text cites it", () => {
    assert.equal(goalOfTopic("SDG 14"), 14);
    assert.equal(goalOfTopic("oceans"), undefined);
    assert.equal(citesGoal("to advance SDG 14, 15 and 16.", 15), true);
    assert.equal(citesGoal("held on 14-15 March", 14), false);
  });
});
