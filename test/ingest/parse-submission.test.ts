import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadFile } from "../../src/ingest/load-file.js";
import { parseSubmission } from "../../src/ingest/parse-submission.js";
import { fieldValue, type SubmissionDocument } from "../../src/ingest/submission.js";
import { CORPUS_DIR, SUBMISSION } from "../helpers/fixtures.js";

async function parsed(): Promise<SubmissionDocument> {
  return parseSubmission(await loadFile(CORPUS_DIR, SUBMISSION));
}

function allText(doc: SubmissionDocument): string {
  return doc.questions
    .flatMap((q) => [
      ...q.paragraphs.map((p) => (p.kind === "text" ? p.text : [p.leadIn, ...p.items].join("\n"))),
      ...q.tables.flatMap((t) => t.records.flatMap((r) => r.fields.map((f) => f.value))),
    ])
    .join("\n");
}

describe("parsing UNODC's 2024 submission", () => {
  it("reads the entity and year from the page, not the boilerplate", async () => {
    const doc = await parsed();
    assert.deepEqual(doc.entity, { name: "United Nations Office on Drugs and Crime", acronym: "UNODC" });
    assert.equal(doc.year, 2024);
    const text = allText(doc);
    assert.doesNotMatch(text, /enable JavaScript/);
    assert.doesNotMatch(text, /ECESA Plus Member/);
    assert.doesNotMatch(text, /Year of submission/);
  });

  it("keeps the page's membership label as a fact about the entity, with its place in the text", async () => {
    const loaded = await loadFile(CORPUS_DIR, SUBMISSION);
    const doc = parseSubmission(loaded);
    assert.equal(doc.membership?.label, "ECESA Plus Member");
    assert.equal(loaded.text.slice(doc.membership!.start, doc.membership!.end).trim(), "ECESA Plus Member");
  });

  it("finds the seven numbered questions, whose text is metadata, not answer text", async () => {
    const doc = await parsed();
    assert.deepEqual(doc.questions.map((q) => q.number), [1, 2, 3, 4, 5, 6, 7]);
    assert.match(doc.questions[2]!.text, /^In the past year, has your organization organized any intergovernmentally mandated conferences/);
    assert.doesNotMatch(allText(doc), /has your organization organized any intergovernmentally/);
    assert.doesNotMatch(allText(doc), /Please copy the below table/);
  });

  it("finds the six transitions of question 5 and the headings of question 1", async () => {
    const doc = await parsed();
    assert.deepEqual(doc.questions[4]!.sections, [
      "1) Food systems",
      "2) Energy access and affordability",
      "3) Digital connectivity",
      "4) Education",
      "5) Jobs and social protection",
      "6) Climate change, biodiversity loss and pollution",
    ]);
    assert.deepEqual(doc.questions[0]!.sections, ["Commission on Narcotic Drugs (CND)", "Commission on Crime Prevention and Criminal Justice (CCPCJ)"]);
    const cnd = doc.questions[0]!.paragraphs.find((p) => p.section === "Commission on Narcotic Drugs (CND)");
    assert.ok(cnd?.kind === "text" && cnd.text.startsWith("In March 2024, the CND adopted"));
  });

  it("reads three events, three resources and five partnerships as records with labelled fields", async () => {
    const doc = await parsed();
    const tables = doc.questions.flatMap((q) => q.tables.map((t) => [q.number, t.kind, t.records.length]));
    assert.deepEqual(tables, [[3, "event", 3], [4, "resource", 3], [7, "initiative/partnership", 5]]);
    const event3 = doc.questions[2]!.tables[0]!.records[2]!;
    assert.equal(event3.title, "33rd session of the Commission on Crime Prevention and Criminal Justice");
    assert.deepEqual(event3.fields.map((f) => f.label), ["Event Name", "Event Dates", "Event Location (City, Country)", "Relevant SDGs", "Description", "Website"]);
    assert.equal(fieldValue(event3, /^Event Dates$/), "13-17 May 2024");
    assert.equal(fieldValue(event3, /^Event Location/), "Vienna, Austria");
    assert.equal(fieldValue(event3, /^Relevant SDGs$/), "SDGs 16 and 17");
    assert.equal(fieldValue(event3, /^Website$/), "", "an empty field stays empty");
    assert.match(fieldValue(event3, /^Description$/)!, /\n\* In the context of that resolution, the term “associated with terrorist groups”/, "the footnote stays with its record");

    const resources = doc.questions[3]!.tables[0]!.records;
    assert.deepEqual(resources.map((r) => r.title), [
      "Global Progress Report on Sustainable Development Goal 16 Indicators: At the crossroads: Breakdown or breakthrough for peace, justice and strong institutions (July 2024)",
      "Global Study on Homicide 2023",
      "World Wildlife Crime Report 2024: Trafficking in Protected Species",
    ]);
    assert.equal(fieldValue(resources[2]!, /^Relevant SDGs$/), "SDG 15");
    assert.equal(fieldValue(resources[0]!, /^Language/), "English");
  });

  it("keeps the Tapajós partner list whole, line by line", async () => {
    const doc = await parsed();
    const tapajos = doc.questions[6]!.tables[0]!.records[2]!;
    assert.equal(tapajos.title, "Tapajós Project");
    assert.deepEqual(fieldValue(tapajos, /^Partners$/)!.split("\n"), [
      "Funded by the Office to Monitor and Combat Trafficking in Persons (J-TIP) of the US Department of State through the Program to End Modern Slavery (PEMS)",
      "Local and National Partners:",
      "Public Ministry of Labor (MPT)",
      "Inspection Division for the Eradication of Forced Labor (DETRAE/MTE)",
      "Federal Police (PF)",
      "Commission for the Eradication of Forced Labor of the State of Pará (COETRAE/PA)",
      "Academia: NORC – University of Chicago, Federal University of Western Pará (UFOPA)",
      "CSOs: Pastoral Land Commission – Itaituba (CPT), Pariri Indigenous Association and Munduruku Wakoborun Women’s Association",
    ]);
    assert.equal(fieldValue(tapajos, /^Member States benefiting/), "Brazil");
    assert.equal(doc.questions[6]!.tables[0]!.records[4]!.title.startsWith("SE4U - Stakeholder Engagement"), true);
  });

  it("keeps question 7's bullet list with its lead-in sentence", async () => {
    const doc = await parsed();
    const list = doc.questions[6]!.paragraphs[0]!;
    assert.equal(list.kind, "list");
    assert.ok(list.kind === "list");
    assert.match(list.leadIn, /For instance, during the last year:$/);
    assert.equal(list.items.length, 5);
    assert.match(list.items[0]!, /^Drug use, youth violence and child maltreatment were prevented/);
  });
});

