import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { englishWords, type WordTest } from "../../src/ingest/word-list.js";
import { joinSplitWords, SpellingCorrector } from "../../src/retrieve/spelling.js";
import { tokenize } from "../../src/text/tokenize.js";

const CORPUS = [
  "The Commission on Narcotic Drugs met in Vienna. In Colombia, farmers moved away from coca.",
  "A legislative guide on crimes in the fisheries sector. Children and families visited the exhibitions.",
  "Asia and the Pacific. The project was funded by Canada and dealt with crimes. Vienna, Austria.",
  "Event Name: the 67th session. Farmers grow wheat.",
];

describe("reading a misspelt word of a question as the corpus's word", () => {
  const corrector = new SpellingCorrector(CORPUS);
  const vocabulary = new Set(CORPUS.flatMap((text) => tokenize(text)));
  const known = (word: string) => tokenize(word).some((term) => vocabulary.has(term));
  let english: WordTest;
  before(async () => {
    english = await englishWords();
  });
  const correct = (text: string) => corrector.correct(text, known, english);

  it("corrects a word the corpus has no near form of to the one English word a single edit away", () => {
    // The corpus never says "academic"; WordNet does, and no other English word is one edit from "acadmic".
    assert.deepEqual(correct("who are the acadmic partners?"), { text: "who are the academic partners?", corrections: [{ from: "acadmic", to: "academic" }] });
    // Several English words one edit away ("stone", "state", "stage"…): left as typed.
    assert.equal(correct("which stane projects?").text, "which stane projects?");
    // Several forms of one word ("happen", "happens", "happened"): the one form that restores a left-out letter.
    assert.deepEqual(correct("what happend in may?"), { text: "what happened in may?", corrections: [{ from: "happend", to: "happened" }] });
    assert.equal(correct("who chaird the session?").text, "who chaired the session?");
    // Several ("events", "vents"): the one that restores a left-out letter, whose base form the corpus writes
    // ("event"); not when the typed word is an English word with an ending ("whats" is no "wheats").
    assert.deepEqual(correct("which evnts took place in march?"), { text: "which events took place in march?", corrections: [{ from: "evnts", to: "events" }] });
    assert.equal(correct("whats the time zone in nairobi").text, "whats the time zone in nairobi");
  });

  it("reads an acronym with two letters swapped as the one acronym the corpus writes so, and no other change", () => {
    const withAcronyms = new SpellingCorrector([...CORPUS, "The CND and the CCPCJ met; UNODC and UNDP published it on the SDG."]);
    const fix = (text: string) => withAcronyms.correct(text, known, english).text;
    assert.equal(fix("When did the CPCCJ meet?"), "When did the CCPCJ meet?");
    assert.equal(fix("Where did the CDN meet?"), "Where did the CND meet?");
    assert.equal(fix("What does UNDOC stand for?"), "What does UNODC stand for?");
    // Another letter is another acronym: "UNEP" is no "UNDP".
    assert.equal(fix("What did UNEP say?"), "What did UNEP say?");
    // So is another first letter: "DSG" (a Deputy Secretary-General) is no "SDG".
    assert.equal(fix("so i can brief the DSG"), "so i can brief the DSG");
  });

  it("corrects a last letter dropped and a misspelt part of a hyphenated word (new-user trial)", () => {
    // "legislativ" only lacks a letter of the corpus's "legislative"; "co-fundd" is "co-" and a misspelt "funded".
    assert.equal(correct("is there a legislativ guide?").text, "is there a legislative guide?");
    assert.equal(correct("who co-fundd the project?").text, "who co-funded the project?");
    // A name that only adds to a corpus word is another form of it: "Asian" is no misspelt "Asia".
    assert.equal(correct("What did the Asian office do?").text, "What did the Asian office do?");
  });

  it("corrects a letter dropped, doubled, swapped or replaced, and a misspelt name", () => {
    assert.deepEqual(correct("what did the narcotics comission decide?"), {
      text: "what did the narcotics commission decide?",
      corrections: [{ from: "comission", to: "commission" }],
    });
    // "fisherys" stems as "fisheries" does: the search already reads it, so it is not rewritten.
    assert.equal(correct("is there a guide on fisherys for childern").text, "is there a guide on fisherys for children");
    assert.equal(correct("which exibitions did they visit in Viena").text, "which exhibitions did they visit in Vienna");
    assert.equal(correct("what crops did farmers in Columbia give up").text, "what crops did farmers in Colombia give up");
  });

  it("leaves English words, function words, other forms of a word, acronyms and short words alone", () => {
    for (const question of ["Who is the funder of the project?", "What would the Asian projects do?", "Which crises were dealt with?", "Whose exhibitions?", "Unrelated: what about UNODCC?", "Is it in Kena?", "What is the capital of Australia?"]) {
      assert.deepEqual(correct(question), { text: question, corrections: [] }, question);
    }
  });

  it("reads a short typo as the question word it misspells, and leaves other short words alone", () => {
    assert.deepEqual(correct("whch countries met in Vienna"), { text: "which countries met in Vienna", corrections: [{ from: "whch", to: "which" }] });
    // Typed without its vowels, as in a text message: "whr" is one edit from "who" and "why", but "where" unvowelled.
    assert.equal(correct("whr did the commission meet").text, "where did the commission meet");
    assert.equal(correct("whn did the commission meet").text, "when did the commission meet");
    assert.equal(correct("Wich farmers moved away from coca?").text, "Which farmers moved away from coca?");
    // "wher" is one edit from both "where" and "when": the one it begins, its last letter left off, is meant.
    // "were" is a word of its own.
    assert.deepEqual(correct("wher did the Commission meet?"), { text: "where did the Commission meet?", corrections: [{ from: "wher", to: "where" }] });
    assert.equal(correct("were the Commission meetings in Vienna?").text, "were the Commission meetings in Vienna?");
    // "wht" is one edit from both "what" and "why", but it is "what" without its vowels.
    assert.equal(correct("wat is it").text, "what is it");
    assert.equal(correct("wht is it").text, "what is it");
    // A rare English word ("wen", a cyst) opening the question before an auxiliary is the question word (new-user trial, session 25).
    assert.equal(correct("wen did the convention negotiations happen").text, "when did the convention negotiations happen");
    assert.equal(correct("Is it a wen?").text, "Is it a wen?");
  });

  it("does not correct when two corpus words are equally near and equally frequent", () => {
    const tied = new SpellingCorrector(["the cables", "the tables"]);
    assert.deepEqual(tied.correct("the xables", () => false, () => false).corrections, []);
  });
});

