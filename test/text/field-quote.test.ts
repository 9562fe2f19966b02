import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readFieldQuote, writeFieldQuote } from "../../src/text/field-quote.js";

describe("a record's field quoted as an answer line", () => {
  it("writes the title, the label and the value, and reads them back", () => {
    const line = writeFieldQuote({ title: "Project Turquesa", field: "Partners", value: "Global Affairs Canada, INTERPOL" });
    assert.equal(line, "Project Turquesa — Partners: Global Affairs Canada, INTERPOL");
    assert.deepEqual(readFieldQuote(`${line} [2]`), { title: "Project Turquesa", field: "Partners", value: "Global Affairs Canada, INTERPOL [2]" });
  });

  it("writes only the label and value without a title, and reads no such line as a field quote", () => {
    assert.equal(writeFieldQuote({ field: "Language(s)", value: "English" }), "Language(s): English");
    assert.equal(readFieldQuote("Language(s): English"), undefined);
    assert.equal(readFieldQuote("In Myanmar, UNODC has supported 300 women — a first."), undefined);
  });

  it("keeps a dash of the title in the title, and a colon or dash of the value in the value", () => {
    assert.deepEqual(readFieldQuote("Report — 2024 edition — Description: The fourth edition — a study: homicide"), {
      title: "Report — 2024 edition",
      field: "Description",
      value: "The fourth edition — a study: homicide",
    });
  });
});
