import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countOrRank, spelledNumbersAsDigits } from "../../src/text/number-words.js";

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

  it("writes dictated numbers from 21 to 99 in digits, and leaves small ones and other words alone", () => {
    assert.equal(spelledNumbersAsDigits("uh so where was the ccpcj thirty third session held"), "uh so where was the ccpcj 33rd session held");
    assert.equal(spelledNumbersAsDigits("the Sixty-Seventh session"), "the 67th session");
    assert.equal(spelledNumbersAsDigits("twenty first, twenty-second, eleventh"), "21st, 22nd, eleventh");
    assert.equal(spelledNumbersAsDigits("twenty five decisions in forty countries"), "25 decisions in 40 countries");
    assert.equal(spelledNumbersAsDigits("the fiftieth anniversary"), "the 50th anniversary");
    assert.equal(spelledNumbersAsDigits("which one? the first one, four of them"), "which one? the first one, four of them");
    assert.equal(spelledNumbersAsDigits("plenty of twentysomethings"), "plenty of twentysomethings");
  });
});
