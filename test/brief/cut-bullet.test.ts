import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unsupportedFacts } from "../../src/brief/check-figures.js";
import { cutToFacts } from "../../src/brief/cut-bullet.js";
import { questionGist } from "../../src/brief/theme-heading.js";
import { tokenize } from "../../src/text/tokenize.js";

describe("cutting a sentence to its facts, by deletion only", () => {
  it("drops a framing preamble and keeps the rest whole when it fits", () => {
    assert.equal(
      cutToFacts("In line with its mandate, UNODC supports countries to enhance drug use prevention and tackle crimes affecting the ocean’s biodiversity.", 30),
      "UNODC supports countries to enhance drug use prevention and tackle crimes affecting the ocean’s biodiversity.",
    );
    assert.equal(cutToFacts("Furthermore, the Office trained 120 judges in Kenya.", 30), "The Office trained 120 judges in Kenya.");
    // A framing phrase that runs on past its comma goes whole, up to the clause its subject opens (new-user trial,
    // session 26: "The resolutions by the CND and the pledges made by Member States, UNODC will continue …").
    assert.equal(
      cutToFacts("In line with all international policy commitments, the resolutions by the CND and the pledges made by Member States, UNODC will continue to support Member States in the implementation of alternative development programmes.", 30),
      "UNODC will continue to support Member States in the implementation of alternative development programmes.",
    );
    // A clause after the opening that names places but opens no subject and verb is no such clause.
    assert.equal(cutToFacts("Through its initiative, the Office supported Malawi, Kenya and Uganda with sourcebooks for educators.", 30), "The Office supported Malawi, Kenya and Uganda with sourcebooks for educators.");
  });

  it("keeps the clause that holds a topic brief's word, which a cut by facts alone drops", () => {
    const sentence =
      "During the 33rd session of the CCPCJ, the need to integrate crime prevention into broader development goals and improve coordination on, inter alia, trafficking in persons, cybercrime and violence against children, including by aligning UN-wide policies with data-driven approaches, was highlighted.";
    assert.equal(
      cutToFacts(sentence, 30),
      "During the 33rd session of the CCPCJ, the need to integrate crime prevention into broader development goals and improve coordination on … including by aligning UN-wide policies with data-driven approaches …",
    );
    assert.equal(
      cutToFacts(sentence, 30, tokenize("cybercrime")),
      "During the 33rd session of the CCPCJ … inter alia, trafficking in persons, cybercrime and violence against children, including by aligning UN-wide policies with data-driven approaches, was highlighted.",
    );
  });

  it("keeps an opening that carries a date or a place", () => {
    assert.equal(cutToFacts("In May 2024, the Commission adopted three resolutions.", 30), "In May 2024, the Commission adopted three resolutions.");
    assert.equal(cutToFacts("In Colombia, UNODC supported 750 farmers.", 30), "In Colombia, UNODC supported 750 farmers.");
  });

  it("keeps the clauses richest in figures and symbols, marking each cut with …", () => {
    const sentence =
      "In May 2024, the CCPCJ passed several resolutions to advance sustainable, inclusive, science- and evidence-based solutions, including Resolution 33/1 on countering trafficking in persons in the context of rapid technological change; E/RES/2024/10 on reducing reoffending through rehabilitation and reintegration; and E/RES/2024/11 on preventing and countering violence against children by organized criminal groups and terrorist groups in the field of crime prevention and criminal justice.";
    const cut = cutToFacts(sentence, 30);
    assert.equal(cut, "In May 2024, the CCPCJ passed several resolutions to advance sustainable, inclusive … including Resolution 33/1 on countering … E/RES/2024/10 on reducing reoffending through rehabilitation and reintegration; and E/RES/2024/11 on preventing and …");
    assert.ok(cut.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 30);
  });

  it("drops an aside between dashes before the clause that carries the verb", () => {
    assert.equal(
      cutToFacts("In 2024, the Governing Bodies of the United Nations Office on Drugs and Crime (UNODC) – the Commission on Narcotic Drugs (CND) and the Commission on Crime Prevention and Criminal Justice (CCPCJ) – adopted several resolutions contributing to advance the 2030 Agenda for Sustainable Development.", 30),
      "In 2024, the Governing Bodies of the United Nations Office on Drugs and Crime … adopted several resolutions contributing to advance the 2030 Agenda for Sustainable Development.",
    );
  });
});

describe("figures a model's bullet states", () => {
  const passage = "In May 2024, the CCPCJ adopted Resolution 33/1 and E/RES/2024/10; 5,200 stakeholders met on 13-17 May 2024; opium cultivation dropped by 95%.";
  it("accepts figures, dates and symbols the passage states, however the thousands are written", () => {
    assert.deepEqual(unsupportedFacts("The CCPCJ adopted Resolution 33/1 and E/RES/2024/10 in May 2024, with 5200 stakeholders (13-17 May); cultivation fell 95%.", [passage]), []);
  });
  it("names each changed figure, date or symbol", () => {
    assert.deepEqual(unsupportedFacts("In June 2024 Resolution 33/2 and E/RES/2024/11 drew 5,300 stakeholders; cultivation fell 96% since 2023.", [passage]), ["33/2", "E/RES/2024/11", "5300", "96", "2023", "June"]);
  });
  it("reads an ordinal as the passage writes it: '33rd session' is stated, '34th' is not", () => {
    const session = "During the 33rd session of the CCPCJ, Member States met.";
    assert.deepEqual(unsupportedFacts("The 33rd session of the CCPCJ met.", [session]), []);
    assert.deepEqual(unsupportedFacts("The 34th session of the CCPCJ met.", [session]), ["34th"]);
  });
});

describe("a question's gist as a heading", () => {
  it("says what the question asks for in its own words", () => {
    assert.equal(questionGist("In the past year, has the governing body of your organization taken any decisions to advance the 2030 Agenda? If yes, please mention them."), "Governing body decisions");
    assert.equal(questionGist("During 2024, what actions have your entities taken to improve coordination among UN system entities?"), "Coordination");
    assert.equal(questionGist("Please provide strategies (policies, guidance, plan) and/or collective actions taken to implement the 2024 Ministerial Declaration."), "Strategies");
    assert.equal(questionGist("1.  How has the COVID-19 pandemic changed the priorities of your organization?"), "COVID-19 pandemic changed priorities");
  });
});
