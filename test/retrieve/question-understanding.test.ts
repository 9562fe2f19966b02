import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeQuestion, askedHolder, holdsIntent, holdsPrecision, namesRole } from "../../src/retrieve/analyze-question.js";
import { contextualizeQuestion, listedItems, namesOnly } from "../../src/retrieve/contextualize-question.js";
import { findAcronyms } from "../../src/retrieve/acronyms.js";
import { fuseRankings } from "../../src/retrieve/fuse-rankings.js";
import { listConditions } from "../../src/retrieve/list-conditions.js";
import { countedPhrase } from "../../src/retrieve/counted-phrase.js";
import { confirmationAsked, directQuestion, focusOfQuestion, questionFocus, splitQuestion, withoutSender } from "../../src/retrieve/question-focus.js";
import { isNotEnglish } from "../../src/retrieve/question-language.js";
import { namedTerms, unknownAcronyms } from "../../src/retrieve/named-terms.js";

/** Fast unit tests of retrieve/'s pure parts: no model, no index, no server. */
describe("fusing the dense and lexical rankings", () => {
  const dense = [{ index: 1, score: 0.8 }, { index: 2, score: 0.4 }];
  const lexical = [{ index: 2, score: 12 }, { index: 3, score: 6 }];

  it("weighted: each side over its best, then 0.5 each", () => {
    assert.deepEqual(fuseRankings(dense, lexical, { fusion: "weighted", weight: 0.5 }), [
      { index: 2, score: 0.75 },
      { index: 1, score: 0.5 },
      { index: 3, score: 0.25 },
    ]);
  });

  it("weighted with a lexical ceiling: a best BM25 match under the ceiling counts for its share of it", () => {
    // Ceiling 24: the lexical side is divided by 24, not by its best (12), so passage 1's dense lead wins.
    assert.deepEqual(fuseRankings(dense, lexical, { fusion: "weighted", weight: 0.5, lexicalCeiling: 24 }), [
      { index: 1, score: 0.5 },
      { index: 2, score: 0.5 },
      { index: 3, score: 0.125 },
    ]);
    // A ceiling under the best match changes nothing.
    assert.deepEqual(fuseRankings(dense, lexical, { fusion: "weighted", weight: 0.5, lexicalCeiling: 6 }), fuseRankings(dense, lexical, { fusion: "weighted", weight: 0.5 }));
  });

  it("reciprocal-rank fusion: 1/(k + rank) summed", () => {
    const fused = fuseRankings(dense, lexical, { fusion: "rrf", rrfK: 60 });
    assert.deepEqual(fused.map((h) => h.index), [2, 1, 3]);
    assert.equal(fused[0]!.score, 1 / 62 + 1 / 61);
  });

  it("dense or lexical alone passes that ranking through", () => {
    assert.equal(fuseRankings(dense, lexical, { fusion: "dense" }), dense);
    assert.equal(fuseRankings(dense, lexical, { fusion: "lexical" }), lexical);
  });
});

