import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countOrRank } from "../../src/text/number-words.js";

describe("counts and ranks spelt out", () => {
  it("reads cardinals and ordinals in words or digits, and nothing else", () => {
    assert.deepEqual(countOrRank("five"), { rank: false, value: 5 });
    assert.deepEqual(countOrRank("Five"), { rank: false, value: 5 });
    assert.deepEqual(countOrRank("1,200"), { rank: false, value: 1200 });
    assert.deepEqual(countOrRank("third"), { rank: true, value: 3 });
    assert.deepEqual(countOrRank("67th"), { rank: true, value: 67 });
    assert.equal(countOrRank("session"), undefined);
    assert.equal(countOrRank("fifths"), undefined);
  });
});
