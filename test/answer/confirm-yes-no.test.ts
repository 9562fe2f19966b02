import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { confirmsYesNo, otherCounts, settledBounds, yesNoVerdict } from "../../src/answer/confirm-yes-no.js";

const CCPCJ = "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria";
const SECRETARIAT =
  "Furthermore, UNODC served as the secretariat for the negotiations of the UN Convention against Cybercrime and will continue to assist Member States in the ratification and implementation of the Convention once adopted by the General Assembly.";
const VPI = "VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024.";

describe("when an extractive answer may open with 'Yes.'", () => {
  it("confirms a closed question whose every specific word the quote says, an acronym by its spelled-out name", () => {
    assert.equal(confirmsYesNo("Was the 33rd CCPCJ session held in Vienna?", CCPCJ), true);
    assert.equal(confirmsYesNo("Did UNODC act as secretariat for the cybercrime convention negotiations?", SECRETARIAT), true);
    assert.equal(confirmsYesNo("And was the 33rd CCPCJ session in Vienna?", CCPCJ), true);
  });

  it("reads 'the report' or 'the paper' that says something as the submission, and a statement after the question as no part of it", () => {
    assert.equal(yesNoVerdict("Does the paper mention anything on the VPIs in Kenya?", VPI), "yes");
    assert.equal(yesNoVerdict("Does the report say anything about VPIs in Kenya? I used to work in Nairobi and it worries me", VPI), "yes");
    assert.equal(yesNoVerdict("Is there anything in this paper on VPIs in Kenya?", VPI), "yes");
    // A report named as a thing of its own must be said.
    assert.equal(yesNoVerdict("Does the homicide report mention VPIs in Kenya?", VPI), undefined);
  });

  it("settles a bound on a count by the quote's exact count of the same thing, and not by a bound or estimate", () => {
    const decisions = "During the 67th session, the Commission took 25 decisions on the change of the scope of control of substances.";
    assert.deepEqual(settledBounds("Did the Commission take more than 30 scheduling decisions?", decisions), [{ phrase: "more than", word: "30", holds: false }]);
    assert.deepEqual(settledBounds("Did it take at least 25 decisions?", decisions), [{ phrase: "at least", word: "25", holds: true }]);
    assert.deepEqual(settledBounds("Did it take fewer than 10 decisions?", decisions), [{ phrase: "fewer than", word: "10", holds: false }]);
    assert.deepEqual(settledBounds("Did the Office support more than 700 farmers?", "The Office supported over 750 farmers."), []);
    assert.equal(yesNoVerdict("Did the Commission take more than 30 scheduling decisions at its 67th session?", decisions), "no");
    assert.equal(yesNoVerdict("Did the Commission take more than 20 decisions on the scope of control at its 67th session?", decisions), "yes");
    // "only four" is exactly four; a concession after the question is granted, not asked.
    const resolutions = "During the 67th session, the CND took 25 decisions on the change of the scope of control of substances and adopted four resolutions on the following issues:";
    assert.deepEqual(settledBounds("Did the CND adopt only four resolutions?", resolutions), [{ phrase: "only", word: "four", holds: true }]);
    assert.equal(yesNoVerdict("Did the CND really adopt only four resolutions at its 67th session, even though it took 25 decisions?", resolutions), "yes");
    assert.equal(yesNoVerdict("Did the CND adopt only three resolutions at its 67th session?", resolutions), "no");
    // "last year" is "the past year" of a report.
    const advice = "In the past year, more than 50 countries have benefited from UNODC’s advisory service and technical assistance in the field of prison and penal reform.";
    assert.equal(yesNoVerdict("Did more than 50 countries benefit from UNODC's advisory service on prison reform last year?", advice, ["UNODC"]), "yes");
    // A word the quote leaves unsaid keeps a bound the count meets from a "yes".
    assert.equal(yesNoVerdict("Did the Commission take more than 20 scheduling decisions at its 67th session?", decisions), undefined);
  });

  it("reads 'provide support to' as light: the quote's country and topic settle it", () => {
    const kyrgyzstan = "As part of its work on non-custodial measures, UNODC has pursued a similar approach in the context of non-custodial measures in Kyrgyzstan.";
    assert.equal(yesNoVerdict("Did UNODC provide support to Kyrgyzstan on non-custodial measures?", kyrgyzstan, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Did UNODC support Kazakhstan on non-custodial measures?", kyrgyzstan, ["UNODC"]), "no");
    assert.equal(yesNoVerdict("Did UNODC provide support to Kyrgyzstan on prison health?", kyrgyzstan, ["UNODC"]), undefined);
  });

  it("reads 'among' as membership: the quote's list settles it", () => {
    const partners = "Tapajós Project — Partners: Local and National Partners: Public Ministry of Labor (MPT); Federal Police (PF); Academia: NORC – University of Chicago";
    assert.equal(yesNoVerdict("Is the Federal Police among the Tapajós partners?", partners), "yes");
    assert.equal(yesNoVerdict("Is the Military Police among the Tapajós partners?", partners), "no");
    // "feature" and "appear" ask whether the text names it, as "mention" does.
    assert.equal(yesNoVerdict("Does the Federal Police feature among the Tapajós partners?", partners), "yes");
    assert.equal(yesNoVerdict("Does the Military Police appear among the Tapajós partners?", partners), "no");
  });

  it("reads 'listed under SDG 5' as a link to the goal and 'in the events table' as where, not what", () => {
    const goals = "33rd session of the Commission on Crime Prevention and Criminal Justice — Relevant SDGs: SDGs 16 and 17";
    assert.equal(yesNoVerdict("Is the 33rd CCPCJ session listed under SDG 5 in the events table?", goals, [], new Set(), "Event Name Event Dates"), "no");
    assert.equal(yesNoVerdict("Does the 33rd CCPCJ session fall under SDG 16?", goals), "yes");
  });

  it("says no to a part of a country the quote names otherwise, of the same kind, and reads 'looking at' as light", () => {
    const basin = "The project aims to identify forced labour in the gold mining sector in the river basin, State of Pará, Brazil.";
    assert.equal(yesNoVerdict("Is the project looking at gold mining in Amazonas state?", basin), "no");
    assert.equal(yesNoVerdict("Does the project cover gold mining in the State of Amazonas?", basin), "no");
    assert.equal(yesNoVerdict("Does the project cover gold mining in the State of Pará?", basin), "yes");
    // Another kind of part is no other value: a province is not the state.
    assert.equal(yesNoVerdict("Does the project cover gold mining in the province of Amazonas?", basin), undefined);
  });

  it("does not confirm words said across two sentences, of two things; the entity places no stretch", () => {
    const campaigns = "In Southeast Asia, the Beware the Share campaign was launched to raise awareness. In West Africa, the Office developed the campaign Afrique: Ma Vie Digitale.";
    assert.equal(yesNoVerdict("Did UNODC launch the Beware the Share campaign in West Africa?", campaigns, ["UNODC"]), undefined);
    assert.equal(yesNoVerdict("Did UNODC launch the Beware the Share campaign in Southeast Asia?", campaigns, ["UNODC"]), "yes");
    const guide = "UNODC has also developed a Practical Guide on Alternative Development. This covers carbon credit schemes (Thailand, Peru and Colombia).";
    assert.equal(yesNoVerdict("Is Peru mentioned anywhere in UNODC's submission?", guide, ["UNODC"]), "yes");
  });

  it("reads 'covered by' and 'include' as light verbs and 'any' as no judgement, but 'all' as one", () => {
    const prisons = "In 2024, UNODC continued to support various countries, including Ghana, Lebanon, Somaliland and the Philippines, in prison-based rehabilitation.";
    assert.equal(yesNoVerdict("Is Somaliland covered by any of UNODC's prison rehabilitation work?", prisons), "yes");
    assert.equal(yesNoVerdict("Does UNODC's prison rehabilitation work include Lebanon?", prisons), "yes");
    assert.equal(yesNoVerdict("Is Somaliland covered by all of UNODC's prison rehabilitation work?", prisons), undefined);
    // "anywhere" is a placeholder, as "anything" is.
    assert.equal(yesNoVerdict("Is Lebanon mentioned anywhere in UNODC's submission?", prisons), "yes");
  });

  it("needs no quote to say 'as well', 'too' or 'also'", () => {
    const quote = "The project covers arms trafficking and migrant smuggling.";
    assert.equal(yesNoVerdict("Does the project cover arms trafficking as well?", quote), "yes");
    assert.equal(yesNoVerdict("Does the project also cover arms trafficking?", quote), "yes");
    assert.equal(yesNoVerdict("Does the project cover wildlife trafficking too?", quote), undefined);
  });

  it("counts the submission's own entity as said when the quote calls it 'the Office'", () => {
    const quote = "The Office has piloted targeted initiatives in Ghana, Kenya and Namibia.";
    assert.equal(confirmsYesNo("Has UNODC piloted initiatives in Kenya?", quote), false);
    assert.equal(confirmsYesNo("Has UNODC piloted initiatives in Kenya?", quote, ["UNODC", "United Nations Office on Drugs and Crime"]), true);
  });

  it("does not confirm when a word of the question is not in the quote: another place, language, year or number", () => {
    assert.equal(confirmsYesNo("Was the 33rd CCPCJ session held in Geneva?", CCPCJ), false);
    assert.equal(confirmsYesNo("Was the 34th CCPCJ session held in Vienna?", CCPCJ), false);
    assert.equal(confirmsYesNo("Is the Global Study on Homicide 2023 available in Spanish?", "Global Study on Homicide 2023 — Language(s): English"), false);
  });

  it("says no to a count given otherwise of the same thing, though a verb or two are said otherwise (new-user trial)", () => {
    const quote = "In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo to move from cultivating coca towards harvesting sacha inchi seeds.";
    assert.equal(yesNoVerdict("Did UNODC help 300 farmers in Colombia grow sacha inchi?", quote, ["UNODC"]), "no");
    // "grow" with an object is cultivating, no change to settle; a name the quote never says still leaves it open.
    assert.equal(yesNoVerdict("Did UNODC help 300 farmers in Peru grow sacha inchi?", quote, ["UNODC"]), undefined);
  });

  it("leaves comparison, change, order and choice to the reader", () => {
    const opium = "For example, in Afghanistan, where opium cultivation has dropped by 95%, UNODC has been helping farmers.";
    assert.equal(confirmsYesNo("Is opium cultivation in Afghanistan going up?", opium), false);
    // A change the quote states in the same word is no judgement: "dropped" against "has dropped by 95%".
    assert.equal(confirmsYesNo("Has opium cultivation in Afghanistan dropped?", opium), true);
    assert.equal(confirmsYesNo("Did UNODC support over 750 farmers?", "UNODC partnered with the government to support over 750 farmers in Putumayo."), true);
    assert.equal(confirmsYesNo("Did the 33rd CCPCJ session take place in May 2024?", "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024"), true);
    assert.equal(confirmsYesNo("Has the UN Convention against Cybercrime already been adopted by the General Assembly?", SECRETARIAT), false);
    assert.equal(confirmsYesNo("Was the 33rd CCPCJ session in Vienna or New York?", CCPCJ), false);
    assert.equal(confirmsYesNo("Where was the 33rd CCPCJ session held?", CCPCJ), false);
    assert.equal(confirmsYesNo("Could you tell me where the 33rd CCPCJ session was held?", CCPCJ), false);
    assert.equal(confirmsYesNo("Can you confirm the 33rd CCPCJ session was in Vienna?", CCPCJ), false);
  });

  it("does not confirm what the quote denies, makes conditional or puts in the future", () => {
    assert.equal(confirmsYesNo("Has the UN Convention against Cybercrime been adopted by the General Assembly?", SECRETARIAT), false);
    assert.equal(confirmsYesNo("Did the VPI in Chile start?", VPI), false);
    assert.equal(confirmsYesNo("Did VPIs take place in Kenya?", VPI), true);
    assert.equal(confirmsYesNo("Is there an agreed definition of children associated with terrorist groups?", "There is no internationally agreed definition of children associated with terrorist groups."), false);
  });

  it("confirms a question in the future by the quote's own 'will', and no other modal", () => {
    assert.equal(yesNoVerdict("Will VPIs start in Chile in 2024?", VPI), "yes");
    assert.equal(yesNoVerdict("Did VPIs start in Chile in 2024?", VPI), undefined);
    assert.equal(yesNoVerdict("Would VPIs start in Chile in 2024?", VPI), undefined);
    // An acronym the quote uses for the words the question spells out says them.
    assert.equal(yesNoVerdict("Will a Voluntary Pilot Initiative start in Chile in 2024?", VPI), undefined);
    assert.equal(yesNoVerdict("Will a Voluntary Pilot Initiative start in Chile in 2024?", VPI, [], new Set(["voluntari", "pilot", "initi"])), "yes");
    // Two auxiliaries in a row are a misspelt wh-question ("were was" for "where was").
    assert.equal(yesNoVerdict("were was the 33rd CCPCJ session held", CCPCJ), undefined);
  });
});

describe("a yes/no question's words the quote leaves to its passage", () => {
  const piloted = "The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia and Sri Lanka to develop standard operating procedures on disaster mitigation for prisoners.";
  const passage = "UNODC 2024 · Q5 · 6) Climate change, biodiversity loss and pollution Climate change poses severe risks for prisoners. UNODC is enhancing the resilience of prison systems.";
  const tapajos = "Tapajós Project — Description: The project aims to identify trafficking in persons in the gold mining sector in the Tapajós River basin, State of Pará, Brazil.";

  it("counts a common word said by the quote's passage, and a relative 'where' or 'which' after a noun is no indirect question", () => {
    const asked = "Is Kenya one of the countries where UNODC piloted prison climate resilience work?";
    assert.equal(yesNoVerdict(asked, piloted, ["UNODC"], new Set(), passage), "yes");
    // Without the passage, "climate" and "resilience" are not said.
    assert.equal(yesNoVerdict(asked, piloted, ["UNODC"]), undefined);
    // A name the question gives must be in the quote itself, not only in its passage.
    assert.equal(yesNoVerdict("Is Ghana one of the countries where UNODC piloted work in Zambia?", piloted, ["UNODC"], new Set(), `${passage} Zambia`), undefined);
    // After a word that takes a question, "where" asks for a place: a yes does not answer it.
    assert.equal(yesNoVerdict("Do we know where UNODC piloted prison work?", piloted, ["UNODC"], new Set(), passage), undefined);
    assert.equal(yesNoVerdict("Is it clear which countries UNODC piloted prison work in?", piloted, ["UNODC"], new Set(), passage), undefined);
  });

  it("counts 'country' as said by a quote that names a country", () => {
    assert.equal(yesNoVerdict("Is Brazil the country hosting the Tapajós project?", tapajos), undefined);
    assert.equal(yesNoVerdict("Is Brazil the country of the Tapajós project?", tapajos), "yes");
    assert.equal(yesNoVerdict("Is Brazil the country hosting the Tapajós project?", tapajos, [], new Set(), "Tapajós Project — Member States hosting: Brazil"), "yes");
    // "benefiting" is a light verb: the country is what is checked.
    assert.equal(yesNoVerdict("Is Brazil the country benefiting from the Tapajós project?", tapajos), "yes");
    assert.equal(yesNoVerdict("Is Peru the country of the Tapajós project?", tapajos), undefined);
  });
});

describe("when an extractive answer may open with 'No.'", () => {
  const opium = "For example, in Afghanistan, where opium cultivation has dropped by 95%, UNODC has been helping farmers.";
  const poppy = "In Myanmar, where illicit poppy cultivation continues to rise, UNODC has supported 300 women.";
  const forum = "African Civil Society Forum on Drugs — Description: The Forum was officially launched during the African Union High-Level Meeting in Lusaka, Zambia, in 2023.";

  it("answers 'no' to a change the quote states the other way, and 'yes' to one it states the same way in other words", () => {
    assert.equal(yesNoVerdict("Is opium cultivation in Afghanistan going up?", opium), "no");
    assert.equal(yesNoVerdict("Has opium cultivation in Afghanistan gone up?", opium), "no");
    assert.equal(yesNoVerdict("Is poppy cultivation in Myanmar falling?", poppy), "no");
    assert.equal(yesNoVerdict("Is poppy cultivation still going up in Myanmar according to UNODC?", poppy), "yes");
    // "first" has no direction: the quote cannot settle it either way.
    assert.equal(yesNoVerdict("Is poppy cultivation in Myanmar rising for the first time?", poppy), undefined);
  });

  it("answers 'no' to a count or rank the quote gives otherwise for the same thing", () => {
    const cnd = "During the 67th session, the CND took 25 decisions and adopted four resolutions on the following issues.";
    const report = "World Wildlife Crime Report 2024 — Description: The third edition of the World Wildlife Crime Report examines trends.";
    assert.equal(yesNoVerdict("Did the CND adopt five resolutions at its 67th session?", cnd), "no");
    assert.equal(yesNoVerdict("Did the CND adopt 5 resolutions at its 67th session?", cnd), "no");
    assert.equal(yesNoVerdict("Did the CND adopt four resolutions at its 67th session?", cnd), "yes");
    assert.equal(yesNoVerdict("Is the World Wildlife Crime Report 2024 the first edition?", report), "no");
    assert.equal(yesNoVerdict("Is the World Wildlife Crime Report 2024 the third edition?", report), "yes");
    // A count of another thing, or a rank against a count, settles nothing.
    assert.equal(yesNoVerdict("Did the CND adopt five declarations at its 67th session?", cnd), undefined);
    assert.equal(yesNoVerdict("Did the CND hold its fourth session?", "The CND held four sessions."), undefined);
  });

  it("reads a number after an acronym as a label, not a count ('the CND 67 resolutions')", () => {
    const quoted = "During the 67th session, the CND took 25 decisions and adopted four resolutions on the following issues.";
    assert.deepEqual([...otherCounts("Which of the four CND 67 resolutions are tagged SDG 3?", quoted)], []);
    assert.deepEqual([...otherCounts("Did the CND adopt 67 resolutions?", quoted)], ["67"]);
  });

  it("finds no other count when the question itself gives the quote's value too", () => {
    const quoted = "33rd session of the commission on crime prevention and criminal justice — relevant sdgs: sdgs 16 and 17";
    assert.deepEqual([...otherCounts("compare the sdgs of the cnd 67th session vs the ccpcj 33rd session", quoted)], []);
    assert.deepEqual([...otherCounts("which sdgs did the 67th session list?", quoted)], ["67th"]);
  });

  it("answers 'no' to a percentage the quote gives otherwise", () => {
    const opium = "For example, in Afghanistan, where opium cultivation has dropped by 95%, UNODC has been helping farmers.";
    assert.equal(yesNoVerdict("Did opium cultivation in Afghanistan drop by 85%?", opium), "no");
    assert.equal(yesNoVerdict("Did opium cultivation in Afghanistan drop by 85 per cent?", opium), "no");
    assert.equal(yesNoVerdict("Did opium cultivation in Afghanistan drop by 95%?", opium), "yes");
  });

  it("answers 'no' to another goal or month in a record's closed goals or dates field", () => {
    const goals = "Global Study on Homicide 2023 — Relevant SDGs: SDG 16";
    const dates = "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024";
    assert.equal(yesNoVerdict("Is the Global Study on Homicide 2023 linked to SDG 5?", goals), "no");
    assert.equal(yesNoVerdict("Is the Global Study on Homicide 2023 linked to SDG 16?", goals), "yes");
    assert.equal(yesNoVerdict("Was the 33rd CCPCJ session held in March 2024?", dates), "no");
    assert.equal(yesNoVerdict("Was the 33rd CCPCJ session held in May 2024?", dates), "yes");
    // Two months asked, or a goal in running text rather than the closed field, leave it to the reader.
    assert.equal(yesNoVerdict("Was the 33rd CCPCJ session held in March or April?", dates), undefined);
    assert.equal(yesNoVerdict("Is the Global Study on Homicide 2023 linked to SDG 5?", "The Global Study on Homicide 2023 supports SDG 16 monitoring."), undefined);
  });

  it("answers 'no' to a city a record's location field does not name, and only to a city", () => {
    const venue = "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria";
    assert.equal(yesNoVerdict("was the 33rd CCPCJ session in new york?", venue, [], new Set(), "", ["new york"]), "no");
    assert.equal(yesNoVerdict("Was the 33rd CCPCJ session held in Geneva, Switzerland?", venue, [], new Set(), "", ["Geneva"]), "no");
    assert.equal(yesNoVerdict("Was the 33rd CCPCJ session held in Vienna?", venue, [], new Set(), "", ["Vienna"]), "yes");
    // A place that is no city (a building, a region) leaves it to the reader.
    assert.equal(yesNoVerdict("Was the 33rd CCPCJ session held at the Vienna International Centre?", venue), undefined);
    // A prose quote that places it in another city says no (below); one that places it nowhere leaves it to the reader.
    assert.equal(yesNoVerdict("Was the African Civil Society Forum on Drugs launched in Nairobi?", forum, [], new Set(), "", ["Nairobi"]), "no");
    assert.equal(yesNoVerdict("Was the Forum launched in Nairobi?", "The Forum was launched in 2023.", [], new Set(), "", ["Nairobi"]), undefined);
  });

  it("answers 'no' to a year a record's dates field does not say, and reads 'set up' as one verb", () => {
    const dates = "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024";
    assert.equal(yesNoVerdict("Was the CND high-level segment held in 2023?", dates), "no");
    assert.equal(yesNoVerdict("Was the CND high-level segment held in 2024?", dates), "yes");
    const coalition = "ImPACT Coalition — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024.";
    assert.equal(yesNoVerdict("Was the ImPACT Coalition set up in Nairobi in 2023?", coalition), "no");
    assert.equal(yesNoVerdict("Was the ImPACT Coalition set up in Nairobi?", coalition), "yes");
  });

  it("answers 'no' to another funder, publisher, country, year or count than the quote's", () => {
    const turquesa = "Description: Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL.";
    assert.equal(yesNoVerdict("Is Project Turquesa funded by the European Union?", turquesa), "no");
    assert.equal(yesNoVerdict("Is Project Turquesa funded by Global Affairs Canada?", turquesa), "yes");
    const publisher = "Global Study on Homicide 2023 — Publishing entity/entities: United Nations Office on Drugs and Crime (UNODC)";
    assert.equal(yesNoVerdict("Was the Global Study on Homicide 2023 published jointly with UNDP?", publisher), "no");
    const vpis = "VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024.";
    assert.equal(yesNoVerdict("Do the VPIs start in Peru in November 2024?", vpis), "no");
    assert.equal(yesNoVerdict("Have VPIs taken place in Kenya?", vpis), "yes");
    const dates = "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024";
    assert.equal(yesNoVerdict("Was the CND high-level segment held on 14-15 March 2023?", dates), "no");
    const children = "Drug use, youth violence and child maltreatment were prevented through family skills and life skills programmes in 26 countries, particularly by enhancing the skills of 600 national facilitators and benefiting 60,000 children.";
    assert.equal(yesNoVerdict("Did the family skills programmes reach 80,000 children?", children), "no");
    assert.equal(yesNoVerdict("Did the family skills programmes reach 60,000 children?", children), "yes");
  });

  it("answers 'no' to a city the quote's prose places elsewhere", () => {
    const forum = "The Africa Civil Society Forum on Drugs was officially launched during the African Union High-Level Meeting on Drug Use Disorders in Lusaka, Zambia, in 2023.";
    assert.equal(yesNoVerdict("Was the Africa Civil Society Forum on Drugs launched in Addis Ababa?", forum, [], new Set(), "", ["Addis Ababa"]), "no");
    assert.equal(yesNoVerdict("Was the Africa Civil Society Forum on Drugs launched in Lusaka?", forum, [], new Set(), "", ["Lusaka"]), "yes");
    // A city the passage names that the quote says (no country after it): given by the caller.
    const coalition = "The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024.";
    assert.equal(yesNoVerdict("Was the Coalition set up in Geneva?", coalition, [], new Set(), "", ["Geneva"]), undefined);
    assert.equal(yesNoVerdict("Was the Coalition set up in Geneva?", coalition, [], new Set(), "", ["Geneva"], ["Nairobi"]), "no");
    // Not when something else is missing too.
    assert.equal(yesNoVerdict("Was the Coalition set up by UNICEF in Geneva?", coalition, [], new Set(), "", ["Geneva"], ["Nairobi"]), undefined);
  });

  it("answers 'no' to a list of cities one of which the quote's list replaces by another", () => {
    const campaign = "In West Africa, the Office developed the campaign Afrique: Ma Vie Digitale - La série, exploring digitalization in Bamako, Dakar and St. Louis.";
    const said = ["Bamako", "Dakar", "St. Louis"];
    assert.equal(yesNoVerdict("Did the series explore digitalization in Bamako, Dakar and Abidjan?", campaign, [], new Set(), "", ["Bamako", "Dakar", "Abidjan"], said), "no");
    assert.equal(yesNoVerdict("Did the series explore digitalization in Bamako, Dakar and St. Louis?", campaign, [], new Set(), "", said, said), "yes");
    // A city asked besides the quote's, with no other city said, is for the reader.
    assert.equal(yesNoVerdict("Did the series explore digitalization in Bamako, Dakar and Abidjan?", campaign.replace(" and St. Louis", ""), [], new Set(), "", ["Bamako", "Dakar", "Abidjan"], ["Bamako", "Dakar"]), undefined);
  });

  it("reads verbs of paying as one fact, and an agent of another verb as no agent of the one asked", () => {
    const harbour = "Description: The Harbour project is a 2-year initiative funded by Norway and jointly implemented by the Office and INTERPOL.";
    assert.equal(yesNoVerdict("Is the Harbour project financed by Norway?", harbour), "yes");
    assert.equal(yesNoVerdict("Is the Harbour project funded by INTERPOL?", harbour), "no");
    assert.equal(yesNoVerdict("Is the Harbour project implemented by INTERPOL?", harbour), "yes");
    // A partners field names implementers too: it says nothing of who pays.
    assert.equal(yesNoVerdict("Is the Harbour project financed by INTERPOL?", "Harbour Project — Partners: Norway, INTERPOL"), undefined);
  });

  it("reads a count the question qualifies as a count of the quote's thing, and a stretch within one sentence", () => {
    const decisions = "During the spring session, the Commission took 25 decisions on the change of the scope of control.";
    assert.deepEqual([...otherCounts("Did the Commission take 30 scheduling decisions?", decisions)], ["30"]);
    assert.equal(yesNoVerdict("Did the Commission take 30 scheduling decisions?", decisions), "no");
    const engagement = "Engagement with civil society significantly increased, connecting 5,200 stakeholders through 47 capacity-building activities. Civil society is a vital ally.";
    assert.deepEqual([...otherCounts("Did the Office connect 6,000 civil society stakeholders?", engagement)], ["6,000"]);
    assert.deepEqual([...otherCounts("Did the Office connect 5,200 civil society stakeholders?", engagement)], []);
    // The first sentence says "47 … activities" and "civil society"; a shorter stretch runs into the next.
    assert.equal(yesNoVerdict("Were 47 capacity-building activities held with civil society?", engagement), "yes");
  });

  it("reads 'at all', 'actually' and 'really' as emphasis, and 'the document' as the submission", () => {
    const kyrgyzstan = "As part of its work on non-custodial measures, UNODC has pursued a similar approach in the context of non-custodial measures in Kyrgyzstan.";
    assert.equal(yesNoVerdict("Does the document mention Kyrgyzstan at all?", kyrgyzstan, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Does UNODC really work on non-custodial measures in Kyrgyzstan?", kyrgyzstan, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Does the document mention prison reform at all?", kyrgyzstan, ["UNODC"]), undefined);
  });

  it("answers 'no' to a country a record's beneficiaries field does not name", () => {
    const beneficiaries = "Harbour Project — Member States benefiting from it: Brazil";
    assert.equal(yesNoVerdict("Did the Harbour project work in Peru?", beneficiaries), "no");
    assert.equal(yesNoVerdict("Does the Harbour project benefit Brazil?", beneficiaries), "yes");
  });

  it("answers 'no' to a city a location field does not name, with the rest said by the record's other fields", () => {
    const location = "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Location (City, Country): Vienna, Austria";
    const record = `UNODC 2024 · Q3 · Event 1 Event Dates: 14-15 March 2024\n${location}`;
    // "meet" says an event happened, as "held" does.
    assert.equal(yesNoVerdict("Did the drugs commission meet in New York in March 2024?", location, ["UNODC"], new Set(), record, ["New York"]), "no");
    assert.equal(yesNoVerdict("Did the drugs commission meet in New York?", location, ["UNODC"], new Set(), record, ["New York"]), "no");
    // A month the record never says is left for the reader.
    assert.equal(yesNoVerdict("Did the drugs commission meet in New York in June 2024?", location, ["UNODC"], new Set(), record, ["New York"]), undefined);
  });

  it("answers 'no' to days of the month a record's dates field does not span, and 'yes' to a day inside it", () => {
    const dates = "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024";
    assert.equal(yesNoVerdict("Did the CND high-level segment run 18-22 March 2024?", dates), "no");
    assert.equal(yesNoVerdict("Was the CND high-level segment held on March 16?", dates), "no");
    assert.equal(yesNoVerdict("Was the CND high-level segment held on 14 March?", dates), "yes");
    assert.equal(yesNoVerdict("Was the CND high-level segment held on 14-15 March 2024?", dates), "yes");
    // Another month is the month rule's, not this one's.
    assert.equal(yesNoVerdict("Was the CND high-level segment held on 14-15 May?", dates), "no");
  });

  it("answers 'no' to a month the quote's prose dates the same thing in otherwise, and only where the question dates by it", () => {
    const declaration = "In March 2024, the CND adopted the “High-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review”.";
    assert.equal(yesNoVerdict("Did the CND adopt the high-level declaration in April 2024?", declaration), "no");
    assert.equal(yesNoVerdict("did the CND adopt the high-level declaration in april?", declaration), "no");
    assert.equal(yesNoVerdict("Did the CND adopt the high-level declaration in March 2024?", declaration), "yes");
    // A month that names something rather than dating it is for the reader; so is a month with another missing word.
    assert.equal(yesNoVerdict("Did the CND adopt the high-level declaration at its April session?", declaration), undefined);
    assert.equal(yesNoVerdict("Did the CND adopt the high-level declaration in Vienna in April 2024?", declaration), undefined);
    assert.equal(yesNoVerdict("Will the VPIs start in Chile in October 2024?", VPI), "no");
  });

  it("reads a hyphenated compound as said by its parts, and 'more' of what something is made into as no comparison", () => {
    const pilots = "The Office has piloted targeted initiatives in Ghana, Kenya and Namibia to develop standard operating procedures.";
    const passage = "UNODC is increasingly prioritizing enhancing the resilience of prison systems to climate change.";
    assert.equal(yesNoVerdict("Was Ghana a pilot country for making prisons more climate-resilient?", pilots, ["UNODC"], new Set(), passage), "yes");
    assert.equal(yesNoVerdict("Was Ghana a pilot country for climate-resilient prisons?", pilots, ["UNODC"], new Set(), passage), "yes");
    // A comparison is still for the reader: "more … than", or "more" that nothing is made into.
    assert.equal(yesNoVerdict("Did the pilots make prisons more resilient than before in Ghana?", pilots, ["UNODC"], new Set(), passage), undefined);
    assert.equal(yesNoVerdict("Were more prisons piloted in Ghana?", pilots, ["UNODC"], new Set(), passage), undefined);
    // A compound whose part the quote and its passage do not say is missing.
    assert.equal(yesNoVerdict("Was Ghana a pilot country for flood-resilient prisons?", pilots, ["UNODC"], new Set(), passage), undefined);
  });

  it("turns the verdict round for a negated question, and leaves 'not only' and 'not yet' to the reader", () => {
    const partners = "Project Turquesa — Partners: Global Affairs Canada, INTERPOL";
    assert.equal(yesNoVerdict("Is INTERPOL not a partner of Project Turquesa?", partners), "no");
    assert.equal(yesNoVerdict("Is INTERPOL a partner of Project Turquesa?", partners), "yes");
    const languages = "Global Study on Homicide 2023 — Language(s): English";
    assert.equal(yesNoVerdict("Is the Global Study on Homicide 2023 not available in French?", languages), "yes");
    // A language typed in lower case after "in" is named all the same.
    assert.equal(yesNoVerdict("Was the Global Study on Homicide 2023 released in spanish?", languages), "no");
    assert.equal(yesNoVerdict("is the Global Study on Homicide 2023 available in english", languages), "yes");
    assert.equal(yesNoVerdict("Is the Global Study on Homicide 2023 not only in English?", languages), undefined);
    assert.equal(yesNoVerdict("Has the Global Study on Homicide 2023 not yet been published in English?", languages), undefined);
  });

  it("reads an acronym where it is spelled out nearest, and a publication's record as saying it was released", () => {
    const report = "Global Progress Report on Sustainable Development Goal 16 Indicators (July 2024) — Description: The second edition of the Global Progress Report on Sustainable Development Goal 16 Indicators presents data. It calls for closing data gaps on SDG 16 indicators.";
    assert.equal(yesNoVerdict("Was the second edition of the Global Progress Report on SDG 16 Indicators released in July 2024?", report), "yes");
    assert.equal(yesNoVerdict("Was the second edition of the Global Progress Report on SDG 16 Indicators published in July 2024?", report), "yes");
    // A guide still being written is not confirmed published.
    const guide = "A guide with measures for integrating justice responses into the climate agenda is also being developed.";
    assert.equal(yesNoVerdict("Has the guide on integrating justice responses into the climate agenda been published?", guide), undefined);
    // A thing asked as done that the quote says is still to be done ("once adopted") is a "no"; asked in the
    // future, or against a condition ("if"), it is left to the reader.
    const convention = "UNODC will continue to assist Member States in the ratification and implementation of the Convention once adopted by the General Assembly.";
    assert.equal(yesNoVerdict("Is the Convention already adopted?", convention), "no");
    assert.equal(yesNoVerdict("Has the Convention been adopted yet?", convention), "no");
    assert.equal(yesNoVerdict("Will the Convention be adopted?", convention), undefined);
    // A year asked is no matter for a thing still to be done.
    assert.equal(yesNoVerdict("Was the Convention adopted by the General Assembly in 2024?", convention), "no");
    // Asked "already", the whole quote must not defer it, though the words asked are said before the deferring ones.
    assert.equal(yesNoVerdict("Is the guide on integrating justice responses into the climate agenda already available?", guide), "no");
    assert.equal(yesNoVerdict("Has the Convention been adopted?", "Member States will ratify the Convention if adopted by the General Assembly."), undefined);
  });

  it("reads verbs of bringing something into being as one fact ('launched' by 'established')", () => {
    const coalition = "The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024.";
    assert.equal(yesNoVerdict("Was the Coalition launched in May 2024?", coalition), "yes");
    assert.equal(yesNoVerdict("Was the Coalition founded in Lusaka?", coalition, [], new Set(), "", ["Lusaka"], ["Nairobi"]), "no");
    // Another verb is still missing: "dissolved" is not said by "established".
    assert.equal(yesNoVerdict("Was the Coalition dissolved in May 2024?", coalition), undefined);
  });

  it("answers 'no' to a year the quote never says when it dates the same thing in another year", () => {
    assert.equal(yesNoVerdict("Was the African Civil Society Forum on Drugs launched in 2024?", forum), "no");
    assert.equal(yesNoVerdict("Was the African Civil Society Forum on Drugs launched in 2023?", forum), "yes");
    // A year after "since" or "by" dates nothing the question asks; a missing other word leaves it to the reader.
    assert.equal(yesNoVerdict("Was the Forum launched in 2024?", "The Forum, launched with partners, has met since 2019."), undefined);
    assert.equal(yesNoVerdict("Was the African Civil Society Forum on Drugs launched in Nairobi in 2024?", forum), undefined);
  });

  it("answers 'no' to a duration the quote gives otherwise, written with a hyphen or not", () => {
    const turquesa = "Description: Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL.";
    assert.equal(yesNoVerdict("Is Project Turquesa a 3-year initiative?", turquesa, ["UNODC"]), "no");
    assert.equal(yesNoVerdict("Does Project Turquesa run for 2 years?", turquesa, ["UNODC"]), "no");
    assert.deepEqual([...otherCounts("Is it a 3-year initiative?", turquesa)], ["3"]);
    assert.deepEqual([...otherCounts("Is it a 2.5-year initiative?", turquesa)], []);
  });

  it("reads the agent a question names as its capitalised words, so a second clause is no part of it (new-user trial)", () => {
    const turquesa = "Description: Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL.";
    assert.equal(yesNoVerdict("Is Project Turquesa funded by Global Affairs Canada and implemented with INTERPOL?", turquesa, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Is Project Turquesa implemented with INTERPOL and funded by Global Affairs Canada?", turquesa, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Is Project Turquesa funded by INTERPOL?", turquesa, ["UNODC"]), "no");
    assert.equal(yesNoVerdict("Is Project Turquesa funded by the Office of the High Commissioner?", turquesa, ["UNODC"]), "no");
    // A head noun of an institution in lower case is part of the name.
    assert.equal(yesNoVerdict("Is Project Turquesa funded by the US government?", turquesa, ["UNODC"]), "no");
    assert.equal(yesNoVerdict("Is Project Turquesa funded by the Canadian government?", turquesa, ["UNODC"]), "no");
  });
  it("hears a world area the question names in a country inside it that the quote names (blind set 27)", () => {
    assert.equal(yesNoVerdict("Have any VPIs taken place in Africa?", VPI), "yes");
    assert.equal(yesNoVerdict("Has SE4U run any VPIs in Africa?", `SE4U — Description: ${VPI}`), "yes");
    assert.equal(yesNoVerdict("Have any VPIs taken place in Latin America?", VPI), "yes");
    // "done" is a light verb, as "run" is: the quote need not say it.
    assert.equal(yesNoVerdict("Has SE4U done any VPIs in Latin America?", `SE4U — Description: ${VPI}`), "yes");
    // No country of the area named: the quote leaves it to the reader (a list of examples is no closed list).
    assert.equal(yesNoVerdict("Have any VPIs taken place in Europe?", VPI), undefined);
  });
  it("judges the yes/no question alone when another hangs on its answer ('and if so, what are they called?')", () => {
    const strategies = "This was coupled with UNODC’s Secretariat support towards the development of new UN standards and norms in crime prevention and criminal justice in the form of Model Strategies on Reducing Reoffending.";
    assert.equal(yesNoVerdict("Did the UNODC Secretariat support the development of new UN standards on reducing reoffending, and if so what are they called?", strategies, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Did UNODC support new UN standards on reducing reoffending - if yes, which?", strategies, ["UNODC"]), "yes");
    assert.equal(yesNoVerdict("Did UNODC support new UN standards on reducing reoffending, and if not, why not?", strategies, ["UNODC"]), "yes");
  });
});