describe("what a question asks", () => {
  const tables = new Set(["events", "partnerships", "publications"]);

  it("reads where to find something online as asking for a web address, and a venue as asking where", () => {
    assert.equal(analyzeQuestion("Where can I find the World Wildlife Crime Report 2024 online?").intent, "website");
    assert.equal(analyzeQuestion("Where can I download the SDG 16 progress report?").intent, "website");
    assert.equal(analyzeQuestion("What does UNODC do about online child abuse?").intent, "general");
    // "link" the verb is no web link; "Where does it say …?" asks for the passage, not a place.
    assert.equal(analyzeQuestion("is there some kind of civil society network on drugs in Africa i could link up with").intent, "general");
    assert.equal(analyzeQuestion("Is there a link to the report?").intent, "website");
    assert.equal(analyzeQuestion("Where does it say lack of funding is holding things back?").intent, "general");
    assert.equal(analyzeQuestion("Where does the submission mention Ghana?").intent, "general");
    assert.equal(analyzeQuestion("Where does the project work?").intent, "where");
    assert.equal(analyzeQuestion("What's the venue for the 33rd CCPCJ session?").intent, "where");
    // "link" as a verb asks for goals; as a noun, for a web address.
    assert.equal(analyzeQuestion("which sdgs does the tapajos projct link to").intent, "sdg");
    assert.equal(analyzeQuestion("Which SDGs does the submission link to the CCPCJ's 33rd session?").intent, "sdg");
    assert.equal(analyzeQuestion("link to download wildlife crime report 2024 pls").intent, "website");
    assert.equal(analyzeQuestion("Is there a link for it?").intent, "website");
    // The label of one in a series is no count: "edition no.", "session number".
    assert.equal(analyzeQuestion("edition no. of the SDG 16 global progress report?").intent, "general");
    assert.equal(analyzeQuestion("What is the session number of the crime commission held in May?").intent, "general");
    assert.equal(analyzeQuestion("no. of countries with VPIs?").intent, "count");
    assert.equal(analyzeQuestion("What was the number of children reached?").intent, "count");
    // A terse question ending on "when" asks when, unless another question word asks (a typo corrected to "when").
    assert.equal(analyzeQuestion("cnd regular segment when").intent, "when");
    assert.equal(analyzeQuestion("unodc myanmar what did they do for when").intent, "general");
    // A role after an article names the thing's maker, not the thing asked: the initiative's name, not the chair's.
    assert.equal(analyzeQuestion("What was the catchy name of the pledge initiative the chair floated at CND 67?").intent, "general");
    assert.equal(analyzeQuestion("What is the name of the chair of CND 67?").intent, "person");
    assert.equal(analyzeQuestion("What is the name of the UNODC focal point?").intent, "person");
    // A report's lead author or editor is a person; who wrote it may be its publisher (blind set 27).
    assert.equal(analyzeQuestion("Who was the lead author of the 2024 SDG 16 global progress report?").intent, "person");
    assert.equal(analyzeQuestion("name of the editor of the wildlife report?").intent, "person");
    assert.equal(analyzeQuestion("Who wrote the Global Study on Homicide?").intent, "who");
    // "official" before "name" says which name, not whose.
    assert.equal(analyzeQuestion("What's the official name of the voluntary initiative the CND chair proposed?").intent, "general");
    assert.equal(analyzeQuestion("What's the official's name?").intent, "person");
  });

  it("reads who sends a message and what the answer is for apart from what it asks", () => {
    assert.equal(withoutSender("RCO Afghanistan—what crops has UNODC helped farmers grow instead of opium?"), "what crops has UNODC helped farmers grow instead of opium?");
    assert.equal(withoutSender("Hi, RCO Colombia here. What did UNODC do in Putumayo? Need it for our UNSDCF annual results report."), "Hi, What did UNODC do in Putumayo?");
    assert.equal(withoutSender("Can you summarize the food systems transition in 3 bullets for a UNCT brief?"), "Can you summarize the food systems transition in 3 bullets");
    // One word before the colon is the topic, not the sender.
    assert.equal(withoutSender("UNICEF: did UNODC partner with them?"), "UNICEF: did UNODC partner with them?");
  });

  it("reads 'By what means?' after an acronym as asking how, not what the acronym means, and as a second question after a yes/no one", () => {
    const means = "Did UNODC consult ECOSOC subsidiary bodies ahead of the CND midterm review? By what means?";
    assert.equal(analyzeQuestion(means).intent, "general");
    assert.equal(analyzeQuestion("What does CND mean?").intent, "define");
    // After a yes/no question, a question of its question word alone asks more of its "yes".
    assert.deepEqual(splitQuestion(means), ["Did UNODC consult ECOSOC subsidiary bodies ahead of the CND midterm review?", "By what means?"]);
    assert.deepEqual(splitQuestion("Was the CCPCJ held in Vienna? When?"), ["Was the CCPCJ held in Vienna?", "When?"]);
    assert.equal(splitQuestion("Where was the 33rd session held? And when?"), undefined);
  });

  it("reads a 'y/n:' label as nothing asked and 'Member State(s)' as a plural", () => {
    assert.equal(focusOfQuestion("y/n: was UNODC the secretariat for the cybercrime convention negotiations?").ask, "was UNODC the secretariat for the cybercrime convention negotiations?");
    assert.equal(focusOfQuestion("Yes or no - did the CND adopt 25 decisions?").ask, "did the CND adopt 25 decisions?");
    assert.equal(focusOfQuestion("Which Member State(s) sponsored resolution 67/4?").ask, "Which Member States sponsored resolution 67/4?");
    assert.equal(focusOfQuestion("Which country(ies) got VPIs?").ask, "Which countries got VPIs?");
  });

  it("reads a request to explain what a quoted term means as that question, without its frame", () => {
    assert.equal(focusOfQuestion("Please could you explain in simple words what 'alternative development' means in this paper, I keep seeing it").ask, "What does alternative development mean?");
    assert.equal(focusOfQuestion('Can you tell me what "CAE" stands for?').ask, "What does CAE mean?");
    // Without quotation marks the question is read as typed.
    assert.equal(focusOfQuestion("Can you explain what alternative development means?").ask, "Can you explain what alternative development means?");
  });

  it("finds the ask after 'most grateful if you could kindly tell me', without what the asker will do with the answer", () => {
    const polite = "Good afternoon, I hope you are well. I am preparing talking points for my Under-Secretary-General ahead of a meeting next week and I would be most grateful if you could kindly tell me which countries UNODC supported through its prison-based rehabilitation roadmap in 2024, so that I can mention them accurately. Many thanks in advance for your help.";
    assert.equal(focusOfQuestion(polite).ask, "Which countries UNODC supported through its prison-based rehabilitation roadmap in 2024.");
    // The question word may follow its preposition (new-user trial, session 26).
    assert.equal(focusOfQuestion("Hello, I would be most grateful if you could let me know in which countries UNODC has piloted initiatives to make prison systems more resilient to climate change. Thank you very much in advance for your help.").ask, "In which countries UNODC has piloted initiatives to make prison systems more resilient to climate change.");
    // "so that" with no asker after it is part of the question.
    assert.equal(focusOfQuestion("Which countries did UNODC support so that prisons stay safe?").ask, "Which countries did UNODC support so that prisons stay safe?");
  });

  it("splits a question from the ask that hangs on its yes, so the verdict is searched by the question alone", () => {
    assert.deepEqual(splitQuestion("Is Kenya among the VPI countries - if yes, what other African country is?"), ["Is Kenya among the VPI countries?", "If yes, what other African country is?"]);
    assert.deepEqual(splitQuestion("Did UNODC work with INTERPOL, and if so where?"), ["Did UNODC work with INTERPOL?", "If so where?"]);
    // No ask after "if so" is no second question.
    assert.equal(splitQuestion("Is Kenya among them - if so, good"), undefined);
  });

  it("reads a bare request to look as no question, and a chat's 'dept' as 'department'", () => {
    const located = "The submission mentions 300 women who moved to growing coffee. In which state or region of Myanmar are these women located? Could you check the document for me?";
    assert.equal(splitQuestion(located), undefined);
    assert.equal(focusOfQuestion(located).ask, "In which state or region of Myanmar are these women located?");
    assert.deepEqual(splitQuestion("Do we have any joint work with Global Affairs Canada? If so, which project?"), ["Do we have any joint work with Global Affairs Canada?", "If so, which project?"]);
    assert.equal(focusOfQuestion("was tapajos funded by us state dept").ask, "was tapajos funded by us state department");
    assert.equal(focusOfQuestion("unodc alt dev guide - exact name?").ask, "unodc alternative development guide - exact name?");
    // "drug" is read first as a noun, not as a past of "drag": the question is no statement to confirm.
    assert.equal(focusOfQuestion("resolution symbol for the one on drug overdose prevention?").ask, "resolution symbol for the one on drug overdose prevention?");
    assert.equal(focusOfQuestion("Can you confirm the session took place in May?").ask, "Did the session take place in May?");
    assert.equal(analyzeQuestion("Is there an official number for the resolution about helping people leaving prison?").intent, "symbol");
    assert.equal(analyzeQuestion("What is the number of resolutions the CND adopted?").intent, "count");
    // Who the asker speaks for asks nothing.
    assert.equal(focusOfQuestion("On behalf of the Kenyan mission: in which activities does Kenya feature?").ask, "in which activities does Kenya feature?");
    assert.equal(focusOfQuestion("For Project Turquesa: who funds it?").ask, "For Project Turquesa: who funds it?");
  });

  it("reads a world area as a list condition that a country or a smaller area inside it meets", () => {
    const records = ["member states benefiting from it: brazil", "member states benefiting from it: 17 countries in central and south america", "member states benefiting from it: global"];
    const [latin, ...rest] = listConditions("Which partnerships benefit countries in Latin America?", "partnerships", records);
    assert.equal(rest.length, 0);
    assert.equal(latin!.label, "Latin America");
    assert.deepEqual(records.map((text) => latin!.test(text)), [true, true, false]);
    const [europe] = listConditions("Which partnerships are active in Europe?", "partnerships", records);
    assert.deepEqual(records.map((text) => europe!.test(text)), [false, false, false]);
  });

  it("detects a list question by its cue and the table's plural", () => {
    assert.equal(analyzeQuestion("Which events were held in March 2024?", tables).listNoun, "events");
    assert.equal(analyzeQuestion("List all the partnerships", tables).listNoun, "partnerships");
    assert.equal(analyzeQuestion("When was the event held?", tables).listNoun, undefined);
    // Typed short, a table's plural that opens the question and a preposition after it ask for the list.
    assert.equal(analyzeQuestion("Events in 2024 in Vienna?", tables).listNoun, "events");
    assert.equal(analyzeQuestion("UNODC partnerships involving INTERPOL", tables).listNoun, "partnerships");
    assert.equal(analyzeQuestion("Partners of Project Turquesa?", tables).listNoun, undefined);
    // "which ones" stands for the plural right before it; "any of the …" and "which of …" reach further.
    const nouns = new Set(["events", "publications", "transitions", "partnerships"]);
    assert.equal(analyzeQuestion("On the six SDG transitions (post-2023 Summit), which ones does UNODC report contributions under?", nouns).listNoun, "transitions");
    assert.equal(analyzeQuestion("I need the relevant SDGs for the CCPCJ events. Which ones were listed?", nouns).listNoun, "events");
    assert.equal(analyzeQuestion("For the CCPCJ events I need the relevant SDGs. Which ones were listed?", nouns).listNoun, undefined);
    assert.equal(analyzeQuestion("Were any of the three highlighted publications done with UNICEF?", nouns).listNoun, "publications");
    assert.equal(analyzeQuestion("Which of UNODC's listed multi-stakeholder partnerships are tagged to SDG 5?", nouns).listNoun, "partnerships");
    assert.equal(analyzeQuestion("which of the unodc pubs listed came out in 2022", nouns).listNoun, "publications");
    assert.equal(analyzeQuestion("Who are all the partners of the ImPACT Coalition?", nouns).listNoun, undefined);
    // A count that opens a terse question cues a list.
    assert.equal(analyzeQuestion("3 flagship pubs UNODC highlighted? titles only", nouns).listNoun, "publications");
    assert.equal(analyzeQuestion("two events in March?", nouns).listNoun, "events");
    assert.equal(analyzeQuestion("Was the report published in 3 languages?", nouns).listNoun, undefined);
    // A partitive put first names what "which ones" are: countries, not the publications named after them.
    assert.equal(analyzeQuestion("Of the countries named in the publications, which ones are in Africa?", nouns).listNoun, undefined);
    assert.equal(analyzeQuestion("Of the four highlighted publications, which ones came out in 2022?", nouns).listNoun, "publications");
    assert.equal(analyzeQuestion("Among UNODC's partnerships, which ones involve Canada?", nouns).listNoun, "partnerships");
  });

  it("names the kind of fact asked", () => {
    // Whom the work is for is no doer (blind dev 30); whom it is done with is.
    assert.equal(analyzeQuestion("thx. unrelated: who does Turquesa build capacity for?").intent, "general");
    assert.equal(analyzeQuestion("Who does the ImPACT coalition work with?").intent, "who");
    // "Define X" and "definition of X" ask to spell out an acronym; a definition of a lower-case thing does not.
    assert.deepEqual([analyzeQuestion("Define CCPCJ").intent, analyzeQuestion("Define CCPCJ").acronym], ["define", "CCPCJ"]);
    assert.equal(analyzeQuestion("definition of VPI").intent, "define");
    // Other ways of asking what letters stand for (dev 20: "What mean the letters CAE in the part about environment?").
    for (const asked of ["What mean the letters CAE in the part about environment?", "What is meant by CAE?", "What does CAE mean in the environment section?", "What do the letters in SE4U stand for?"]) {
      assert.equal(analyzeQuestion(asked).intent, "define", asked);
    }
    assert.notEqual(analyzeQuestion("What does UNODC mean by crimes that affect the environment?").intent, "define");
    assert.equal(analyzeQuestion("What does J-TIP stand for?").acronym, "J-TIP");
    assert.equal(analyzeQuestion("How does it handle the lack of a common definition of children in armed groups?").intent, "general");
    assert.equal(analyzeQuestion("When did the 33rd session take place?").intent, "when");
    assert.equal(analyzeQuestion("How many farmers did it support?").intent, "count");
    // A person asked for by a pointer or a name: a person's name must answer.
    assert.equal(analyzeQuestion("who is that person right now?").intent, "person");
    assert.equal(analyzeQuestion("and what's her name?").intent, "person");
    assert.equal(analyzeQuestion("who is the strategy for?").intent, "who");
    // Who spoke or moderated asks for a person.
    assert.equal(analyzeQuestion("Who spoke at the spring session?").intent, "person");
    // What someone in a role said is asked of that person (dev 20: "a quote from the UNODC Executive Director").
    assert.equal(analyzeQuestion("Do we have a quote from the Executive Director on the review that I could use?").intent, "person");
    assert.equal(analyzeQuestion("Give me a statement by the Chair I can quote").intent, "person");
    // Kinds of fact asked in other everyday ways: the time of day, how often, a deadline, a price, a one-person office.
    assert.deepEqual([analyzeQuestion("What time did the side event start?").intent, analyzeQuestion("What time did the side event start?").precision], ["when", "hour"]);
    assert.deepEqual([analyzeQuestion("How often does the Commission meet?").intent, analyzeQuestion("How often does the Commission meet?").precision], ["when", "frequency"]);
    assert.equal(analyzeQuestion("What was the deadline for the pledges?").intent, "when");
    assert.equal(analyzeQuestion("What time frame does the strategy cover?").precision, undefined);
    assert.equal(analyzeQuestion("How expensive was the report?").intent, "amount");
    assert.equal(analyzeQuestion("What is the funding level of the initiative?").intent, "amount");
    assert.equal(analyzeQuestion("Which minister addressed the review?").intent, "person");
    assert.equal(analyzeQuestion("Who opened the spring session?").intent, "person");
    assert.notEqual(analyzeQuestion("Which UN official did the Office launch its strategy with?").intent, "person");
    // Terse and skeptical askers (session 18 probes): "lang" is language; "name the chair" asks for a person; "where in
    // the submission" asks for the thing itself, with its place in the text.
    assert.equal(analyzeQuestion("wildlife report lang").intent, "language");
    assert.deepEqual(analyzeQuestion("Anything on Ghana in the submission?").terms, ["ghana"]);
    assert.equal(analyzeQuestion("Who are the target audiences of the study?").intent, "audience");
    // Terse executives: "$" asks for money, a role at the end for a person, "#" after a noun for a count.
    assert.equal(analyzeQuestion("turquesa $?").intent, "amount");
    assert.equal(analyzeQuestion("cnd chair?").intent, "person");
    assert.equal(analyzeQuestion("grace staff #").intent, "count");
    assert.equal(countedPhrase("grace staff #"), "staff");
    assert.notEqual(analyzeQuestion("Which of the resolutions concerns alternative development?").intent, "symbol");
    assert.equal(analyzeQuestion("Does the submission actually name the chair of the Commission?").intent, "person");
    assert.notEqual(analyzeQuestion("Where in the submission is the project's funder named?").intent, "where");
    // A prevalence or a rate is a figure; a delegation is a who.
    assert.equal(analyzeQuestion("What prevalence of forced labour did the project find?").intent, "count");
    assert.equal(analyzeQuestion("Which delegation sponsored the resolution?").intent, "who");
    // A possessive among the words before the kind of agent, and "is there a …" asking for one.
    assert.equal(analyzeQuestion("Which women's organisation is among the partners?").intent, "who");
    assert.equal(analyzeQuestion("Is there a women's organisation among the partners?").intent, "who");
    assert.equal(analyzeQuestion("who moderated the roundtable").intent, "person");
    // Everyday ways of asking when, where, who pays and which goals.
    for (const [question, intent] of [
      ["The spring session: when and where?", "when"],
      ["The spring session - when?", "when"],
      ["Tell me when the spring session was held", "when"],
      ["Timing of the spring session?", "when"],
      ["Venue of the spring session?", "where"],
      ["Where does the money for the Harbour project come from?", "who"],
      ["Which donor supports the Harbour project?", "who"],
      ["Which global goals does the Harbour project support?", "sdg"],
      ["SDG links of the Harbour project?", "sdg"],
      ["Where does the Harbour project work?", "where"],
    ] as const) assert.equal(analyzeQuestion(question).intent, intent, question);
    assert.deepEqual(analyzeQuestion("The spring session: when and where?").alsoAsks, ["where"]);
    // A building or a room is finer than a city: "Vienna, Austria" does not say it.
    assert.deepEqual([analyzeQuestion("In which building was the session held?").intent, analyzeQuestion("In which building was the session held?").precision], ["where", "site"]);
    assert.equal(analyzeQuestion("where was the side event held, which building/room?").precision, "site");
    assert.equal(holdsPrecision("site", "Event Location (City, Country): Vienna, Austria"), false);
    assert.equal(holdsPrecision("site", "held at the Vienna International Centre"), true);
    // A count typed short is a count, of the noun after it.
    assert.equal(analyzeQuestion("need: # participants at the conference").intent, "count");
    assert.equal(analyzeQuestion("no. of countries in the project").intent, "count");
    assert.equal(countedPhrase("need: # participants at the conference"), "participants");
    assert.equal(countedPhrase("# of farmers supported in colombia"), "farmers supported");
    assert.equal(countedPhrase("issue #3 of the report"), "");
    assert.equal(countedPhrase("What's the total number of victims identified by the project?"), "victims identified");
    assert.equal(countedPhrase("cybercrime convention number of offences"), "");
    // A request to list a thing's partners or funders asks who they are; a list of partnerships is a list.
    assert.equal(analyzeQuestion("List the Brazilian public-sector partners in the project.").intent, "who");
    assert.equal(analyzeQuestion("name all the funders of the study").intent, "who");
    assert.equal(analyzeQuestion("List all the partnerships").intent, "general");
    // Money asked by spending or by "how much" with a word for money earned; time spent is no money.
    assert.equal(analyzeQuestion("What did UNODC spend on alternative development programmes in 2024?").intent, "amount");
    assert.equal(analyzeQuestion("How much income have the women coffee growers earned since switching?").intent, "amount");
    // "how much" with a verb of giving asks for money (dev 20: "how much did they put in?").
    assert.equal(analyzeQuestion("how much did they put in?").intent, "amount");
    assert.equal(analyzeQuestion("How much has Canada pledged to the project?").intent, "amount");
    assert.equal(analyzeQuestion("How much did opium cultivation fall?").intent, "count");
    assert.equal(analyzeQuestion("How many years were spent negotiating the convention?").intent, "count");
    assert.equal(analyzeQuestion("What is the homicide rate in Latin America?").intent, "count");
    assert.equal(analyzeQuestion("Who chaired the 67th session?").intent, "person");
    // "…, and when?" at the end asks for the dates too.
    const both = analyzeQuestion("Where did the review take place, and when?");
    assert.deepEqual([both.intent, ...(both.alsoAsks ?? [])].sort(), ["when", "where"]);
    assert.equal(analyzeQuestion("What's planned next, and when?").intent, "when");
    // A role's name asked in a few words: "chair – name?", "the president's full name".
    assert.equal(analyzeQuestion("session 67 chair – name?").intent, "person");
    assert.equal(analyzeQuestion("the commission president's full name").intent, "person");
    assert.equal(analyzeQuestion("What are the names of the farmers supported in Putumayo?").intent, "person");
    assert.notEqual(analyzeQuestion("What are the names of the partner organisations?").intent, "person");
    assert.equal(analyzeQuestion("the report's name?").intent, "general");
    assert.equal(analyzeQuestion("Is the study available in Spanish?").intent, "language");
    assert.equal(analyzeQuestion("Did UNODC publish the Global Study on Homicide in French?").intent, "language");
    assert.equal(analyzeQuestion("Was the report released in Spanish?").intent, "language");
    assert.equal(analyzeQuestion("Who published the study in 2023?").intent, "who");
    assert.equal(analyzeQuestion("ccpcj 33 venue").intent, "where");
    assert.equal(analyzeQuestion("What does the Forum do?").describes, true);
    assert.equal(analyzeQuestion("Who is the Special Representative of the Secretary-General on the topic?").intent, "person");
    assert.equal(analyzeQuestion("Who are the partners?").intent, "who");
    // A relative "who" after a noun says which farmers; the question asks "what". "Tell me who" still asks who.
    assert.equal(analyzeQuestion("What has UNODC been powering with the sun for Afghan farmers who are off the grid?").intent, "general");
    assert.equal(analyzeQuestion("Which body, can you tell me who chaired it?").intent, "person");
    assert.equal(analyzeQuestion("Which other UN bodies co-authored the report?").intent, "who");
    // Whether one body alone made something asks who else did.
    assert.equal(analyzeQuestion("Is the Global Progress Report on SDG 16 a UNODC-only publication?").intent, "who");
    assert.equal(analyzeQuestion("Was the study published solely by UNODC?").intent, "who");
    assert.equal(analyzeQuestion("Is this the only report on SDG 16?").intent, "general");
    assert.equal(analyzeQuestion("How big was the outreach to NGOs?").intent, "count");
    assert.equal(analyzeQuestion("Is the report tagged to SDG 14?").intent, "sdg");
    assert.equal(analyzeQuestion("Which resolution is about keeping ex-prisoners out of crime?").intent, "symbol");
    // A field noun side by side with another noun asks both of each record (new-user trial); two field nouns ask fields.
    assert.deepEqual(analyzeQuestion("Compare the two CND segments: dates and outcomes").aspects, ["outcom"]);
    assert.deepEqual(analyzeQuestion("Compare the two reports: which SDGs and which edition?").aspects, ["edit"]);
    assert.deepEqual(analyzeQuestion("CCPCJ 33rd session - dates and venue pls").alsoAsks, ["where"]);
    assert.equal(analyzeQuestion("CCPCJ 33rd session - dates and venue pls").aspects, undefined);
    // The body's acronym between asks the same (blind set 27); "other" is no acronym.
    assert.equal(analyzeQuestion("Which CND resolution, cited together with the 2024 High-level Declaration, addressed the spread of synthetic drugs?").intent, "symbol");
    assert.equal(analyzeQuestion("what CCPCJ resolution covers trafficking?").intent, "symbol");
    assert.notEqual(analyzeQuestion("What other resolutions came out of that session?").intent, "symbol");
    assert.equal(analyzeQuestion("What resolutions did the Commission adopt?").intent, "symbol");
    // Resolutions on a topic are named by their subjects as often as by their symbols.
    assert.equal(analyzeQuestion("What resolutions about children did the CCPCJ adopt at its 33rd session?").intent, "general");
    assert.equal(analyzeQuestion("Does the project cover Africa?").intent, "where");
    assert.equal(analyzeQuestion("Does it cover SDG 5?").intent, "general");
    assert.deepEqual(analyzeQuestion("Where was the session held and on which dates?").alsoAsks, ["where"]);
    assert.equal(analyzeQuestion("Where was the session held and on which dates?").intent, "when");
    // After "what" and a name, a word in -s is the name's verb: "what UNODC reports about…" asks for no list.
    const nouns = new Set(["reports"]);
    assert.equal(analyzeQuestion("Could you tell me what UNODC reports about its work with civil society?", nouns).listNoun, undefined);
    assert.equal(analyzeQuestion("Which UNODC reports cover SDG 16?", nouns).listNoun, "reports");
    // A name asked about whole is described, not one of its fields.
    assert.equal(analyzeQuestion("What's the Harbour Forum on Fisheries?").describes, true);
    assert.equal(analyzeQuestion("Tell me about the Tapajós Project").describes, true);
    assert.equal(analyzeQuestion("What was the theme?").describes, false);
    assert.equal(analyzeQuestion("Tell me about the Tapajós Project").aboutWhole, true);
    // How something is done spans sentences, but is not the record's description.
    assert.equal(analyzeQuestion("How is the Office using solar power for farmers?").describes, true);
    assert.equal(analyzeQuestion("How is the Office using solar power for farmers?").aboutWhole, undefined);
    assert.equal(analyzeQuestion("How many farmers were supported?").describes, false);
  });

  it("finds the acronym whose holder a question asks for, and tells a role's title from another name", () => {
    assert.equal(askedHolder("What is the name of the current SRSG on Violence Against Children?"), "SRSG");
    assert.equal(askedHolder("Who is the SRSG on Violence Against Children?"), "SRSG");
    assert.equal(askedHolder("Who is the head of the project?"), undefined);
    assert.equal(askedHolder("Which SDGs did the CND target?"), undefined);
    assert.equal(namesRole("Special Representative of the Secretary-General on Violence Against Children"), true);
    assert.equal(namesRole("Commission on Narcotic Drugs"), false);
  });

  it("knows when a question asks for a day, an end or a city, and what holds one", () => {
    assert.equal(analyzeQuestion("On what exact date was the side event held?").precision, "day");
    // Where an office is, is a site: a country does not say it. "Where did the Office meet …?" asks where it met.
    assert.equal(analyzeQuestion("Where is the Harbour project office?").precision, "site");
    assert.equal(analyzeQuestion("Where are the Agency's headquarters?").precision, "site");
    assert.equal(analyzeQuestion("Where did the Office meet the delegates?").precision, undefined);
    assert.equal(analyzeQuestion("On what exact day in July was the side event held?").precision, "day");
    assert.equal(analyzeQuestion("On what exact day in July was the side event held?").intent, "when");
    assert.equal(analyzeQuestion("What day in November does the visit start?").intent, "when");
    assert.equal(analyzeQuestion("What day in November does the visit start?").precision, "day");
    // "exactly" after "what date" asks the day too (new-user trial, session 25: the month was given as the date).
    assert.equal(analyzeQuestion("what date will the VPI in Chile start exactly").precision, "day");
    assert.equal(analyzeQuestion("what date will the VPI in Chile start").precision, undefined);
    assert.equal(analyzeQuestion("What were the exact dates of the conference?").precision, "day");
    assert.equal(analyzeQuestion("When exactly was the brief released?").precision, "day");
    assert.equal(analyzeQuestion("When will the project end?").precision, "end");
    assert.equal(analyzeQuestion("In which month of 2023 was the Forum launched?").precision, "month");
    assert.equal(holdsPrecision("month", "The Forum was launched in Lusaka, Zambia, in 2023."), false);
    assert.equal(holdsPrecision("month", "The Forum was launched in November 2023."), true);
    // "may" as a verb is no month.
    assert.equal(holdsPrecision("month", "The Forum may be launched in 2023."), false);
    assert.equal(analyzeQuestion("Was the 33rd session of the CCPCJ held in New York?").intent, "where");
    assert.notEqual(analyzeQuestion("Was the regular segment held in March 2024?").intent, "where");
    assert.equal(analyzeQuestion("In which city was the coalition established?").precision, "city");
    assert.equal(analyzeQuestion("Where exactly is the project located?").precision, "city");
    assert.equal(analyzeQuestion("Which local and national Brazilian bodies are partners in the project?").intent, "who");
    assert.equal(analyzeQuestion("Which academic institutions take part?").intent, "who");
    assert.equal(analyzeQuestion("Where is the project located?").precision, undefined);
    assert.equal(holdsPrecision("city", "Member States benefiting from it: Brazil"), false);
    // A list of countries names no city: "in Chile", "Mexico, Pakistan".
    assert.equal(holdsPrecision("city", "VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024."), false);
    assert.equal(holdsPrecision("city", "The Coalition was established in Nairobi in May 2024."), true);
    assert.equal(holdsPrecision("city", "Event Location (City, Country): Vienna, Austria"), true);
    // A title word inside a name ("Criminal Justice") names no person; "Ambassador Smith" does.
    assert.equal(holdsIntent("person", "33rd session of the Commission on Crime Prevention and Criminal Justice The Commission shapes global policies"), false);
    assert.equal(holdsIntent("person", "The session was chaired by Ambassador Smith of Kenya."), true);
    assert.equal(holdsPrecision("city", "in the gold mining sector in the river basin, State of Pará, Brazil"), true);
    assert.equal(analyzeQuestion("When was the session held?").precision, undefined);
    assert.equal(holdsPrecision("day", "a side event in July 2024"), false);
    assert.equal(holdsPrecision("day", "held on 13-17 May 2024"), true);
    assert.equal(holdsPrecision("city", "a roundtable at the Margins of the Coordination Segment in July 2024"), false);
    assert.equal(holdsPrecision("city", "established during a conference in Nairobi in May 2024"), true);
    assert.equal(holdsPrecision("city", "Event Location (City, Country): Vienna, Austria"), true);
    assert.equal(holdsPrecision("end", "implemented by the Office since 2021 as part of its mandate"), false);
    assert.equal(holdsPrecision("end", "VPIs have taken place in Mexico and will start in Chile in November 2024."), false);
    assert.equal(holdsPrecision("end", "runs until December 2025"), true);
    assert.equal(holdsPrecision("end", "a 2.5-year initiative funded by a donor"), false);
    assert.equal(holdsPrecision("city", "established during a conference in Nairobi in May 2024"), true);
    assert.equal(holdsIntent("where", "a side event in July 2024"), false);
    assert.equal(holdsIntent("symbol", "approved the plan (Resolution 71, Revised 2018)"), true);
    assert.equal(holdsIntent("symbol", "adopted four resolutions"), false);
  });

  it("does not take a label for a count: goal numbers, list markers, ordinals and symbols", () => {
    assert.equal(holdsIntent("count", "Relevant SDGs: SDGs 8, 16 and 17"), false);
    assert.equal(holdsIntent("count", "the project aims to (1) promote cooperation, (2) investigate cases and (3) protect rights"), false);
    assert.equal(holdsIntent("count", "Resolution 67/4 was adopted at the 33rd session"), false);
    assert.equal(holdsIntent("count", "One of the outcomes was a draft resolution"), false);
    assert.equal(holdsIntent("count", "One resolution was adopted"), true);
    assert.equal(holdsIntent("count", "Event Dates: 18-22 March 2024"), false);
    assert.equal(holdsIntent("count", "held on 13 May 2024 with 250 participants"), true);
    assert.equal(holdsIntent("count", "benefiting 60,000 children"), true);
    assert.equal(holdsIntent("count", "dropped by 95%"), true);
  });

  it("finds the question inside a long polite message, and folds full-width letters", () => {
    const message =
      "Hello, I am preparing a briefing for my director on the work of the commissions this year, and the note will be circulated next week to many colleagues. Where was the 33rd session held?";
    assert.equal(questionFocus(message), "Where was the 33rd session held?");
    assert.equal(questionFocus("When did the ＣＣＰＣＪ meet?"), "When did the CCPCJ meet?");
    assert.equal(questionFocus("Short question?"), "Short question?");
  });

  it("reads an ask inside a statement, skips courtesies, and keeps the sentence a pronoun leans on", () => {
    const embedded =
      "Dear team, I'm drafting a note for a side event and need two facts: first, how many countries got support last year, and second, what the three areas were. Please keep it brief; many thanks for your help.";
    assert.deepEqual(focusOfQuestion(embedded), {
      ask: "I'm drafting a note for a side event and need two facts: first, how many countries got support last year, and second, what the three areas were.",
      text: "I'm drafting a note for a side event and need two facts: first, how many countries got support last year, and second, what the three areas were.",
    });
    const leaning =
      "Good afternoon, our unit is updating its list of coalitions and we are missing details on the Harbour Alliance. Could you tell me when and where it was set up? I'd be grateful for short answers. Best regards.";
    assert.deepEqual(focusOfQuestion(leaning), {
      ask: "Could you tell me when and where it was set up?",
      text: "our unit is updating its list of coalitions and we are missing details on the Harbour Alliance. Could you tell me when and where it was set up?",
    });
    // "I need the …" asks; "Which ones…?" leans on it.
    const needs = "Hello and thanks in advance. I'm filling in a table of events for the annual report and I need the relevant SDGs for the spring session. Which ones were listed?";
    assert.deepEqual(focusOfQuestion(needs), {
      ask: "I'm filling in a table of events for the annual report and I need the relevant SDGs for the spring session. Which ones were listed?",
      text: "I'm filling in a table of events for the annual report and I need the relevant SDGs for the spring session. Which ones were listed?",
    });
    assert.equal(analyzeQuestion(focusOfQuestion(needs).ask).intent, "sdg");
    // What the asker says of themselves before a dash is no part of the question, unless the question leans on it
    // (new-user trial, session 27; blind dev 22).
    assert.equal(focusOfQuestion("I'm meeting the Colombian delegation next week - what has UNODC been doing in Colombia?").ask, "what has UNODC been doing in Colombia?");
    assert.equal(focusOfQuestion("I want to cite the SDG 16 report properly - what's its subtitle exactly?").ask, "I want to cite the SDG 16 report properly - what's its subtitle exactly?");
    // A request whose question follows it is read with that question when the question leans on it ("it"), though
    // it asks nothing itself (blind dev 30).
    const request = "Good afternoon. I'm preparing a note for our legal unit and need to confirm the subject matter of ECOSOC resolution E/RES/2024/10 as referenced in the UNODC contribution. Could you tell me what it deals with?";
    assert.deepEqual(focusOfQuestion(request), {
      ask: "Could you tell me what it deals with?",
      text: "I'm preparing a note for our legal unit and need to confirm the subject matter of ECOSOC resolution E/RES/2024/10 as referenced in the UNODC contribution. Could you tell me what it deals with?",
    });
    // A request with no question in it before a question says why the question is asked (dev 20).
    const why = "I'm building a cross-reference table and need to get the goal numbers right. In the part on the spring declaration, which SDGs does the report say the programme helps accelerate?";
    assert.deepEqual(focusOfQuestion(why), {
      ask: "In the part on the spring declaration, which SDGs does the report say the programme helps accelerate?",
      text: "In the part on the spring declaration, which SDGs does the report say the programme helps accelerate?",
    });
    // Requests that neither ask nor name a question word, among a preamble and a closing courtesy: the request is
    // what is asked, and with none the last sentence that is no courtesy.
    const preamble = "Good morning, I am preparing talking points for our director ahead of next week's meeting with donors.";
    for (const request of [
      "I'm trying to find out the dates of the spring session.",
      "It would be great to know the dates of the spring session.",
      "I'd be grateful if you could tell me the dates of the spring session.",
      "I'm hoping to get the dates of the spring session.",
      "My question is about the dates of the spring session.",
      "We are keen to understand the dates of the spring session.",
      "Any chance you could point me to the dates of the spring session.",
      "Looking for the dates of the spring session.",
      "I require the dates of the spring session.",
      "Please advise on the dates of the spring session.",
      "Kindly indicate the dates of the spring session.",
      "Help me find the dates of the spring session.",
      "I need to double-check the dates of the spring session.",
      "We're after the dates of the spring session.",
      "The dates of the spring session, please.",
    ]) {
      assert.equal(focusOfQuestion(`${preamble} ${request} Many thanks in advance for your help with this.`).ask, request);
    }
    assert.equal(focusOfQuestion(`${preamble} Our unit covers the dates of the spring session. Many thanks in advance for your help with this.`).ask, "Our unit covers the dates of the spring session.");
    // "I'd like to …", "we're looking for …": the contracted forms ask as the full ones do.
    const contracted =
      "Dear colleague, for our review of funding I'd like to know the total budget of the Harbour project on port safety. Could you please let me know the amount and who provides it? Thank you in advance for checking.";
    assert.equal(focusOfQuestion(contracted).ask, "for our review of funding I'd like to know the total budget of the Harbour project on port safety. Could you please let me know the amount and who provides it?");
    assert.equal(analyzeQuestion(focusOfQuestion(contracted).ask).intent, "amount");
    // Two questions in one sentence are two questions; a second field of the same record is not.
    assert.deepEqual(splitQuestion("Hi, I cover this for a colleague. For a note, what was the Office's role in the talks, and how many forms of crime does the draft set out?"), [
      "Hi, I cover this for a colleague. For a note, what was the Office's role in the talks?",
      "How many forms of crime does the draft set out?",
    ]);
    assert.equal(splitQuestion("Where was the session held and on which dates?"), undefined);
    assert.equal(splitQuestion("When was it held, and where?"), undefined);
    // Two direct questions in two sentences are two asks; a second that only leans back ("And when?") is not.
    assert.deepEqual(splitQuestion("How many countries did VPIs take place in? Also, how many countries benefited from prison reform advice?"), [
      "How many countries did VPIs take place in?",
      "How many countries benefited from prison reform advice?",
    ]);
    assert.equal(splitQuestion("Where was the 33rd session held? And when?"), undefined);
    assert.equal(splitQuestion("I am writing a note on the CCPCJ. Where was its 33rd session held?"), undefined);
    // Each half may point back with one word of its own: a follow-up's two asks.
    assert.deepEqual(splitQuestion("Where was it held, and how many resolutions did it adopt?"), ["Where was it held?", "How many resolutions did it adopt?"]);
    // Without a comma too; a second half that points back needs one word of its own.
    assert.deepEqual(splitQuestion("What is the Tapajos project about and who finances it?"), ["What is the Tapajos project about?", "Who finances it?"]);
    // "its" after a name refers to that name: nothing before is needed.
    const named = "I work on the southern portfolio and a contact asked whether anything was done with teachers in her country. What did the Office support in Malawi under its education work? Thanks a lot for your help.";
    assert.equal(questionFocus(named), "What did the Office support in Malawi under its education work?");
  });

  it("reads a claim an email reports before a sentence that confirms it, its closing and signature left out", () => {
    assert.equal(focusOfQuestion("Hi,\n\nsorry for the long thread - to the point: our Director wants to mention in her remarks that the Office chaired the talks. Is that correct per our submission?\n\nThanks a lot\nMilan (Front Office)").ask, "Did the Office chaired the talks?");
    assert.equal(focusOfQuestion("Small fact-check: the text says the Plan covers 2022-2030. Is that right? Please confirm before I send it.").ask, "Did the Plan covers 2022-2030?");
    assert.equal(focusOfQuestion("Can you confirm the forum took place in Lusaka?").ask, "Did the forum take place in Lusaka?");
    assert.equal(focusOfQuestion("Besides Kenya, which countries hosted pilots?").ask, "Which countries hosted pilots?");
    // A closing after a question is dropped; "Please confirm the dates of …" asks, so it stays.
    assert.equal(focusOfQuestion("When was the forum launched? Kind regards, Tom").ask, "When was the forum launched?");
    assert.equal(focusOfQuestion("Please confirm the dates of the spring session.").ask, "Please confirm the dates of the spring session.");
  });

  it("tells a question in another language from terse English keywords", () => {
    assert.equal(isNotEnglish("¿Cuándo se celebró el período de sesiones?"), true);
    assert.equal(isNotEnglish("第33届会议何时举行？"), true);
    assert.equal(isNotEnglish("When did the session take place?"), false);
    assert.equal(isNotEnglish("ccpcj 33 venue", (w) => ["ccpcj", "venue"].includes(w)), false);
    // Three function words of the language identified, none English, make it that language whatever a word list knows.
    assert.equal(isNotEnglish("Quelles sont les dates de la 33e session de la CCPCJ ?", () => true), true);
    assert.equal(isNotEnglish("cnd 67 dates session", () => true), false);
    assert.equal(isNotEnglish("turquesa donors", () => true), false);
  });
});

