import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { countedHead, countedKinds, figureWords } from "../../src/retrieve/counted-kinds.js";
import { nounHierarchy, type NounHierarchy } from "../../src/text/noun-hierarchy.js";

describe("what a 'how many' question counts, and what the evidence's figures count", () => {
  let hierarchy: NounHierarchy;
  before(async () => {
    hierarchy = await nounHierarchy();
  });

  it("reads the words after each figure, past magnitudes and 'of', up to a function word or punctuation", () => {
    assert.deepEqual(figureWords("During the 67th session, the CND took 25 decisions on the change of the scope"), [["decisions"]]);
    assert.deepEqual(figureWords("establishing 11 forms of cybercrime and providing"), [["forms", "cybercrime"]]);
    assert.deepEqual(figureWords("in 26 countries, 600 national facilitators and two million vulnerable children."), [["countries"], ["national", "facilitators"], ["vulnerable", "children"]]);
    assert.deepEqual(figureWords("Resolution 33/1, a 2.5-year initiative, the 2024 Summit and 4 ."), [[]]);
  });

  it("takes the head noun of the counted phrase: modifiers before it, a plural ends it", () => {
    assert.equal(countedHead("How many trafficking victims has the project identified?", hierarchy), "victims");
    assert.equal(countedHead("How many people attended the session?", hierarchy), "people");
    assert.equal(countedHead("How many countries benefit from it?", hierarchy), "countries");
    assert.equal(countedHead("How many children benefited from the programme?", hierarchy), "children");
    assert.equal(countedHead("What did the session decide?", hierarchy), undefined);
    // A possessive modifies the noun after it, typed with or without its apostrophe; the head may be a fourth word.
    assert.equal(countedHead("how many permanent childrens museum exhibitions did UNODC set up?", hierarchy), "exhibitions");
    assert.equal(countedHead("How many permanent children's museum exhibitions were set up?", hierarchy), "exhibitions");
  });

  it("relates nouns that can name the same kind of thing, and no others", () => {
    const related = (a: string, b: string) => hierarchy.related(a, b);
    assert.deepEqual([related("people", "stakeholders"), related("nations", "countries"), related("ngos", "organizations"), related("kids", "children"), related("trainers", "facilitators")], [true, true, true, true, true]);
    assert.deepEqual([related("people", "decisions"), related("victims", "countries"), related("countries", "forms"), related("decisions", "resolutions")], [false, false, false, false]);
    assert.equal(related("people", "qwzx"), undefined);
  });

  it("marks each noun after a figure as counting what the question counts or not", () => {
    assert.deepEqual(countedKinds("How many people attended the 67th session?", ["the CND took 25 decisions on scheduling and adopted four resolutions on the following"], hierarchy), {
      head: "people",
      related: { decisions: false, resolutions: false },
      same: [],
    });
    assert.deepEqual(countedKinds("How many people did the engagement reach?", ["connecting 5,200 stakeholders from 2,300 organizations"], hierarchy), {
      head: "people",
      related: { stakeholders: true, organizations: true },
      same: [],
    });
    // The very noun counted, or its synonym, is told from another kind of the same family (new-user trial, session 26).
    assert.deepEqual(countedKinds("How many women did UNODC help?", ["support over 750 farmers in Putumayo", "supported 300 women to transition"], hierarchy), {
      head: "women",
      related: { farmers: true, women: true },
      same: ["women"],
    });
    assert.deepEqual(countedKinds("How many nations got help?", ["more than 50 countries have benefited"], hierarchy)?.same, ["countries"]);
  });

  it("tells synonyms from nouns that only share a kind", () => {
    assert.deepEqual([hierarchy.synonyms("nations", "countries"), hierarchy.synonyms("kids", "children"), hierarchy.synonyms("women", "farmers"), hierarchy.synonyms("people", "stakeholders")], [true, true, false, false]);
  });
});
