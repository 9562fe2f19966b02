import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Assistant } from "../../src/answer/assistant.js";
import { keptToLength, NOT_ENGLISH_ANSWER, recordTitled, summaryLength, summaryTopic } from "../../src/answer/assistant.js";
import { ExtractiveAnswerer, restatesQuestion } from "../../src/answer/extractive-answerer.js";
import { openAssistant } from "../../src/app/open-assistant.js";
import { readPrompts } from "../../src/compose/prompts.js";
import { readConfig } from "../../src/config.js";
import { LocalEmbeddings } from "../../src/embed/local-embeddings.js";
import { CORPUS_DIR, ROOT } from "../helpers/fixtures.js";
import { ensureTestIndex, TEST_INDEX_DIR } from "../helpers/server.js";

/** Issue 14's kinds of failure, each with its exact expected answer (offline default, the real model and submission). */
describe("questions in staff's own words", () => {
  const embedder = new LocalEmbeddings();
  let assistant: Assistant;
  const ask = async (question: string, history: { role: "user" | "assistant"; content: string }[] = []) => (await assistant.ask({ question, history })).result;
  /** The assistant abstained and says so: "The submission does not say." opens the answer. */
  const assertAbstains = (result: { abstained: boolean; answer: string }, message?: string) => {
    assert.equal(result.abstained, true, message);
    assert.ok(result.answer.startsWith("The submission does not say."), message);
  };

  before(async () => {
    await ensureTestIndex();
    const config = readConfig({ CORPUS_DIR, INDEX_DIR: TEST_INDEX_DIR, PROMPTS_DIR: path.join(ROOT, "prompts") });
    ({ assistant } = await openAssistant({ config, embedder, prompts: await readPrompts(config.promptsDir), log: () => undefined }));
  });
  after(() => embedder.close());

  it("answers a question about a document symbol from the sentence that holds it", async () => {
    const result = await ask("What is E/RES/2024/10 about?");
    assert.equal(result.abstained, false);
    assert.match(result.answer, /E\/RES\/2024\/10 on reducing reoffending through rehabilitation and reintegration/);
    assert.equal(result.citations[0]!.source.question, 1);
    const resolution = await ask("What is resolution 67/4 about?");
    assert.match(resolution.answer, /^Notably, the 2024 High-level Declaration and Resolution 67\/4 underscored the proliferation of synthetic drugs/);
    // Typed in lower case, the words the encoder reads are few ("resolution"): the symbol still carries it.
    const lowerCase = await ask("what is resolution 33/1 about?");
    assert.equal(lowerCase.abstained, false);
    assert.match(lowerCase.answer, /^Furthermore, in Resolution 33\/1, the Commission on Crime Prevention and Criminal Justice/);
    assert.equal(lowerCase.citations[0]!.source.question, 6);
    // A follow-up leaning on the symbol ("it") is answered from the sentence that holds the symbol, body and month.
    const followUp = await ask("which body adopted it and in what month?", [
      { role: "user", content: "what is resolution 33/1 about?" },
      { role: "assistant", content: lowerCase.answer },
    ]);
    assert.match(followUp.answer, /^In May 2024, the CCPCJ passed several resolutions .* including Resolution 33\/1 on countering trafficking/);
    assert.equal(followUp.citations[0]!.source.question, 1);
    // "The subject matter of" asks what the resolution is about, though the submission never says "subject" (blind dev 30).
    const subject = await ask("What is the subject matter of resolution E/RES/2024/10?");
    assert.match(subject.answer, /E\/RES\/2024\/10 on reducing reoffending through rehabilitation and reintegration/);
    assert.equal(subject.citations[0]!.source.question, 1);
  });

  it("answers from the passage that holds a document symbol, whatever other words the question shares with other passages", async () => {
    // "ECOSOC" had drawn the passage on ECOSOC's subsidiary bodies, which never names the resolution, ahead (blind dev 30).
    const named = await ask("What is the subject matter of ECOSOC resolution E/RES/2024/10?");
    assert.match(named.answer, /E\/RES\/2024\/10 on reducing reoffending through rehabilitation and reintegration/);
    assert.equal(named.citations[0]!.source.question, 1);
    const long = await ask("Good afternoon. I'm preparing a note for our legal unit and need to confirm the subject matter of ECOSOC resolution E/RES/2024/10 as referenced in the UNODC contribution. Could you tell me what it deals with?");
    assert.match(long.answer, /E\/RES\/2024\/10 on reducing reoffending through rehabilitation and reintegration/);
    assert.equal(long.citations[0]!.source.question, 1);
  });

  it("matches a word to its derivative however Porter's stemmer parts them: environmental crime is crime that affects the environment", async () => {
    // "environmental" had stemmed to "environment" and "environment" to "environ" (blind dev 30, new-user trial).
    const result = await ask("What kinds of environmental crime does UNODC deal with?");
    assert.match(result.answer, /^Furthermore, UNODC plays a crucial role in combating crimes that affect the environment \(CAE\), offering a multifaceted approach to prevent and respond to wildlife trafficking and crimes in the fisheries, forestry, minerals and waste sectors\./);
    assert.equal(result.citations[0]!.source.question, 5);
  });

  it("finds Southeast Asia's campaign when the question spells it South-East Asia", async () => {
    // New-user trial, session 27: it had abstained while citing the passage that names the campaign.
    const result = await ask("What's the name of the campaign on online child sexual abuse in South-East Asia?");
    assert.equal(result.answer, "In Southeast Asia, the Beware the Share campaign was launched to raise awareness on how to deal with and prevent online child sexual exploitation and abuse. [1]");
  });

  it("finds the question inside a long polite message", async () => {
    const result = await ask(
      "Hello, I am preparing a briefing for my director on the work of the UN commissions this year, and I need to be precise about the venues because the note will be circulated to member states next week. Where was the 33rd session of the CCPCJ held?",
    );
    assert.equal(result.answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // "most grateful if you could kindly tell me …, so that I can mention them accurately" (new-user trial, session 25).
    const kindly = await ask("Good afternoon, I hope you are well. I am preparing talking points for my Under-Secretary-General ahead of a meeting next week and I would be most grateful if you could kindly tell me which countries UNODC supported through its prison-based rehabilitation roadmap in 2024, so that I can mention them accurately. Many thanks in advance for your help.");
    assert.equal(kindly.abstained, false);
    assert.match(kindly.answer, /Ghana, Indonesia, Kazakhstan, Lebanon, Nigeria, Somaliland, the Philippines, Sri Lanka, Tajikistan and Thailand/);
    // "… let me know in which countries …" (new-user trial, session 26: had abstained).
    const inWhich = await ask("Hello, I would be most grateful if you could let me know in which countries UNODC has piloted initiatives to make prison systems more resilient to climate change. Thank you very much in advance for your help.");
    assert.match(inWhich.answer, /^The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia, Namibia, Nigeria, Pakistan and Sri Lanka /);
  });

  it("a follow-up that changes subject answers about the new subject", async () => {
    const first = await ask("When was the Regular Segment of the 67th session of the CND held?");
    assert.match(first.answer, /18-22 March 2024 \[1\]$/);
    const second = await ask("And the 33rd session of the CCPCJ?", [
      { role: "user", content: "When was the Regular Segment of the 67th session of the CND held?" },
      { role: "assistant", content: first.answer },
    ]);
    assert.match(second.answer, /13-17 May 2024 \[1\]$/);
    assert.equal(second.citations[0]!.source.question, 3);
    assert.equal(second.citations[0]!.source.record?.index, 3);
  });

  it("a follow-up that names the next subject in everyday ways asks the last question of it", async () => {
    const history = [
      { role: "user" as const, content: "Who funds Project Turquesa?" },
      { role: "assistant" as const, content: "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]" },
    ];
    for (const next of ["And what about the Tapajós project?", "Same for the Tapajós project?", "Same question for the Tapajós project.", "OK and the Tapajós project", "Now the Tapajós project - same question.", "The Tapajós project?"]) {
      assert.match((await ask(next, history)).answer, /^Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\) of the US Department of State /, next);
    }
    const dates = [
      { role: "user" as const, content: "When was the Regular Segment of the 67th session of the CND held?" },
      { role: "assistant" as const, content: "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]" },
    ];
    assert.equal((await ask("What about the 33rd session of the CCPCJ, then?", dates)).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
  });

  it("a follow-up that swaps the subject of a list question lists again, under the new condition", async () => {
    const first = await ask("Which partnerships involve INTERPOL?");
    const second = await ask("what about the African Union?", [
      { role: "user", content: "Which partnerships involve INTERPOL?" },
      { role: "assistant", content: first.answer },
    ]);
    assert.match(second.answer, /^2 of the 5 initiatives\/partnerships the submission lists mention “African Union”:\n- African Civil Society Forum on Drugs \(SDGs 3 and 17\) \[1\]\n- ImPACT Coalition/);
  });

  it("lists only the records that meet a list question's condition, and says how many of how many", async () => {
    const march = await ask("Which events were held in March 2024?");
    assert.ok(march.answer.startsWith("2 of the 3 events the submission lists mention “March 2024”:"), march.answer);
    assert.deepEqual(march.citations.map((c) => c.source.record?.index), [1, 2]);
    const interpol = await ask("Which partnerships involve INTERPOL?");
    assert.ok(interpol.answer.startsWith("1 of the 5 initiatives/partnerships the submission lists mentions “INTERPOL”:"));
    // An ordinal thing after "is the" is a condition (new-user trial, session 26: all three publications had been listed).
    const fourth = await ask("Which of the three publications is the fourth edition?");
    assert.equal(fourth.answer, "1 of the 3 resources the submission lists mentions “fourth edition”:\n- Global Study on Homicide 2023 (SDG 16) [1]");
    assert.deepEqual(interpol.citations.map((c) => c.source.record?.title), ["Project Turquesa"]);
    const brazil = await ask("which initiatives benefit brazil");
    assert.ok(brazil.answer.startsWith("1 of the 5 initiatives/partnerships the submission lists mentions “Brazil”:\n- Tapajós Project"), brazil.answer);
  });

  it("lists the records that leave out what a negative condition names, or says none does", async () => {
    const outside = await ask("Which events were held outside Vienna?");
    assert.equal(outside.answer, "None: all 3 events the submission lists mention “Vienna” [1][2][3].");
    const others = await ask("Which partnerships do not involve INTERPOL?");
    assert.ok(others.answer.startsWith("4 of the 5 initiatives/partnerships the submission lists do not mention “INTERPOL”:\n"), others.answer);
    assert.equal(others.citations.some((c) => c.source.record?.title === "Project Turquesa"), false);
  });

  it("reads a list noun typed short and a year alone as the list and its condition", async () => {
    const pubs = await ask("which of the unodc pubs listed came out in 2022");
    assert.equal(
      pubs.answer,
      "None of the 3 resources the submission lists mentions “2022”. What they list instead:\n" +
        "- Global Progress Report on Sustainable Development Goal 16 Indicators: At the crossroads: Breakdown or breakthrough for peace, justice and strong institutions (July 2024) [1]\n" +
        "- Global Study on Homicide 2023 [2]\n" +
        "- World Wildlife Crime Report 2024: Trafficking in Protected Species [3]",
    );
    assert.match((await ask("Which publications came out in 2023?")).answer, /^1 of the 3 resources the submission lists mentions “2023”:\n- Global Study on Homicide 2023 /);
    // "which of" takes the noun further on; two conditions joined by "or" are alternatives.
    assert.match((await ask("Which of UNODC's listed multi-stakeholder partnerships are tagged to SDG 5?")).answer, /^None of the 5 initiatives\/partnerships the submission lists mentions “SDG 5”\. What they list instead:\n- African Civil Society Forum on Drugs: SDGs 3 and 17 \[1\]/);
    assert.match((await ask("Which events were held in March or May 2024?")).answer, /^All 3 events the submission lists mention “March” or “May 2024”:\n/);
    assert.match((await ask("Which of the three highlighted publications are available in French or Spanish?")).answer, /^None of the 3 resources the submission lists mentions “French” or “Spanish”\. What they list instead:\n/);
    // "any of the …" asks for the list too, and a partner nobody has is answered with who each one lists.
    const unicef = await ask("My supervisor asked whether any of the three highlighted publications was done together with UNICEF. Which ones were?");
    assert.match(unicef.answer, /^None of the 3 resources the submission lists mentions “UNICEF”\. What they list instead:\n- Global Progress Report on Sustainable Development Goal 16 Indicators: .*: United Nations Office on Drugs and Crime \(UNODC\), Office of the United Nations High Commissioner for Human Rights \(OHCHR\) and the United Nations Development Programme \(UNDP\)\. \[1\]\n/);
  });

  it("lists the sections of a question that meet its condition, each with the sentence that does", async () => {
    // Third new-user trial: "Which transitions mention Colombia?" listed all six.
    const colombia = await ask("Which transitions mention Colombia?");
    assert.match(colombia.answer, /^2 of the 6 sections under question 5 mention “Colombia”:\n- 1\) Food systems: In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo .* \[1\]\n- 2\) Energy access and affordability: This covers .*carbon credit schemes \(Thailand, Peru and Colombia\).* \[2\]$/);
    assert.deepEqual(colombia.citations.map((c) => c.source.section), ["1) Food systems", "2) Energy access and affordability"]);
    for (const citation of colombia.citations) assert.match(citation.text, /Colombia/);
    // A place typed in lower case after "about" is one condition, not two.
    assert.match((await ask("in which of the six transitions does unodc talk about afghanistan")).answer, /^2 of the 6 sections under question 5 mention “Afghanistan”:\n- 1\) Food systems: For example, in Afghanistan/);
    assert.match((await ask("Which transitions mention Narnia?")).answer, /^None of the 6 sections under question 5 mentions “Narnia” \[1\]\[2\]\[3\]\[4\]\[5\]\[6\]\.$/);
    assert.match((await ask("Which of the six transitions does UNODC report on?")).answer, /^The submission lists 6 sections under question 5:\n- 1\) Food systems \[1\]\n/);
  });

  it("lists the records that reach the whole world by their place field, not by a partner's name", async () => {
    // Third new-user trial: every partnership was listed, then "Global" matched "Global Affairs Canada".
    const global = await ask("Which partnerships benefit Member States globally?");
    assert.match(global.answer, /^2 of the 5 initiatives\/partnerships the submission lists mention “Global”:\n- ImPACT Coalition “The Future of Drug Policy” \(SDGs 3 and 17; Global\) \[1\]\n- SE4U - .*\(SDGs 16 and 17; Global\) \[2\]$/);
    assert.doesNotMatch(global.answer, /Turquesa/);
    assert.match((await ask("Which events were held worldwide?")).answer, /^None of the 3 events the submission lists mentions “Global”\. What they list instead:\n- 67th session .*: Vienna, Austria \[1\]/);
  });

  it("lists the records done with others, or alone, when the question names no one", async () => {
    // Second new-user trial: "which of those were published jointly with other UN agencies?" listed every resource.
    const joint = await ask("which of those were published jointly with other UN agencies?", [
      { role: "user", content: "Which publications did UNODC highlight?" },
      { role: "assistant", content: "The submission lists 3 resources." },
    ]);
    assert.equal(
      joint.answer,
      "1 of the 3 resources the submission lists names a publisher or partner besides the one they all name:\n" +
        "- Global Progress Report on Sustainable Development Goal 16 Indicators: At the crossroads: Breakdown or breakthrough for peace, justice and strong institutions (July 2024) (SDG 16; United Nations Office on Drugs and Crime (UNODC), Office of the United Nations High Commissioner for Human Rights (OHCHR) and the United Nations Development Programme (UNDP).) [1]",
    );
    assert.deepEqual(joint.citations.map((c) => c.source.record?.index), [1]);
    const alone = await ask("Which of the resources were published solely by UNODC?");
    assert.match(alone.answer, /^2 of the 3 resources the submission lists name no publisher or partner besides the one they all name:\n- Global Study on Homicide 2023 \(SDG 16; United Nations Office on Drugs and Crime \(UNODC\)\) \[1\]\n- World Wildlife Crime Report 2024/);
    // Every partnership has partners of its own: the condition narrows nothing, and the whole table is listed.
    assert.match((await ask("Which partnerships does UNODC run together with other organisations?")).answer, /^The submission lists 5 initiatives\/partnerships:\n/);
    // A partner named is the condition, as before.
    assert.match((await ask("Which publications were published jointly with UNDP?")).answer, /^1 of the 3 resources the submission lists mentions “UNDP”:/);
  });

  it("says none of the records meets a condition that none meets, citing the table", async () => {
    const york = await ask("Which events did UNODC organize in New York?");
    // A place nobody meets is answered with where each record was held (the condition's kind names the field).
    assert.equal(
      york.answer,
      "None of the 3 events the submission lists mentions “New York”. What they list instead:\n" +
        "- 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment: Vienna, Austria [1]\n" +
        "- 67th session of the Commission on Narcotic Drugs, Regular Segment: Vienna, Austria [2]\n" +
        "- 33rd session of the Commission on Crime Prevention and Criminal Justice: Vienna, Austria [3]",
    );
    assert.equal(york.abstained, false);
    assert.deepEqual(york.citations.map((c) => c.source.record?.index), [1, 2, 3]);
    // A name that is no place ("INTERPOL") keeps the short answer.
    assert.equal((await ask("Which events involved INTERPOL?")).answer, "None of the 3 events the submission lists mentions “INTERPOL” [1][2][3].");
    const french = await ask("Which publications are available in French?");
    // A wrong premise is answered with what each record holds in the field asked about, each cited.
    assert.equal(
      french.answer,
      "None of the 3 resources the submission lists mentions “French”. What they list instead:\n" +
        "- Global Progress Report on Sustainable Development Goal 16 Indicators: At the crossroads: Breakdown or breakthrough for peace, justice and strong institutions (July 2024): English [1]\n" +
        "- Global Study on Homicide 2023: English [2]\n" +
        "- World Wildlife Crime Report 2024: Trafficking in Protected Species: English [3]",
    );
  });

  it("abstains when asked when something was launched and the evidence's years only name or span it", async () => {
    // "the Strategy to End Violence Against Children 2023-2030" spans; "the 2024 Ministerial Declaration" names.
    assertAbstains(await ask("When was the Strategy to End Violence Against Children launched?"));
    // "since 2021" dates.
    assert.match((await ask("When was the Tapajós project started?")).answer, /The TAPAJÓS project has been implemented by UNODC since 2021/);
  });

  it("abstains when the only date in the evidence dates another thing, in a later clause of the sentence", async () => {
    assertAbstains(await ask("When was the roundtable with ECOSOC subsidiary bodies at the margins of the Coordination Segment held?"));
    // The thing the date belongs to is answered with it.
    const side = await ask("When was the HLPF side event co-organized by the Chairs of the CND and CCPCJ?");
    assert.match(side.answer, /^UNODC further enhanced coordination with ECOSOC Subsidiary Bodies .* and to an HLPF side event co-organized by the Chairs of the CND and the CCPCJ in July 2024/);
    assert.equal(side.citations[0]!.source.question, 2);
    // A link's words ("unodc.org/unodc/…") name nothing the clause is about.
    assertAbstains(await ask("When did UNODC hold the roundtable with ECOSOC subsidiary bodies?"));
    // A date opening the sentence dates all of it: "In May 2024, the CCPCJ passed several resolutions …; and E/RES/2024/11 …".
    assert.match((await ask("When was E/RES/2024/11 adopted?")).answer, /^In May 2024, the CCPCJ passed several resolutions/);
  });

  it("spells out an acronym asked to be defined, and abstains on one the submission never spells out", async () => {
    assert.equal((await ask("Define CCPCJ")).answer, "CCPCJ stands for Commission on Crime Prevention and Criminal Justice [1]");
    assert.equal((await ask("Our ministry follows UNODC's education work with interest. What does the acronym GRACE stand for?")).answer, "GRACE stands for Global Resource for Anti-Corruption Education and Youth Empowerment [1]");
    // The submission writes "ECOSOC" but never says what it stands for: a sentence that uses it does not define it.
    assert.equal((await ask("What does ECOSOC stand for?")).abstained, true);
    // One written in brackets after a name its initials do not spell is defined by the line that writes it so.
    assert.equal(
      (await ask("What does J-TIP stand for?")).answer,
      "Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons (J-TIP) of the US Department of State through the Program to End Modern Slavery (PEMS) [1]",
    );
  });

  it("abstains on who spoke at an event, which the submission never says", async () => {
    assert.equal((await ask("Who spoke at the 33rd session of the CCPCJ?")).abstained, true);
  });

  it("reads a plural the corpus never uses by its word family ('smugglers': 'smuggling')", async () => {
    assert.match((await ask("What about people smugglers?")).answer, /^Project Turquesa — Description: The overall objective of the project is to identify cases of human trafficking and migrant smuggling /);
  });

  it("answers what is done in a place with the description of the record whose place field names it", async () => {
    assert.match((await ask("What is UNODC doing in Brazil?")).answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021 /);
    // Asked yes or no, the field confirms.
    assert.equal((await ask("Is Brazil the country benefiting from the Tapajós project?")).answer, "Yes. Tapajós Project — Member States benefiting from it: Brazil [1]");
  });

  it("reads a typed question with a dropped letter and a misspelt hyphenated word (new-user trial)", async () => {
    assert.match((await ask("who co-publishd the progres report?")).answer, /^Global Progress Report on Sustainable Development Goal 16 Indicators: .* — Publishing entity\/entities: United Nations Office on Drugs and Crime \(UNODC\), Office of the United Nations High Commissioner for Human Rights \(OHCHR\) and the United Nations Development Programme \(UNDP\)\. \[1\]$/);
  });

  it("answers a follow-up's 'its partners' for the record the conversation named, not one whose field lists it (new-user trial)", async () => {
    const history = [
      { role: "user" as const, content: "Tell me about the African Civil Society Forum on Drugs" },
      { role: "assistant" as const, content: "African Civil Society Forum on Drugs — Description: The Africa Civil Society Forum on Drugs was officially launched during the African Union High-Level Meeting on Drug Use Disorders in Lusaka, Zambia, in 2023. [1]" },
    ];
    assert.equal((await ask("Who are its partners?", history)).answer, "African Civil Society Forum on Drugs — Partners: African Union Commission and the Vienna NGO Committee on Drugs [1]");
  });

  it("abstains when the quote is about another country than the one the question names (new-user trial)", async () => {
    // The 300 women were in Myanmar; the museum exhibitions in Guatemala, El Salvador and Honduras.
    assert.equal((await ask("How many women did UNODC support in Afghanistan to grow coffee?")).abstained, true);
    assert.equal((await ask("How many children's museum exhibitions were opened in Brazil?")).abstained, true);
    assert.match((await ask("How many women did UNODC support in Myanmar?")).answer, /^In Myanmar, .* UNODC has supported 300 women /);
  });

  it("abstains on opposition to something when the evidence speaks of none", async () => {
    // The record's "Member States benefiting from it: Brazil" says who benefits, not who voted against.
    assert.equal((await ask("Which countries voted against the Tapajós project?")).abstained, true);
    assert.equal((await ask("Which countries benefit from the Tapajós project?")).answer, "Tapajós Project — Member States benefiting from it: Brazil [1]");
  });

  it("abstains when a record's short field would answer for another record than the one the question names", async () => {
    // The SE4U project's title names another convention; its "Member States benefiting from it: Global" says nothing of the cybercrime one.
    assert.equal((await ask("Which countries signed the Convention against Cybercrime?")).abstained, true);
    // The record named by its acronym is named all the same.
    assert.equal((await ask("Which SDGs were listed for the 33rd CCPCJ? Need it for a one-pager, thx")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Relevant SDGs: SDGs 16 and 17 [1]");
  });

  it("abstains on when or where a coming occurrence will be, when the evidence speaks only of past ones", async () => {
    assert.equal((await ask("When will the next CND session be held?")).abstained, true);
    assert.equal((await ask("Where will the next session of the CCPCJ take place?")).abstained, true);
    // Nor is where a project's office is answered by the country it benefits.
    assert.equal((await ask("Where is the Tapajós project office?")).abstained, true);
    // Evidence that speaks of what is to come answers.
    assert.match((await ask("When will the VPIs start in Chile?")).answer, /will start in Chile in November 2024/);
  });

  it("abstains when the evidence lacks the kind of fact asked (a person, a figure of the thing counted)", async () => {
    for (const question of [
      "Who chaired the 67th session of the CND?",
      "How many hectares of coca were replaced with sacha inchi in Putumayo?",
      "How many young people took part in UNODC's Virtual Anti-Corruption Schools?",
    ]) {
      const result = await ask(question);
      assertAbstains(result, question);
    }
    // A place in another clause of the sentence places another thing (new-user trials, sessions 24 and 25).
    assertAbstains(await ask("Where was the HLPF side event organised by the CND and CCPCJ chairs held?"));
    assert.match((await ask("Where was the roundtable with ECOSOC subsidiary bodies held?")).answer, /to a roundtable discussion at the Margins of the ECOSOC Coordination Segment/);
    // A field chosen for holding a date that says none of the question's words but "date" dates another thing
    // (blind dev 22): no session's dates date the Convention's vote.
    assertAbstains(await ask("can u tell me the exact date the cybercrime convention got voted through at the GA"));
    assert.match((await ask("what's the exact date of the 33rd CCPCJ session")).answer, /Event Dates: 13-17 May 2024 \[1\]$/);
    // A figure of another kind of person ("750 farmers" in Colombia) is no count of the women asked, when the
    // evidence counts women elsewhere ("300 women" in Myanmar): new-user trial, session 26.
    assertAbstains(await ask("How many women in Colombia did UNODC help switch to growing coffee?"));
    assert.match((await ask("How many women did UNODC help switch to growing coffee?")).answer, /UNODC has supported 300 women to transition to growing coffee/);
    // Nor do the places of the sentence before one that opens on its own subject ("Furthermore, the Office conducted
    // regional dialogues …"): they are of other work (blind dev 29).
    assertAbstains(await ask("Which regions hosted the regional dialogues for educators, youth and civil society on anti-corruption?"));
    assert.match((await ask("Where did UNODC train trainers of primary-level educators?")).answer, /conducted Training of Trainers for primary-level educators in the Democratic Republic of the Congo/);
    // A place held by a sentence that never says the thing asked was held ("dialogues") places other work.
    assertAbstains(await ask("In which countries were UNODC's regional dialogues on anti-corruption held?"));
    assert.match((await ask("where was the 33rd ccpcj held")).answer, /Event Location \(City, Country\): Vienna, Austria \[1\]$/);
    // A city asked by that word is one WordNet knows, or a name before its country: "Trafficking in Persons" is none.
    assertAbstains(await ask("In which city in Brazil was the IV National Action Plan on trafficking launched?"));
    assert.match((await ask("In which city was the ImPACT coalition established?")).answer, /during the UN Civil Society Conference in Nairobi in May 2024/);
    // An institution asked by its kind needs its name: "university modules … in Kazakhstan" names no university.
    assertAbstains(await ask("In which university of Kazakhstan the anti-corruption modules were localised?"));
    assert.match((await ask("Which university is a Tapajós partner?")).answer, /Academia: NORC – University of Chicago, Federal University of Western Pará \(UFOPA\)/);
    // A host or organiser asked is not named by a partners list; a quote that speaks of organising answers.
    assertAbstains(await ask("Sorry to bother you, who hosted the UN Civil Society Conference in Nairobi?"));
    assert.match((await ask("Who organised the HLPF side event?")).answer, /an HLPF side event co-organized by the Chairs of the CND and the CCPCJ in July 2024/);
    // A figure of the kinds asked, in the submission's words, answers: "11 forms of cybercrime" for "offence types".
    assert.match((await ask("cybercrime convention draft - how many offence types does it establish")).answer, /by establishing 11 forms of cybercrime/);
  });

  it("abstains when the question's topic is a word the submission never uses, even beside the entity's name", async () => {
    const laundering = await ask("What is UNODC doing on money laundering according to this submission?");
    assertAbstains(laundering);
    // The same form on a topic the submission speaks of is answered.
    const corruption = await ask("What is UNODC doing on anti-corruption education according to this submission?");
    assert.equal(corruption.abstained, false);
    assert.match(corruption.answer, /Anti-Corruption/);
  });

  it("abstains on a task of the asker's own whose topic the submission mostly never mentions", async () => {
    const intranet = await assistant.ask({ question: "How do I get access to the UNODC intranet and set up my email signature?", history: [] });
    assertAbstains(intranet.result);
    assert.equal(new ExtractiveAnswerer().compose(intranet.retrieval).reason, "the submission never mentions intranet, email, signatur");
    // One the submission speaks of is answered.
    assert.match((await ask("How do I find what UNODC did on cybercrime?")).answer, /^UNODC’s Global Programme on Cybercrime/);
  });

  it("abstains when what the entity is asked to be doing something about is a word the submission never uses", async () => {
    // New-user trial, session 26: answered with the Beware the Share campaign, on child sexual exploitation.
    const scams = await assistant.ask({ question: "What is UNODC doing about online scams?", history: [] });
    assertAbstains(scams.result);
    assert.equal(new ExtractiveAnswerer().compose(scams.retrieval).reason, "the submission never mentions scams");
    // A word of the same family the submission uses ("fisheries" for "fishing") says it; so does the word itself.
    assert.match((await ask("What is UNODC doing about illegal fishing?")).answer, /crimes in the fisheries, forestry, minerals and waste sectors/);
    assert.match((await ask("what is unodc doing about femicide")).answer, /^A brief on gender-related killings of women and girls \(femicide\/feminicide\) was published/);
  });

  it("abstains when the thing a 'What is the …?' question asks for is a word the submission never uses, even beside a place it names", async () => {
    const weather = await ask("What's the weather going to be like in Vienna this weekend?");
    assertAbstains(weather);
    // An unknown word describing a noun the quote says is the asker's word for it (blind dev 29); a noun the quote
    // lacks is still unanswered.
    assert.match((await ask("whats the superfood seed the colombian coca growers moved to")).answer, /towards harvesting sacha inchi seeds, a nutritious and high-value supplement/);
    assertAbstains(await ask("What is the phone number for Project Turquesa?"));
    // An attribute of a thing the question names is for its description to answer, in other words.
    const theme = await ask("What is the theme of Project Turquesa?");
    assert.equal(theme.abstained, false);
    assert.match(theme.answer, /^Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
    assert.equal((await ask("What's the venue for the 33rd CCPCJ session?")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // A record with no link field has no address to give.
    assert.ok((await ask("Where can I find the World Wildlife Crime Report 2024 online?")).answer.startsWith("The submission does not say."));
    // A word for a part of a text asks about the text: answered.
    const title = await ask("What is the title of the 2024 wildlife crime report?");
    assert.equal(title.abstained, false);
    assert.match(title.answer, /World Wildlife Crime Report 2024: Trafficking in Protected Species/);
    // A compound the submission never writes is known by its parts ("ex-opium": "opium").
    assert.match((await ask("What are ex-opium growers in Afghanistan planting instead, with UNODC's help?")).answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%, UNODC has been helping farmers to produce wheat, maize, saffron and vegetables/);
  });

  it("abstains when the evidence only restates the question: asked to name 17 countries, '17 countries in Central and South America' names none", async () => {
    const named = await ask("Which 17 Central and South American countries are covered by Project Turquesa? Please name them.");
    assertAbstains(named);
    // Asked as a request to list them, not as a "which" question, the count is no answer either.
    assertAbstains(await ask("Can you list the 17 countries covered by Project Turquesa?"));
    // Nor is it to a follow-up asking for the ones just counted.
    assertAbstains(
      await ask("which ones? name them", [
        { role: "user", content: "And how many countries benefit from Project Turquesa?" },
        { role: "assistant", content: "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]" },
      ]),
    );
    // The same record's field answers a question it adds to.
    assert.equal((await ask("How many countries benefit from Project Turquesa?")).answer, "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]");
    assert.equal(restatesQuestion("World Wildlife Crime Report 2024 SDG 15", "anything on SDG 15?"), false);
    assert.equal(restatesQuestion("Project Turquesa 17 countries in Central and South America", "Which 17 Central and South American countries does Project Turquesa cover?"), true);
  });

  it("abstains when the best evidence is itself unlike the question, however similar a partner's name is", async () => {
    const leave = await ask("How do I apply for annual leave?");
    assert.equal(leave.abstained, true, leave.answer);
    // A document symbol is unlike any sentence to the encoder, but its words are the evidence's.
    assert.match((await ask("What is E/RES/2024/11 about?")).answer, /E\/RES\/2024\/11 on preventing and countering violence against children/);
  });

  it("abstains on when something named happens, where the only date is in another passage that does not name it", async () => {
    const convention = await ask("When will the UN Convention against Cybercrime enter into force?");
    assertAbstains(convention);
  });

  it("abstains on when a named country's event was, where the only date dates another country", async () => {
    const kenya = await ask("When did the Voluntary Pilot Initiative in Kenya take place?");
    assert.equal(kenya.abstained, true);
    const chile = await ask("When will the VPI in Chile start?");
    assert.equal(chile.abstained, false);
    assert.match(chile.answer, /will start in Chile in November 2024\. \[1\]$/);
  });

  it("answers what the entity does about something from each passage that reports it nearly as well", async () => {
    // New-user trial, session 26: the legislative guide on fisheries crime, under another question, had been left out.
    const fishing = await ask("What is UNODC doing about illegal fishing?");
    const lines = fishing.answer.split("\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^Furthermore, UNODC plays a crucial role in combating crimes that affect the environment \(CAE\).* \[1\]$/);
    assert.match(lines[1]!, /^A legislative guide on combatting crimes in the fisheries sector was published to strengthen national legislative frameworks\..* \[2\]$/);
    assert.deepEqual(fishing.citations.map((c) => c.source.question), [5, 7]);
    // A passage that only shares the topic's wider words joins nothing: one passage answers.
    assert.equal((await ask("What does UNODC do to make prisons resilient to climate change?")).citations.length, 1);
  });

  it("prefers the sentence that names what the question names over its neighbour", async () => {
    const result = await ask("In Colombia, how many farmers did UNODC support?");
    assert.match(result.answer, /^In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo/);
    // A country typed in lower case is named all the same: the sentence about Afghanistan, not Myanmar's.
    const poppy = await assistant.ask({ question: "by how much has poppy growing in afghanistan gone down?", history: [] });
    assert.ok(poppy.retrieval.analysis.names.includes("afghanistan"));
    assert.match(poppy.result.answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%/);
  });

  it("describes a named record from its description, its first sentences, not from another field", async () => {
    const result = await ask("What's the African Civil Society Forum on Drugs?");
    assert.equal(
      result.answer,
      "African Civil Society Forum on Drugs — Description: The Africa Civil Society Forum on Drugs was officially launched during the African Union High-Level Meeting on Drug Use Disorders in Lusaka, Zambia, in 2023. It brings together civil society organizations from across Africa committed to supporting Member States in the implementation of the international and regional drug policy commitments. The platform represents a milestone in scaling up civil society engagement and accelerating the implementation of these commitments, enabling a more broad and balanced information exchange between African Union Member States and civil society organizations. [1]",
    );
    assert.equal(result.citations[0]!.source.record?.title, "African Civil Society Forum on Drugs");
  });

  it("joins a field's list items once: an item that ends in ';' or '; and' gets no second '; '", async () => {
    const { answer } = await ask("What were the four CND resolutions adopted at the 67th session about?");
    assert.ok(answer.includes("people with drug use disorders (SDG 3); • Awareness-raising"), answer);
    assert.ok(answer.includes("Alternative development (SDG 8, 10, 16); and • Prevention of and response to drug overdose (SDG 3) [1]"), answer);
    assert.ok(!/;;|; and;/.test(answer), answer);
  });

  it("abstains on a figure that only labels (goal numbers, list markers) and on a person it never names", async () => {
    assert.equal((await ask("How many homicide victims worldwide does the Global Study on Homicide 2023 report?")).abstained, true);
    assert.equal((await ask("Who is the Special Representative of the Secretary-General on Violence Against Children?")).abstained, true);
  });

  it("answers the ask inside a statement, ignoring the courtesies around it", async () => {
    const result = await ask(
      "Dear team, I'm drafting a paragraph for a prisons side event and need two facts from the 2024 reporting: first, how many countries got prison and penal reform support in the past year, and second, what the three areas of intervention were. Please keep it brief; many thanks for your help with this.",
    );
    assert.match(result.answer, /^In the past year, more than 50 countries have benefited from UNODC’s advisory service .* \(iii\) supporting the social reintegration of offenders\. \[1\]$/);
  });

  it("takes the subject after 'What about…' in a follow-up, and keeps a sentence that holds the place asked over the record's field", async () => {
    const history = [
      { role: "user" as const, content: "Which edition of the World Wildlife Crime Report came out in 2024?" },
      { role: "assistant" as const, content: "The third edition." },
    ];
    assert.match((await ask("What about the homicide one — which edition is it?", history)).answer, /^Global Study on Homicide 2023 — Description: The fourth edition of the Global Study on Homicide/);
    assert.match((await ask("In which countries have Voluntary Pilot Initiatives taken place so far?")).answer, /Description: VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024\. \[1\]$/);
  });

  it("searches an everyday noun by WordNet's word for it when its main sense is clear", async () => {
    const kids = await ask("any programmes for kids who travel across borders alone and end up trafficked?");
    assert.match(kids.answer, /especially targeting unaccompanied and separated children in international migration contexts\. \[1\]$/);
    // "grounds" is as often an area as evidence: not bridged, and the office question is still not the submission's.
    assertAbstains(await ask("Where do I renew my grounds pass?"));
  });

  it("abstains when a follow-up asks the name of a person the submission names only by role", async () => {
    const history = [
      { role: "user" as const, content: "Who co-launched the strategy on violence against children with UNODC?" },
      { role: "assistant" as const, content: "The Special Representative of the Secretary-General on Violence Against Children (SRSG-VAC) [1]." },
    ];
    assertAbstains(await ask("and what's her name?", history));
  });

  it("abstains when asked for a building or a room and the record names only the city", async () => {
    assertAbstains(await ask("In which building was the 33rd CCPCJ held?"));
    assert.match((await ask("which city was the 33rd CCPCJ held in?")).answer, /Event Location \(City, Country\): Vienna, Austria \[1\]$/);
  });

  it("reads '#' and 'no. of' as a count, and abstains when nothing counts what is asked", async () => {
    assert.match((await ask("no. of countries in project turquesa")).answer, /^Project Turquesa — Member States benefiting from it: 17 countries in Central and South America \[1\]$/);
    const people = await assistant.ask({ question: "# attendees at the Nairobi civil society conference?", history: [] });
    assertAbstains(people.result);
    assert.equal(new ExtractiveAnswerer().compose(people.retrieval).reason, 'no figure for "attend" in the evidence');
  });

  it("answers a record's place or date field only for a year the record says", async () => {
    const next = await assistant.ask({ question: "when is the 2025 crime commission session?", history: [] });
    assertAbstains(next.result);
    assert.equal(new ExtractiveAnswerer().compose(next.retrieval).reason, "the record is not of 2025");
    assert.match((await ask("Where was the CND session held in 2024?")).answer, /— Event Location \(City, Country\): Vienna, Austria \[1\]$/);
  });

  it("lists a table whose size the question gives, not the records that happen to hold that figure", async () => {
    const pubs = await ask("which 3 publications did UNODC highlight?");
    assert.match(pubs.answer, /^The submission lists 3 resources:\n- Global Progress Report on Sustainable Development Goal 16 Indicators/);
    assert.equal(pubs.citations.length, 3);
    assert.match((await ask("the 3 flagship pubs? titles only")).answer, /^The submission lists 3 resources:\n/);
    // A topic every record says keeps them all, said so (new-user trial, session 24: "Which resources target academia?").
    assert.match((await ask("Which resources target academia?")).answer, /^All 3 resources the submission lists mention “academia”:\n- Global Progress Report/);
  });

  it("gives the verdict on a statement put to be used in writing ('Can I say in the press line that …?')", async () => {
    assert.match((await ask("Can I say in the press line that the 33rd session of the CCPCJ was held in Vienna?")).answer, /^Yes\. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location \(City, Country\): Vienna, Austria \[1\]$/);
    assert.match((await ask("Am I safe writing that Project Turquesa is funded by the European Union?")).answer, /^No\. .*funded by Global Affairs Canada/);
    assert.match((await ask("The submission says the 33rd session of the CCPCJ was held in New York. Does the document support that?")).answer, /^No\. .*Vienna, Austria \[1\]$/);
    // "meet" says an event happened as "held" does; the record's dates field says the month asked.
    assert.equal((await ask("Did the drugs commission meet in New York in March 2024?")).answer, "No. 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Location (City, Country): Vienna, Austria [1]");
  });

  it("lists the records in a world area by the countries and areas they name inside it", async () => {
    const latin = await ask("Which partnerships benefit countries in Latin America?");
    // No record writes "Latin America": each names a place inside it, and shows where it reaches (new-user trial, session 26).
    assert.match(latin.answer, /^3 of the 5 initiatives\/partnerships the submission lists name a place in Latin America:\n- Tapajós Project \(SDGs 8, 16 and 17; Brazil\) \[1\]\n- Project Turquesa \(SDGs 8, 16 and 17; 17 countries in Central and South America\) \[2\]\n- SE4U /);
    assert.equal((await ask("Which events were held in Europe?")).answer.split("\n")[0], "All 3 events the submission lists name a place in Europe:");
  });

  it("reads whether something happened in a country from what it did, not from another programme naming the country", async () => {
    assert.match((await ask("Has GRACE worked in Nigeria?")).answer, /^No\. Within the framework of its Global Resource for Anti-Corruption Education and Youth Empowerment \(GRACE\) initiative/);
    assert.match((await ask("Did the VPIs take place in Nigeria?")).answer, /^No\. SE4U - .* VPIs have taken place in Mexico, Pakistan, Kenya and Angola/);
    assert.match((await ask("Did GRACE work in Malawi?")).answer, /^Yes\. Within the framework of its Global Resource/);
    assert.equal((await ask("Did the Tapajós project work in Peru?")).answer, "No. Tapajós Project — Member States benefiting from it: Brazil [1]");
  });

  it("abstains on a comparison with another time that the evidence neither names nor makes", async () => {
    for (const question of [
      "How does the number of civil society stakeholders connected in 2024 compare with 2023?",
      "Was the drop in opium cultivation in Afghanistan bigger than the year before?",
      "How many more countries benefited from prison reform advice than in 2023?",
      "Compared with 2022, did the CND adopt more resolutions at its 67th session?",
    ]) {
      assert.equal((await ask(question)).abstained, true, question);
    }
    // A change the evidence states is still answered.
    assert.match((await ask("How has civil society engagement changed?")).answer, /^Engagement with civil society significantly increased/);
  });

  it("follows 'And the high-level segment?' then 'where were they held?' on the CND's segments", async () => {
    const history = [
      { role: "user" as const, content: "When did the CND hold its regular segment?" },
      { role: "assistant" as const, content: "18-22 March 2024." },
    ];
    assert.equal((await ask("And the high-level segment?", history)).answer, "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [1]");
    const both = [...history, { role: "user" as const, content: "And the high-level segment?" }, { role: "assistant" as const, content: "14-15 March 2024." }];
    assert.match((await ask("where were they held?", both)).answer, /Event Location \(City, Country\): Vienna, Austria \[1\]/);
  });

  it("answers which item concerns a topic with the one bulleted line that says it", async () => {
    assert.equal((await ask("Which of the CND resolutions concerns alternative development?")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Alternative development (SDG 8, 10, 16) [1]");
    assert.equal((await ask("Which of the four CND 67 resolutions concerns recovery services?")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Recovery and related support services for people with drug use disorders (SDG 3) [1]");
  });

  it("names the section a quote stands under when asked under which transition something is reported", async () => {
    assert.match((await ask("Under which transition is the anti-corruption education work reported?")).answer, /^Under “Education”: In the past year, UNODC has also organized Virtual Anti-Corruption Schools /);
    assert.match((await ask("In which section does UNODC report its climate-resilient prisons work?")).answer, /^Under “Climate change, biodiversity loss and pollution”: Building on its extensive expertise in prison and penal reform/);
  });

  it("answers who a publication's audiences are from its target audience field", async () => {
    assert.match((await ask("Who are the target audiences of the Global Study on Homicide 2023?")).answer, /^Global Study on Homicide 2023 — Target audience: Policymakers, national authorities, UN agencies, academia, NGOs, media\./);
  });

  it("reads 'in the submission', 'anything' and 'what does it say' as words about the text, not what is asked", async () => {
    assert.match((await ask("Anything on Ghana in the submission?")).answer, /^In line with its Roadmap for the Development of Prison-based Rehabilitation Programmes, in 2024, UNODC continued to support various countries, including Ghana, /);
    assert.match((await ask("I cover Namibia - what does the submission say about it?")).answer, /^The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia, Namibia, /);
    assert.equal((await ask("Anything on Bolivia in the submission?")).abstained, true);
  });

  it("checks the dates of the record a yes/no question names, not of one whose dates match (new-user trial)", async () => {
    assert.equal((await ask("Did the CND regular segment take place on 14-15 March 2024?")).answer, "No. 67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
    assert.equal((await ask("Was the CND high-level segment held on 14-15 March 2024?")).answer, "Yes. 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [1]");
  });

  it("reads 'financed from Canada' as 'funded by Global Affairs Canada', and INTERPOL as no funder of Project Turquesa", async () => {
    assert.match((await ask("Is it true that Turquesa is financed from Canada?")).answer, /^Yes\. Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
    assert.match((await ask("Is Project Turquesa funded by INTERPOL?")).answer, /^No\. Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
  });

  it("answers why with the sentence that gives the reason, not the one beside it on what is done", async () => {
    assert.match((await ask("Why is UNODC worried about heatwaves and floods in prisons?")).answer, /^Climate change poses severe and often life-threatening risks for prisoners/);
    assert.match((await ask("Why was the ImPACT Coalition set up?")).answer, /to bridge diverse voices in drug policy/);
  });

  it("abstains on a terse executive's money, chair or headcount the submission never gives", async () => {
    for (const question of ["turquesa $?", "cnd chair?", "grace staff #"]) assert.equal((await ask(question)).abstained, true, question);
    assert.match((await ask("turquesa countries #")).answer, /17 countries in Central and South America/);
  });

  it("answers terse and skeptical askers: 'lang', 'Does the submission actually say that …', 'Where in the submission …'", async () => {
    assert.equal((await ask("wildlife report lang")).answer, "World Wildlife Crime Report 2024: Trafficking in Protected Species — Language(s): English [1]");
    assert.match((await ask("Does the submission actually say that opium cultivation in Afghanistan dropped by 95%?")).answer, /^Yes\. For example, in Afghanistan, where opium cultivation has dropped by 95%/);
    assert.match((await ask("Where in the submission is Project Turquesa's funder named?")).answer, /funded by Global Affairs Canada/);
    assert.equal((await ask("Does the submission actually name the chair of the CND?")).abstained, true);
  });

  it("answers whether another one is planned from the sentence that says one will start", async () => {
    const history = [
      { role: "user" as const, content: "Which countries have hosted SE4U pilot initiatives?" },
      { role: "assistant" as const, content: "Mexico, Pakistan, Kenya and Angola." },
    ];
    const another = await ask("is another one planned?", history);
    assert.match(another.answer, /^Yes\. SE4U - .* — Description: VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024\. \[1\]$/);
    // A place the quote does not say gets no verdict from it.
    assert.doesNotMatch((await ask("Is a VPI planned in Peru?")).answer, /^(?:Yes|No)\./);
  });

  it("abstains on a time of day, a frequency, a price or a one-person office the evidence never gives", async () => {
    for (const question of [
      "What time did the HLPF side event start?",
      "How often does the CCPCJ meet?",
      "How expensive was the World Wildlife Crime Report?",
      "What is the funding level of GRACE?",
      "Which minister addressed the CND midterm review?",
      "Who opened the 33rd session of the CCPCJ?",
      // "the total number of X" counts X, as "how many X" does: "17 countries" is no count of victims.
      "What's the total number of victims identified by Project Turquesa?",
    ]) {
      assert.equal((await ask(question)).abstained, true, question);
    }
  });

  it("asks the question of a long message, not the request before it that says why", async () => {
    const answer = (await ask("I'm building a cross-reference table and need to get the SDG numbers right. In the section on the 2024 Ministerial Declaration, which SDGs does the report say alternative development helps accelerate?")).answer;
    assert.match(answer, /^Alternative development promotes sustainable practices that enhance food security, improve nutrition, protect the environment and tackle illicit drug crop cultivation, contributing to accelerating SDGs 1,2,13 and 16\. /);
  });

  it("abstains on a quote from someone in a role and on a figure the evidence only aims to find", async () => {
    assert.equal((await ask("Do we have a quote from the UNODC Executive Director on the CND midterm review that I could use?")).abstained, true);
    assert.equal((await ask("What prevalence of forced labour did the Tapajós project find in the gold mining sector?")).abstained, true);
    assert.match((await ask("What rate of decline in opium cultivation does the submission report for Afghanistan?")).answer, /opium cultivation has dropped by 95%/);
  });

  it("spells out the entity's own acronym and one typed in lower case, and of several the one asked", async () => {
    assert.equal((await ask("What does UNODC stand for?")).answer, "UNODC stands for United Nations Office on Drugs and Crime [1]");
    assert.equal((await ask("grace meaning?")).answer, "GRACE stands for Global Resource for Anti-Corruption Education and Youth Empowerment [1]");
    assert.equal((await ask("what does se4u stand for")).answer, "SE4U stands for Stakeholder Engagement for the Implementation of the United Nations Convention against Transnational Organized Crime [1]");
    assert.equal((await ask("Our ministry follows UNODC's education work. What does the acronym GRACE stand for?")).answer, "GRACE stands for Global Resource for Anti-Corruption Education and Youth Empowerment [1]");
  });

  it("spells out an acronym of another language by the whole name written before it", async () => {
    assert.equal((await ask("What does MPT stand for?")).answer, "MPT stands for Public Ministry of Labor [1]");
    assert.equal((await ask("What does UFOPA stand for?")).answer, "UFOPA stands for Federal University of Western Pará [1]");
    // A slashed acronym is one.
    assert.equal((await ask("What does DETRAE/MTE stand for?")).answer, "DETRAE/MTE stands for Inspection Division for the Eradication of Forced Labor [1]");
  });

  it("spells out an acronym asked by its letters or by what is meant by it", async () => {
    assert.equal((await ask("What mean the letters CAE in the part about environment?")).answer, "CAE stands for crimes that affect the environment [1]");
    assert.equal((await ask("What is meant by CAE?")).answer, "CAE stands for crimes that affect the environment [1]");
  });

  it("abstains on what something achieved when its passage reports no result, and reads 'hope to achieve' as an aim", async () => {
    assert.equal((await ask("What did the VPI in Angola achieve?")).abstained, true);
    assert.match((await ask("What does UNODC hope to achieve through the SE4U project?")).answer, /— Description: Through the implementation of the SE4U project, UNODC aims to increase non-governmental stakeholders’ /);
  });

  it("abstains on how much a funder gave, asked with a verb of giving, which the submission never says", async () => {
    const history = [
      { role: "user" as const, content: "Who funds Project Turquesa?" },
      { role: "assistant" as const, content: "Global Affairs Canada; it is jointly implemented by UNODC and INTERPOL." },
    ];
    assert.equal((await ask("how much did they put in?", history)).abstained, true);
    assert.equal((await ask("How much has Canada pledged to Project Turquesa?")).abstained, true);
  });

  it("reads 'the first one' after an answer of names alone as the first name", async () => {
    const history = [
      { role: "user" as const, content: "Which drug policy partnerships with civil society are mentioned?" },
      { role: "assistant" as const, content: "The African Civil Society Forum on Drugs and the ImPACT Coalition “The Future of Drug Policy”." },
    ];
    assert.match((await ask("when was the first one launched?", history)).answer, /^African Civil Society Forum on Drugs — Description: The Africa Civil Society Forum on Drugs was officially launched during the African Union High-Level Meeting on Drug Use Disorders in Lusaka, Zambia, in 2023\. \[1\]$/);
    assert.match((await ask("where was the second one set up?", history)).answer, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 /);
  });

  it("lists the countries of a world area the submission mentions, each cited where it is first named", async () => {
    // New-user trial, session 26: all three had abstained.
    const africa = await ask("Which African countries are mentioned in the submission?");
    assert.equal(africa.answer, "The submission names 8 countries in Africa: Malawi [1], Democratic Republic of the Congo [1], Ghana [2], Nigeria [2], Kenya [3], Namibia [3], Zambia [4] and Angola [5].");
    assert.match(africa.citations[3]!.text, /Lusaka, Zambia/);
    assert.equal((await ask("Which Central American countries are mentioned?")).answer, "The submission names 4 countries in Central America: Guatemala [1], El Salvador [1], Honduras [1] and Mexico [2].");
    assert.match((await ask("Which Southeast Asian countries does the submission mention?")).answer, /^The submission names 4 countries in Southeast Asia: Myanmar \[1\], Thailand \[2\], Indonesia \[3\] and Philippines \[3\]\.$/);
  });

  it("counts 'the second one' in the list the conversation walks, and places it without a head noun of its own", async () => {
    // New-user trial, session 26: "Where was the second one held?" had abstained (the bullet's details in its name,
    // "one" taken for the thing held), and "the third one" after a publishers field had counted publishers.
    const events = await ask("What intergovernmental events did UNODC organize?");
    const history = [
      { role: "user" as const, content: "What intergovernmental events did UNODC organize?" },
      { role: "assistant" as const, content: events.answer },
    ];
    assert.equal((await ask("Where was the second one held?", history)).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Location (City, Country): Vienna, Austria [1]");
    const publications = await ask("What publications did UNODC highlight in 2024?");
    const walked = [{ role: "user" as const, content: "What publications did UNODC highlight in 2024?" }, { role: "assistant" as const, content: publications.answer }];
    const first = await ask("Who published the first one?", walked);
    walked.push({ role: "user" as const, content: "Who published the first one?" }, { role: "assistant" as const, content: first.answer });
    assert.equal((await ask("Which SDG does the third one relate to?", walked)).answer, "World Wildlife Crime Report 2024: Trafficking in Protected Species — Relevant SDGs: SDG 15 [1]");
    // "its main outcomes" a turn after "the second one" asks what came of that event, not where it was again (new-user
    // trial, session 27).
    history.push({ role: "user" as const, content: "where was the last one held?" }, { role: "assistant" as const, content: "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]" });
    assert.match((await ask("what were its main outcomes?", history)).answer, /^33rd session of the Commission on Crime Prevention and Criminal Justice — Description: One of the outcomes was a draft resolution on reducing reoffending/);
  });

  it("reads 'it' after a list of one as that one item", async () => {
    // New-user trial, session 27: after "Which partnerships benefit Brazil?" listed the Tapajós Project alone, "When
    // did it start?" had abstained and "When did that one start?" had answered of the ImPACT Coalition.
    const brazil = await ask("Which partnerships benefit Brazil?");
    assert.equal(brazil.answer, "1 of the 5 initiatives/partnerships the submission lists mentions “Brazil”:\n- Tapajós Project (SDGs 8, 16 and 17; Brazil) [1]");
    const history = [
      { role: "user" as const, content: "Which partnerships benefit Brazil?" },
      { role: "assistant" as const, content: brazil.answer },
    ];
    for (const question of ["When did it start?", "When did that one start?"]) {
      assert.match((await ask(question, history)).answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021 /, question);
    }
    assert.match((await ask("Who are its partners?", history)).answer, /^Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\)/);
  });

  it("reads a question ending in a bare passive as asked of the thing talked about", async () => {
    // New-user trial, session 27: "Which countries were involved?" after a question on anti-corruption education had
    // abstained, read on its own.
    const education = await ask("What did UNODC do on anti-corruption education?");
    const history = [
      { role: "user" as const, content: "What did UNODC do on anti-corruption education?" },
      { role: "assistant" as const, content: education.answer },
    ];
    const countries = await ask("Which countries were involved?", history);
    assert.match(countries.answer, /^Within the framework of its Global Resource for Anti-Corruption Education and Youth Empowerment \(GRACE\) initiative, .* in Malawi, .* in the Democratic Republic of the Congo, and localized UNODC university modules on anti-corruption in Kazakhstan and Kyrgyzstan\. \[1\]$/);
  });

  it("answers a follow-up from the passage that says the name it names, not from the conversation's subject", async () => {
    // New-user trial, session 27: after two turns on the 67th CND session, "What's the Pledge4Action thing that came
    // out of it?" had answered with the session's record, which never names the initiative.
    const history = [
      { role: "user" as const, content: "How many decisions did the CND take at its 67th session?" },
      { role: "assistant" as const, content: (await ask("How many decisions did the CND take at its 67th session?")).answer },
    ];
    const pledge = await ask("What's the Pledge4Action thing that came out of it?", history);
    assert.match(pledge.answer, /^A voluntary “Pledge4Action” initiative was proposed by the Chair of the Commission at its 67th session /);
    assert.equal(pledge.citations[0]!.source.question, 6);
  });

  it("places a thing a record did by the sentence that says it, not by the record's reach", async () => {
    // New-user trial, session 27: "where have they run the pilot initiatives?" after a turn on SE4U had answered
    // "Member States benefiting from it: Global".
    const vpis = /^SE4U - .* — Description: VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024\. \[1\]$/;
    const history = [
      { role: "user" as const, content: "What's the SE4U project?" },
      { role: "assistant" as const, content: (await ask("What's the SE4U project?")).answer },
    ];
    assert.match((await ask("where have they run the pilot initiatives?", history)).answer, vpis);
    assert.match((await ask("Where has the SE4U project run its pilot initiatives?")).answer, vpis);
  });

  it("reads 'link' after 'which SDGs' as a verb, asking for the goals, not a web address", async () => {
    assert.equal((await ask("which sdgs does the tapajos projct link to")).answer, "Tapajós Project — Relevant SDGs: SDGs 8, 16 and 17 [1]");
    assert.equal((await ask("Which SDGs does the submission link to the CCPCJ's 33rd session?")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Relevant SDGs: SDGs 16 and 17 [1]");
  });

  it("answers from the one group of a partners field the question asks for, and the whole field otherwise", async () => {
    // New-user trial: "Who funds the Tapajós project?" got every partner, the funder first.
    const funder = "Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons (J-TIP) of the US Department of State through the Program to End Modern Slavery (PEMS) [1]";
    assert.equal((await ask("Who funds the Tapajós project?")).answer, funder);
    assert.equal((await ask("Who is the donor of the Tapajós project?")).answer, funder);
    assert.equal((await ask("Which academic institutions partner in the Tapajós project?")).answer, "Tapajós Project — Partners: Academia: NORC – University of Chicago, Federal University of Western Pará (UFOPA) [1]");
    const csos = "Tapajós Project — Partners: CSOs: Pastoral Land Commission – Itaituba (CPT), Pariri Indigenous Association and Munduruku Wakoborun Women’s Association [1]";
    assert.equal((await ask("Which CSOs are partners in the Tapajós project?")).answer, csos);
    // Spelled out, the group's name names no other record ("civil society" of the African Civil Society Forum on
    // Drugs had added its partners; new-user trial, session 27).
    assert.equal((await ask("Which civil society organisations work on the Tapajós project?")).answer, csos);
    assert.equal((await ask("Which civil society organisations are partners in the Tapajós project?")).answer, csos);
    // No label asked: the one group whose items say a word of the question no other group says ("women").
    assert.equal((await ask("Which women's organisation is among the Tapajós partners?")).answer, csos);
    assert.equal((await ask("Is there a women's organisation among the partners of the Tapajós project in Brazil? Which one?")).answer, csos);
    assert.match(
      (await ask("Who are the local partners of the Tapajós project?")).answer,
      /^Tapajós Project — Partners: Local and National Partners: Public Ministry of Labor \(MPT\); .* \(COETRAE\/PA\) \[1\]$/,
    );
    // Asked for partners and funders, or for the partners, it is the whole field.
    for (const question of ["Who are the partners and funders of the Tapajós project?", "Who are the partners of the Tapajós project?"]) {
      assert.match((await ask(question)).answer, /^Tapajós Project — Partners: Funded by the Office .* \(PEMS\); Local and National Partners: .*; Academia: .*; CSOs: .* Women’s Association \[1\]$/, question);
    }
  });

  it("answers a request to list a thing's partners from its partners field", async () => {
    assert.equal((await ask("name the partners of Project Turquesa")).answer, "Project Turquesa — Partners: Global Affairs Canada, INTERPOL [1]");
    // The one group of the field whose items say a word of the question ("public" of "public-sector") no other group says.
    assert.equal(
      (await ask("List the Brazilian public-sector partners in the Tapajós project.")).answer,
      "Tapajós Project — Partners: Local and National Partners: Public Ministry of Labor (MPT); Inspection Division for the Eradication of Forced Labor (DETRAE/MTE); Federal Police (PF); Commission for the Eradication of Forced Labor of the State of Pará (COETRAE/PA) [1]",
    );
  });

  it("answers a question about results with a unit that reports one, and abstains when none does", async () => {
    assert.match((await ask("What were the results of reaching out to NGOs and civil society last year?")).answer, /^Engagement with civil society significantly increased, connecting 5,200 stakeholders from 2,300 organizations/);
    // A goals field's figures are no result.
    assertAbstains(await ask("What were the results of the SE4U pilot in Kenya?"));
  });

  it("reads 'w' as 'with' in a question typed on a phone", async () => {
    const answer = await ask("who launched the vac strategy w unodc?");
    assert.match(answer.answer, /Strategy to End Violence Against Children 2023-2030, jointly launched with the Special Representative of the Secretary-General on Violence Against Children \(SRSG-VAC\)/);
  });

  it("reads a word the submission never uses by a word of its family it does use", async () => {
    assert.match((await ask("anything on illegal fishing?")).answer, /^A legislative guide on combatting crimes in the fisheries sector was published/);
  });

  it("answers a follow-up about the thing talked about from that thing's record alone", async () => {
    const history = [
      { role: "user" as const, content: "Tell me about the Tapajós project" },
      { role: "assistant" as const, content: "The TAPAJÓS project has been implemented by UNODC since 2021 [1]." },
    ];
    const partners = await ask("Who are the academic partners?", history);
    assert.deepEqual(partners.citations.map((c) => c.source.record?.title), ["Tapajós Project"]);
    assert.match(partners.answer, /Academia: NORC – University of Chicago, Federal University of Western Pará \(UFOPA\)/);
  });

  it("answers for each record the question names, each cited, and only for those", async () => {
    const both = await ask("When were the African Civil Society Forum on Drugs and the ImPACT Coalition launched?");
    const lines = both.answer.split("\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^African Civil Society Forum on Drugs — Description: .* in Lusaka, Zambia, in 2023\. .*\[1\]$/);
    assert.match(lines[1]!, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 .*\[2\]$/);
    assert.deepEqual(both.citations.map((c) => c.source.record?.title), ["African Civil Society Forum on Drugs", "ImPACT Coalition “The Future of Drug Policy”"]);
    // Words of another record's long title the asker happens to use ("organization", "implements") name nothing.
    const one = await ask("Which organization implements Project Turquesa jointly with UNODC?");
    assert.deepEqual(one.citations.map((c) => c.source.record?.title), ["Project Turquesa"]);
  });

  it("answers where a project works from its record's field, not from a country inside its funder's name", async () => {
    assert.equal((await ask("where is project turqesa implementd")).answer, "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]");
  });

  it("abstains on a country and on a goal the submission never names, whatever the rest of the question finds", async () => {
    const bolivia = await assistant.ask({ question: "What alternative development work did UNODC do in Bolivia?", history: [] });
    assertAbstains(bolivia.result);
    assert.equal(new ExtractiveAnswerer().compose(bolivia.retrieval).reason, "the submission never mentions Bolivia");
    // Asked yes or no whether the entity worked there, a sentence about another country settles nothing (new-user
    // trial); a record's field, or a quote that says what is asked of another country, says no.
    const india = await assistant.ask({ question: "Did UNODC work in India?", history: [] });
    assertAbstains(india.result);
    assert.equal(new ExtractiveAnswerer().compose(india.retrieval).reason, "the submission never mentions India");
    assert.equal((await ask("Did the Tapajós project work in India?")).answer, "No. Tapajós Project — Member States benefiting from it: Brazil [1]");
    // A field that names no country ("Member States benefiting from it: Global") closes no list of them.
    assertAbstains(await ask("Is UNODC active in Vietnam?"));
    assert.match((await ask("Did UNODC support 300 women in Laos to grow coffee?")).answer, /^No\. In Myanmar, where illicit poppy cultivation continues to rise/);
    const water = await assistant.ask({ question: "What did UNODC report on SDG 6, clean water and sanitation?", history: [] });
    assertAbstains(water.result);
    assert.equal(new ExtractiveAnswerer().compose(water.retrieval).reason, "the submission never mentions SDG 6");
    // A country known by a place in it, and a goal the submission names, are answered.
    assert.match((await ask("what about Senegal?")).answer, /Bamako, Dakar and St\. Louis/);
    assert.equal((await ask("What does UNODC report under SDG 14?")).abstained, false);
  });

  it("answers 'No.' to a request to confirm a wrong count, and 'Yes.' to the count written with a thousands separator", async () => {
    assert.match((await ask("Can you confirm the family skills programmes reached 80,000 children?")).answer, /^No\. Drug use, youth violence and child maltreatment were prevented through family skills .* benefiting 60,000 children\. \[1\]$/);
    assert.match((await ask("Did the family skills programmes reach 60,000 children?")).answer, /^Yes\. Drug use, youth violence/);
    assert.match((await ask("Is Project Turquesa funded by the European Union?")).answer, /^No\. Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
  });

  it("answers 'No.' to a city when the quote's prose places the thing in another", async () => {
    assert.match((await ask("Was the Africa Civil Society Forum on Drugs launched in Addis Ababa?")).answer, /^No\. African Civil Society Forum on Drugs — Description: The Africa Civil Society Forum on Drugs was officially launched .* in Lusaka, Zambia, in 2023\./);
    assert.match((await ask("Was the ImPACT Coalition set up in Geneva?")).answer, /^No\. ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024/);
  });

  it("answers a request to confirm a statement as a yes/no question", async () => {
    assert.equal(
      (await ask("could you confirm that the crime commission's 33rd session took place in Geneva?")).answer,
      "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]",
    );
    assert.equal(
      (await ask("can you confirm that the 33rd CCPCJ session ran 20-24 May 2024?")).answer,
      "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]",
    );
    assert.match((await ask("Is it correct that the ImPACT Coalition was set up in Nairobi?")).answer, /^Yes\. ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 /);
  });

  it("reads a pronoun as the new topic put before it in a follow-up", async () => {
    const grace = [
      { role: "user" as const, content: "What is GRACE?" },
      { role: "assistant" as const, content: "UNODC's Global Resource for Anti-Corruption Education and Youth Empowerment initiative [1]." },
    ];
    const tapajos = await ask("the Tapajós Project — when did it start?", grace);
    assert.match(tapajos.answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021 /);
    assert.equal(tapajos.citations[0]?.source.record?.title, "Tapajós Project");
    const coalition = await ask("Now the ImPACT Coalition - where was it set up?", grace);
    assert.match(coalition.answer, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 /);
  });

  it("answers every record the question does not tell apart, each cited, and only the one it names", async () => {
    const both = await ask("When did the 67th session of the Commission on Narcotic Drugs take place?");
    assert.equal(
      both.answer,
      "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]\n" +
        "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [2]",
    );
    assert.deepEqual(both.citations.map((c) => c.source.record?.index), [2, 1]);
    const one = await ask("When was the regular segment of the 67th CND session?");
    assert.equal(one.answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
  });

  it("answers both kinds of fact a question asks of one record (where and when)", async () => {
    const result = await ask("Where was the CCPCJ 33rd session held and on which dates?");
    assert.equal(result.answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024; Event Location (City, Country): Vienna, Austria [1]");
  });

  it("does not answer when something ends with when it began", async () => {
    const result = await ask("When is the Tapajós project scheduled to end?");
    assert.equal(result.abstained, true);
  });

  it("says a filter meets no indexed submission, naming what is indexed", async () => {
    const { result } = await assistant.ask({ question: "When was the session held?", filter: { entity: "IOM", year: [2019, 2020] } });
    assert.deepEqual(result, { answer: "No submission of “IOM” for 2019 or 2020 is indexed. Indexed: UNODC (2024).", abstained: true, mode: "extractive", citations: [] });
  });

  it("folds full-width letters before searching", async () => {
    const result = await ask("When did the ＣＣＰＣＪ 33rd session take place?");
    assert.match(result.answer, /13-17 May 2024 \[1\]$/);
  });

  it("answers a question not in English honestly, without quoting unrelated passages, in its language when it is an official UN one", async () => {
    const cases: [string, string][] = [
      ["¿Cuándo se celebró el 33º período de sesiones de la CCPCJ?", `El asistente lee las contribuciones en inglés y responde a preguntas formuladas en inglés. Por favor, formule su pregunta en inglés.\n${NOT_ENGLISH_ANSWER}`],
      ["Quels partenaires participent au projet Turquesa ?", `L’assistant lit les contributions en anglais et répond aux questions posées en anglais. Veuillez poser votre question en anglais.\n${NOT_ENGLISH_ANSWER}`],
      // Third new-user trial: words a large English word list also holds ("quelles", "les", "la") are French function words.
      ["Quelles sont les dates de la 33e session de la CCPCJ ?", `L’assistant lit les contributions en anglais et répond aux questions posées en anglais. Veuillez poser votre question en anglais.\n${NOT_ENGLISH_ANSWER}`],
      // Read as Spanish by a hair (franc-min), it is told apart by its French function words (new-user trial).
      ["Quand s'est tenue la 33e session de la CCPCJ ?", `L’assistant lit les contributions en anglais et répond aux questions posées en anglais. Veuillez poser votre question en anglais.\n${NOT_ENGLISH_ANSWER}`],
      ["第33届预防犯罪和刑事司法委员会会议何时举行？", `本助手以英文阅读所提交的材料，并回答以英文提出的问题。请用英文提问。\n${NOT_ENGLISH_ANSWER}`],
      // German is no official language of the UN: the note is in English only.
      ["Wann fand die 33. Tagung der CCPCJ statt?", NOT_ENGLISH_ANSWER],
    ];
    for (const [question, answer] of cases) {
      const result = await ask(question);
      assert.deepEqual({ answer: result.answer, abstained: result.abstained, citations: result.citations }, { answer, abstained: true, citations: [] }, question);
    }
  });

  it("reads terse phone-typed questions: English abbreviations, an acronym glued to its number, initials in lower case or through a hyphen", async () => {
    // English words ("pub", "month") are no other language; "sdg16" is "sdg 16".
    assert.match((await ask("sdg16 progress rpt - pub month?")).answer, /^Global Progress Report on Sustainable Development Goal 16 Indicators: .*\(July 2024\)/);
    // "wwcr" spells the World Wildlife Crime Report; "CND67" is "CND 67"; "MTR" spells "Mid-term Review".
    assert.equal((await ask("wwcr sdg?")).answer, "World Wildlife Crime Report 2024: Trafficking in Protected Species — Relevant SDGs: SDG 15 [1]");
    assert.equal((await ask("SDG tagging for the CND67 high-level segment / MTR?")).answer, "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Relevant SDGs: SDGs 3, 16 and 17 [1]");
    // A name in lower case is a name: the unit holding it answers a question the encoder barely reads, and
    // another record's dates do not answer when it started.
    const long = await assistant.ask({ question: "how long is turquesa", history: [] });
    assert.deepEqual(long.retrieval.analysis.names, ["turquesa"]);
    assert.equal(long.result.answer, "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]");
    assertAbstains(await ask("turquesa start date"));
    // An acronym the submission spells out, typed in lower case, is the acronym: expanded, and a list's condition.
    assert.equal((await ask("ccpcj dates")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
    assert.equal((await ask("when was cnd 67 regular segment")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
    assert.match((await ask("which publications did unodc publish with undp")).answer, /^1 of the 3 resources the submission lists mentions “UNDP”:\n- Global Progress Report on Sustainable Development Goal 16 Indicators/);
  });

  it("answers a summary request with the briefing note", async () => {
    const result = await ask("Summarise UNODC's submission");
    assert.equal(result.abstained, false);
    assert.ok(result.answer.startsWith("# Briefing"), result.answer.slice(0, 80));
    assert.ok(result.citations.length >= 7);
    for (const match of result.answer.matchAll(/\[(\d+)\]/g)) assert.ok(Number(match[1]) <= result.citations.length);
  });

  it("answers a summary request on a topic with the briefing note on that topic", async () => {
    const result = await ask("Give me a short summary of what the CCPCJ did in 2024.");
    assert.ok(result.answer.startsWith("# Briefing on “what the CCPCJ did in 2024”: UNODC 2024"), result.answer.slice(0, 80));
    assert.equal(result.citations[0]!.source.section, "Commission on Crime Prevention and Criminal Justice (CCPCJ)");
    // Asked for "a briefing" (new-user trial), it is the same request; a briefing room is no summary.
    assert.ok((await ask("Give me a briefing on what the CCPCJ did in 2024")).answer.startsWith("# Briefing on “what the CCPCJ did in 2024”: UNODC 2024"));
    assert.ok((await ask("I need a short briefing note on alternative development")).answer.startsWith("# Briefing on “alternative development”: UNODC 2024"));
    assertAbstains(await ask("Where is the briefing room?"));
    // The submission itself is no topic, however it is named.
    const entities = ["UNODC", "United Nations Office on Drugs and Crime"];
    assert.equal(summaryTopic("Give me a quick overview of what UNODC reported in this 2024 submission.", entities), undefined);
    assert.equal(summaryTopic("Summarise UNODC's submission", entities), undefined);
    assert.equal(summaryTopic("Please summarise the work on alternative development", entities), "alternative development");
    // A length after the topic in other words, and a "please" (blind dev 30).
    assert.equal(summaryTopic("Quick overview of the Tapajós project please, 3-4 lines max.", entities), "Tapajós project");
    assert.equal(summaryTopic("Give me a summary of the work on prisons, max 5 lines please", entities), "prisons");
    assert.equal(summaryTopic("Summarise SE4U (no more than 100 words)", entities), "SE4U");
    assert.equal(summaryTopic("Summarise the five points of the declaration", entities), "five points of the declaration");

    // A request after a lead-in and a dash, what the entity says it did in a period, "SDGs" for the goals a form's
    // question spells out; one sub-section briefed with a note's room, a passage's several facts each a bullet (blind dev 29).
    const review = await ask("I'm drafting a newsletter item — could you summarise what UNODC says it did last year towards the SDGs under HLPF 2025 review (3, 5, 8, 14, 17)?");
    assert.ok(review.answer.startsWith("# Briefing on “the SDGs under HLPF 2025 review (3, 5, 8, 14, 17)”: UNODC 2024\n"), review.answer.slice(0, 90));
    assert.deepEqual([...new Set(review.citations.map((c) => c.source.question))], [7]);
    assert.match(review.answer, /family skills and life skills programmes in 26 countries/);
    assert.match(review.answer, /connecting 5,200 stakeholders from 2,300 organizations/);
    // A length set off by commas, "bullet points", and what the entity reports under a heading (blind dev 29).
    assert.equal(summaryTopic("Could you summarise, in a few bullet points, what UNODC reports under the education transition?", entities), "the education transition");
    assert.equal(summaryTopic("Summarise in three bullet points the Tapajós project", entities), "Tapajós project");
    // Asked politely, or in a long message's asking sentence, it is the same request (dev 20).
    const polite = await ask("I'm preparing a briefing note for our Director. She is interested in the education angle. Could you summarise what UNODC did on anti-corruption education?");
    // What the entity did on a topic is the topic (new-user trial); what another body did is not.
    assert.ok(polite.answer.startsWith("# Briefing on “anti-corruption education”: UNODC 2024"), polite.answer.slice(0, 80));
    assert.equal(summaryTopic("Give me a quick briefing on what UNODC did on cybercrime and online child safety", entities), "cybercrime and online child safety");
    assert.equal(summaryTopic("Give me a short summary of what the CCPCJ did in 2024.", entities), "what the CCPCJ did in 2024");
    assert.match(polite.answer, /Global Resource for Anti-Corruption Education and Youth Empowerment/);
    // What one thing covers is a question about it, not a briefing.
    assert.match((await ask("Can you summarise what the World Wildlife Crime Report 2024 covers?")).answer, /^World Wildlife Crime Report 2024: Trafficking in Protected Species — Description: The third edition /);
    // How long or for whom is no part of the topic; a topic that names one record by its title is that record's description.
    assert.equal(summaryTopic("Could you summarise the Tapajós project in a few lines for a briefing note?", entities), "Tapajós project");
    assert.equal(summaryTopic("Can you summarise in a few bullets how UNODC contributes to the six transitions?", entities), "how UNODC contributes to the six transitions");
    assert.equal(summaryTopic("Summarise the CND sessions in three bullet points", entities), "CND sessions");
    const record = await ask("Could you summarise the Tapajós project in a few lines for a briefing note?");
    assert.match(record.answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021 .* forced labour in the gold mining sector in the Tapajós River basin, State of Pará, Brazil/);
    assert.equal(record.citations[0]!.source.record?.title, "Tapajós Project");
    // A topic that names one sub-section by its heading is briefed from that sub-section alone (blind set 28).
    const food = await ask("Can you summarize UNODC's contribution to the food systems transition in 3 bullets for a UNCT brief?");
    assert.match(food.answer, /^# Briefing on “UNODC's contribution to the food systems transition”: UNODC 2024\n\n## Food systems\n- In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo/);
    assert.equal(food.citations.length, 3);
    assert.deepEqual([...new Set(food.citations.map((c) => c.source.section))], ["1) Food systems"]);
    // A topic two records' titles share is briefed.
    const { passages } = assistant.retriever.index;
    assert.equal(recordTitled("Commission on Narcotic Drugs", passages), undefined);
    assert.equal(recordTitled("the Global Study on Homicide", passages), "Global Study on Homicide 2023");
    // What is asked of it ("what … covers", "what … is about") names no part of its title.
    assert.equal(recordTitled("what the Global Study on Homicide 2023 covers", passages), "Global Study on Homicide 2023");
    assert.equal(recordTitled("what the Tapajós project is about", passages), "Tapajós Project");
    // A word for the record's kind is no part of its title (final new-user trial: "a short summary of the SE4U project").
    assert.match(recordTitled("SE4U project", passages) ?? "", /^SE4U - Stakeholder Engagement for the Implementation/);
    assert.match((await ask("Can you give me a short summary of the SE4U project?")).answer, /^SE4U - Stakeholder Engagement .* — Description: /);
    // Typed as a title, as the README's example is (new-user trial, session 25).
    assert.match((await ask("a short summary of the Tapajós project")).answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021/);
  });

  it("briefs what a topic asks of its subject: the outcomes of a session, not its opening line", async () => {
    // Blind dev 30: "summarise the outcomes of the 67th CND session" had briefed "… served as a platform …"; the
    // outcome line ends in a colon before its list, and had been taken for a lead-in with nothing of its own.
    const outcomes = await ask("summarise the outcomes of the 67th CND session");
    assert.match(outcomes.answer, /\n- 67th session of the Commission on Narcotic Drugs, Regular Segment: … Outcome: During the 67th session, the CND took 25 decisions on the change of the scope of control of substances … \[1\]\n/);
  });

  it("keeps a summary to the length the request states, in words or in lines", async () => {
    // New-user trial, session 27: "a 100-word summary" had got 479 words and "in two sentences" three.
    assert.deepEqual(summaryLength("Can you give me a 100-word summary of the whole submission for my boss?"), { words: 100 });
    assert.deepEqual(summaryLength("Summarise what UNODC did on digital connectivity in about 3 lines"), { items: 3 });
    assert.deepEqual(summaryLength("Quick overview of the Tapajós project please, 3-4 lines max."), { items: 4 });
    assert.deepEqual(summaryLength("Summarise the submission in one paragraph"), { items: 4 });
    assert.equal(summaryLength("Summarise the five points of the declaration"), undefined);
    assert.equal(summaryLength("Summarise the submission in a few bullet points"), undefined);
    assert.equal(keptToLength("One. Two three. Four five six. [1]", { items: 2 }), "One. Two three. [1]");
    assert.equal(keptToLength("One two. Three four five. [1]", { words: 4 }), "One two. [1]");
    const whole = await ask("Can you give me a 100-word summary of the whole submission for my boss?");
    assert.ok(whole.answer.startsWith("# Briefing: UNODC 2024 submission\n\n## Headlines\n- "), whole.answer.slice(0, 80));
    assert.equal(whole.answer.split("\n").filter((line) => line.startsWith("- ")).length, 3);
    assert.ok(!whole.answer.includes("\n## ", whole.answer.indexOf("## Headlines") + 3));
    const digital = await ask("Summarise what UNODC did on digital connectivity in about 3 lines");
    assert.ok(digital.answer.startsWith("# Briefing on “digital connectivity”: UNODC 2024"), digital.answer.slice(0, 80));
    assert.equal(digital.answer.split("\n").filter((line) => line.startsWith("- ")).length, 3);
    assert.equal(
      (await ask("a short summary of Project Turquesa in two sentences please")).answer,
      "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. The overall objective of the project is to identify cases of human trafficking and migrant smuggling and dismantle the organized criminal groups responsible. [1]",
    );
  });

  it("counts a thing named in everyday words by WordNet's word for it, and still abstains when nothing counts it", async () => {
    const kids = await ask("How many kids were reached by the parenting and life skills programmes?");
    assert.equal(kids.abstained, false);
    assert.match(kids.answer, /benefiting 60,000 children\. \[1\]$/);
    assert.equal(kids.citations[0]!.source.question, 7);
    // No figure counts police officers (WordNet's "cops" are "bull", "copper", …): the submission does not say.
    const cops = await ask("How many cops were trained?");
    assert.equal(cops.abstained, true);
  });

  it("spells out an acronym asked with 'mean' or 'meaning'", async () => {
    assert.equal((await ask("What does CAE mean?")).answer, "CAE stands for crimes that affect the environment [1]");
    assert.equal((await ask("CAE meaning")).answer, "CAE stands for crimes that affect the environment [1]");
  });

  it("does not answer 'how many' with a share, a figure about another country or 'one of'", async () => {
    for (const question of [
      "How many farmers in Afghanistan did UNODC support?",
      "How many Member States voted for Resolution 33/1?",
    ]) {
      const result = await ask(question);
      assert.equal(result.abstained, true, `${question} → ${result.answer}`);
    }
    // A share asked for is answered with it.
    assert.match((await ask("What percentage did opium cultivation in Afghanistan drop by?")).answer, /dropped by 95%/);
  });

  it("a 'where' question needs a place in its evidence, not in a neighbour that shares none of its words", async () => {
    const summit = await ask("Where will the World Summit for Social Development take place?");
    assert.equal(summit.abstained, true, summit.answer);
    const coalition = await ask("Where was the ImPACT Coalition set up?");
    assert.match(coalition.answer, /established during the UN Civil Society Conference in Nairobi in May 2024/);
    assert.equal(coalition.citations[0]!.source.record?.index, 2);
    // "Exact dates" ask for a day: "in May 2024" does not give one.
    assertAbstains(await ask("What were the exact dates of the UN Civil Society Conference in Nairobi?"));
    assert.match((await ask("When was the UN Civil Society Conference in Nairobi?")).answer, /in Nairobi in May 2024/);
  });

  it("answers two questions asked in one sentence, once when one quote answers both", async () => {
    const result = await ask("For a briefing note: what role did UNODC play in the cybercrime convention negotiations, and how many forms of cybercrime does the draft establish?");
    assert.equal(result.abstained, false);
    // Both asks are answered by one quote (the role, then the sentence after it with the 11 forms): said once, cited once.
    assert.match(result.answer, /^Furthermore, UNODC served as the secretariat for the negotiations of the UN Convention against Cybercrime.* by establishing 11 forms of cybercrime .* \[1\]$/);
    assert.equal(result.answer.split("\n").length, 1);
    assert.equal(result.citations.length, 1);
    assert.equal(result.citations[0]!.source.section, "3) Digital connectivity");
  });

  it("answers two questions asked in one follow-up, both about the conversation's subject", async () => {
    /** The message asked after one earlier turn, [its question, its answer]. */
    const after = (message: string, [question, answer]: [string, string]) => ask(message, [{ role: "user", content: question }, { role: "assistant", content: answer }]);
    const result = await after("How long does it run, and how many countries benefit?", [
      "What's the goal of Project Turquesa?",
      "The overall objective of the project is to identify cases of human trafficking and migrant smuggling and dismantle the organized criminal groups responsible. [1]",
    ]);
    assert.equal(
      result.answer,
      "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]\nProject Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]",
    );
    assert.equal(result.citations.length, 1);
    assert.equal(result.citations[0]!.source.record?.title, "Project Turquesa");
    // A first half that points back needs one word of its own; the half the submission does not answer says so.
    const session = await after("Where was it held, and how many resolutions did it adopt?", [
      "Tell me about the 33rd session of the CCPCJ.",
      "During the 33rd session of the CCPCJ, the need to integrate crime prevention into broader development goals … was highlighted. [1]",
    ]);
    assert.equal(
      session.answer,
      "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]\nThe submission does not say: “How many resolutions did it adopt?”",
    );
  });

  it("answers a question about a section's topic with the section's opening sentence", async () => {
    const result = await ask("What has UNODC done on education?");
    assert.match(result.answer, /^UNODC, in line with the provisions of the United Nations Conventions against Corruption \(UNCAC\).*promotes the role of education in preventing corruption/);
    assert.equal(result.citations[0]!.source.section, "4) Education");
    // A sentence of another section that names the topic ("…more sustainable food systems", under energy) does
    // not win over the section the topic titles: one of the page's own starter questions.
    const food = await ask("What did UNODC do on food systems?");
    assert.match(food.answer, /^Alternative development promotes sustainable practices that enhance food security, improve livelihoods and protect the environment\./);
    assert.equal(food.citations[0]!.source.section, "1) Food systems");
  });

  it("answers 'what resolutions about <topic>' with the sentence naming the resolutions on it", async () => {
    const result = await ask("What resolutions about children did the CCPCJ adopt at its 33rd session?");
    assert.match(result.answer, /^33rd session of the Commission on Crime Prevention and Criminal Justice — Description: The Commission also adopted resolutions on preventing and countering violence against children by organized criminal groups and terrorist groups, on the treatment of children associated with terrorist groups/);
    assert.equal(result.citations[0]!.source.record?.index, 3);
  });

  it("answers 'which resolution' with the sentence that names its number", async () => {
    const result = await ask("Which resolution flagged synthetic drugs?");
    assert.match(result.answer, /Resolution 67\/4 underscored the proliferation of synthetic drugs/);
  });

  it("does not answer with a field that only repeats the question", async () => {
    const result = await ask("Where in Brazil does the Tapajós Project operate?");
    assert.match(result.answer, /Tapajós River basin, State of Pará, Brazil/);
    // Named by its adjective, the country is still what the question says: the field "Brazil" repeats it.
    const state = await ask("whch brazilian state is the tapajos project in");
    assert.match(state.answer, /^Tapajós Project — Description: The project aims to identify .* in the Tapajós River basin, State of Pará, Brazil/);
    assert.equal(state.abstained, false);
  });

  it("reads a record's initials the user made up as its title", async () => {
    const result = await ask("acsfd launch event");
    assert.match(result.answer, /^African Civil Society Forum on Drugs — Description: The Africa Civil Society Forum on Drugs was officially launched/);
  });

  it("does not answer a question about one country with a sentence about another, and takes a share for 'how far'", async () => {
    const result = await ask("By how much did poppy growing in Afghanistan shrink?");
    assert.match(result.answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%/);
    const far = await ask("How far did poppy farming go down in Afghanistan?");
    assert.match(far.answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%/);
  });

  it("does not answer 'how many' with a figure of another kind of thing (WordNet's noun hierarchy)", async () => {
    const victims = await ask("How many victims has Project Turquesa found so far?");
    assert.equal(victims.abstained, true, victims.answer);
    const people = await ask("How many people did the civil society engagement connect?");
    assert.match(people.answer, /connecting 5,200 stakeholders from 2,300 organizations/);
    // A figure counts its last noun: "three permanent exhibitions" counts no children ("permanent" is a noun too).
    const children = await ask("How many children were reached by the museum exhibitions?");
    assert.equal(children.abstained, true, children.answer);
    // "of" passes: "11 forms of cybercrime" counts cybercrime.
    assert.match((await ask("How many forms of cybercrime does the draft UN cybercrime convention establish?")).answer, /by establishing 11 forms of cybercrime/);
  });

  it("reads a misspelt name as the submission's word", async () => {
    const result = await ask("what crops did the Columbia alt development project move farmers away from");
    assert.match(result.answer, /^In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo to move from cultivating coca/);
  });

  it("reads an acronym the submission never uses as the capitalised phrase whose initials it spells", async () => {
    const result = await ask("When are the NDCs due?");
    assert.match(result.answer, /in view of the upcoming Nationally Determined Contributions, due by early 2025\. \[1\]$/);
    assert.equal(result.citations[0]!.source.question, 5);
    // A name with two small words inside ("Republic of the Congo") is a phrase too.
    const country = await ask("What anti-corruption education activity took place in the DRC?");
    assert.equal(country.abstained, false);
    assert.match(country.answer, /conducted Training of Trainers for primary-level educators in the Democratic Republic of the Congo/);
    assert.equal(country.citations[0]!.source.question, 5);
  });

  it("does not answer a question that asks for no goal with a record's goal numbers that share none of its words", async () => {
    const recovery = await ask("did the drugs commission do anything for people getting back on their feet after addiction?");
    assert.equal(recovery.answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Recovery and related support services for people with drug use disorders (SDG 3) [1]");
    assert.equal(recovery.citations[0]!.source.record?.index, 2);
    // A goal the question names is a word it shares: the goals field still answers.
    assert.match((await ask("anything on SDG 15?")).answer, /— Relevant SDGs: SDG 15 \[1\]$/);
  });

  it("answers 'what do we call …' with a sentence that names something, not a neighbour that names nothing", async () => {
    const named = await ask("what do we call the work helping farmers give up growing drug crops for legal ones?");
    assert.match(named.answer, /^UNODC’s Alternative Development Programmes not only provide farmers with sustainable, self-sufficient, economically viable alternatives/);
    assert.equal(named.citations[0]!.source.question, 5);
    // A record's field is answered under its title, which names it.
    assert.match((await ask("What's the name of UNODC's report on murder rates worldwide?")).answer, /^Global Study on Homicide 2023 — Description:/);
  });

  it("answers a count or goals that only the questionnaire's own question text states, cited to it", async () => {
    const transitions = await ask("How many key transitions has the UN defined?");
    assert.equal(
      transitions.answer,
      "The questionnaire's question 5 says: The United Nations has defined six key transitions, or transformative entry points, that can have catalytic and multiplier effects across the SDGs and which have been guiding the UN development system work since the 2023 SDG Summit. [1]",
    );
    assert.equal(transitions.citations[0]!.breadcrumb, "UNODC 2024 · Q5 · Question");
    assert.equal(transitions.citations[0]!.source.question, 5);
    const goals = await ask("Which SDGs will be under in-depth review at the 2025 HLPF?");
    assert.match(goals.answer, /^The questionnaire's question 7 says: .*Goal 3 \(Good health and well-being\), Goal 5 \(Gender equality\), Goal 8 \(Decent work and economic growth\), Goal 14 \(Life below water\) and Goal 17 \(Partnerships\), which will go under in-depth review at the HLPF in 2025\? \[1\]$/);
    // A general question is answered from the submission, never from the form's words.
    const actions = await ask("What actions has UNODC taken to improve coordination among UN system entities?");
    assert.equal(actions.citations.some((c) => c.source.section === "Question"), false);
  });

  it("confirms a yes/no question whose verb the quote says by a noun of its family ('own' by 'ownership')", async () => {
    // WordNet's derivational links, sharing the word's first three letters; found on blind dev 26.
    assert.match((await ask("do UNODC help women to own land??")).answer, /^Yes\. The Office encourages and assists communities .*helping women to access land ownership/);
  });

  it("reads a compound noun the submission never uses as its two nouns ('farmland': 'farm land')", async () => {
    const land = await ask("How is UNODC helping women own farmland?");
    assert.match(land.answer, /^The Office encourages and assists communities in moving away from illicit drug crop cultivation .*helping women to access land ownership/);
    // Not a word in -ing: "planting" is no "plan" + "ting".
    assert.match((await ask("What did growers in southern Colombia start planting instead of the plant used to make cocaine?")).answer, /^In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo/);
  });

  it("abstains on a title asked for when the evidence names none, and gives a record's title", async () => {
    assertAbstains(await ask("What is the full title of the femicide brief?"));
    assertAbstains(await ask("When exactly was the femicide brief released, and what's its full title?"));
    assert.match((await ask("What's the full title of the wildlife crime report?")).answer, /^World Wildlife Crime Report 2024: Trafficking in Protected Species — Description:/);
    // A symbol's title is the symbol followed by its subject; a sentence that only names the symbol gives none.
    assertAbstains(await ask("What is the full title of CND resolution 67/4?"));
    const titled = await ask("official name of resolution 33/1?");
    assert.match(titled.answer, /including Resolution 33\/1 on countering trafficking in persons in the context of rapid technological change;/);
    assert.equal(titled.citations[0]!.source.question, 1);
    assert.match((await ask("What is the full title of E/RES/2024/10?")).answer, /E\/RES\/2024\/10 on reducing reoffending through rehabilitation and reintegration/);
  });

  it("answers a when-question with a record's dates only when the names it gives are the record's own", async () => {
    assertAbstains(await ask("When did the General Assembly adopt the resolution on reducing reoffending through rehabilitation and reintegration?"));
    const draft = await ask("When was the draft resolution on reducing reoffending approved?");
    assert.equal(draft.answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
    assert.match((await ask("When did the CCPCJ approve the draft resolution on reducing reoffending?")).answer, /^In May 2024, the CCPCJ passed several resolutions/);
  });

  it("asks a person of an acronym the submission spells out as a role, and abstains when no person is named", async () => {
    for (const question of ["What is the name of the current SRSG on Violence Against Children?", "Who is the SRSG on Violence Against Children?"]) {
      const result = await ask(question);
      assertAbstains(result, `${question} → ${result.answer}`);
    }
  });

  it("reads a people's name ('the Canadians') as its country", async () => {
    const project = await ask("What's the project with the Canadians on people smuggling in Latin America, and who else runs it?");
    assert.equal(project.answer, "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]\nProject Turquesa — Partners: Global Affairs Canada, INTERPOL [1]");
  });

  it("a world area the question names is named by the countries inside it", async () => {
    const exhibits = await ask("those online safety exhibits for kids in Central America, where are they set up?");
    assert.equal(exhibits.answer, "In Guatemala, El Salvador and Honduras, UNODC established three permanent exhibitions in children’s museums for children, caregivers and families to explore how to move safely in cyberspace. [1]");
    assert.equal(exhibits.citations[0]!.source.question, 5);
  });

  it("answers which goals a part of a record targets from that part, not from the record's field", async () => {
    const result = await ask("Which SDGs does the CND resolution on alternative development target?");
    assert.match(result.answer, /Alternative development \(SDG 8, 10, 16\)/);
    // The item is quoted alone, without the list's "; and" or the next item; "relate to" does not pick the
    // "related support services" item; a terse "sdgs for …" asks for goals too.
    const expected = "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Alternative development (SDG 8, 10, 16) [1]";
    assert.equal((await ask("Which SDGs does the CND resolution on alternative development relate to?")).answer, expected);
    assert.equal((await ask("sdgs for the CND alternative developement resolution")).answer, expected);
  });

  it("answers which goals something is tied to from the goals tagged to it, not a goal mentioned in passing", async () => {
    const tied = await ask("Which SDGs are tied to the CCPCJ resolution on trafficking in persons and rapid technological change?");
    assert.match(tied.answer, /^33rd session of the Commission on Crime Prevention and Criminal Justice — Description: The Commission also adopted resolutions on .*in the context of rapid technological change \(SDGs 3, 8 and 16\)\. \[1\]$/);
  });

  it("abstains on which countries did something when the evidence names no country, area or number of them", async () => {
    assertAbstains(await ask("Which Member States sponsored CCPCJ resolution 33/1 on trafficking and technology?"));
    // A record's field for them answers, whatever it holds ("African Union Members", "17 countries in …").
    const history = [{ role: "user" as const, content: "What is the African Civil Society Forum on Drugs?" }, { role: "assistant" as const, content: "A forum launched in Lusaka [1]" }];
    assert.equal((await ask("ok and which member states benefit from it?", history)).answer, "African Civil Society Forum on Drugs — Member States benefiting from it: African Union Members [1]");
    assert.equal((await ask("Which countries does Project Turquesa cover?")).answer, "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]");
  });

  it("does not answer 'which 17 countries' by restating the count, and names countries when it can", async () => {
    const restated = await ask("Which 17 countries does Project Turquesa cover?");
    assert.equal(restated.abstained, true, restated.answer);
    const named = await ask("Which three countries in Central America have museum exhibitions?");
    assert.match(named.answer, /^In Guatemala, El Salvador and Honduras, UNODC established three permanent exhibitions/);
  });

  it("new-user trial: 'kids' counted in 'children', 'there' keeps the last place, one answer for two asks the same evidence answers", async () => {
    const kids = await ask("how many kids had better diets thanks to sacha inchi");
    assert.match(kids.answer, /improved the diets of over two million vulnerable children across the country\. \[1\]$/);
    const energy = await ask("What about energy there?", [
      { role: "user", content: "What did UNODC do in Afghanistan on food?" },
      { role: "assistant", content: "UNODC has been helping farmers to produce wheat, maize, saffron and vegetables [1]" },
    ]);
    assert.match(energy.answer, /^In Afghanistan, for instance, UNODC is promoting solar energy in rural areas/);
    const more = await ask("any more planned?", [
      { role: "user", content: "Where have the SE4U Voluntary Pilot Initiatives taken place?" },
      { role: "assistant", content: "VPIs have taken place in Mexico, Pakistan, Kenya and Angola." },
    ]);
    assert.match(more.answer, /— Description: VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024\. \[1\]$/);
    assert.equal(more.citations[0]!.source.record?.index, 5);
    const food = await ask("And what about food crops there?", [
      { role: "user", content: "What's UNODC doing on energy in Afghanistan?" },
      { role: "assistant", content: "It promotes solar energy in rural areas without grid electricity [1]" },
    ]);
    assert.match(food.answer, /UNODC has been helping farmers to produce wheat, maize, saffron and vegetables/);
    const twice = await ask("How many resolutions did the CND adopt at its 67th session, and how many decisions on scheduling?");
    assert.equal(twice.answer.split("\n").length, 1, twice.answer);
    assert.match(twice.answer, /took 25 decisions on the change of the scope of control of substances/);
  });

  it("answers whether the entity is an ECESA Plus member from the page's label, cited to it", async () => {
    const member = await ask("Is UNODC an ECESA Plus member?");
    assert.equal(member.answer, "Yes. United Nations Office on Drugs and Crime (UNODC): ECESA Plus Member [1]");
    assert.equal(member.citations[0]!.source.section, "Submission page");
    assert.equal(member.citations[0]!.source.question, undefined);
  });

  it("opens with 'Yes.' only when the quoted evidence says every word of a closed question", async () => {
    const vienna = await ask("Was the 33rd CCPCJ session held in Vienna?");
    assert.equal(vienna.answer, "Yes. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // Another city than the location field's is a no (WordNet's cities); a place that is no city is left to the reader.
    const geneva = await ask("Was the 33rd CCPCJ session held in Geneva?");
    assert.equal(geneva.answer, "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // A year asked of a session is answered from its dates field.
    assert.equal((await ask("Was the CND high-level segment held in 2023?")).answer, "No. 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [1]");
    const centre = await ask("Was the 33rd CCPCJ session held at the Vienna International Centre?");
    assert.equal(centre.answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // "Work" is a light verb: "work with" is said by a partners field, "work on" by what the Office does.
    assert.equal((await ask("Did UNODC work with INTERPOL?")).answer, "Yes. Project Turquesa — Partners: Global Affairs Canada, INTERPOL [1]");
    assert.match((await ask("Is UNODC working on cybercrime?")).answer, /^Yes\. UNODC’s Global Programme on Cybercrime has a dedicated portfolio/);
    const spanish = await ask("Is the Global Study on Homicide 2023 available in Spanish?");
    // Another language in the record's languages field is a no (the test below).
    assert.equal(spanish.answer, "No. Global Study on Homicide 2023 — Language(s): English [1]");
  });

  it("answers the SDG of the part of a record the question names, not the record's whole SDG field", async () => {
    const overdose = await ask("CND overdose resolution SDG");
    assert.equal(overdose.answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Prevention of and response to drug overdose (SDG 3) [1]");
    assert.equal(overdose.citations[0]!.source.record?.index, 2);
  });

  it("answers which partners of a kind from the partners field, not from a description that mentions partners", async () => {
    const academia = await ask("Which academic institutions partner on the Tapajós project?");
    assert.equal(academia.answer, "Tapajós Project — Partners: Academia: NORC – University of Chicago, Federal University of Western Pará (UFOPA) [1]");
    assert.doesNotMatch(academia.answer, /Description/);
    const local = await ask("Which local and national Brazilian bodies are partners in the Tapajós project?");
    for (const partner of ["Public Ministry of Labor (MPT)", "Inspection Division for the Eradication of Forced Labor (DETRAE/MTE)", "Federal Police (PF)", "(COETRAE/PA)"]) assert.ok(local.answer.includes(partner), partner);
    assert.match(local.answer, /^Tapajós Project — Partners: /);
    assert.equal(local.citations[0]!.source.record?.title, "Tapajós Project");
  });

  it("answers what the submission says under a goal from the passage that speaks of the goal's subject", async () => {
    const ocean = await ask("what does UNODC report under SDG 14?");
    assert.match(ocean.answer, /^A legislative guide on combatting crimes in the fisheries sector was published .*marine biodiversity/);
    assert.equal(ocean.citations[0]!.source.question, 7);
  });

  it("answers which items of a record relate to one goal with every line that cites it, not the record's goals field", async () => {
    const sdg3 = await ask("Which of the four CND 67 resolutions are linked to SDG 3?");
    assert.equal(
      sdg3.answer,
      "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Recovery and related support services for people with drug use disorders (SDG 3); • Awareness-raising, education, training and data collection as part of a comprehensive approach to ensuring access to and the availability of controlled substances for medical and scientific purposes, including for the treatment of children, and ensuring their rational use (SDG 3); • Prevention of and response to drug overdose (SDG 3) [1]",
    );
    // "Which" asked inside a request is asked all the same (dev 20).
    assert.equal((await ask("Could you tell me which CND resolutions were linked to SDG 3?")).answer, sdg3.answer);
    // Asked which goals, the record's goals field answers.
    assert.equal((await ask("Which SDGs are the CND 67 resolutions linked to?")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Relevant SDGs: SDGs 3, 16 and 17 [1]");
  });

  it("opens with 'No.' when the quote says the same thing the other way: a change in the other direction, another year", async () => {
    const opium = await ask("Is opium cultivation in Afghanistan going up?");
    assert.match(opium.answer, /^No\. For example, in Afghanistan, where opium cultivation has dropped by 95%, .* \[1\]$/);
    const forum = await ask("Was the African Civil Society Forum on Drugs launched in 2024?");
    assert.match(forum.answer, /^No\. African Civil Society Forum on Drugs — Description: .*in Lusaka, Zambia, in 2023\. .*\[1\]$/);
    const myanmar = await ask("Is poppy cultivation still going up in Myanmar according to UNODC?");
    assert.match(myanmar.answer, /^Yes\. In Myanmar, where illicit poppy cultivation continues to rise, /);
  });

  it("opens with 'No.' when a record's languages or venue name another language, country or city than the one asked", async () => {
    assert.equal((await ask("Is the wildlife report available in French?")).answer, "No. World Wildlife Crime Report 2024: Trafficking in Protected Species — Language(s): English [1]");
    // A verb of publishing with its object between it and the language asks the language field, not the publisher's.
    assert.equal((await ask("Did UNODC publish the Global Study on Homicide in French?")).answer, "No. Global Study on Homicide 2023 — Language(s): English [1]");
    // A language asked of a version: "translated into", "an Arabic translation", "a French version" (new-user trial, session 27).
    for (const question of ["Was the Global Study on Homicide translated into Arabic?", "Is there an Arabic translation of the Global Study on Homicide?"]) {
      assert.equal((await ask(question)).answer, "No. Global Study on Homicide 2023 — Language(s): English [1]", question);
    }
    assert.equal((await ask("Is there a French version of the wildlife report?")).answer, "No. World Wildlife Crime Report 2024: Trafficking in Protected Species — Language(s): English [1]");
    assert.equal(
      (await ask("Was the 33rd CCPCJ session held in the United States?")).answer,
      "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]",
    );
    assert.equal((await ask("Was the CCPCJ session held in Austria?")).answer, "Yes. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // Another city is a no, typed in lower case too (WordNet's cities); a question naming none asks where.
    assert.equal((await ask("was the 33rd CCPCJ in new york?")).answer, "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    // A region is never a no, nor a list the field does not close ("17 countries"); it is a yes when the field names
    // a country inside it (Austria is in Europe: CLDR's areas).
    assert.equal((await ask("Was the CCPCJ session held in Europe?")).answer, "Yes. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    assert.equal((await ask("Is Mexico covered by Project Turquesa?")).answer, "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]");
  });

  it("new-user trial: a chain of follow-ups keeps its subject and asks what the last one asked; no dangling lead-in", async () => {
    const history: { role: "user" | "assistant"; content: string }[] = [];
    const turn = async (question: string) => {
      const result = await ask(question, [...history]);
      history.push({ role: "user", content: question }, { role: "assistant", content: result.answer });
      return result.answer;
    };
    // A description's "local partners" is no answer to who funds a project: the record's partners field's funding line is.
    assert.equal(
      (await ask("Who is bankrolling the project on slave labour in the Amazon gold mines?")).answer,
      "Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons (J-TIP) of the US Department of State through the Program to End Modern Slavery (PEMS) [1]",
    );
    await turn("Tell me about Project Turquesa");
    assert.equal(await turn("Which countries benefit from it?"), "Project Turquesa — Member States benefiting from it: 17 countries in Central and South America [1]");
    assert.equal(await turn("And who funds it?"), "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]");
    // "What about the Tapajós one?" asks what the last question asked, and gets what asking it outright gets.
    assert.equal(await turn("What about the Tapajós one?"), (await ask("Who funds the Tapajós project?")).answer);
    assert.match(history.at(-1)!.content, /^Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\) of the US Department of State /);
  });
  it("eighth session: yes/no against counts, ranks and a sentence's passage; a month asked; a paraphrase the encoder reads", async () => {
    assert.match((await ask("Did the CND adopt five resolutions at its 67th session?")).answer, /^No\. 67th session of the Commission on Narcotic Drugs, Regular Segment — Description: Outcome: During the 67th session, the CND took 25 decisions .* adopted four resolutions/);
    // A count the submission never gives is answered by the one it gives, not abstained on.
    assert.match((await ask("was the african civil society forum on drugs launched in 2022")).answer, /^No\. African Civil Society Forum on Drugs — Description: The Africa Civil Society Forum on Drugs was officially launched/);
    assert.match((await ask("Were the family skills and life skills programmes run in 40 countries?")).answer, /^No\. Drug use, youth violence and child maltreatment were prevented through family skills and life skills programmes in 26 countries/);
    assert.match((await ask("Is the World Wildlife Crime Report 2024 the first edition?")).answer, /^No\. World Wildlife Crime Report 2024: Trafficking in Protected Species — Description: The third edition of the World Wildlife Crime Report/);
    assert.match((await ask("Is Kenya one of the countries where UNODC piloted prison climate resilience work?")).answer, /^Yes\. The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia/);
    // The record the question names by title answers, not another record that matches the rest of its words; its
    // partners field names every partner, so another funder is a "No.".
    const funded = await ask("Was the Tapajós project funded by Global Affairs Canada?");
    assert.match(funded.answer, /^No\. Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\)/);
    assert.deepEqual(funded.citations.map((c) => c.source.record?.title), ["Tapajós Project"]);
    // The record's field that repeats the question confirms it.
    assert.equal((await ask("Is Brazil the country benefiting from the Tapajós project?")).answer, "Yes. Tapajós Project — Member States benefiting from it: Brazil [1]");
    assert.equal((await ask("Is the Global Study on Homicide 2023 linked to SDG 16?")).answer, "Yes. Global Study on Homicide 2023 — Relevant SDGs: SDG 16 [1]");
    assert.equal((await ask("Is the Global Study on Homicide 2023 linked to SDG 5?")).answer, "No. Global Study on Homicide 2023 — Relevant SDGs: SDG 16 [1]");
    assert.equal((await ask("Was the 33rd CCPCJ session held in March 2024?")).answer, "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
    // Near-miss questions of blind set 9's kinds: a duration dates nothing, a country is no city, a session's
    // name is no person.
    assertAbstains(await ask("When did Project Turquesa start and when does it end?"));
    assert.match((await ask("How long does Project Turquesa last?")).answer, /^Project Turquesa is a 2\.5-year initiative/);
    // A span asked is answered only by a quote that gives one: a start or a coming pilot is none (probes p871, p885).
    for (const question of ["How long does SE4U run?", "ImPACT Coalition duration"]) {
      const long = await assistant.ask({ question, history: [] });
      assertAbstains(long.result, question);
      assert.equal(new ExtractiveAnswerer().compose(long.retrieval).reason, "the evidence gives no duration");
    }
    assert.match((await ask("How long has the Tapajós project been running?")).answer, /implemented by UNODC since 2021/);
    assert.match((await ask("how long did the ccpcj 33rd session last")).answer, /13-17 May 2024/);
    assertAbstains(await ask("In which city in Chile will the SE4U Voluntary Pilot Initiative take place?"));
    assertAbstains(await ask("Who chaired the 33rd session of the CCPCJ?"));
    // The names of people of a kind ("the women leading the coffee businesses") are persons' names, which no quote gives.
    assertAbstains(await ask("Can you give me the names of the women leading the coffee businesses in Myanmar, or the name of their cooperative, so I can cite them?"));
    assertAbstains(await ask("What are the names of the farmers supported in Putumayo?"));
    // A superlative asks for a ranking the quote must give; "most important" asks for what is notable.
    assertAbstains(await ask("Which species is most trafficked according to the World Wildlife Crime Report 2024?"));
    assert.match((await ask("What were the most important outcomes of the 67th CND session?")).answer, /^67th session of the Commission on Narcotic Drugs, Regular Segment — Description: Outcome: During the 67th session, the CND took 25 decisions/);
    // A percentage asked for needs a percentage: "300 women" in the Myanmar sentence is none.
    assertAbstains(await ask("By what percentage did poppy cultivation in Myanmar increase?"));
    assertAbstains(await ask("What is the homicide rate in Latin America?"));
    assert.match((await ask("By what percentage has opium cultivation in Afghanistan dropped?")).answer, /dropped by 95%/);
    // Counted items asked for need a quote that names them, not one that only counts them.
    assertAbstains(await ask("What are the 11 forms of cybercrime set out in the draft convention?"));
    assertAbstains(await ask("What are the 17 countries benefiting from Project Turquesa?"));
    // A symbol names one document: another record's countries do not answer who sponsored it.
    assertAbstains(await ask("Which countries co-sponsored E/RES/2024/10?"));
    assertAbstains(await ask("Which countries sponsored CND resolution 67/4 on synthetic drugs?"));
    // Results asked for need a quote that reports one: where pilots took place is no result.
    assertAbstains(await ask("What were the results of the Voluntary Pilot Initiative in Kenya?"));
    assert.match((await ask("What were the results of UNODC's work with farmers in Afghanistan?")).answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%/);
    // A symbol numbers the document named before it: "Resolution 67/4" is no declaration's symbol; staff's
    // "decision" for a resolution still finds the resolution.
    assertAbstains(await ask("What's the official document symbol for the CND's 2024 high-level declaration on the midterm review?"));
    assert.match((await ask("What's the reference number of the decision on shielding kids from gangs and terrorists?")).answer, /E\/RES\/2024\/11/);
    // What something is trying to do is said by the sentence that states its aim, not by its goals field.
    // What something was set up to do is its purpose too.
    assert.match((await ask("What is the purpose of the ImPACT Coalition?")).answer, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 to bridge diverse voices/);
    assert.match((await ask("What is the Tapajós project trying to measure?")).answer, /^Tapajós Project — Description: The project aims to identify the prevalence of trafficking in persons and forced labour/);
    // The next sentence states it in words of its own, however little of the question it shares.
    assert.match((await ask("What is the end goal of the Canada-funded project with INTERPOL?")).answer, /^Project Turquesa — Description: The overall objective of the project is to identify cases of human trafficking and migrant smuggling and dismantle the organized criminal groups responsible\./);
    // An edition the quote numbers otherwise is another document.
    assertAbstains(await ask("When was the first edition of the Global Progress Report on SDG 16 Indicators published?"));
    assertAbstains(await ask("What did the second edition of the World Wildlife Crime Report examine?"));
    assert.match((await ask("When was the second edition of the Global Progress Report on SDG 16 Indicators published?")).answer, /\(July 2024\)/);
    // The submission gives the year the Forum was launched, not the month.
    assertAbstains(await ask("In which month of 2023 was the African Civil Society Forum on Drugs launched?"));
    assert.equal((await ask("wher was the comission on narcotic drugs 67th sesion held")).answer, "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Location (City, Country): Vienna, Austria [1]");
    const programmes = await ask("what kind of programmes for parents and kids does UNODC run to keep youngsters off drugs");
    assert.match(programmes.answer, /^Drug use, youth violence and child maltreatment were prevented through family skills and life skills programmes in 26 countries/);
    assert.equal(programmes.citations[0]!.source.question, 7);
    // "Goal 14" names a goal by number: "Sustainable Development Goal 16" in a report's title shares only the word.
    for (const question of ["What did UNODC publish on Goal 14?", "On Goal 14 (life below water) specifically, what did UNODC publish in the past year, according to its submission?"])
      assert.match((await ask(question)).answer, /^A legislative guide on combatting crimes in the fisheries sector was published to strengthen national legislative frameworks\./, question);
  });

  it("reads an adjective of nationality as its country", async () => {
    // "Afghan" is not in the submission; WordNet says it pertains to Afghanistan, which is.
    assert.match((await ask("By how much has Afghan poppy growing gone down?")).answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%/);
    // The country is the passage's setting: a university's name that does not say "Brazil" still answers.
    assert.match((await ask("Which Brazilian university takes part in the Tapajós project?")).answer, /Federal University of Western Pará/);
  });

  it("says that a submission year the corpus lacks is not indexed, rather than answering from another year", async () => {
    const result = await ask("What did UNODC say in its 2023 submission about cybercrime?");
    assert.deepEqual({ answer: result.answer, abstained: result.abstained }, { answer: "No submission for 2023 is indexed. Indexed: UNODC (2024).", abstained: true });
    // A year inside a title or a date is no submission's year.
    assert.equal((await ask("What is the Global Study on Homicide 2023?")).abstained, false);
  });

  it("answers whether one body alone made something with who made it", async () => {
    const result = await ask("Is the Global Progress Report on SDG 16 a UNODC-only publication?");
    assert.match(result.answer, /— Publishing entity\/entities: United Nations Office on Drugs and Crime \(UNODC\), Office of the United Nations High Commissioner for Human Rights \(OHCHR\) and the United Nations Development Programme \(UNDP\)\. \[1\]$/);
    assert.equal(result.citations[0]!.source.question, 4);
  });

  it("abstains on a name of several words the submissions never use, when it is what the question is about", async () => {
    const prize = await assistant.ask({ question: "Who won the Nobel Peace Prize in 2024?", history: [] });
    assertAbstains(prize.result);
    assert.deepEqual(prize.retrieval.analysis.unknownNames, ["Nobel Peace Prize"]);
    // A name that only sets the scene leaves the rest of the question to be answered.
    const pledges = await ask("How is UNODC helping countries fold environmental crime into their national climate pledges under the Paris Agreement?");
    assert.match(pledges.answer, /^UNODC provides guidance to Member States on incorporating responses to CAE into national biodiversity and climate strategies/);
    // A name whose words the corpus mostly uses is known: "Global Affairs Canada".
    assert.equal((await assistant.ask({ question: "What did the Global Affairs Canada fund?", history: [] })).retrieval.analysis.unknownNames, undefined);
  });

  it("does not abstain on the asker's own office or document: a sender's label, introduction or purpose", async () => {
    const malawi = await assistant.ask({ question: "RCO Malawi: what GRACE support did Malawi receive according to UNODC?", history: [] });
    assert.equal(malawi.retrieval.analysis.unknownAcronyms, undefined);
    assert.match(malawi.result.answer, /^Within the framework of its Global Resource for Anti-Corruption Education and Youth Empowerment \(GRACE\) initiative, UNODC, for instance, has supported the development of a sourcebook for primary-level educators in Malawi/);
    const colombia = await ask("Hi, RCO Colombia here. What does the submission say UNODC did with farmers in Putumayo? Need it for our UNSDCF annual results report.");
    assert.match(colombia.answer, /^In Colombia, UNODC partnered with the Colombian government to support over 750 farmers in Putumayo/);
    // Control: an acronym inside what is asked still abstains.
    assert.deepEqual((await assistant.ask({ question: "RCO Malawi: what did UNICEF report on child immunization?", history: [] })).retrieval.analysis.unknownAcronyms, ["UNICEF"]);
  });

  it("answers a question about one record of another table from that record, not by listing the table its noun names", async () => {
    // Blind dev 28: "events" listed the events table.
    const impact = await ask("what big events is the ImPACT coalition feeding into? need for a thread");
    assert.match(impact.answer, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 .* the 2024 Summit of the Future/);
    assert.equal(impact.citations[0]!.source.record?.title, "ImPACT Coalition “The Future of Drug Policy”");
    // The table's own records named so still list it.
    assert.match((await ask("Which events did the Commission on Narcotic Drugs hold?")).answer, /^2 of the 3 events/);
  });

  it("answers 'which countries' with a quote that names countries from the same sub-section, not one naming only the world or the UN", async () => {
    // New-user trial, session 25: the sentence on education "around the world" was quoted.
    const grace = await ask("Which countries got anti-corruption education help?");
    assert.match(grace.answer, /^Within the framework of its Global Resource for Anti-Corruption Education and Youth Empowerment \(GRACE\) initiative, .* in Malawi, .* Democratic Republic of the Congo/);
    // Countries asked by name within an area are not named by a count of them (new-user trial, session 25).
    assertAbstains(await ask("Which Central and South American countries benefit from Project Turquesa?"));
    assert.match((await ask("Which African countries had VPIs?")).answer, /VPIs have taken place in Mexico, Pakistan, Kenya and Angola/);
    // Countries of other work ("VPIs have taken place in Mexico, …") do not answer it.
    assertAbstains(await ask("Which countries signed the Convention against Cybercrime?"));
  });

  it("answers whether a place is mentioned with 'Yes.' and every passage that names it", async () => {
    // Blind dev 28: only the first passage was given, and the asker's purpose was searched.
    const kyrgyzstan = await ask("Is Kyrgyzstan mentioned anywhere in the submission? If so in what context(s) - we're drafting the UNCT results report.");
    const lines = kyrgyzstan.answer.split("\n");
    assert.match(lines[0]!, /^Yes\. As part of its work on non-custodial measures, UNODC has pursued a similar approach in the context of non-custodial measures in Kyrgyzstan\. \[1\]$/);
    assert.match(lines[1]!, /^Within the framework of its Global Resource for Anti-Corruption Education and Youth Empowerment \(GRACE\) initiative, .* in Kazakhstan and Kyrgyzstan\. \[2\]$/);
    // Asked whether something is done there, one quote answers, as before.
    assert.equal((await ask("Did UNODC pursue non-custodial measures in Kyrgyzstan?")).answer.split("\n").length, 1);
  });

  it("says a record that reaches the world gives no number of countries, quoting its reach", async () => {
    // New-user trial, session 25: abstained, while the record says "Global".
    const impact = await ask("How many countries benefited from the ImPACT Coalition?");
    assert.equal(impact.abstained, false);
    assert.equal(impact.answer, "The submission gives no number of countries; it gives the reach as worldwide: ImPACT Coalition “The Future of Drug Policy” — Member States benefiting from it: Global [1]");
    assert.match((await ask("How many countries does Project Turquesa cover?")).answer, /17 countries in Central and South America/);
  });

  it("answers 'No.' when the quote places the thing asked in another world area", async () => {
    // New-user trial, session 25: the sentence on South-East Asia was quoted without the verdict.
    assert.match((await ask("Was the Beware the Share campaign launched in West Africa?")).answer, /^No\. In Southeast Asia, the Beware the Share campaign was launched/);
    // So do countries none of which lie in the area asked.
    assert.match((await ask("did UNODC set up the children's museum exhibitions in South America?")).answer, /^No\. In Guatemala, El Salvador and Honduras, UNODC established three permanent exhibitions/);
    // An area around the one the quote names is no contradiction.
    assert.doesNotMatch((await ask("Was the Beware the Share campaign launched in Asia?")).answer, /^No\./);
  });

  it("answers a thing done alone, asked yes or no, by who the record says did it", async () => {
    // New-user trial, session 25: the publishers were quoted without the verdict.
    assert.match((await ask("Did UNODC publish the Global Progress Report on SDG 16 alone?")).answer, /^No\. Global Progress Report on Sustainable Development Goal 16 Indicators: .* — Publishing entity\/entities: United Nations Office on Drugs and Crime \(UNODC\), Office of the United Nations High Commissioner for Human Rights \(OHCHR\)/);
    assert.match((await ask("Did UNODC run Project Turquesa on its own?")).answer, /^No\. Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL/);
    // Asked without "alone", no verdict is drawn from the number of publishers.
    assert.doesNotMatch((await ask("Did UNODC publish the Global Progress Report on SDG 16?")).answer, /^No\./);
  });

  it("abstains on an organisation the submissions never name, by its acronym", async () => {
    const other = await assistant.ask({ question: "What did UNICEF report on child immunization coverage in 2024?", history: [] });
    assertAbstains(other.result);
    assert.deepEqual(other.retrieval.analysis.unknownAcronyms, ["UNICEF"]);
    // An acronym the corpus spells out is known ("CCPCJ"); a yes/no question is left to its own check.
    assert.match((await ask("Where was the 33rd session of the CCPCJ held?")).answer, /Vienna, Austria \[1\]$/);
    assert.equal((await ask("Was the Global Study on Homicide 2023 co-published with UNICEF?")).abstained, false);
    // A slip in a corpus acronym ("UNDOC") or a corpus acronym before a phrase's initials ("UNGA": "UN",
    // "General Assembly") is the corpus's thing, not an unknown one.
    assert.match((await ask("wich countries got the UNDOC cyber exhibits in kids musuems?")).answer, /^In Guatemala, El Salvador and Honduras, UNODC established three permanent exhibitions in children’s museums/);
    assert.equal((await ask("In what year was the UNGA political declaration on corruption adopted that UNODC refers to?")).abstained, false);
    assertAbstains(await ask("What did UNEP say about wildlife crime?"));
  });

  it("answers where or when from a record only when the record is what the question is about", async () => {
    // The session's title names the segment: its location field answers, though "Vienna, Austria" alone is unlike the question.
    assert.equal((await ask("where did the high-level segment take place")).answer, "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Location (City, Country): Vienna, Austria [1]");
    // A record sharing only the place the question names is about something else.
    const pass = await assistant.ask({ question: "Where do I renew my grounds pass at the Vienna International Centre?", history: [] });
    assertAbstains(pass.result);
    assert.equal(new ExtractiveAnswerer().compose(pass.retrieval).reason, "the record holds only what the question names (Vienna, Austria)");
    assertAbstains(await ask("Where was the gala dinner of the high-level segment held?"));
    // Whatever it asks: a terse off-topic question on the place, or the dates of a meeting no record is.
    assertAbstains(await ask("weather vienna tmrw"));
    const hlpf = await assistant.ask({ question: "On what dates will HLPF 2025 be held?", history: [] });
    assertAbstains(hlpf.result);
    // (Its dates field says none of the question's words but "dates": another thing's, session 26's rule says first.)
    assert.equal(new ExtractiveAnswerer().compose(hlpf.retrieval).reason, "the evidence gives the when of another thing");
  });

  it("answers a follow-up's kind of fact from the record's field, whatever the last question's words", async () => {
    const history = [
      { role: "user" as const, content: "which edition is the Global Study on Homicide?" },
      { role: "assistant" as const, content: "The Global Study on Homicide 2023 is the fourth edition [1]." },
    ];
    const audience = await ask("ok, and who is it aimed at?", history);
    assert.match(audience.answer, /^Global Study on Homicide 2023 — Target audience: Policymakers, national authorities, UN agencies, academia, NGOs, media\./);
    assert.equal(audience.citations[0]!.source.record?.title, "Global Study on Homicide 2023");
  });

  it("answers who a report is aimed at with its audience field, not a sentence holding the word that asked", async () => {
    // "aimed at" asks for the audience; "Overall, it aims to provide a tool …" holds "aim" but names no audience.
    const result = await ask("Who is UNODC's big murder statistics report aimed at?");
    assert.match(result.answer, / — Target audience: Policymakers, national authorities, UN agencies, academia, NGOs, media\./);
    assert.doesNotMatch(result.answer, /aims to provide a tool/);
  });

  it("reads a statement with a confirming tag ('…, correct?', '…, isn't it?') as a yes/no question, and says no to another percentage or edition", async () => {
    const opium = await ask("Afghanistan's opium cultivation fell by 80 per cent, correct?");
    assert.match(opium.answer, /^No\. For example, in Afghanistan, where opium cultivation has dropped by 95%, /);
    const edition = await ask("the world wildlife crime report 2024 is the second edition, isn't it?");
    assert.match(edition.answer, /^No\. World Wildlife Crime Report 2024: Trafficking in Protected Species — Description: The third edition /);
    assert.match((await ask("Beware the Share was launched in Southeast Asia, right?")).answer, /^Yes\. In Southeast Asia, the Beware the Share campaign was launched /);
  });

  it("says the submission does not say when a yes/no question's count or share is nowhere in the passage, and quotes one that counts the same thing", async () => {
    // 300 and 26 are figures the submission gives of other things, so only the passage can tell they are not said.
    for (const question of ["Did the Tapajós project find 300 victims of forced labour?", "Did the femicide brief say killings of women went up by 26 per cent?"]) {
      const result = await ask(question);
      assert.equal(result.abstained, true, question);
      assert.match(result.answer, /^The submission does not say\./);
    }
    const women = await ask("Did UNODC support 750 women in Myanmar to grow coffee?");
    assert.match(women.answer, /^No\. In Myanmar, where illicit poppy cultivation continues to rise, UNODC has supported 300 women /);
    assert.equal(women.abstained, false);
  });

  it("reads an adjective of a country as the country, not as a word the submission never uses", async () => {
    // "afghan" is no word of the submission; WordNet's pertainym makes it "Afghanistan".
    const result = await ask("what are afghan growers planting these days in place of opium?");
    assert.match(result.answer, /^For example, in Afghanistan, where opium cultivation has dropped by 95%, UNODC has been helping farmers to produce wheat, maize, saffron and vegetables /);
  });

  it("reads a long message's request for clarification as asking, so a short question after it keeps its subject", async () => {
    const result = await ask(
      "Our team would appreciate an explanation of how UNODC brought the ECOSOC subsidiary bodies into its preparations for the CND mid-term review. What format was chosen, and what was the venue?",
    );
    assert.match(result.answer, /^UNODC further enhanced coordination with ECOSOC Subsidiary Bodies by inviting them, for instance, to a roundtable discussion at the Margins of the ECOSOC Coordination Segment /);
  });

  it("answers which goals one item of a record is tagged with from the item, and the record's goals from its field", async () => {
    for (const question of ["Which SDGs is the alternative development resolution of the 67th CND tied to?", "Which SDGs are tagged to the CND 67 resolution on alternative development?"]) {
      assert.equal((await ask(question)).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Alternative development (SDG 8, 10, 16) [1]", question);
    }
    const record = await ask("Which SDGs were listed for the 67th CND regular segment? Need it for a one-pager");
    assert.equal(record.answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Relevant SDGs: SDGs 3, 16 and 17 [1]");
  });

  it("answers 'the last one' or 'the fourth one' of a list it gave, and 'they' of each item", async () => {
    const publications = "Which publications did UNODC highlight?";
    const listed = await ask(publications);
    const history = [{ role: "user" as const, content: publications }, { role: "assistant" as const, content: listed.answer }];
    assert.match((await ask("what is the last one about?", history)).answer, /^World Wildlife Crime Report 2024: Trafficking in Protected Species — Description: The third edition /);
    const audiences = (await ask("who are they aimed at?", history)).answer.split("\n");
    assert.equal(audiences.length, 3);
    for (const line of audiences) assert.match(line, / — Target audience: Policymakers, national authorities, UN agencies, academia, NGOs, media\./);
    const initiatives = "Which initiatives or partnerships does UNODC list?";
    const partnerships = [{ role: "user" as const, content: initiatives }, { role: "assistant" as const, content: (await ask(initiatives)).answer }];
    assert.match((await ask("who funds the fourth one?", partnerships)).answer, /Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
  });

  it("answers what an acronym is with the sentence that introduces it, not one that only uses it", async () => {
    for (const question of ["What are VPIs?", "What are the VPIs, exactly?"]) {
      assert.match((await ask(question)).answer, / — Description: One of the key deliverables of this project are the Voluntary Pilot Initiatives \(VPIs\), voluntary, country-based initiatives /, question);
    }
  });

  it("answers how many of a table's records there are with the list of them, counted and named", async () => {
    const events = await ask("how many events did UNODC report?");
    assert.match(events.answer, /^The submission lists 3 events:\n/);
    assert.equal(events.citations.length, 3);
    const partnerships = await ask("How many of the initiatives/partnerships does the submission describe? Name them.");
    assert.match(partnerships.answer, /^The submission lists 5 initiatives\/partnerships:\n- African Civil Society Forum on Drugs /);
  });

  it("answers for each record a question names by a phrase of its title ('wildlife crime report', 'SDG 16 progress report')", async () => {
    const lines = (await ask("Which edition are the wildlife crime report and the SDG 16 progress report?")).answer.split("\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^World Wildlife Crime Report 2024: Trafficking in Protected Species — Description: The third edition /);
    assert.match(lines[1]!, /^Global Progress Report on Sustainable Development Goal 16 Indicators: .* — Description: The second edition /);
  });

  it("answers for two sessions a question names by number, not abstaining because the quote gives the other's number", async () => {
    const lines = (await ask("Which goals were listed for the 33rd CCPCJ session and for the 67th CND session?")).answer.split("\n");
    assert.deepEqual(lines, [
      "33rd session of the Commission on Crime Prevention and Criminal Justice — Relevant SDGs: SDGs 16 and 17 [1]",
      "67th session of the Commission on Narcotic Drugs, Regular Segment — Relevant SDGs: SDGs 3, 16 and 17 [2]",
      "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Relevant SDGs: SDGs 3, 16 and 17 [3]",
    ]);
  });

  it("answers what a named doer plans to do with the sentence saying it will, not a neighbour about the same topic", async () => {
    const result = await ask("what does unodc plan to do for kids on the move at risk of trafficking?");
    assert.match(result.answer, /^To overcome these challenges, UNODC will continue to strengthen the capacity of states to effectively respond to child trafficking, especially targeting unaccompanied /);
  });

  it("does not read a verb that is also a coin's name ('sent') as a unit, nor 'how many' before a qualified noun as the table's list", async () => {
    assert.match((await ask("Which draft resolution was sent to the General Assembly from the 33rd CCPCJ?")).answer, / — Description: One of the outcomes was a draft resolution on reducing reoffending /);
    assert.match((await ask("How many capacity-building meetings were held with civil society stakeholders?")).answer, /^Engagement with civil society significantly increased, connecting 5,200 stakeholders from 2,300 organizations through 47 capacity-building activities/);
  });

  it("answers what came out of a session with what it adopted, not its dates", async () => {
    const events = "Which events did UNODC report?";
    const history = [{ role: "user" as const, content: events }, { role: "assistant" as const, content: (await ask(events)).answer }];
    for (const [question, turns] of [["What came out of the 33rd session of the CCPCJ?", []], ["And what came out of the last one?", history]] as const) {
      const result = await ask(question, [...turns]);
      assert.match(result.answer, /^33rd session of the Commission on Crime Prevention and Criminal Justice — Description: The Commission also adopted resolutions on /, question);
    }
  });

  it("says the submission does not say a figure in a unit of measurement it never uses", async () => {
    const result = await ask("Myanmar poppy cultivation in acres?");
    assert.equal(result.abstained, true);
    assert.match(result.answer, /^The submission does not say\./);
    // Without the unit, the passage on Myanmar's poppy cultivation answers.
    assert.match((await ask("Myanmar poppy cultivation?")).answer, /^In Myanmar, where illicit poppy cultivation continues to rise, /);
  });

  it("says the submission does not say when a follow-up's 'them' is answered only by a passage about something else", async () => {
    const history = [
      { role: "user" as const, content: "What has UNODC done on reoffending?" },
      { role: "assistant" as const, content: "UNODC supported the development of the Model Strategies on Reducing Reoffending [1]." },
    ];
    // The only adoption by the General Assembly the submission dates is a political declaration on corruption.
    const result = await ask("when did the General Assembly adopt them?", history);
    assert.equal(result.abstained, true);
    assert.match(result.answer, /^The submission does not say\./);
  });

  it("reads a part of a hyphenated acronym the submission spells out ('VAC' of 'SRSG-VAC')", async () => {
    assert.match((await ask("Which years does the VAC strategy cover?")).answer, /UNODC will continue to implement the Strategy to End Violence Against Children 2023-2030/);
  });

  it("counts the partners or countries the evidence lists when it states no figure for them, and still abstains on a count nothing lists", async () => {
    assert.equal(
      (await ask("how many CSOs partner on Tapajós?")).answer,
      "The submission lists 3: Tapajós Project — CSOs: Pastoral Land Commission – Itaituba (CPT), Pariri Indigenous Association and Munduruku Wakoborun Women’s Association [1]",
    );
    assert.match((await ask("How many local and national partners does the Tapajós project have?")).answer, /^The submission lists 4: Tapajós Project — Local and National Partners: Public Ministry of Labor \(MPT\); /);
    assert.match((await ask("How many countries did the VPIs take place in?")).answer, /^The submission lists 4: .* — VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024\. \[1\]$/);
    assert.equal((await ask("How many partners does Project Turquesa have?")).answer, "The submission lists 2: Project Turquesa — Partners: Global Affairs Canada, INTERPOL [1]");
    // A field whose partners stand in labelled groups: each group counted, the funder's line before them not.
    assert.match((await ask("How many partners are listed for the Tapajós project?")).answer, /^The submission lists 9 \(Local and National Partners 4, Academia 2, CSOs 3\): Tapajós Project — Partners: Funded by /);
    // The last country of a series may run on into its clause ("… and Sri Lanka to develop …"); the sentence before
    // it says what the countries did ("the resilience of prison systems to climate change").
    assert.match((await ask("In how many countries did UNODC pilot climate resilience for prisons?")).answer, /^The submission lists 7: The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia, Namibia, Nigeria, Pakistan and Sri Lanka /);
    // A figure about something else ("more than 50 countries have benefited from UNODC's advisory service") gives
    // way to the sentence on what is asked that names the countries; asked about the advice, the figure answers.
    assert.match((await ask("How many countries has UNODC supported on prison rehabilitation programmes in 2024?")).answer, /^The submission lists 10: In line with its Roadmap for the Development of Prison-based Rehabilitation Programmes, in 2024, UNODC continued to support various countries, including Ghana, /);
    assert.match((await ask("How many countries have benefited from UNODC's advice on prison reform?")).answer, /^In the past year, more than 50 countries have benefited from UNODC’s advisory service /);
    // A series in a sentence that does not say what the question asks of the countries counts nothing.
    assert.equal((await ask("How many countries took part in the regional anti-corruption dialogues for educators?")).abstained, true);
    const ratified = await ask("How many countries have ratified the cybercrime convention?");
    assert.equal(ratified.abstained, true);
  });

  it("answers 'No.' to a negated statement asked to be confirmed that the quote contradicts", async () => {
    assert.equal((await ask("INTERPOL is not a partner of Project Turquesa, right?")).answer, "No. Project Turquesa — Partners: Global Affairs Canada, INTERPOL [1]");
    assert.equal((await ask("Is it true that the Global Study on Homicide is not available in French?")).answer, "Yes. Global Study on Homicide 2023 — Language(s): English [1]");
  });

  it("says none of a record's goal-tagged items carries the goal asked, with the tagged items", async () => {
    const result = await ask("Which of the CND 67 resolutions are tied to SDG 17?");
    assert.match(result.answer, /^None of the 4 listed is tagged SDG 17: 67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Recovery and related support services for people with drug use disorders \(SDG 3\); /);
    assert.match(result.answer, /• Prevention of and response to drug overdose \(SDG 3\) \[1\]$/);
  });

  it("reads 'Sustainable Development Goals' without a number as the goals asked for, not the title of the SDG 16 report", async () => {
    const result = await ask("I am briefing on drugs. In the part on the Ministerial Declaration, which Sustainable Development Goals does UNODC say alternative development helps accelerate?");
    assert.match(result.answer, /^Alternative development promotes sustainable practices that .*, contributing to accelerating SDGs 1,2,13 and 16\. /);
  });

  it("answers whether something began in a year with the sentence that dates its beginning", async () => {
    assert.match((await ask("Did the Tapajós project start in 2019?")).answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021 /);
    assert.match((await ask("Was the ImPACT Coalition launched in 2023?")).answer, /^No\. ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 /);
  });

  it("narrows a list to a topic its records say", async () => {
    assert.equal((await ask("What resources did UNODC publish on wildlife?")).answer, "1 of the 3 resources the submission lists mentions “wildlife”:\n- World Wildlife Crime Report 2024: Trafficking in Protected Species (SDG 15) [1]");
    assert.match((await ask("Events in 2024 in Vienna?")).answer, /^The submission lists 3 events:\n/);
    assert.equal((await ask("Resources on wildlife?")).answer, "1 of the 3 resources the submission lists mentions “wildlife”:\n- World Wildlife Crime Report 2024: Trafficking in Protected Species (SDG 15) [1]");
    assert.match((await ask("Which of the partnerships focus on trafficking in persons?")).answer, /^3 of the 5 initiatives\/partnerships the submission lists mention “trafficking”:\n- Tapajós Project \(SDGs 8, 16 and 17\) \[1\]\n- Project Turquesa /);
  });

  it("narrows the last answer's list for a follow-up that asks which of them", async () => {
    const listed = await ask("Which partnerships are listed?");
    assert.match(listed.answer, /^The submission lists 5 initiatives\/partnerships:/);
    const history = [
      { role: "user" as const, content: "Which partnerships are listed?" },
      { role: "assistant" as const, content: listed.answer },
    ];
    const canada = await ask("Which of them is funded by Canada?", history);
    assert.match(canada.answer, /^1 of the 5 initiatives\/partnerships the submission lists mentions “Canada”:\n- Project Turquesa \(SDGs 8, 16 and 17\) \[1\]/);
    assert.match((await ask("and which of those involve INTERPOL?", history)).answer, /^1 of the 5 initiatives\/partnerships the submission lists mentions “INTERPOL”:\n- Project Turquesa /);
  });

  it("answers when, where, who pays and which goals asked in everyday ways", async () => {
    assert.equal((await ask("Timing of the Regular Segment of the 67th session of the CND?")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
    assert.equal((await ask("Venue of the 33rd session of the CCPCJ?")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    assert.match((await ask("Where does the money for Project Turquesa come from?")).answer, /Global Affairs Canada/);
    assert.match((await ask("Which donor supports the Tapajós project?")).answer, /^Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\)/);
    assert.equal((await ask("Which global goals does the African Civil Society Forum on Drugs support?")).answer, "African Civil Society Forum on Drugs — Relevant SDGs: SDGs 3 and 17 [1]");
  });

  it("gives the verdict on a statement put to be confirmed in everyday ways", async () => {
    const verdict = async (message: string) => (await ask(message)).answer.split(".")[0];
    assert.equal(await verdict("Correct me if I'm wrong, but the 33rd session of the CCPCJ was held in Vienna?"), "Yes");
    assert.equal(await verdict("Just to confirm, the 33rd session of the CCPCJ was held in New York?"), "No");
    assert.equal(await verdict("Project Turquesa is funded by Global Affairs Canada?"), "Yes");
    assert.equal(await verdict("My understanding is that Project Turquesa is funded by the European Union. Is that accurate?"), "No");
    assert.equal(await verdict("I read that the 33rd session of the CCPCJ was held in Vienna. Can you confirm?"), "Yes");
  });

  it("finds the request in a long message that asks in no question's words", async () => {
    const message = "Good morning, I am preparing talking points for our director ahead of next week's meeting with donors. The dates of the 33rd session of the CCPCJ, please. Many thanks in advance for your help with this.";
    assert.equal((await ask(message)).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
  });

  it("answers with the sentence that states what is asked, not the next one that points back at it", async () => {
    // "To realize this objective, …" scores a hair above the sentence that states the objective.
    const objective = "Project Turquesa — Description: The overall objective of the project is to identify cases of human trafficking and migrant smuggling and dismantle the organized criminal groups responsible. To realize this objective, ";
    assert.ok((await ask("What is the objective of Project Turquesa?")).answer.startsWith(objective));
    const history = [
      { role: "user" as const, content: "Who funds Project Turquesa?" },
      { role: "assistant" as const, content: "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]" },
    ];
    assert.ok((await ask("What is its objective?", history)).answer.startsWith(objective));
    // Asked in other words ("aim", "purpose"), the sentence that opens by pointing back gives way all the same.
    assert.ok((await ask("What's the purpose of Project Turquesa?")).answer.startsWith(objective));
    assert.match((await ask("What is the aim of the ImPACT Coalition?")).answer, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024 to bridge diverse voices in drug policy .* It also aims to provide /);
  });

  it("answers what stands in the way with the sentence that names the obstacles, not its neighbour", async () => {
    const expected = /^Lack of data, insufficient collaboration and ineffective frameworks for coordination among states hinder effective protection and support, including access to justice\. /;
    assert.match((await ask("What obstacles get in the way of protecting child trafficking victims?")).answer, expected);
    assert.match((await ask("What challenges does UNODC flag on protecting child trafficking victims in its follow-up to the Ministerial Declaration?")).answer, expected);
  });

  it("finds a country the submission never names by the places in it that it does name", async () => {
    const west = await assistant.ask({ question: "For Senegal and Mali: did UNODC do anything to help people there stay safe online?", history: [] });
    assert.deepEqual(west.retrieval.analysis.terms.slice(-2), ["dakar", "bamako"]);
    assert.match(west.result.answer, /^In West Africa, the Office developed the campaign Afrique: Ma Vie Digitale - La série, exploring digitalization in Bamako, Dakar and St\. Louis/);
  });

  it("abstains on the size of a change when the evidence gives a figure of something else", async () => {
    const coca = await assistant.ask({ question: "By how much did coca cultivation in Colombia fall thanks to the sacha inchi programme?", history: [] });
    assertAbstains(coca.result);
    assert.equal(new ExtractiveAnswerer().compose(coca.retrieval).reason, "the evidence gives no change figure");
    assert.match((await ask("by how much has poppy growing in afghanistan gone down?")).answer, /where opium cultivation has dropped by 95%/);
  });

  it("abstains on an attribute of a place that no passage gives with the place", async () => {
    const population = await assistant.ask({ question: "What is the population of Vienna?", history: [] });
    assertAbstains(population.result);
    assert.equal(new ExtractiveAnswerer().compose(population.retrieval).reason, "the submission gives no population of Vienna");
    // An attribute of a named thing its description gives is answered.
    assert.match((await ask("What is the objective of the Tapajós Project?")).answer, /^Tapajós Project — Description: The project aims to identify the prevalence of trafficking in persons and forced labour in the gold mining sector/);
  });

  it("reads a session's number dictated in words", async () => {
    const where = await ask("uh so where was the ccpcj thirty third session held");
    assert.equal(where.answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
    const when = await ask("uh the sixty seventh session of the cnd when was the regular segment");
    assert.equal(when.answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
  });

  it("answers a fact-checker's statement with an irregular past or a label before it, yes or no", async () => {
    const ran = await ask("My understanding is that the CND regular segment ran 13-17 May 2024. Correct?");
    assert.equal(ran.answer, "No. 67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
    const claim = await ask("Claim in our draft: Project Turquesa is funded by the European Union. Accurate?");
    assert.match(claim.answer, /^No\. .*funded by Global Affairs Canada/);
    const say = await ask("Can I say the 33rd session of the CCPCJ was held in New York?");
    assert.equal(say.answer, "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
  });

  it("answers a forwarded email's claim, reported by a verb of saying, yes or no, whatever closes the email", async () => {
    const nairobi = await ask("Hi team,\n\nQuick one for the newsletter: my draft says the ImPACT Coalition was set up in Nairobi. Is that correct per the submission?\n\nThanks,\nAna\nComms Unit");
    assert.match(nairobi.answer, /^Yes\. ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024/);
    const addis = await ask("Dear all,\n\nOur briefing note states that the Africa Civil Society Forum on Drugs was launched in Addis Ababa. Can you confirm?\n\nBest regards,\nTom");
    assert.match(addis.answer, /^No\. African Civil Society Forum on Drugs — Description: .*Lusaka, Zambia/);
    const speech = await ask("Hello,\n\nThe Deputy wants to say in his speech that Project Turquesa is funded by Global Affairs Canada. Is that right?\n\nMany thanks\nLi (Front Office)");
    assert.match(speech.answer, /^Yes\. .*Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
    const may = await ask("Hi,\n\nsmall check before this goes out: the note says the 33rd CCPCJ session took place in May 2024. Is that right? Please confirm before noon.\n\nThanks\nR.");
    assert.equal(may.answer, "Yes. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
    const span = await ask("Is the strategy on violence against children for 2024-2030?");
    assert.match(span.answer, /^No\. .*Strategy to End Violence Against Children 2023-2030/);
  });

  it("answers a follow-up that names another thing by common words or a name with capitals inside", async () => {
    const segment = await ask("and the drugs commission regular segment?", [{ role: "user", content: "When was the 33rd CCPCJ session?" }, { role: "assistant", content: "13-17 May 2024, in Vienna." }]);
    assert.equal(segment.answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]");
    const forum = await ask("and the civil society forum on drugs?", [{ role: "user", content: "Where was the ImPACT Coalition established?" }, { role: "assistant", content: "In Nairobi, in May 2024." }]);
    assert.match(forum.answer, /^African Civil Society Forum on Drugs — Description: .*Lusaka, Zambia/);
    const impact = await ask("the ImPACT one?", [{ role: "user", content: "Where was the Africa Civil Society Forum on Drugs launched?" }, { role: "assistant", content: "In Lusaka, Zambia, in 2023." }]);
    assert.match(impact.answer, /^ImPACT Coalition “The Future of Drug Policy” — Description: The Coalition was established during the UN Civil Society Conference in Nairobi in May 2024/);
  });

  it("answers a bound on a count yes or no by the submission's count, and a goal asked 'listed under' by the goals field", async () => {
    const facilitators = await ask("Were fewer than 500 national facilitators trained in the family skills programmes?");
    assert.match(facilitators.answer, /^No\. .*enhancing the skills of 600 national facilitators/);
    const countries = await ask("Did the family skills programmes reach more than 10 countries?");
    assert.match(countries.answer, /^Yes\. .*programmes in 26 countries/);
    const goal = await ask("Is the 33rd CCPCJ session listed under SDG 5 in the events table?");
    assert.equal(goal.answer, "No. 33rd session of the Commission on Crime Prevention and Criminal Justice — Relevant SDGs: SDGs 16 and 17 [1]");
  });

  it("answers a yes/no follow-up with words of its own as its own question, after a wh-question", async () => {
    const amazonas = await ask("is it looking at gold mining in Amazonas state?", [{ role: "user", content: "Who funds the Tapajós project?" }, { role: "assistant", content: "The Office to Monitor and Combat Trafficking in Persons (J-TIP) of the US Department of State." }]);
    assert.match(amazonas.answer, /^No\. Tapajós Project — Description: .*State of Pará, Brazil/);
    const smuggling = await ask("does it look at migrant smuggling too?", [{ role: "user", content: "Who implements Project Turquesa?" }, { role: "assistant", content: "UNODC and INTERPOL." }]);
    assert.match(smuggling.answer, /^Yes\. Project Turquesa — Description: .*migrant smuggling/);
  });

  it("abstains on a reference year, a way to apply or join, more funding, or an earlier edition the submission never gives", async () => {
    assertAbstains(await ask("What reference year is the 60,000 children figure measured against?"));
    assertAbstains(await ask("How can my organisation register for the African Civil Society Forum on Drugs?"));
    // "joint solutions" speaks of no joining, nor "11 forms of cybercrime" of a form to fill in.
    assertAbstains(await ask("Is there an application deadline for the SE4U project?"));
    assertAbstains(await ask("Which got more funding, Project Turquesa or the Tapajós project?"));
    assertAbstains(await ask("How does the number of stakeholders compare with the previous submission?"));
    const unrelated = [{ role: "user" as const, content: "Where was the 33rd CCPCJ session held?" }, { role: "assistant" as const, content: "Vienna, Austria." }];
    assertAbstains(await ask("ok thanks. unrelated - what's the weather in Vienna tomorrow?", unrelated));
    // Controls: what the submission does give.
    assert.match((await ask("How will UNODC help States join the Convention against Cybercrime?")).answer, /assist Member States in the ratification and implementation of the Convention/);
    assert.match((await ask("Which edition of the Global Study on Homicide is the 2023 one?")).answer, /^Global Study on Homicide 2023 — Description: The fourth edition/);
    assert.match((await ask("ok thanks. unrelated - who funds Project Turquesa?", unrelated)).answer, /funded by Global Affairs Canada/);
  });

  it("compares two things' dates: which came first, which lasted longer, whether one came before the other", async () => {
    const first = await ask("Which came first in 2024: the CND high-level segment or the 33rd CCPCJ session?");
    assert.equal(
      first.answer,
      "The CND high-level segment came first.\n- 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [1]\n- 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [2]",
    );
    assert.deepEqual(first.citations.map((c) => c.source.record?.index), [1, 3]);
    assert.match((await ask("Was the CND regular segment longer than the high-level segment?")).answer, /^Yes\.\n- 67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 \[1\]/);
    assert.match((await ask("Did the 33rd CCPCJ session come before the CND regular segment?")).answer, /^No\.\n- 33rd session .* 13-17 May 2024 \[1\]\n- 67th session .* 18-22 March 2024 \[2\]$/);
    // Third new-user trial: a side answered by two records is a bullet each, not a line without its "- ".
    assert.equal(
      (await ask("Which came first, CND 67 or CCPCJ 33?")).answer,
      "CND 67 came first.\n- 67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]\n- 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [2]\n- 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [3]",
    );
    assert.match((await ask("Which was set up first, the African Civil Society Forum on Drugs or the ImPACT Coalition?")).answer, /^The African Civil Society Forum on Drugs came first\.\n- African Civil Society Forum on Drugs — Description: .*in 2023\./);
    const lists = await ask("Which country list is longer - the prisoner skills/rehabilitation support list for 2024 or the prison climate-resilience pilots?");
    assert.match(lists.answer, /^More countries are listed for the prisoner skills\/rehabilitation support list for 2024: 10, against 7\.\n- In line with its Roadmap .* \[1\]\n- The Office has piloted targeted initiatives in Ghana, .* \[2\]$/);
    // By how many days, each span counted inclusive (new-user trial).
    assert.match((await ask("How many more days was the CND regular segment than the high-level one?")).answer, /^3 more days: 5 against 2\.\n- 67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 \[1\]\n/);
    // Partners, counted as the records' partners fields list them (new-user trial).
    assert.equal((await ask("Which has more partners, Project Turquesa or the ImPACT Coalition?")).answer.split("\n")[0], "More partners are listed for the ImPACT Coalition: 5, against 2.");
    // "Which partnership lists more partners", "Which has more relevant SDGs", "Which is older" (new-user trial,
    // session 26: one side quoted, or an abstention).
    assert.equal((await ask("Which partnership lists more partners, Tapajós or Project Turquesa?")).answer.split("\n")[0], "More partners are listed for Tapajós: 9, against 2.");
    assert.equal((await ask("Which has more relevant SDGs, the Tapajós Project or SE4U?")).answer.split("\n")[0], "More SDGs are listed for the Tapajós Project: 3, against 2.");
    assert.equal((await ask("Which is older, the African Civil Society Forum on Drugs or the ImPACT Coalition?")).answer.split("\n")[0], "The African Civil Society Forum on Drugs came first.");
    // "Does A or B have more partners?" (new-user trial, session 26: one description, no comparison).
    assert.equal((await ask("Does the Tapajós project or Project Turquesa have more partners?")).answer.split("\n")[0], "More partners are listed for the Tapajós project: 9, against 2.");
    // A field that names one partner lists one; a count asked as yes or no opens with its verdict (new-user trials,
    // session 27).
    assert.equal((await ask("Which has more partners, Project Turquesa or SE4U?")).answer.split("\n")[0], "More partners are listed for Project Turquesa: 2, against 1.");
    assert.equal((await ask("Did the CCPCJ session cover more SDGs than the CND regular segment?")).answer.split("\n")[0], "No. More SDGs are listed for the CND regular segment: 3, against 2.");
    assert.equal((await ask("Does the wildlife crime report cover more SDGs than the homicide study?")).answer.split("\n")[0], "No: the same number of SDGs is listed for both: 1 each.");
    // A tie is said, two names joined by "and the" being two (new-user trial, session 25).
    assert.equal((await ask("Which has more partners listed: Project Turquesa or the African Civil Society Forum on Drugs?")).answer.split("\n")[0], "The same number of partners is listed for both: 2 each.");
    // A difference of two counts, the bound the submission gives said.
    const more = await ask("How many more farmers did UNODC support in Colombia than women in Myanmar?");
    assert.match(more.answer, /^450 more: 750 farmers against 300 women \(the submission says “over 750”\)\.\n- In Colombia, .*\[1\]\n- In Myanmar, .*\[2\]$/);
    assert.equal((await ask("How many more decisions than resolutions did the CND adopt?")).answer.split("\n")[0], "21 more: 25 decisions against four resolutions.");
    // Asked as yes or no, the verdict opens (new-user trial, session 27).
    assert.equal((await ask("were more farmers helped in colombia than women in myanmar? by how many")).answer.split("\n")[0], "Yes. 450 more: 750 farmers against 300 women (the submission says “over 750”).");
    assert.equal((await ask("Were fewer farmers helped in Colombia than women in Myanmar?")).answer.split("\n")[0], "No. 450 more: 750 farmers against 300 women (the submission says “over 750”).");
    // Two spans of as many days: neither lasted longer (new-user trial, session 26: two descriptions, no verdict).
    assert.equal(
      (await ask("Which lasted longer, the CND regular segment or the CCPCJ 33rd session?")).answer,
      "Neither: both lasted 5 days.\n- 67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 [1]\n- 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [2]",
    );
    assert.equal((await ask("Was the CND regular segment longer than the CCPCJ 33rd session?")).answer.split("\n")[0], "No: both lasted 5 days.");
    // How many days one lasted: its dates' span, counted inclusive (same trial: had abstained).
    const days = await ask("How many days did the CCPCJ 33rd session last?");
    assert.equal(days.answer, "5 days: 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 [1]");
    assert.equal(days.citations[0]!.source.record?.index, 3);
    assert.match((await ask("how many days was the CND high-level segment?")).answer, /^2 days: 67th session .* 14-15 March 2024 \[1\]$/);
    // A comparison the dates cannot settle is answered as one question: the same year, one without a month.
    assert.doesNotMatch((await ask("Which was published first, the Global Study on Homicide 2023 or the World Drug Report 2024?")).answer, /came first/);
  });

  it("searches the second question of one message with the first, and says a quote that answers both once", async () => {
    // Second new-user trial: "what were the three areas of focus?" was searched alone and said not to be given.
    const both = await ask("How many countries benefited from UNODC's prison reform advice, and what were the three areas of focus?");
    assert.match(both.answer, /^In the past year, more than 50 countries have benefited from UNODC’s advisory service .*\(i\) reducing the resort to imprisonment; \(ii\) strengthening prison management and improving prison conditions; and \(iii\) supporting the social reintegration of offenders\./);
    assert.doesNotMatch(both.answer, /does not say/);
    assert.equal(both.answer.split("In the past year").length, 2);
    assert.equal(both.citations.length, 1);
  });

  it("answers 'If so, which …?' with the thing named, a country's adjective by its passage, and abstains on a part of a country never named", async () => {
    const ifSo = await ask("Do we have any joint work with Global Affairs Canada? If so, which project?");
    assert.match(ifSo.answer, /^Yes\. Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
    assert.equal(ifSo.citations[0]!.source.record?.title, "Project Turquesa");
    assert.match((await ask("Is the Brazilian Federal Police among the Tapajós partners?")).answer, /^Yes\. Tapajós Project — Partners: .*Federal Police \(PF\)/);
    assert.match((await ask("was tapajos funded by us state dept")).answer, /^Yes\. Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\) of the US Department of State/);
    assertAbstains(await ask("For a donor briefing I need to be specific about geography. In which state or region of Myanmar are the 300 women located? Could you check the document for me?"));
    // Controls: parts of a country the submission does name.
    assert.match((await ask("what region of Colombia did UNODC support farmers in?")).answer, /support over 750 farmers in Putumayo/);
    assert.match((await ask("Which state of Brazil does the Tapajós project work in?")).answer, /State of Pará, Brazil/);
    // "exact" and "full" ask for the same title.
    assert.match((await ask("What's the exact title/subtitle of the SDG 16 indicators progress report released in July 2024?")).answer, /^Global Progress Report on Sustainable Development Goal 16 Indicators: At the crossroads: Breakdown or breakthrough for peace, justice and strong institutions \(July 2024\)/);
    assert.match((await ask("cnd regular segment when")).answer, /^67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024 \[1\]$/);
  });

  it("looks for a symbol in the passages that hold one, and abstains when the topic asked is one the submission gives unnumbered", async () => {
    const reoffending = await ask("document symbol for the ECOSOC resolution on reducing reoffending?");
    assert.match(reoffending.answer, /E\/RES\/2024\/10 on reducing reoffending through rehabilitation and reintegration/);
    assert.equal(reoffending.citations[0]!.breadcrumb, "UNODC 2024 · Q1 · Commission on Crime Prevention and Criminal Justice (CCPCJ)");
    const both = await ask("What are the document symbols of the ECOSOC resolutions on reducing reoffending and on violence against children by organized criminal groups?");
    assert.match(both.answer, /E\/RES\/2024\/10 .*E\/RES\/2024\/11/);
    assertAbstains(await ask("resolution symbol for the one on drug overdose prevention?"));
    // A section named by its place is searched within; "resolution references" asks for symbols.
    const long = await ask("Dear all, I am drafting a note on the 33rd session of the crime commission for a regional office. Could you give me the three resolution references cited in the first section of the submission, with their numbers? I'd like to cite them precisely in the footnotes. Many thanks.");
    assert.match(long.answer, /Resolution 33\/1 on countering trafficking in persons .*E\/RES\/2024\/10 .*E\/RES\/2024\/11/);
    assert.equal(long.citations[0]!.breadcrumb, "UNODC 2024 · Q1 · Commission on Crime Prevention and Criminal Justice (CCPCJ)");
  });

  it("names the countries two lists share, asked at once or of the two answers before", async () => {
    const lead = "4 countries are named in both: Ghana, Indonesia, Nigeria and Sri Lanka.";
    const once = await ask("Which countries are in both the prison rehabilitation list and the prison climate pilots?");
    assert.equal(once.answer.split("\n")[0], lead);
    assert.deepEqual(once.citations.map((c) => c.breadcrumb), ["UNODC 2024 · Q5 · 5) Jobs and social protection", "UNODC 2024 · Q5 · 6) Climate change, biodiversity loss and pollution"]);
    const history = [
      { role: "user" as const, content: "Which countries did UNODC support under its Roadmap for prison-based rehabilitation in 2024?" },
      { role: "assistant" as const, content: "Ghana, Indonesia, Kazakhstan, Lebanon, Nigeria, Somaliland, the Philippines, Sri Lanka, Tajikistan and Thailand." },
      { role: "user" as const, content: "And the prison climate-resilience pilots?" },
      { role: "assistant" as const, content: "Ghana, Kenya, Indonesia, Namibia, Nigeria, Pakistan and Sri Lanka." },
    ];
    assert.equal((await ask("which countries show up in both lists?", history)).answer.split("\n")[0], lead);
    // A record's countries field that names none ("Global") gives way to the record's sentence that names them.
    assert.equal((await ask("Which countries appear both in the SE4U pilot list and in the climate-resilient prison pilots?")).answer.split("\n")[0], "2 countries are named in both: Pakistan and Kenya.");
    assert.match((await ask("Which countries benefit from the SE4U project?")).answer, /— Member States benefiting from it: Global \[1\]$/);
  });

  it("settles a yes/no about a part of a country by the unit that names a part of that kind, not the country field", async () => {
    assert.match((await ask("Is the Tapajós project in Goiás state?")).answer, /^No\. Tapajós Project — Description: .*State of Pará, Brazil/);
    assert.match((await ask("Is the Tapajós project in the State of Pará?")).answer, /^Yes\. Tapajós Project — Description: .*State of Pará, Brazil/);
  });

  it("counts the countries of a list that lie in a world area asked by its name or adjective", async () => {
    const african = await ask("How many of the SE4U pilot initiatives that have already happened were in African countries, and which?");
    assert.match(african.answer, /^2 of the 4 countries listed are in Africa: Kenya and Angola\. SE4U .*VPIs have taken place in Mexico, Pakistan, Kenya and Angola .*\[1\]$/);
    assert.match((await ask("How many of the prison climate pilots were in Asia?")).answer, /^3 of the 7 countries listed are in Asia: Indonesia, Pakistan and Sri Lanka\. The Office has piloted/);
    assert.match((await ask("How many of the VPI countries are in Europe?")).answer, /^None of the 4 countries listed is in Europe\. /);
    // Asked which of the countries lie there, by areas staff name shortly ("South-East Asia", "West Africa").
    const asian = await ask("ESCAP colleague asking: of the countries UNODC supported in 2024 on prison-based rehabilitation, which are in South or South-East Asia?");
    assert.match(asian.answer, /^4 of the 10 countries listed are in South Asia or South-East Asia: Indonesia, the Philippines, Sri Lanka and Thailand\. \(Somaliland: not on the UN M49 list of countries and areas\.\) In line with its Roadmap/);
    assert.equal(asian.citations[0]!.source.section, "5) Jobs and social protection");
    assert.match((await ask("Which countries where UNODC piloted climate-resilient prisons are in West Africa?")).answer, /^2 of the 7 countries listed are in West Africa: Ghana and Nigeria\. The Office has piloted/);
    assert.match((await ask("which of the prison climate pilot countries are located in southern Africa")).answer, /^1 of the 7 countries listed is in southern Africa: Namibia\. The Office has piloted/);
  });

  it("answers the name of a thing with the sentence that coins it in quotation marks before the thing's noun", async () => {
    const pledge = await ask("What was the catchy name of the pledge initiative the chair floated at CND 67?");
    assert.match(pledge.answer, /^A voluntary “Pledge4Action” initiative was proposed by the Chair of the Commission at its 67th session/);
    assert.equal(pledge.citations[0]!.breadcrumb, "UNODC 2024 · Q6");
  });

  it("abstains on which delegation sponsored something when the evidence names no one paying", async () => {
    assertAbstains(await ask("Which delegation sponsored the CND resolution on drug overdose prevention?"));
    assertAbstains(await ask("Which delegation tabled the resolution on alternative development?"));
    // A country named for something else (the venue) did not do the act asked (new-user trial, session 26); the
    // country of a venue did host it.
    assertAbstains(await ask("Which country chaired the CND at its 67th session?"));
    assert.match((await ask("Which country hosted the 33rd session of the CCPCJ?")).answer, /Event Location \(City, Country\): Vienna, Austria \[1\]$/);
    assert.match((await ask("Which country hosted the 33rd CCPCJ session?")).answer, /Event Location \(City, Country\): Vienna, Austria \[1\]$/);
    assert.match((await ask("Which donor funded Project Turquesa?")).answer, /funded by Global Affairs Canada/);
  });

  it("abstains on which company or supplier did something when the evidence speaks of none", async () => {
    assertAbstains(await ask("Which supplier installed the solar-powered poultry hatcheries and drip irrigation systems in Afghanistan?"));
    assertAbstains(await ask("What construction company built the climate-resilient prisons?"));
    // The organisation that did it is asked of an organisation: the reporting entity answers.
    assert.match((await ask("Which organisation is promoting solar energy in rural Afghanistan?")).answer, /^In Afghanistan, for instance, UNODC is promoting solar energy in rural areas/);
  });

  it("answers a yes/no asked of two lists at once from both, 'No.' when either says no", async () => {
    const both = await ask("Does Kenya appear both among the SE4U pilot countries and the prison climate pilots?");
    assert.match(both.answer, /^Yes\.\n- Does Kenya appear among the SE4U pilot countries\? Yes\. .*VPIs have taken place in Mexico, Pakistan, Kenya and Angola.* \[1\]\n- Does Kenya appear among the prison climate pilots\? Yes\. The Office has piloted targeted initiatives in Ghana, Kenya, .* \[2\]$/);
    assert.deepEqual(both.citations.map((c) => c.source.question), [7, 5]);
    const pair = await ask("are both Ghana and Nigeria in the climate-resilient prison pilots AND the prisoner skills list?");
    assert.match(pair.answer, /^Yes\.\n- Are Ghana and Nigeria in the climate-resilient prison pilots\? Yes\. /);
    assert.match((await ask("Does Ghana appear both among the prison climate pilots and the countries where VPIs have taken place?")).answer, /^No\.\n- Does Ghana appear among the prison climate pilots\? Yes\. .*\n- Does Ghana appear among the countries where VPIs have taken place\? No\. /);
  });

  it("picks the items tagged with a goal when the set they come from is named first: 'Of the four resolutions …, which ones …?'", async () => {
    const tagged = await ask("Of the four resolutions the CND adopted at its 67th session, which ones are mapped to SDG 3?");
    const first = tagged.answer.split("\n")[0]!;
    assert.match(first, /^67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Recovery and related support services for people with drug use disorders \(SDG 3\); • Awareness-raising, .*\(SDG 3\); • Prevention of and response to drug overdose \(SDG 3\) \[1\]$/);
    assert.doesNotMatch(first, /Alternative development/);
  });

  it("answers what happened in a month with every retrieved passage that dates something in it, one line each", async () => {
    const may = await ask("What happened in May 2024?");
    assert.deepEqual(
      may.answer.split("\n").map((line) => line.slice(0, 60)),
      [
        "33rd session of the Commission on Crime Prevention and Crimi",
        "In May 2024, the CCPCJ passed several resolutions to advance",
        "ImPACT Coalition “The Future of Drug Policy” — Description: ",
      ],
    );
    assert.match(may.answer, /^33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024 \[1\]\n/);
    assert.match(may.answer, /established during the UN Civil Society Conference in Nairobi in May 2024 .*\[3\]$/);
    assert.deepEqual((await ask("What did UNODC do in March 2024?")).citations.map((c) => c.breadcrumb), [
      "UNODC 2024 · Q1 · Commission on Narcotic Drugs (CND)",
      "UNODC 2024 · Q3 · Event 2: 67th session of the Commission on Narcotic Drugs, Regular Segment",
      "UNODC 2024 · Q3 · Event 1: 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment",
    ]);
    // A record dated by its title alone ("… Indicators (July 2024)") is said by its description (new-user trial).
    const july = await ask("What did UNODC do in July 2024?");
    assert.match(july.answer, /\nGlobal Progress Report on Sustainable Development Goal 16 Indicators: .*\(July 2024\) — Description: The second edition .*\[2\]$/);
    // A month the submission never dates anything in, or a topic it never speaks of, is not answered by the month.
    assertAbstains(await ask("What happened in June 2024?"));
    assertAbstains(await ask("What was the weather like in May 2024?"));
  });

  it("answers a country desk with every passage that names the country, searched by the country alone", async () => {
    const kenya = await ask("On behalf of the Kenyan mission: in which UNODC activities described in the submission does Kenya feature?");
    const lines = kenya.answer.split("\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /— Description: VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024\. \[1\]$/);
    assert.match(lines[1]!, /^The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia, Namibia, Nigeria, Pakistan and Sri Lanka .* \[2\]$/);
    assert.deepEqual(kenya.citations.map((c) => [c.source.question, c.source.record?.index]), [[7, 5], [5, undefined]]);
    // A world area is searched by the countries inside it that the submission names.
    assert.match((await ask("What about Southern Africa?")).answer, /^The Office has piloted targeted initiatives in Ghana, Kenya, Indonesia, Namibia, /);
    // Every passage naming the place leads, however the encoder ranks it (new-user trial, session 26: the prison
    // pilots had been left out of "What activities took place in Pakistan?").
    const pakistan = await ask("What activities took place in Pakistan?");
    assert.deepEqual(pakistan.citations.map((c) => [c.source.question, c.source.record?.index]), [[7, 5], [5, undefined]]);
    const brazil = await ask("Anything on Brazil in the submission?");
    assert.match(brazil.answer, /State of Pará, Brazil.* \[1\]\nUNODC’s commitment to supporting a coordinated response to trafficking in persons and advancing SDG 8 has recently materialized with the launch of Brazil’s IV National Action Plan/);
  });

  it("leaves out what a clause sets aside before the question", async () => {
    const segment = await ask("Apart from the regular segment, when was the 67th CND's high-level segment held?");
    assert.equal(segment.answer, "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024 [1]");
  });

  it("abstains on who pays for something whose evidence never speaks of paying, and names the funder where it does", async () => {
    assertAbstains(await ask("Who funds the SE4U project?"));
    assertAbstains(await ask("Who pays for the African Civil Society Forum on Drugs?"));
    assertAbstains(await ask("Who sponsors the World Wildlife Crime Report?"));
    // A record whose description says who funds it answers from any of its fields.
    // The sentence that says who funds it, not the partners field, which names INTERPOL too (new-user trial, session 27).
    // "Who's bankrolling …?" and "footing the bill" ask who pays too.
    assertAbstains(await ask("Who is footing the bill for the SE4U project?"));
    for (const question of ["Who pays for Project Turquesa?", "Who is paying for Project Turquesa?", "Who's bankrolling Project Turquesa?"]) assert.equal((await ask(question)).answer, "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]", question);
    // Money that only sets the scene asks for nothing about paying.
    const dates = await ask("Good morning, I am preparing talking points for our director ahead of next week's meeting with donors. We're after the dates of the 33rd session of the CCPCJ. Many thanks in advance for your help with this.");
    assert.match(dates.answer, /13-17 May 2024/);
  });

  it("abstains on an outcome asked in everyday words of something whose outcome is not reported, and gives one that is", async () => {
    assertAbstains(await ask("What impact did the Beware the Share campaign have?"));
    assertAbstains(await ask("Was the Afrique: Ma Vie Digitale campaign successful?"));
    assertAbstains(await ask("How did the Pledge4Action initiative go?"));
    assertAbstains(await ask("What has the Tapajós project achieved so far?"));
    const vpi = [{ role: "user" as const, content: "Where have the SE4U Voluntary Pilot Initiatives taken place?" }, { role: "assistant" as const, content: "VPIs have taken place in Mexico, Pakistan, Kenya and Angola and will start in Chile in November 2024." }];
    assertAbstains(await ask("what were the results in Kenya?", vpi));
    assert.match((await ask("What impact did the sacha inchi work in Colombia have?")).answer, /has improved the diets of over two million vulnerable children/);
  });

  it("answers a country desk with each passage that names the country, each cited", async () => {
    const kyrgyzstan = await ask("What has UNODC done in Kyrgyzstan according to the submission?");
    const lines = kyrgyzstan.answer.split("\n");
    assert.equal(lines.length, 2);
    assert.equal(lines[0], "As part of its work on non-custodial measures, UNODC has pursued a similar approach in the context of non-custodial measures in Kyrgyzstan. [1]");
    assert.match(lines[1]!, /localized UNODC university modules on anti-corruption in Kazakhstan and Kyrgyzstan.* \[2\]$/);
    assert.deepEqual(kyrgyzstan.citations.map((c) => c.source.section), ["5) Jobs and social protection", "4) Education"]);
    // A question that asks something of the country is answered as before, from one passage.
    assert.equal((await ask("How many farmers did UNODC support in Colombia?")).answer.split("\n").length, 1);
  });

  it("abstains on the symbol of a resolution the submission names without one, and gives the symbol of one it numbers", async () => {
    const treatment = await ask("What's the resolution number of the CCPCJ resolution on the treatment of children associated with terrorist groups?");
    assertAbstains(treatment);
    assert.match((await ask("What is the symbol of the resolution on reducing reoffending?")).answer, /E\/RES\/2024\/10 on reducing reoffending/);
    assert.match((await ask("Which resolution number covers violence against children by organized criminal groups?")).answer, /E\/RES\/2024\/11 on preventing and countering violence against children/);
    // A topic in other words is left to the quote.
    assert.match((await ask("What's the reference number of the decision on shielding kids from gangs and terrorists?")).answer, /E\/RES\/2024\/11/);
  });

  it("abstains on a yes/no choice the evidence says neither side of, and quotes the side it says", async () => {
    assertAbstains(await ask("Was resolution 67/4 adopted by vote or by consensus?"));
    assertAbstains(await ask("Was the Tapajós project extended or closed in 2024?"));
    assert.match((await ask("Is poppy cultivation in Myanmar rising or falling?")).answer, /^In Myanmar, where illicit poppy cultivation continues to rise/);
    assert.equal((await ask("Was the 33rd CCPCJ session in Vienna or New York?")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location (City, Country): Vienna, Austria [1]");
  });

  it("abstains on what a visitor wants near a place the submission names, when the submission never names the thing", async () => {
    assertAbstains(await ask("any good cafes near the Vienna International Centre for after the session?"));
    assertAbstains(await ask("Can you recommend a restaurant in Nairobi near where the ImPACT Coalition was launched?"));
    assert.match((await ask("Are there any exhibitions near Guatemala City?")).answer, /three permanent exhibitions in children’s museums/);
  });

  it("reads 'start year' as asking when, and does not date one thing by another programme's date", async () => {
    assertAbstains(await ask("Checking the start year of the climate-resilience pilots in prisons - was it 2022?"));
    assertAbstains(await ask("By what date will the guide on integrating justice responses to CAE into the climate agenda be published?"));
    assert.match((await ask("What was the start year of the Tapajós project?")).answer, /implemented by UNODC since 2021/);
    assert.match((await ask("launch month of the ImPACT Coalition?")).answer, /in Nairobi in May 2024/);
  });

  it("reads 'Where does it say …?' after an unanswered question as asking for the passage, its 'it' the text", async () => {
    const earlier = [{ role: "user" as const, content: "Any word on the weather in Vienna?" }, { role: "assistant" as const, content: "The submission does not say." }];
    const result = await ask("Where does it say lack of funding is holding things back?", earlier);
    assert.match(result.answer, /The lack of funding, especially in developing countries, continues to hinder femicide reporting/);
    // After an answer that named a document, "it" is that document.
    const brief = [{ role: "user" as const, content: "Did UNODC publish anything on femicide?" }, { role: "assistant" as const, content: "Yes, a brief on gender-related killings of women and girls (femicide/feminicide) [1]." }];
    assert.match((await ask("what does it say is holding back reporting?", brief)).answer, /continues to hinder femicide reporting/);
  });

  it("answers obstacles asked after the thing they stand in the way of, and abstains where none are named", async () => {
    const strategy = [{ role: "user" as const, content: "What's the name of the strategy UNODC launched with the SRSG on violence against children?" }, { role: "assistant" as const, content: "The Strategy to End Violence Against Children 2023-2030." }];
    assert.match((await ask("what does it say the main obstacles are for protecting trafficked children?", strategy)).answer, /^Lack of data, insufficient collaboration and ineffective frameworks/);
    assert.match((await ask("any barriers mentioned?", strategy)).answer, /^Lack of data, insufficient collaboration and ineffective frameworks/);
    assertAbstains(await ask("Any challenges mentioned for the ImPACT Coalition?"));
  });

  it("answers a regional desk about a world area the submission never names as such by the countries inside it", async () => {
    const centralAsia = await ask("Anything on Central Asia?");
    assert.match(centralAsia.answer, /^As part of its work on non-custodial measures, UNODC has pursued a similar approach in the context of non-custodial measures in Kyrgyzstan\. \[1\]/);
    assert.match(centralAsia.answer, /in Kazakhstan and Kyrgyzstan.* \[2\]$/);
    // An area the submission names is named by its name too: the campaign "In Southeast Asia" answers first
    // (the new-user trial found 'anything abt Southeast Asia?' abstaining, its best unit swapped for one naming Myanmar).
    assert.match((await ask("anything abt Southeast Asia?")).answer, /^In Southeast Asia, the Beware the Share campaign was launched/);
    // A question that asks something else of the area is searched by its own words.
    assert.doesNotMatch((await ask("Does UNODC work with the police on people smuggling in Latin America?")).answer, /children’s museums/);
  });

  it("answers 'No.' to a fact put in a country the quote's passage never names, when the quote gives it for another", async () => {
    assert.match((await ask("Were the children's museum exhibitions set up in Mexico?")).answer, /^No\. In Guatemala, El Salvador and Honduras, UNODC established three permanent exhibitions/);
    assert.match((await ask("Is the GRACE sourcebook for educators in Zambia?")).answer, /^No\. Within the framework of its Global Resource for Anti-Corruption Education/);
    assert.match((await ask("Were the children's museum exhibitions set up in Honduras?")).answer, /^(?!No\.).*In Guatemala, El Salvador and Honduras/);
  });

  it("answers a record's field asked by its name with the whole field, or the group of it asked", async () => {
    const partners = await ask("Tapajós partners");
    assert.match(partners.answer, /^Tapajós Project — Partners: Funded by the Office to Monitor and Combat Trafficking in Persons \(J-TIP\).*; Local and National Partners: Public Ministry of Labor \(MPT\)/);
    assert.match(partners.answer, /Academia: NORC – University of Chicago/);
    assert.equal((await ask("tapajos academic partners")).answer, "Tapajós Project — Partners: Academia: NORC – University of Chicago, Federal University of Western Pará (UFOPA) [1]");
  });

  it("reads a statement with a tag typed without its comma ('… right?') as the yes/no question it asks", async () => {
    assert.match((await ask("cnd midterm review - follow up to the 2019 declaration right?")).answer, /^Yes\. 67th session of the Commission on Narcotic Drugs, Mid-term Review \/ High-level Segment — Description: Outcome: “High-Level Declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019” \[1\]$/);
    assert.match((await ask("the ccpcj session was in vienna correct?")).answer, /^Yes\. 33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location \(City, Country\): Vienna, Austria \[1\]$/);
  });

  it("reads the alternative after 'or' by its content words, not only its first ('still a draft')", async () => {
    assert.equal((await ask("Is the cybercrime convention adopted or still a draft?")).answer, "The draft Convention provides tools that will support States in managing the risks and threats resulting from digitalization by establishing 11 forms of cybercrime and providing for a set of procedural and international cooperation measures. [1]");
    assert.match((await ask("reoffending resolution - already adopted by the GA or still only a draft?")).answer, /a draft resolution on reducing reoffending through rehabilitation and reintegration/);
    assertAbstains(await ask("Was the reoffending resolution adopted unanimously or by a narrow recorded vote?"));
  });

  it("answers a voice query that spells an acronym letter by letter and says a year in words", async () => {
    assert.match((await ask("which goals are going to be reviewed in depth at the h l p f in twenty twenty five")).answer, /^The questionnaire's question 7 says: .*Goal 5 \(Gender equality\).*Goal 14 \(Life below water\) and Goal 17 \(Partnerships\), which will go under in-depth review at the HLPF in 2025\? \[1\]$/);
    assert.match((await ask("what does u n o d c stand for")).answer, /^UNODC stands for United Nations Office on Drugs and Crime \[1\]$/);
  });

  it("reads 'whats' as 'what's': the thing asked for that the submission never mentions is not answered by a place beside it", async () => {
    assertAbstains(await ask("whats the weather usually like in vienna in march"));
    assertAbstains(await ask("Whats the weather like in Vienna in March?"));
    assert.match((await ask("wheres the ccpcj held")).answer, /^33rd session of the Commission on Crime Prevention and Criminal Justice — Event Location \(City, Country\): Vienna, Austria \[1\]$/);
  });

  it("answers a question naming two countries with the sentence on each, each cited", async () => {
    const trend = await ask("How does poppy cultivation in Myanmar compare with Afghanistan?");
    assert.match(trend.answer, /^In Myanmar, where illicit poppy cultivation continues to rise, UNODC has supported 300 women to transition to growing coffee and vegetables and lead their own business enterprises\. \[1\]\nFor example, in Afghanistan, where opium cultivation has dropped by 95%, .* \[2\]$/s);
    assert.equal(trend.citations.length, 2);
    // One quote that names both is answer enough.
    assert.doesNotMatch((await ask("What is UNODC doing on alternative development in Colombia and Afghanistan?")).answer, /\[2\]/);
  });

  it("reads 'relate to SDG 3' as asking which items are tagged with the goal, and lists only those", async () => {
    const expected = "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Recovery and related support services for people with drug use disorders (SDG 3); • Awareness-raising, education, training and data collection as part of a comprehensive approach to ensuring access to and the availability of controlled substances for medical and scientific purposes, including for the treatment of children, and ensuring their rational use (SDG 3); • Prevention of and response to drug overdose (SDG 3) [1]";
    assert.equal((await ask("Which of the resolutions adopted at CND 67 relate to SDG 3?")).answer, expected);
    assert.equal((await ask("which cnd resolutions belong to goal 3")).answer, expected);
  });

  it("answers a question asking for several resolutions with the sentence that gives their symbols, however politely asked", async () => {
    const listed = /^In May 2024, the CCPCJ passed several resolutions .*Resolution 33\/1 on countering trafficking in persons .*; E\/RES\/2024\/10 on reducing reoffending .*; and E\/RES\/2024\/11 on preventing and countering violence against children .* \[1\]$/;
    assert.match((await ask("which resolutions did the Commission on Crime Prevention and Criminal Justice adopt at its session in 2024?")).answer, listed);
    assert.match((await ask("Good morning. Could you please tell me which resolutions the Commission on Crime Prevention and Criminal Justice adopted at its session in 2024, and the symbols where available? Many thanks in advance.")).answer, listed);
    // One resolution asked is answered by the sentence on it.
    assert.match((await ask("What did the CCPCJ encourage Member States to do in resolution 33/1?")).answer, /^Furthermore, in Resolution 33\/1, the Commission on Crime Prevention and Criminal Justice, recognizing the importance of SDG 16/);
  });

  it("lists the one item tagged with the goal asked, without what joined it to the next", async () => {
    assert.equal((await ask("Of the CND 67 resolutions, which ones relate to SDG 8?")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Alternative development (SDG 8, 10, 16) [1]");
  });

  it("answers a long polite message by what it needs to know, not by its purpose's words", async () => {
    const result = await ask("Dear colleague, for my briefing to the Under-Secretary-General tomorrow I need to know, as precisely as possible, what UNODC reported about its work on cybercrime and online child safety, in particular any campaigns or exhibitions. Thank you so much.");
    assert.match(result.answer, /^In Southeast Asia, the Beware the Share campaign was launched to raise awareness on how to deal with and prevent online child sexual exploitation and abuse\./);
    assert.equal(result.citations[0]!.source.question, 5);
  });

  it("answers how long a thing named by its short name runs or lasts from the sentence that says its span", async () => {
    assert.equal((await ask("How long does Turquesa run?")).answer, "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]");
    assert.match((await ask("how long does tapajos run")).answer, /^Tapajós Project — Description: The TAPAJÓS project has been implemented by UNODC since 2021 /);
  });

  it("abstains on the doer of a thing the submission never mentions, asked of a record it does name", async () => {
    assertAbstains(await ask("Who wrote the foreword of the Global Study on Homicide 2023?"));
    assertAbstains(await ask("Who gave the keynote at the CND session?"));
    assert.equal((await ask("Who published the Global Study on Homicide?")).answer, "Global Study on Homicide 2023 — Publishing entity/entities: United Nations Office on Drugs and Crime (UNODC) [1]");
  });

  it("reads a follow-up's 'it' as something any earlier turn named, not only the last one", async () => {
    const history = [
      { role: "user" as const, content: "What did the CND adopt in March 2024?" },
      { role: "assistant" as const, content: "The High-level declaration on the 2024 midterm review, following up to the Ministerial Declaration of 2019." },
      { role: "user" as const, content: "What did it reaffirm?" },
      { role: "assistant" as const, content: "Commitment to equitable access to and availability of narcotic drugs for medical and scientific purposes while preventing their misuse." },
    ];
    assert.equal((await ask("which resolution did they mention alongside it on synthetic drugs?", history)).answer, "Notably, the 2024 High-level Declaration and Resolution 67/4 underscored the proliferation of synthetic drugs and the need for coordinated efforts to improve regulatory frameworks and strategies across multiple sectors. [1]");
  });

  it("reads 'duration' as asking how long, answered by the sentence that gives the span", async () => {
    assert.equal((await ask("Turquesa duration")).answer, "Project Turquesa is a 2.5-year initiative funded by Global Affairs Canada and jointly implemented by UNODC and INTERPOL. [1]");
    assert.match((await ask("Turquesa duration & donor")).answer, /^Project Turquesa is a 2\.5-year initiative funded by Global Affairs Canada/);
  });

  it("opens a list answer to a yes/no question with its verdict", async () => {
    assert.equal((await ask("Were any of the intergovernmental events held outside Vienna?")).answer, "No: all 3 events the submission lists mention “Vienna” [1][2][3].");
    assert.match((await ask("Were any of the events held in New York?")).answer, /^No\. None of the 3 events the submission lists mentions “New York”\./);
    // "any events" after the doer asks the same (new-user trial).
    assert.match((await ask("Did UNODC organize any events in New York?")).answer, /^No\. None of the 3 events the submission lists mentions “New York”\./);
    assert.match((await ask("Did UNODC hold any events in May?")).answer, /^Yes\. 1 of the 3 events the submission lists mentions “May”:\n- 33rd session of the Commission on Crime Prevention and Criminal Justice /);
    assert.match((await ask("Were any events held in May 2024?")).answer, /^Yes\. 1 of the 3 events the submission lists mentions “May 2024”:/);
    // Asked which, the list is the answer.
    assert.equal((await ask("Which events were held outside Vienna?")).answer, "None: all 3 events the submission lists mention “Vienna” [1][2][3].");
  });

  it("answers polite messages from the second new-user trial by what they ask", async () => {
    assert.match((await ask("Dear colleagues, I hope this message finds you well. I am preparing talking points for the Deputy Secretary-General's meeting next week and would be most grateful if you could remind me which resolutions the Commission on Crime Prevention and Criminal Justice adopted in 2024 that relate to the 2030 Agenda. Many thanks in advance and best regards.")).answer, /^In May 2024, the CCPCJ passed several resolutions .*E\/RES\/2024\/10 .*E\/RES\/2024\/11 /);
    assert.match((await ask("Hi, quick one from the EOSG: was there anything on the Summit of the Future in this submission? Thx")).answer, /inform the preparations for the 2024 Summit of the Future/);
  });

  it("answers two records named in one question each from its own record", async () => {
    assert.equal(
      (await ask("Compare the Global Study on Homicide with the World Wildlife Crime Report: which SDGs and which edition?")).answer,
      "Global Study on Homicide 2023 — Relevant SDGs: SDG 16; Description: The fourth edition of the Global Study on Homicide offers a comprehensive examination of intentional homicide trends and patterns around the world and an analyzes the complex dynamics behind the numbers. [1]\nWorld Wildlife Crime Report 2024: Trafficking in Protected Species — Relevant SDGs: SDG 15; Description: The third edition of the World Wildlife Crime Report examines trends, harms, impacts and drivers of the trafficking of protected wildlife species; evaluates the effectiveness of interventions to combat the trade; and provides policy recommendations. [2]",
    );
    // Every record answers every thing asked beside the field (new-user trial: the outcomes were left out).
    assert.equal(
      (await ask("Compare the two CND segments: dates and outcomes")).answer,
      "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Event Dates: 14-15 March 2024; Description: Outcome: “High-Level Declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019” [1]\n67th session of the Commission on Narcotic Drugs, Regular Segment — Event Dates: 18-22 March 2024; Description: Outcome: During the 67th session, the CND took 25 decisions on the change of the scope of control of substances and adopted four resolutions on the following issues: • Recovery and related support services for people with drug use disorders (SDG 3); • Awareness-raising, education, training and data collection as part of a comprehensive approach to ensuring access to and the availability of controlled substances for medical and scientific purposes, including for the treatment of children, and ensuring their rational use (SDG 3); • Alternative development (SDG 8, 10, 16); and • Prevention of and response to drug overdose (SDG 3) [2]",
    );
  });

  it("answers challenges asked of the submission with the sentence that names them, before the one that points back at them", async () => {
    assert.match((await ask("What challenges does UNODC foresee in implementing the 2024 Ministerial Declaration?")).answer, /^Lack of data, insufficient collaboration and ineffective frameworks for coordination among states hinder effective protection and support, including access to justice\./);
    // Third new-user trial: asked in a few words, within the form's question 6, the sentence is supported by the one
    // after it that points back ("To overcome these challenges"), and the question's scope stands for the topic.
    const scoped = await ask("What challenges are mentioned under question 6?");
    assert.match(scoped.answer, /^Lack of data, insufficient collaboration and ineffective frameworks .* To overcome these challenges, UNODC will continue/);
    assert.equal(scoped.citations[0]!.source.question, 6);
    assertAbstains(await ask("What does question 6 say about football?"));
    // Not when the question names what that passage never does.
    assertAbstains(await ask("Any challenges mentioned for the ImPACT Coalition?"));
  });
  it("answers each record a count names ('the two CND segments'), each from its own record", async () => {
    assert.equal(
      (await ask("What were the outcomes of the two CND segments?")).answer,
      "67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment — Description: Outcome: “High-Level Declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019” [1]\n67th session of the Commission on Narcotic Drugs, Regular Segment — Description: Outcome: During the 67th session, the CND took 25 decisions on the change of the scope of control of substances and adopted four resolutions on the following issues: • Recovery and related support services for people with drug use disorders (SDG 3); • Awareness-raising, education, training and data collection as part of a comprehensive approach to ensuring access to and the availability of controlled substances for medical and scientific purposes, including for the treatment of children, and ensuring their rational use (SDG 3); • Alternative development (SDG 8, 10, 16); and • Prevention of and response to drug overdose (SDG 3) [2]",
    );
  });

  it("answers every field a terse question lists side by side ('dates and venue')", async () => {
    assert.equal((await ask("CCPCJ 33rd session - dates and venue pls")).answer, "33rd session of the Commission on Crime Prevention and Criminal Justice — Event Dates: 13-17 May 2024; Event Location (City, Country): Vienna, Austria [1]");
    assert.equal((await ask("partners and SDGs of Project Turquesa?")).answer, "Project Turquesa — Relevant SDGs: SDGs 8, 16 and 17; Partners: Global Affairs Canada, INTERPOL [1]");
  });
  it("answers the name of a thing from a quote that speaks of it, and abstains when none does where the question places it", async () => {
    assert.match((await ask("what is the name of the anti-corruption education initiative?")).answer, /^Within the framework of its Global Resource for Anti-Corruption Education and Youth Empowerment \(GRACE\) initiative/);
    // Blind dev 27: Putumayo's farmers are spoken of, no association of theirs is.
    const association = await assistant.ask({ question: "whats the name of the farmers association in putumayo?", history: [] });
    assertAbstains(association.result);
    assert.equal(new ExtractiveAnswerer().compose(association.retrieval).reason, "the evidence names no association of putumayo");
    assertAbstains(await ask("What is the name of the NGO in Myanmar that works with women?"));
    assert.match((await ask("name of the roadmap UNODC follows for prison rehab programmes?")).answer, /^In line with its Roadmap for the Development of Prison-based Rehabilitation Programmes/);
  });
  it("lists the records a year of founding asks for by the year their record dates a start in (new-user trial)", async () => {
    assert.equal((await ask("Which partnerships were established in 2024?")).answer, "1 of the 5 initiatives/partnerships the submission lists dates its start in 2024:\n- ImPACT Coalition “The Future of Drug Policy” (African Civil Society Forum on Drugs, African Union, American Coalition on Drug Policy, New York NGO Committee on Drugs and the Vienna NGO Committee on Drugs; SDGs 3 and 17) [1]");
    assert.match((await ask("Which partnerships were launched in 2023?")).answer, /^1 of the 5 initiatives\/partnerships the submission lists dates its start in 2023:\n- African Civil Society Forum on Drugs /);
    assert.match((await ask("Which initiatives started in 2021?")).answer, /^1 of the 5 initiatives\/partnerships the submission lists dates its start in 2021:\n- Tapajós Project /);
    assert.match((await ask("Which partnerships were set up in 2022?")).answer, /^None of the 5 initiatives\/partnerships the submission lists dates its start in 2022 \[1\]\[2\]\[3\]\[4\]\[5\]\.$/);
  });
  it("answers 'which resolution' by the resolution named by its subject when it has no symbol; a symbol asked is required", async () => {
    assert.equal((await ask("Which CND resolution is about overdose?")).answer, "67th session of the Commission on Narcotic Drugs, Regular Segment — Description: • Prevention of and response to drug overdose (SDG 3) [1]");
    assert.match((await ask("Which CND resolution flagged the proliferation of synthetic drugs?")).answer, /^Notably, the 2024 High-level Declaration and Resolution 67\/4 underscored/);
    assertAbstains(await ask("What is the symbol of the resolution on overdose?"));
  });
  it("answers what things were about from the unit that introduces them, not one that only says there were some", async () => {
    assert.match((await ask("what were the CND resolutions about?")).answer, /^67th session of the Commission on Narcotic Drugs, Regular Segment — Description: Outcome: During the 67th session, the CND took 25 decisions .* adopted four resolutions on the following issues: • Recovery and related support services/);
    // Not for one resolution named by its symbol.
    assert.match((await ask("What issue did CND Resolution 67/4 highlight?")).answer, /^Notably, the 2024 High-level Declaration and Resolution 67\/4 underscored the proliferation of synthetic drugs/);
  });
  it("says the goals every listed record shares before the list (new-user trial: 'Which SDGs are shared by all three events?')", async () => {
    assert.equal(
      (await ask("Which SDGs are shared by all three events?")).answer,
      "SDGs 16 and 17 are shared by all 3 events the submission lists:\n- 67th session of the Commission on Narcotic Drugs, Mid-term Review / High-level Segment (14-15 March 2024; Vienna, Austria; SDGs 3, 16 and 17) [1]\n- 67th session of the Commission on Narcotic Drugs, Regular Segment (18-22 March 2024; Vienna, Austria; SDGs 3, 16 and 17) [2]\n- 33rd session of the Commission on Crime Prevention and Criminal Justice (13-17 May 2024; Vienna, Austria; SDGs 16 and 17) [3]",
    );
    assert.match((await ask("Which goals do all the partnerships have in common?")).answer, /^SDG 17 is shared by all 5 initiatives\/partnerships the submission lists:\n- African Civil Society Forum on Drugs /);
  });
});