describe("acronyms the corpus spells out", () => {
  it("reads each part of a hyphenated acronym from the words of its expansion that spell it", () => {
    const passages = [{ text: "jointly launched with the Special Representative of the Secretary-General on Violence Against Children (SRSG-VAC)." }] as Parameters<typeof findAcronyms>[0];
    const found = findAcronyms(passages);
    assert.equal(found.get("srsg-vac")?.expansion, "Special Representative of the Secretary-General on Violence Against Children");
    assert.equal(found.get("srsg")?.expansion, "Special Representative of the Secretary-General");
    assert.equal(found.get("vac")?.expansion, "Violence Against Children");
  });

  it("spells out an acronym of another language by the whole name before it, an English one by the words that spell it", () => {
    const passages = [
      { text: "Local partners: Public Ministry of Labor (MPT); Federal University of Western Pará (UFOPA); Inspection Division for the Eradication of Forced Labor (DETRAE/MTE)" },
      { text: "In 2024, the Governing Bodies of the United Nations Office on Drugs and Crime (UNODC) met; the Stakeholder Engagement for the United Nations Convention against Transnational Organized Crime (UNTOC) ran." },
    ] as Parameters<typeof findAcronyms>[0];
    const found = findAcronyms(passages);
    assert.equal(found.get("mpt")?.expansion, "Public Ministry of Labor");
    assert.equal(found.get("ufopa")?.expansion, "Federal University of Western Pará");
    assert.equal(found.get("detrae/mte")?.expansion, "Inspection Division for the Eradication of Forced Labor");
    assert.equal(found.get("unodc")?.expansion, "United Nations Office on Drugs and Crime");
    assert.equal(found.get("untoc")?.expansion, "United Nations Convention against Transnational Organized Crime");
  });
});

