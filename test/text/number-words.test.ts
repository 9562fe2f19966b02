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

  it("writes years said as speech says them in digits, and leaves numbers that are no years", () => {
    assert.equal(spelledNumbersAsDigits("reviewed at the HLPF in twenty twenty five"), "reviewed at the HLPF in 2025");
    assert.equal(spelledNumbersAsDigits("Nineteen ninety-nine and two thousand and twenty four, two thousand nine"), "1999 and 2024, 2009");
    assert.equal(spelledNumbersAsDigits("the twenty thirty agenda, twenty nineteen"), "the 2030 agenda, 2019");
    // A tens word before a unit is a count, and a century word before one ("twenty one") no year.
    assert.equal(spelledNumbersAsDigits("twenty five countries, twenty one farmers"), "25 countries, 21 farmers");
  });
});