describe("parsing other submissions", () => {
  it("parses another entity's questionnaire with other questions and record counts", () => {
    const text = [
      "United Nations Environment Programme (UNEP)",
      "1. Which decisions did your governing body take this year? Please list them.",
      "The Assembly adopted resolution 6/1 on the circular economy.",
      "2. What events did you organise? Please copy the below table to fill out for each event:",
      "Event Name",
      "Sixth Environment Assembly",
      "Event Dates",
      "26 February - 1 March 2024",
      "Event Location (City, Country)",
      "Nairobi, Kenya",
      "Website (if applicable)",
      "",
      "Year of submission: 2025",
    ].join("\n\n");
    const doc = parseSubmission({ document: "unep-2025.txt", text, wrapped: false });
    assert.deepEqual(doc.entity, { name: "United Nations Environment Programme", acronym: "UNEP" });
    assert.equal(doc.year, 2025);
    assert.deepEqual(doc.questions.map((q) => q.number), [1, 2]);
    const records = doc.questions[1]!.tables[0]!.records;
    assert.equal(records.length, 1);
    assert.equal(fieldValue(records[0]!, /^Event Dates$/), "26 February - 1 March 2024");
    assert.equal(fieldValue(records[0]!, /^Website$/), "");
  });

  it("falls back to paragraphs for a file with no recognisable structure", () => {
    const text = "Some notes on the meeting.\n\nThe budget was discussed at length. Nothing was decided.";
    const doc = parseSubmission({ document: "notes.md", text, wrapped: false });
    assert.equal(doc.questions.length, 0);
    assert.deepEqual(doc.paragraphs.map((p) => p.kind === "text" && p.text), ["Some notes on the meeting.", "The budget was discussed at length. Nothing was decided."]);
  });
});