describe("items a previous answer listed", () => {
  const bullets = "The submission lists 3 resources:\n- Global Progress Report on SDG 16 Indicators (July 2024) (SDG 16) [1]\n- Global Study on Homicide 2023 (SDG 16) [2]\n- World Wildlife Crime Report 2024 — Target audience: Policymakers [3]";
  const prose = "Three: the Global Progress Report on SDG 16 Indicators, the Global Study on Homicide 2023 and the World Wildlife Crime Report 2024 [1].";
  const asked = [{ role: "user" as const, content: "Which publications did UNODC highlight?" }];

  it("reads bullet lines and a comma-and list after a colon, without citations, goals tags or articles", () => {
    assert.deepEqual(listedItems(bullets), ["Global Progress Report on SDG 16 Indicators (July 2024)", "Global Study on Homicide 2023", "World Wildlife Crime Report 2024"]);
    assert.deepEqual(listedItems(prose), ["Global Progress Report on SDG 16 Indicators", "Global Study on Homicide 2023", "World Wildlife Crime Report 2024"]);
    assert.deepEqual(listedItems("Partners: the Commission on Crime Prevention and Criminal Justice and the CND [1]"), ["Commission on Crime Prevention and Criminal Justice", "CND"]);
    assert.deepEqual(listedItems("The Forum was launched in Lusaka in 2023 [1]."), []);
  });

  it("reads a pronoun past a last question that names nothing of its own back to the question before (probe p879)", () => {
    const chain = [
      { role: "user" as const, content: "Which project does the Office run with Harbourpol?" },
      { role: "assistant" as const, content: "Project Delta." },
      { role: "user" as const, content: "Which countries benefit?" },
      { role: "assistant" as const, content: "12 countries." },
    ];
    assert.equal(contextualizeQuestion("How long does it last?", chain).query, "Which project does the Office run with Harbourpol? Which countries benefit? How long does it last?");
    // A last question with a subject of its own is the one the pronoun points at.
    const named = [chain[0]!, chain[1]!, { role: "user" as const, content: "Which countries does Project Delta benefit?" }, chain[3]!];
    assert.equal(contextualizeQuestion("How long does it last?", named).query, "Which countries does Project Delta benefit? How long does it last?");
  });

  it("reads 'And the high-level segment?' as another of the kind asked before, keeping the rest of the subject", () => {
    const sessions = [{ role: "user" as const, content: "When did the Commission hold its regular segment?" }, { role: "assistant" as const, content: "18-22 March." }];
    assert.equal(contextualizeQuestion("And the high-level segment?", sessions).query, "And the high-level segment? When did the Commission hold its segment?");
    const funds = [{ role: "user" as const, content: "Who funds Project Harbour?" }, { role: "assistant" as const, content: "Norway." }];
    assert.equal(contextualizeQuestion("And what about the Delta project?", funds).query, "And what about the Delta project? Who funds");
  });

  it("reads an answer of names alone as items for 'the first one', but not a place, a name with 'and' or a clause", () => {
    assert.deepEqual(namesOnly("Mexico, Pakistan, Kenya and Angola."), ["Mexico", "Pakistan", "Kenya", "Angola"]);
    assert.deepEqual(namesOnly("The Harbour Forum on Drugs and the Delta Coalition “The Future of Policy”."), ["Harbour Forum on Drugs", "Delta Coalition “The Future of Policy”"]);
    assert.deepEqual(namesOnly("Vienna, Austria"), []);
    assert.deepEqual(namesOnly("The Commission on Crime Prevention and Criminal Justice"), []);
    assert.deepEqual(namesOnly("The Forum was launched in Lusaka and Nairobi."), []);
    const forums = [
      { role: "user" as const, content: "Which partnerships with civil society are mentioned?" },
      { role: "assistant" as const, content: "The Harbour Forum on Drugs and the Delta Coalition." },
    ];
    assert.equal(contextualizeQuestion("when was the first one launched?", forums).query, "when was Harbour Forum on Drugs launched?");
    // Their "they" is the entity's, not the names'.
    const pilots = [{ role: "user" as const, content: "Where did the pilots run?" }, { role: "assistant" as const, content: "Ghana, Kenya and Namibia." }];
    assert.equal(contextualizeQuestion("and where did they do similar work?", pilots).referents, undefined);
  });

  it("reads a semicolon list whose items hold commas and colons, but not clauses of a quote", () => {
    assert.deepEqual(listedItems("Exhibitions in Guatemala, El Salvador and Honduras; Beware the Share in Southeast Asia; and Afrique: Ma Vie Digitale in West Africa."), [
      "Exhibitions in Guatemala, El Salvador and Honduras",
      "Beware the Share in Southeast Asia",
      "Afrique: Ma Vie Digitale in West Africa",
    ]);
    assert.deepEqual(listedItems("Three campaigns: an exhibition; a video series [1]"), ["exhibition", "video series"]);
    assert.deepEqual(listedItems("The Commission adopted the declaration; it also took 25 decisions. It met in Vienna [1]."), []);
    assert.deepEqual(listedItems("The Commission adopted the declaration on the midterm review of the 2019 commitments; and it took decisions on the scope of control of many substances [1]."), []);
  });

  it("reads 'the first one', 'the last one' or 'the second' as that item, and 'they' as all of them", () => {
    const history = [...asked, { role: "assistant" as const, content: bullets }];
    assert.equal(contextualizeQuestion("when did the first one come out?", history).query, "when did Global Progress Report on SDG 16 Indicators (July 2024) come out?");
    assert.equal(contextualizeQuestion("And what is the last one about?", history).query, "And what is World Wildlife Crime Report 2024 about?");
    assert.equal(contextualizeQuestion("Who published the second?", history).query, "Who published Global Study on Homicide 2023?");
    assert.equal(contextualizeQuestion("who are they aimed at?", [...asked, { role: "assistant" as const, content: prose }]).query, "Which publications did UNODC highlight? who are they aimed at? (Global Progress Report on SDG 16 Indicators; Global Study on Homicide 2023; World Wildlife Crime Report 2024)");
    // An ordinal before a noun of its own is no reference to the list.
    assert.equal(contextualizeQuestion("When did the first edition come out?", history).query, "When did the first edition come out?");
    // After an answer that only quotes an item of the list, the list is still counted in; not the quoted field's own
    // list (new-user trial, session 26: the third publisher had been taken for the third publication).
    const walked = [...history, { role: "user" as const, content: "Who published the first one?" }, { role: "assistant" as const, content: "Global Progress Report on SDG 16 Indicators (July 2024) — Publishing entity/entities: UNODC, OHCHR, UNDP [1]" }];
    assert.equal(contextualizeQuestion("Which SDG does the third one relate to?", walked).query, "Which SDG does World Wildlife Crime Report 2024 relate to?");
    const partners = [...asked, { role: "assistant" as const, content: "Global Progress Report on SDG 16 Indicators (July 2024) — Publishing entity/entities: UNODC, OHCHR, UNDP [1]" }];
    assert.equal(contextualizeQuestion("Who is the third one?", partners).query, "Who is UNDP?");
    // A bullet's details in brackets are no part of its name.
    const events = [...asked, { role: "assistant" as const, content: "The submission lists 2 events:\n- Harbour session, Regular Segment (18-22 March 2024; Vienna, Austria; SDGs 3, 16 and 17) [1]\n- Delta session (13-17 May 2024; Vienna, Austria) [2]" }];
    assert.equal(contextualizeQuestion("Where was the second one held?", events).query, "Where was Delta session held?");
    // The next subject named after "what about", "same for", "same question", or a definite noun phrase alone.
    const funds = [
      { role: "user" as const, content: "Who funds the Harbour project?" },
      { role: "assistant" as const, content: "The Harbour project is funded by Norway. [1]" },
    ];
    for (const next of ["And what about the Delta project?", "Same for the Delta project?", "Same question for the Delta project.", "OK and the Delta project", "The Delta project?"]) {
      const resolved = contextualizeQuestion(next, funds);
      assert.equal(resolved.followUp, true, next);
      assert.equal(resolved.newSubject, true, next);
      assert.equal(resolved.query, `${next} Who funds the project?`, next);
    }
    // A question of its own after "and" is read alone; a noun phrase with a verb or a question word too.
    assert.equal(contextualizeQuestion("And what did the Delta project achieve?", funds).followUp, false);
    assert.equal(contextualizeQuestion("The Delta project was funded by whom?", funds).followUp, false);
  });
});

