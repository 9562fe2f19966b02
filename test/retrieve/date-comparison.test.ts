import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareDates, countDifference, dateComparison, daysAsked, daysSpanned, readDate } from "../../src/retrieve/date-comparison.js";

describe("questions that compare two things' dates", () => {
  it("reads the two things and the order asked, after or before the asking words", () => {
    assert.deepEqual(dateComparison("Which came first in 2024: the CND high-level segment or the 33rd CCPCJ session?"), {
      items: ["the CND high-level segment", "the 33rd CCPCJ session"],
      questions: ["When was the CND high-level segment held?", "When was the 33rd CCPCJ session held?"],
      asks: "earlier",
      yesNo: false,
    });
    assert.deepEqual(dateComparison("the CCPCJ session or the CND regular segment - which was later?")?.items, ["the CCPCJ session", "the CND regular segment"]);
    assert.equal(dateComparison("the CCPCJ session or the CND regular segment - which was later?")?.asks, "later");
    // A verb of making is asked back as itself.
    assert.deepEqual(dateComparison("Which was set up first, the Forum or the Coalition?")?.questions, ["When was the Forum set up?", "When was the Coalition set up?"]);
  });

  it("reads yes/no comparisons of order and of length", () => {
    assert.deepEqual(dateComparison("Did the high-level segment come before the 33rd CCPCJ session?"), {
      items: ["the high-level segment", "the 33rd CCPCJ session"],
      questions: ["When was the high-level segment held?", "When was the 33rd CCPCJ session held?"],
      asks: "earlier",
      yesNo: true,
    });
    assert.deepEqual(dateComparison("Was the CND regular segment longer than the high-level segment?"), {
      items: ["the CND regular segment", "the high-level segment"],
      questions: ["When was the CND regular segment held?", "When was the high-level segment held?"],
      asks: "longer",
      yesNo: true,
    });
    assert.equal(dateComparison("Was the Forum launched after the Coalition?")?.questions[0], "When was the Forum launched?");
    // By how many days; "the high-level one" stands for "the high-level segment".
    assert.deepEqual(dateComparison("How many more days was the CND regular segment than the high-level one?"), {
      items: ["the CND regular segment", "the high-level segment"],
      questions: ["When was the CND regular segment held?", "When was the high-level segment held?"],
      asks: "longer",
      yesNo: false,
      difference: true,
    });
  });

  it("reads a comparison of how many countries two lists name, asked as 'Which countries are in …?'", () => {
    assert.deepEqual(dateComparison("Which country list is longer - the prisoner skills list or the prison climate-resilience pilots?"), {
      items: ["the prisoner skills list", "the prison climate-resilience pilots"],
      questions: ["Which countries are in the prisoner skills list?", "Which countries are in the prison climate-resilience pilots?"],
      asks: "more",
      yesNo: false,
    });
    assert.equal(dateComparison("Which one names fewer countries, the VPI list or the climate pilots?")?.asks, "fewer");
    assert.deepEqual(dateComparison("More partners listed: Turquesa or ImPACT?"), {
      items: ["Turquesa", "ImPACT"],
      questions: ["Who are the partners of Turquesa?", "Who are the partners of ImPACT?"],
      asks: "more",
      yesNo: false,
      counts: "partners",
    });
  });

  it("reads 'Does A cover more SDGs than B?' as a count of each, asked as yes or no", () => {
    assert.deepEqual(dateComparison("Did the CCPCJ session cover more SDGs than the CND regular segment?"), {
      items: ["the CCPCJ session", "the CND regular segment"],
      questions: ["Which SDGs is the CCPCJ session relevant to?", "Which SDGs is the CND regular segment relevant to?"],
      asks: "more",
      yesNo: true,
      counts: "SDGs",
    });
  });

  it("reads 'how many more A than B', asking each count with the clause that says what is counted", () => {
    assert.deepEqual(countDifference("How many more farmers did UNODC support in Colombia than women in Myanmar?"), {
      nouns: ["farmers", "women"],
      questions: ["How many farmers did UNODC support in Colombia?", "How many women in Myanmar?"],
      asks: "more",
    });
    assert.deepEqual(countDifference("how many more children than facilitators benefited from the programmes?")?.questions, [
      "How many children benefited from the programmes?",
      "How many facilitators benefited from the programmes?",
    ]);
    assert.equal(countDifference("How many farmers did UNODC support?"), undefined);
    // Asked as yes or no, with "by how many" after it (new-user trial, session 27).
    assert.deepEqual(countDifference("were more farmers helped in colombia than women in myanmar? by how many"), {
      nouns: ["farmers", "women"],
      questions: ["How many farmers helped in colombia?", "How many women in myanmar?"],
      asks: "more",
      yesNo: true,
    });
    assert.deepEqual(countDifference("Did UNODC support more farmers in Colombia than women in Myanmar?")?.questions, ["How many farmers in Colombia?", "How many women in Myanmar?"]);
  });

  it("asks no comparison of one thing, a year, or a thing pointed back to", () => {
    assert.equal(dateComparison("When was the 33rd CCPCJ session held?"), undefined);
    assert.equal(dateComparison("Was the Forum launched before 2024?"), undefined);
    assert.equal(dateComparison("Which came first, it or the Coalition?"), undefined);
    assert.equal(dateComparison("Which got more funding, Project Turquesa or the Tapajós project?"), undefined);
  });

  it("reads the first date an answer quotes, after a record's label, as precisely as it is given", () => {
    assert.deepEqual(readDate("67th session of the Commission on Narcotic Drugs — Event Dates: 14-15 March 2024 [1]"), { year: 2024, month: 3, from: 14, to: 15 });
    assert.deepEqual(readDate("The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 to bridge diverse voices."), { year: 2024, month: 5 });
    assert.deepEqual(readDate("The Forum was officially launched in Lusaka, Zambia, in 2023."), { year: 2023 });
    assert.equal(readDate("World Drug Report 2024 — Description: The report covers drug markets."), undefined);
  });

  it("orders dates only as far as both say, and counts the days a span covers", () => {
    assert.equal(compareDates({ year: 2024, month: 3, from: 14 }, { year: 2024, month: 5, from: 13 }), -1);
    assert.equal(compareDates({ year: 2024, month: 5 }, { year: 2023 }), 1);
    assert.equal(compareDates({ year: 2024 }, { year: 2024, month: 5 }), 0);
    assert.equal(daysSpanned({ year: 2024, month: 3, from: 18, to: 22 }), 5);
    assert.equal(daysSpanned({ year: 2024, month: 3 }), undefined);
  });

  it("reads 'Does A or B have more partners?' as which of the two has more", () => {
    assert.deepEqual(dateComparison("Does the Tapajós project or Project Turquesa have more partners?"), {
      items: ["the Tapajós project", "Project Turquesa"],
      questions: ["Who are the partners of the Tapajós project?", "Who are the partners of Project Turquesa?"],
      asks: "more",
      yesNo: false,
      counts: "partners",
    });
  });

  it("reads which of two has more goals, and which is older or more recent", () => {
    assert.deepEqual(dateComparison("Which has more relevant SDGs, the Tapajós Project or SE4U?")?.questions, ["Which SDGs is the Tapajós Project relevant to?", "Which SDGs is SE4U relevant to?"]);
    assert.equal(dateComparison("Which is older, the Forum or the Coalition?")?.asks, "earlier");
    assert.equal(dateComparison("Which is more recent, the Forum or the Coalition?")?.asks, "later");
  });

  it("reads how many days one thing lasted as the question that dates it", () => {
    assert.deepEqual(daysAsked("How many days did the CCPCJ 33rd session last?"), { item: "the CCPCJ 33rd session", question: "When was the CCPCJ 33rd session held?" });
    assert.deepEqual(daysAsked("how many days was the CND high-level segment"), { item: "the CND high-level segment", question: "When was the CND high-level segment held?" });
    // A pronoun is no thing; a comparison is `dateComparison`'s.
    assert.equal(daysAsked("How many days did it last?"), undefined);
    assert.equal(daysAsked("How many days was the regular segment longer than the high-level one?"), undefined);
    assert.equal(daysAsked("How many countries took part?"), undefined);
  });
});
