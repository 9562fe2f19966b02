import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countListed } from "../../src/answer/count-listed.js";

// A record's partners field as the answerer reads it: its lines joined with "; ", a label's line with a space.
const PARTNERS =
  "Funded by a ministry's programme (MP); Local and National Partners: First Ministry (FM); Second Division (SD/MM); Federal Police (PF); State Commission (SC/PA); Academia: North University – City Campus, Western University (WU); CSOs: Land Commission – Town (LC), River Indigenous Association and Coastal Women’s Association";
const SERIES = "In 2024, the Office supported various countries, including Ghana, Indonesia, Somaliland, the Philippines, Sri Lanka and Thailand, in fostering skills. It also met in Geneva.";

describe("counting what the evidence lists when it states no figure", () => {
  it("counts a labelled sub-list of a field, the label named by a word of the same stem or by its initials", () => {
    assert.deepEqual(countListed("How many academic partners does the project have?", PARTNERS, "Partners"), {
      count: 2,
      items: ["North University – City Campus", "Western University (WU)"],
      quote: "Academia: North University – City Campus, Western University (WU)",
      source: "label",
    });
    const csos = countListed("How many civil society organizations are partners?", PARTNERS, "Partners");
    assert.deepEqual(csos?.items, ["Land Commission – Town (LC)", "River Indigenous Association", "Coastal Women’s Association"]);
    assert.equal(countListed("how many CSOs partner on it?", PARTNERS, "Partners")?.count, 3);
    // A label's items may be the lines after it, each one item.
    const local = countListed("How many local and national partners does it have?", PARTNERS, "Partners");
    assert.equal(local?.count, 4);
    assert.equal(local?.quote, "Local and National Partners: First Ministry (FM); Second Division (SD/MM); Federal Police (PF); State Commission (SC/PA)");
  });

  it("counts a field's own items for a question counting what the field lists, unless it has one", () => {
    assert.deepEqual(countListed("How many partners does Project Turquesa have?", "Global Affairs Canada, INTERPOL", "Partners"), {
      count: 2,
      items: ["Global Affairs Canada", "INTERPOL"],
      quote: "Partners: Global Affairs Canada, INTERPOL",
      source: "field",
    });
    assert.equal(countListed("How many partners?", "First Forum on Drugs, Second Union, New York NGO Committee and the Vienna NGO Committee", "Partners")?.count, 4);
    assert.equal(countListed("How many partners?", "First Ministry (FM); Federal Police (PF); State Commission (SC)", "Partners")?.count, 3);
    assert.equal(countListed("How many Member States have signed it?", "Global", "Member States benefiting from it"), undefined);
    // Two names without a comma are two only with an article after "and"; one name may hold "and" itself.
    assert.deepEqual(countListed("How many partners?", "First Union Commission and the Vienna NGO Committee on Drugs", "Partners")?.items, ["First Union Commission", "the Vienna NGO Committee on Drugs"]);
    assert.equal(countListed("How many partners?", "Commission on Crime Prevention and Criminal Justice", "Partners"), undefined);
  });

  it("sums a field's labelled groups for a question counting what the field lists, the line before the first label uncounted", () => {
    const all = countListed("How many partners does the project have?", PARTNERS, "Partners");
    assert.equal(all?.count, 9);
    assert.equal(all?.source, "field");
    assert.deepEqual(all?.groups, [
      { label: "Local and National Partners", count: 4 },
      { label: "Academia", count: 2 },
      { label: "CSOs", count: 3 },
    ]);
    assert.equal(all?.quote, `Partners: ${PARTNERS}`);
    assert.equal(all?.items.includes("Funded by a ministry's programme (MP)"), false);
  });

  it("picks no sub-list for a thing no label names", () => {
    assert.equal(countListed("How many universities work on it?", PARTNERS, "Partners"), undefined);
    assert.equal(countListed("What are the partners?", PARTNERS, "Partners"), undefined);
  });

  it("counts a series of names for countries, a territory CLDR does not list included, in the sentence that holds it", () => {
    assert.deepEqual(countListed("How many countries are named as supported?", SERIES), {
      count: 6,
      items: ["Ghana", "Indonesia", "Somaliland", "the Philippines", "Sri Lanka", "Thailand"],
      quote: "In 2024, the Office supported various countries, including Ghana, Indonesia, Somaliland, the Philippines, Sri Lanka and Thailand, in fostering skills.",
      source: "series",
    });
    // The last name may run on into the clause.
    assert.equal(countListed("How many countries?", "The Office has piloted initiatives in Ghana, Kenya, Pakistan and Sri Lanka to develop procedures.")?.count, 4);
    // Names that are not countries, or two series in the text, leave the count to the reader.
    assert.equal(countListed("How many countries?", "It met in Bamako, Dakar and St. Louis."), undefined);
    assert.equal(countListed("How many countries?", `${SERIES} Pilots ran in Kenya, Angola and Mexico.`), undefined);
    assert.equal(countListed("How many people attended?", SERIES), undefined);
  });
});
