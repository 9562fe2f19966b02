import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { daySpans } from "../../src/text/month-names.js";

describe("days of a month", () => {
  it("reads day ranges and single days in either order, and no month alone", () => {
    assert.deepEqual(daySpans("Event Dates: 14-15 March 2024"), [{ from: 14, to: 15, month: "march" }]);
    assert.deepEqual(daySpans("did it run 18–22 March?"), [{ from: 18, to: 22, month: "march" }]);
    assert.deepEqual(daySpans("on 14 and 15 March"), [{ from: 14, to: 15, month: "march" }]);
    assert.deepEqual(daySpans("March 18th to 22nd, 2024"), [{ from: 18, to: 22, month: "march" }]);
    assert.deepEqual(daySpans("held on May 13, 2024"), [{ from: 13, to: 13, month: "may" }]);
    assert.deepEqual(daySpans("in March 2024"), []);
  });
});