describe("follow-up context", () => {
  const history = [
    { role: "user" as const, content: "When was the Regular Segment of the 67th session of the CND held?" },
    { role: "assistant" as const, content: "18-22 March 2024 [1]" },
  ];
  const known = (term: string) => ["67", "cnd", "33", "ccpcj", "segment", "regular"].includes(term);

  it("searches an elliptical follow-up with the previous question", () => {
    const context = contextualizeQuestion("And where was it held?", history, known);
    assert.equal(context.followUp, true);
    assert.equal(context.newSubject, undefined);
    assert.equal(context.query, `${history[0]!.content} And where was it held?`);
  });

  it("replaces the last noun phrase whole when a follow-up names another, in common words or with capitals inside", () => {
    const turns = (question: string, answer: string) => [{ role: "user" as const, content: question }, { role: "assistant" as const, content: answer }];
    const rare = (term: string) => ["cnd", "67", "crime", "african", "civil", "societi", "forum", "impact"].includes(term);
    const commission = contextualizeQuestion("and the crime commission session?", turns("when was the CND 67 regular segment?", "18-22 March 2024."), rare);
    assert.deepEqual({ query: commission.query, newSubject: commission.newSubject }, { query: "and the crime commission session? when was the", newSubject: true });
    // The phrase does not run to the end of the question: nothing past its names goes.
    const held = contextualizeQuestion("and the crime commission session?", turns("When did the CND hold its regular segment?", "18-22 March 2024."), rare);
    assert.equal(held.query, "and the crime commission session? When did the hold its regular segment?");
    const coalition = contextualizeQuestion("the ImPACT coalition one?", turns("Where was the African Civil Society Forum on Drugs launched?", "In Lusaka, Zambia."), rare);
    assert.deepEqual({ query: coalition.query, newSubject: coalition.newSubject }, { query: "the ImPACT coalition one? Where was the on Drugs launched?", newSubject: true });
  });

  it("drops an acknowledgement before the next question, so its 'it' points at nothing", () => {
    assert.equal(focusOfQuestion("Got it. And how did UNODC work with the ECOSOC subsidiary bodies?").ask, "And how did UNODC work with the ECOSOC subsidiary bodies?");
    assert.equal(focusOfQuestion("OK, thanks - where was it held?").ask, "where was it held?");
    assert.equal(focusOfQuestion("Got it").ask, "Got it");
  });

  it("reads 'them' after a name of the follow-up's own as the last subject, not a new one", () => {
    const reoffending = [
      { role: "user" as const, content: "What did UNODC do on reducing reoffending?" },
      { role: "assistant" as const, content: "It supported Model Strategies [1]" },
    ];
    const context = contextualizeQuestion("when did the General Assembly end up adopting them?", reoffending, () => true);
    assert.equal(context.newSubject, undefined);
    assert.equal(context.query, "What did UNODC do on reducing reoffending? when did the General Assembly end up adopting them?");
  });

  it("keeps the last subject when 'the … ones' only says which of the last question's things", () => {
    const partners = [
      { role: "user" as const, content: "Who are the academic partners on the Tapajós project?" },
      { role: "assistant" as const, content: "NORC at the University of Chicago [1]" },
    ];
    const knows = (term: string) => ["tapajo", "civil", "societi", "academ"].includes(term);
    assert.equal(contextualizeQuestion("and the civil society ones?", partners, knows).query, "and the civil society ones? Who are the academic partners on the Tapajós project?");
    // A name in the phrase is a new subject: "What about the Tapajós one?" asks the last question of it.
    const funds = [
      { role: "user" as const, content: "Who funds Project Turquesa?" },
      { role: "assistant" as const, content: "Global Affairs Canada [1]" },
    ];
    assert.equal(contextualizeQuestion("What about the Tapajós one?", funds).newSubject, true);
  });

  it("reaches back through a chain of follow-ups to the question that named the subject", () => {
    const chain = [...history, { role: "user" as const, content: "And where was it held?" }, { role: "assistant" as const, content: "Vienna, Austria [1]" }];
    const context = contextualizeQuestion("Which SDGs did it cover?", chain, known);
    assert.equal(context.query, `${history[0]!.content} And where was it held? Which SDGs did it cover?`);
  });

  it("keeps only the previous question's ask when the follow-up names a subject of its own", () => {
    const context = contextualizeQuestion("And the 33rd session of the CCPCJ?", history, known);
    assert.equal(context.newSubject, true);
    assert.equal(context.query, "And the 33rd session of the CCPCJ? When was the of the session of the held?");
  });

  it("keeps the previous subject when a follow-up with a place of its own points back at a thing", () => {
    const grace = [{ role: "user" as const, content: "What is GRACE?" }, { role: "assistant" as const, content: "GRACE is UNODC's Global Resource for Anti-Corruption Education [1]" }];
    const places = (term: string) => ["grace", "malawi", "cnd", "march"].includes(term);
    assert.deepEqual(contextualizeQuestion("What did they do in Malawi under it?", grace, places), { query: "What is GRACE? What did they do in Malawi under it?", followUp: true, previous: "What is GRACE?" });
    // After an opener that names the new subject, "its" is that subject's.
    assert.equal(contextualizeQuestion("And the CND session in March, what were its dates?", grace, places).newSubject, true);
  });

  it("reads a chat's shorthand, an adverb of emphasis and a request for a line to use in writing", () => {
    assert.equal(focusOfQuestion("tell me abt turquesa rq").ask, "tell me about turquesa");
    assert.equal(focusOfQuestion("can u tell me who funds it pls").ask, "can you tell me who funds it please");
    assert.equal(focusOfQuestion("ngl what even is SE4U").ask, "what is SE4U");
    // Upper case may be an acronym; "exactly" asks for precision and stays.
    assert.equal(focusOfQuestion("Where is the U Building?").ask, "Where is the U Building?");
    assert.equal(focusOfQuestion("Where exactly is the project located?").ask, "Where exactly is the project located?");
    assert.equal(focusOfQuestion("I need a one-liner on alternative development for a speech.").ask, "alternative development.");
    // A statement to be written is kept whole.
    assert.equal(focusOfQuestion("Could we write in the brief that the session was held in Vienna?").ask, "Was the session held in Vienna?");
  });

  it("reads a phone's shorthand for 'with' and 'without'", () => {
    assert.equal(focusOfQuestion("who co-launched the vac strategy w unodc").ask, "who co-launched the vac strategy with unodc");
    assert.equal(focusOfQuestion("kids crossing borders w/o their parents").ask, "kids crossing borders without their parents");
    assert.equal(focusOfQuestion("published w/ UNDP?").ask, "published with UNDP?");
    // A "w" that is no word of its own stays.
    assert.equal(focusOfQuestion("Plan W is what?").ask, "Plan W is what?");
  });

  it("reads an acronym dictated letter by letter as the acronym, and leaves single letters that are words", () => {
    assert.equal(focusOfQuestion("which goals will the h l p f review in twenty twenty five").ask, "which goals will the HLPF review in 2025");
    assert.equal(focusOfQuestion("what does u n o d c do").ask, "what does UNODC do");
    assert.equal(focusOfQuestion("did the u n adopt it").ask, "did the UN adopt it");
    assert.equal(focusOfQuestion("is it plan a or b").ask, "is it plan a or b");
  });

  it("asks what a sentence says it needs to know, without its purpose and frame", () => {
    assert.equal(
      focusOfQuestion("Dear colleague, for my briefing to the Under-Secretary-General tomorrow I need to know, as precisely as possible, what UNODC reported about its work on cybercrime and online child safety, in particular any campaigns or exhibitions. Thank you so much.").ask,
      "What UNODC reported about its work on cybercrime and online child safety, in particular any campaigns or exhibitions.",
    );
    assert.equal(focusOfQuestion("We'd like to understand how the VPIs work").ask, "How the VPIs work");
    // A need with no question word after it is left as it is.
    assert.equal(focusOfQuestion("I need to know the dates.").ask, "I need to know the dates.");
    assert.equal(
      focusOfQuestion("Dear colleagues, I hope this message finds you well. I am preparing talking points for the Deputy Secretary-General's meeting next week and would be most grateful if you could remind me which resolutions the Commission on Crime Prevention and Criminal Justice adopted in 2024 that relate to the 2030 Agenda. Many thanks in advance and best regards.").ask,
      "Which resolutions the Commission on Crime Prevention and Criminal Justice adopted in 2024 that relate to the 2030 Agenda.",
    );
  });

  it("drops a lead-in that says what kind of message it is or where it comes from", () => {
    assert.equal(focusOfQuestion("Hi, quick one from the EOSG: was there anything on the Summit of the Future in this submission? Thx").ask, "was there anything on the Summit of the Future in this submission? Thx");
    assert.equal(focusOfQuestion("Quick question: when was the ccpcj?").ask, "when was the ccpcj?");
    // A topic put before the colon stays.
    assert.equal(focusOfQuestion("Tapajós partners: is any a women's group?").ask, "Is Tapajós partners: any a women's group?");
  });

  it("reads a contraction typed without its apostrophe, and leaves words that are English of their own", () => {
    assert.equal(focusOfQuestion("whats the weather like").ask, "what's the weather like");
    assert.equal(focusOfQuestion("Wheres it held, isnt it Vienna").ask, "Where's it held, isn't it Vienna");
    assert.equal(focusOfQuestion("I cant find its date").ask, "I cant find its date");
  });

  it("asks a request to confirm a statement as the yes/no question it is", () => {
    assert.equal(directQuestion("Can you confirm the 33rd session of the crime commission was held in New York?"), "Was the 33rd session of the crime commission held in New York?");
    assert.equal(directQuestion("Please confirm that Project Turquesa is funded by Canada."), "Is Project Turquesa funded by Canada?");
    assert.equal(directQuestion("Could you check whether INTERPOL is a partner of Project Turquesa?"), "Is INTERPOL a partner of Project Turquesa?");
    assert.equal(directQuestion("Is it correct that the segment ran 18-22 March 2024?"), "Did the segment run 18-22 March 2024?");
    // A verb in the past after its subject makes a statement without "that"; a participle after "the" does not.
    assert.equal(directQuestion("Can you confirm the family skills programmes reached 80,000 children?"), "Did the family skills programmes reached 80,000 children?");
    assert.equal(directQuestion("Can you confirm the revised dates?"), "Can you confirm the revised dates?");
    // Requests for a thing, and wh-questions after the frame, stay as typed.
    assert.equal(directQuestion("Can you confirm the dates of the CND?"), "Can you confirm the dates of the CND?");
    assert.equal(directQuestion("Can you check the dates of the session that was held in Vienna?"), "Can you check the dates of the session that was held in Vienna?");
    assert.equal(directQuestion("can u confirm when the session was held"), "can u confirm when the session was held");
    // A statement with a confirming tag is the same request.
    assert.equal(directQuestion("The Global Study on Homicide 2023 is the third edition, right?"), "Is The Global Study on Homicide 2023 the third edition?");
    assert.equal(directQuestion("The series explored digitalization in Bamako, Dakar and Abidjan - correct?"), "Did The series explored digitalization in Bamako, Dakar and Abidjan?");
    assert.equal(directQuestion("Project Turquesa is funded by Canada, isn't it?"), "Is Project Turquesa funded by Canada?");
    assert.equal(directQuestion("the forum was set up in Nairobi — is that correct?"), "Was the forum set up in Nairobi?");
    assert.equal(directQuestion("Is it the third edition, right?"), "Is it the third edition?");
    assert.equal(directQuestion("who launched it, right?"), "who launched it, right?");
  });

  it("reads an acronym the corpus never uses as the question's topic, but not in a purpose clause", () => {
    const lexicon = { documentFrequency: (term: string) => (["tapajo", "project", "brief"].includes(term) ? 1 : 0) };
    assert.deepEqual(unknownAcronyms("What did UNICEF say about the Tapajós project?", lexicon), ["UNICEF"]);
    assert.deepEqual(unknownAcronyms("remind me what the tapajos project is about so i can brief the DSG", lexicon), []);
    assert.deepEqual(unknownAcronyms("What is the Tapajós project, in order to update the RCO? And what did UNICEF say?", lexicon), ["UNICEF"]);
  });

  it("asks a statement with an irregular past, after a label, or put as 'Can I say S?' as the yes/no question it is", () => {
    const asked = (message: string) => focusOfQuestion(message).ask;
    // An irregular verb's past makes a statement as a regular "-ed" does (wink-lexicon's forms).
    assert.equal(asked("Someone told me the spring segment ran 18-22 March. Right?"), "Did the spring segment run 18-22 March?");
    assert.equal(asked("I heard the commission held its session in Geneva. True?"), "Did the commission hold its session in Geneva?");
    assert.equal(asked("The lost years were before 2020?"), "Were The lost years before 2020?");
    // A label before a colon says what the statement is for, and is dropped; a subject before one is kept.
    assert.equal(asked("Claim in our draft: the Harbour report is tagged to SDG 14. Accurate?"), "Is the Harbour report tagged to SDG 14?");
    assert.equal(asked("For remarks in Lima: can I say the Harbour project focuses on fisheries?"), "Did the Harbour project focuses on fisheries?");
    assert.match(asked("quick: # of women UNODC supported in Myanmar?"), /quick: # of women UNODC supported in Myanmar\?$/);
    assert.equal(asked("Question: where was the session held?"), "Question: where was the session held?");
    // "Correct per the submission?", "Is that right according to the document?" confirm the statement before them;
    // "Checking …" is no "Check".
    assert.equal(asked("Checking a line: the Harbour project has dropped by 85%. Correct per the UNODC submission?"), "Has the Harbour project dropped by 85%?");
    assert.equal(asked("The Harbour project is funded by Norway. Is that right according to the document?"), "Is The Harbour project funded by Norway?");
    // What a draft says is a statement put to be confirmed, and "Can you confirm that figure from the document?" confirms it.
    assert.equal(asked("Our draft says the Harbour report found only 1 in 10 targets on track. Can you confirm that figure from the document?"), "Did the Harbour report find only 1 in 10 targets on track?");
    // "Can I say S?" puts S without "that"; "Can I quote the Director?" asks for no statement.
    assert.equal(asked("Can I say the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("Can I quote the Director?"), "Can I quote the Director?");
    assert.equal(asked("Can I say something about the session?"), "Can I say something about the session?");
  });

  it("asks a hedged, a declarative or a separately confirmed statement as the yes/no question it is", () => {
    const asked = (message: string) => focusOfQuestion(message).ask;
    assert.equal(asked("Correct me if I'm wrong, but the spring session was held in Geneva?"), "Was the spring session held in Geneva?");
    assert.equal(asked("Just to confirm, the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("I believe the spring session was held in Geneva - is that right?"), "Was the spring session held in Geneva?");
    assert.equal(asked("Would I be right in saying the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("And the spring session was in May?"), "Was the spring session in May?");
    // An acknowledgement before the statement is no part of it; the message's length is as typed.
    assert.equal(asked("Got it - the spring session was held in Geneva?"), "Was the spring session held in Geneva?");
    assert.equal(asked("My understanding is that the spring session was held in Geneva. Is that accurate?"), "Was the spring session held in Geneva?");
    assert.equal(asked("Someone told me the Harbour project is funded by Norway. True?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("I read that the Harbour project is funded by Norway. Can you confirm?"), "Is the Harbour project funded by Norway?");
    // Whether a statement may be used in writing, or is backed by the text (dev 20: "Can I say in the press line that …").
    assert.equal(asked("Can I say in the press line that the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("Could we write in the brief that the spring session was held in Geneva?"), "Was the spring session held in Geneva?");
    assert.equal(asked("Am I safe writing that the spring session was held in Geneva?"), "Was the spring session held in Geneva?");
    assert.equal(asked("Would it be accurate to say the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("Is it fair to say that the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("The submission claims the Harbour project is funded by Norway. Does the document support that?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("A colleague says the spring session was held in Geneva. Is that supported by the text?"), "Was the spring session held in Geneva?");
    assert.equal(asked("Can I say what the project does?"), "Can I say what the project does?");
    assert.equal(asked("Does the submission actually say that the Harbour project is funded by Norway?"), "Is the Harbour project funded by Norway?");
    assert.equal(asked("Did the report really claim that the spring session was held in Geneva?"), "Was the spring session held in Geneva?");
    // No finite verb, a question word or a request: left as typed.
    assert.equal(asked("Harbour project funder?"), "Harbour project funder?");
    assert.equal(asked("The session was held when?"), "The session was held when?");
    assert.equal(asked("In which countries did the Office pilot it?"), "In which countries did the Office pilot it?");
    assert.equal(asked("Now the progress report — who published it?"), "Now the progress report — who published it?");
    assert.equal(asked("List the partners funded in 2024?"), "List the partners funded in 2024?");
    assert.equal(confirmationAsked("Dear colleague, for a side event I need the flagship publications. Could you list the three publications highlighted?"), "Dear colleague, for a side event I need the flagship publications. Could you list the three publications highlighted?");
  });

  it("reads a definite question that names nothing of its own with the conversation", () => {
    const tapajos = [{ role: "user" as const, content: "Tell me about the Tapajós project" }, { role: "assistant" as const, content: "The TAPAJÓS project … [1]" }];
    const names = (term: string) => ["tapajo"].includes(term);
    assert.equal(contextualizeQuestion("Who are the academic partners?", tapajos, names).followUp, true);
    // One that names its own subject stands alone.
    assert.equal(contextualizeQuestion("Who are the academic partners of Project Turquesa?", tapajos, (term) => ["tapajo", "turquesa"].includes(term)).followUp, false);
    assert.equal(contextualizeQuestion("What did the commission adopt on trafficking in persons?", tapajos, names).followUp, false);
  });

  it("reads a pronoun as the topic put before it, unless that topic is a place", () => {
    const grace = [{ role: "user" as const, content: "What is GRACE?" }, { role: "assistant" as const, content: "GRACE is UNODC's Global Resource for Anti-Corruption Education [1]" }];
    const names = (term: string) => ["grace", "malawi", "impact", "coalit", "tapajo"].includes(term);
    assert.deepEqual(contextualizeQuestion("Now the ImPACT Coalition - where was it set up?", grace, names), { query: "Now the ImPACT Coalition - where was it set up?", followUp: false });
    assert.deepEqual(contextualizeQuestion("the Tapajós Project — when did it start?", grace, names), { query: "the Tapajós Project — when did it start?", followUp: false });
    // A country put first is where, not what: "it" is still GRACE.
    assert.deepEqual(contextualizeQuestion("Malawi: what did they do under it?", grace, names), { query: "What is GRACE? Malawi: what did they do under it?", followUp: true, previous: "What is GRACE?" });
  });

  it("keeps only the place of the last question when a follow-up asks a topic of its own 'in that region'", () => {
    const asia = [{ role: "user" as const, content: "Which South-East Asian countries come up in UNODC's prison rehabilitation work?" }, { role: "assistant" as const, content: "Indonesia and the Philippines [1]" }];
    const names = (term: string) => ["southeast", "asian", "unodc"].includes(term);
    assert.deepEqual(contextualizeQuestion("And is there anything about online child abuse in that region?", asia, names), {
      query: "And is there anything about online child abuse in that region? South-East Asian UNODC's",
      followUp: true,
      previous: asia[0]!.content,
      newSubject: true,
    });
  });

  it("drops the previous topic's distinctive words when a follow-up shifts to a lower-case subject", () => {
    const digital = [
      { role: "user" as const, content: "What did UNODC do on digital connectivity in West Africa?" },
      { role: "assistant" as const, content: "It developed a campaign [1]" },
    ];
    const distinctive = (term: string) => ["digit", "connect", "west", "africa", "job", "social", "protect"].includes(term);
    const context = contextualizeQuestion("And under jobs and social protection?", digital, distinctive);
    assert.equal(context.newSubject, true);
    assert.equal(context.query, "And under jobs and social protection? What did UNODC do on in");
    // The topic after "help with" is the last question's topic too (new-user trial, session 26: the same countries again).
    const rehabilitation = [
      { role: "user" as const, content: "Which countries got UNODC help with prison-based rehabilitation programmes?" },
      { role: "assistant" as const, content: "In 2024, UNODC continued to support various countries, including Ghana, Indonesia [1]" },
    ];
    assert.equal(contextualizeQuestion("And for making prisons resilient to climate change?", rehabilitation).query, "And for making prisons resilient to climate change? Which countries got help with");
    assert.equal(contextualizeQuestion("and with children's museum exhibitions?", rehabilitation).query, "and with children's museum exhibitions? Which countries got help with");
    // A chain is read as each turn was understood: "there" after "And in Afghanistan?" is Afghanistan alone.
    const places = [
      { role: "user" as const, content: "What did UNODC do in Colombia?" },
      { role: "assistant" as const, content: "It supported 750 farmers [1]" },
      { role: "user" as const, content: "And in Afghanistan?" },
      { role: "assistant" as const, content: "It promotes solar energy [1]" },
    ];
    const countries = (term: string) => ["colombia", "afghanistan", "farmer"].includes(term);
    assert.equal(contextualizeQuestion("How many farmers there?", places, countries).query, "And in Afghanistan? What did UNODC do in How many farmers there?");
    // A new topic "there": the last question's names stay ("UNODC", "Afghanistan"), its other words go.
    const energy = [{ role: "user" as const, content: "What's UNODC doing on energy in Afghanistan?" }, { role: "assistant" as const, content: "It promotes solar energy [1]" }];
    const topics = (term: string) => ["unodc", "energi", "afghanistan", "food", "crop"].includes(term);
    assert.deepEqual(contextualizeQuestion("And what about food crops there?", energy, topics), {
      query: "And what about food crops there? What's UNODC on in Afghanistan?",
      followUp: true,
      previous: "What's UNODC doing on energy in Afghanistan?",
      newSubject: true,
    });
    // A question of one word that names no subject ("Which SDGs?") leans on the conversation; one that names one does not.
    const coalition = [{ role: "user" as const, content: "Tell me about the ImPACT Coalition" }, { role: "assistant" as const, content: "It was established in Nairobi [1]" }];
    const rare = (term: string) => ["impact", "coalit", "cae"].includes(term);
    assert.equal(contextualizeQuestion("Which SDGs?", coalition, rare).query, "Tell me about the ImPACT Coalition Which SDGs?");
    assert.deepEqual(contextualizeQuestion("What is CAE?", coalition, rare), { query: "What is CAE?", followUp: false });
    // Only the topic after its preposition is replaced; an ask with none keeps its verb ("funds").
    const funding = [{ role: "user" as const, content: "And who funds it?" }, { role: "assistant" as const, content: "Partners: Global Affairs Canada [1]" }];
    assert.equal(contextualizeQuestion("What about the Tapajós one?", funding, (term) => ["tapajo", "fund"].includes(term)).query, "What about the Tapajós one? And who funds it?");
  });

  it("reads a lower-case subject after 'What about…' as new, and a question that changes topic as standing alone", () => {
    const context = contextualizeQuestion("What about the homicide one?", history, (term) => known(term) || term === "homicid");
    assert.equal(context.newSubject, true);
    assert.equal(context.query, "What about the homicide one? When was the of the session of the held?");
    assert.deepEqual(contextualizeQuestion("OK, different area: what did they do on education?", history, known), { query: "what did they do on education?", followUp: false });
    // A new topic "there": in the place the last question named.
    assert.deepEqual(contextualizeQuestion("Switching topics — how many were there?", history, known), { query: `${history[0]!.content} how many were there?`, followUp: true, previous: history[0]!.content });
    assert.deepEqual(contextualizeQuestion("switching topics a bit - what about energy?", history, known), { query: "what about energy?", followUp: false });
    // "What about X - <a whole question>": the new subject with a question of its own stands alone.
    assert.deepEqual(contextualizeQuestion("and what about the crime commission - which SDGs was its session linked to?", history, known), { query: "and what about the crime commission - which SDGs was its session linked to?", followUp: false });
    // "its" after the new question's own name points at that name, not back.
    assert.deepEqual(contextualizeQuestion("different topic - what did the CCPCJ focus on at its 33rd session?", history, known), { query: "what did the CCPCJ focus on at its 33rd session?", followUp: false });
  });

  it("takes a question that does not lean on the conversation as it is", () => {
    assert.deepEqual(contextualizeQuestion("Which partnerships involve INTERPOL?", history, known), { query: "Which partnerships involve INTERPOL?", followUp: false });
    // Opened with "And", but a whole question with nothing pointing back.
    assert.deepEqual(contextualizeQuestion("And what did the crime commission adopt on human trafficking?", history, known), { query: "And what did the crime commission adopt on human trafficking?", followUp: false });
    assert.equal(contextualizeQuestion("And what did it adopt on human trafficking?", history, known).followUp, true);
    assert.equal(contextualizeQuestion("And when?", history, known).followUp, true);
    // "Any more …?" asks for more of what was just asked.
    assert.equal(contextualizeQuestion("any more planned?", history, known).query, `${history[0]!.content} any more planned?`);
    assert.equal(contextualizeQuestion("Anything else on trafficking?", history, known).followUp, true);
    assert.equal(contextualizeQuestion("Any plans for more sessions?", history, known).followUp, false);
  });
});

describe("names a question gives", () => {
  it("takes capitalised words the corpus knows, not the first word of a sentence", () => {
    const lexicon = { documentFrequency: (term: string) => (["need", "vienna", "turquesa", "project"].includes(term) ? 3 : 0) };
    assert.deepEqual(namedTerms("Which SDGs were listed for Project Turquesa? Need it for a one-pager", lexicon), ["project", "turquesa"]);
    assert.deepEqual(namedTerms("Need the dates. Was it held in Vienna?", lexicon), ["vienna"]);
    assert.deepEqual(namedTerms("What do we Need in Vienna?", lexicon), ["need", "vienna"]);
  });
});

describe("conditions in list questions", () => {
  const records = ["Event Name: First\nEvent Dates: 14-15 March 2024\nEvent Location: Vienna, Austria", "Event Name: Second\nEvent Dates: 13-17 May 2024\nEvent Location: Vienna, Austria\nPartners: INTERPOL"];

  it("finds a month, a name and a place, and leaves out a name every record holds", () => {
    assert.deepEqual(listConditions("Which events were held in March 2024?", "events", records).map((c) => c.label), ["March 2024"]);
    assert.deepEqual(listConditions("Which events involve INTERPOL?", "events", records).map((c) => c.label), ["INTERPOL"]);
    // A country typed in lower case is the country; a short word is never one ("us").
    assert.deepEqual(listConditions("which initiatives benefit brazil", "initiatives", records).map((c) => c.label), ["Brazil"]);
    assert.deepEqual(listConditions("which initiatives help us", "initiatives", records).map((c) => c.label), []);
    // What each condition is about: a month the dates even after "held in", a city after "held in" the location, a partner nothing.
    assert.deepEqual(listConditions("Which events were held in December?", "events", records).map((c) => c.about), ["when"]);
    assert.deepEqual(listConditions("Which events were held in New York?", "events", records).map((c) => c.about), ["where"]);
    // A language typed in lower case is a language all the same (new-user trial, session 27).
    assert.deepEqual(listConditions("are any of the publications available in french or spanish", "publications", records).map((c) => [c.label, c.about]), [["French", "language"], ["Spanish", "language"]]);
    assert.deepEqual(listConditions("Which events involve INTERPOL?", "events", records).map((c) => c.about), [undefined]);
    assert.deepEqual(listConditions("Which events were in Vienna?", "events", records).map((c) => c.label), []);
    assert.deepEqual(listConditions("Which events did the Office organise?", "events", records).map((c) => c.label), []);
    // Reaching the world is read in the place field only, not in a partner's name.
    const reach = ["Name: A\nPartners: Global Affairs Canada\nMember States benefiting from it: 17 countries", "Name: B\nMember States benefiting from it: Global"];
    const [worldwide] = listConditions("Which partnerships benefit Member States globally?", "partnerships", reach);
    assert.deepEqual([worldwide!.label, worldwide!.about, ...reach.map((text) => worldwide!.test(text))], ["Global", "where", false, true]);
    // "the whole world" asks the same; its "world" is no place named (new-user trial).
    const whole = listConditions("Which partnerships benefit the whole world rather than specific countries?", "partnerships", reach);
    assert.deepEqual(whole.map((c) => [c.label, c.about, ...reach.map((text) => c.test(text))]), [["Global", "where", false, true]]);
    // So do "global in scope" and "which are global?" (new-user trial, session 27); "Global Programme" is a name.
    for (const question of ["Which of the partnerships are global in scope?", "Which partnerships are global?"]) {
      assert.deepEqual(listConditions(question, "partnerships", reach).map((c) => [c.label, c.about, ...reach.map((text) => c.test(text))]), [["Global", "where", false, true]], question);
    }
    // Done with others, or alone, when no one is named: judged by the who-fields beyond what every record's say.
    const published = ["Resource Name: A\nPublishing entity/entities: Office X (OX), Programme Y (PY)", "Resource Name: B\nPublishing entity/entities: Office X (OX)", "Resource Name: C\nPublishing entity/entities: Office X (OX)"];
    const [joint] = listConditions("Which publications were published jointly with other agencies?", "publications", published);
    assert.deepEqual(published.map((text) => joint!.test(text)), [true, false, false]);
    const [sole] = listConditions("Which publications were published solely by the Office?", "publications", published);
    assert.deepEqual(published.map((text) => sole!.test(text)), [false, true, true]);
    assert.deepEqual(listConditions("Which publications were published jointly with PY?", "publications", published).map((c) => c.label), ["PY"]);
  });

  it("tests an SDG on the record's goals field when it has one, not on a line its description tags", () => {
    const sessions = ["Event Name: CND\nRelevant SDGs: SDGs 3, 16 and 17", "Event Name: CCPCJ\nRelevant SDGs: SDGs 16 and 17\nDescription: resolutions on trafficking (SDGs 3, 8 and 16)", "Event Name: Other\nDescription: a line (SDG 3)"];
    const [goal] = listConditions("which events relate to sdg 3", "events", sessions);
    assert.deepEqual(sessions.map((r) => goal!.test(r)), [true, false, true]);
  });

  it("narrows to a topic some records say in its words, and never empties the list with one", () => {
    const publications = ["Resource: Study on Homicide\nDescription: intentional homicide", "Resource: Wildlife Crime Report\nDescription: trafficking of protected wildlife species", "Resource: Progress Report\nDescription: peace, justice and institutions"];
    const [wildlife] = listConditions("What resources did the Office publish on wildlife?", "resources", publications);
    assert.deepEqual([wildlife!.label, wildlife!.about, publications.map((r) => wildlife!.test(r))], ["wildlife", undefined, [false, true, false]]);
    assert.deepEqual(listConditions("Which of the resources focus on trafficking in persons?", "resources", publications).map((c) => c.label), ["trafficking"]);
    // A topic no record says in those words is no condition; nor is the list's own noun.
    assert.deepEqual(listConditions("Which resources are about climate change?", "resources", publications).map((c) => c.label), []);
    assert.deepEqual(listConditions("Which resources are about a resource?", "resources", publications).map((c) => c.label), []);
  });

  it("finds a year alone, unless every record says it", () => {
    const publications = ["Global Study on Homicide 2023", "World Wildlife Crime Report 2024", "Global Progress Report (July 2024)"];
    const [year] = listConditions("which of the pubs listed came out in 2022", "publications", publications);
    assert.deepEqual([year!.label, year!.about, publications.map((r) => year!.test(r))], ["2022", "when", [false, false, false]]);
    assert.deepEqual(listConditions("Which publications came out in 2023?", "publications", publications).map((c) => publications.filter(c.test)), [["Global Study on Homicide 2023"]]);
    // "events in 2024" is the list's scope; "March 2024" stays the month's.
    assert.deepEqual(listConditions("Which events in 2024 were held in New York?", "events", records).map((c) => c.label), ["New York"]);
    assert.deepEqual(listConditions("Which events were held in March 2024?", "events", records).map((c) => c.label), ["March 2024"]);
  });

  it("turns a condition around after 'outside', 'not in', 'do not involve', 'except', even one every record holds", () => {
    const [outside] = listConditions("Which events were held outside Vienna?", "events", records);
    assert.deepEqual([outside!.label, outside!.excluded, records.map((r) => outside!.test(r))], ["Vienna", true, [false, false]]);
    const [without] = listConditions("Which events do not involve INTERPOL?", "events", records);
    assert.deepEqual([without!.label, without!.excluded, records.map((r) => without!.test(r))], ["INTERPOL", true, [true, false]]);
    assert.equal(listConditions("Which events were not held in March 2024?", "events", records)[0]!.excluded, true);
    assert.equal(listConditions("Which events involve INTERPOL?", "events", records)[0]!.excluded, undefined);
  });

  it("matches an acronym as the word itself or as the corpus spells it out, never as another word's stem", () => {
    const partnerships = ["funded by the us department of state", "meeting on drug use disorders", "commission on narcotic drugs, regular segment"];
    const [us] = listConditions("List the partnerships funded by the US", "partnerships", partnerships);
    assert.deepEqual(partnerships.map((r) => us!.test(r)), [true, false, false]);
    const spelled = (acronym: string) => (acronym === "CND" ? "Commission on Narcotic Drugs" : undefined);
    const [cnd] = listConditions("Which events did the CND hold?", "events", ["the cnd met", ...partnerships], spelled);
    assert.deepEqual(["the cnd met", ...partnerships].map((r) => cnd!.test(r)), [true, false, false, true]);
  });

  it("tests each record against a condition", () => {
    const [march] = listConditions("Which events were held in March 2024?", "events", records);
    assert.deepEqual(records.map((r) => march!.test(r)), [true, false]);
  });
});