describe("joining a word the corpus writes as one", () => {
  const corrector = new SpellingCorrector(["A voluntary “Pledge4Action” initiative on cybercrime was proposed to inform Member States."]);
  const join = (text: string) => joinSplitWords(text, (word) => corrector.formOf(word));

  it("joins two or three typed parts into the corpus's word, in the corpus's form", () => {
    assert.equal(join("whats the pledge 4 action thing"), "whats the Pledge4Action thing");
    assert.equal(join("any cyber crime work?"), "any cybercrime work?");
    // "for" typed out where the name writes its digit.
    assert.equal(join("whats the Pledge for Action initative"), "whats the Pledge4Action initative");
    assert.equal(join("a pledge to action"), "a pledge to action");
  });

  it("leaves parts the corpus never joins, runs across punctuation and runs with a function word", () => {
    assert.equal(join("a cyber attack"), "a cyber attack");
    assert.equal(join("cyber, crime"), "cyber, crime");
    assert.equal(join("available in form of a report"), "available in form of a report");
  });
});

describe("a name typed in lower case", () => {
  const corrector = new SpellingCorrector(["Project Turquesa runs with INTERPOL in Vienna.", "The TAPAJÓS project, or Tapajós Project, met the commission.", "The Commission met."]);
  let english: WordTest;
  before(async () => {
    english = await englishWords();
  });

  it("is written as the corpus writes it when the corpus never writes it in lower case and it is no English word", () => {
    assert.deepEqual(corrector.capitaliseNames("how long is turquesa", english), { text: "how long is Turquesa", names: ["Turquesa"] });
    assert.deepEqual(corrector.capitaliseNames("tapajos partners", english), { text: "Tapajós partners", names: ["Tapajós"] });
  });

  it("leaves a word the corpus also writes in lower case, an English word and an acronym", () => {
    assert.deepEqual(corrector.capitaliseNames("what did the commission say in vienna with interpol", english), { text: "what did the commission say in vienna with interpol", names: [] });
  });
});

describe("an acronym typed in lower case", () => {
  const corrector = new SpellingCorrector(["The CCPCJ met with UNDP. See www.undp.org and the CND.", "The TAPAJÓS project, or Tapajós Project."]);
  let english: WordTest;
  before(async () => {
    english = await englishWords();
  });

  it("is written in capitals when the corpus writes it only so (links aside) and it is no English word", () => {
    assert.equal(corrector.capitaliseAcronyms("ccpcj dates with undp and cnd", english), "CCPCJ dates with UNDP and CND");
    // One the corpus also writes as a name stays; so does one the caller does not allow.
    assert.equal(corrector.capitaliseAcronyms("tapajos partners", english), "tapajos partners");
    assert.equal(corrector.capitaliseAcronyms("ccpcj dates", english, (word) => word !== "ccpcj"), "ccpcj dates");
  });
});
