import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { COURTESY_ANSWER, THANKS_ANSWER } from "../../src/answer/assistant.js";
import { postJson, postSse, startServer, type TestServer } from "../helpers/server.js";

describe("POST /api/chat answers from the submission with citations (offline default)", () => {
  let server: TestServer;
  const ask = (question: string, history: unknown[] = []) => postJson(`${server.url}/api/chat`, { question, history });

  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.stop();
  });

  it("answers the dates of the 33rd CCPCJ session with a citation to its record", async () => {
    const { status, body } = await ask("When did the 33rd CCPCJ session take place?");
    assert.equal(status, 200);
    assert.equal(body.mode, "extractive");
    assert.equal(body.abstained, false);
    assert.match(body.answer, /13-17 May 2024 \[1\]/);
    assert.equal(body.citations.length, 1);
    assert.equal(body.citations[0].n, 1);
    assert.deepEqual(body.citations[0].source.record, { table: "event", index: 3, title: "33rd session of the Commission on Crime Prevention and Criminal Justice" });
    assert.equal(body.citations[0].source.question, 3);
    assert.match(body.citations[0].text, /^Event Name: 33rd session/, "the citation carries the whole passage");
    assert.equal(typeof body.citations[0].score, "number");
  });

  const facts: [string, RegExp, number, string?][] = [
    ["What is the symbol of the resolution on reducing reoffending through rehabilitation and reintegration?", /E\/RES\/2024\/10/, 1],
    ["Which resolution of the 67th CND session underscored the proliferation of synthetic drugs?", /67\/4/, 2],
    ["How many decisions on the scope of control of substances did the CND take at its 67th session?", /25 decisions/, 3],
    ["Who published the Global Progress Report on Sustainable Development Goal 16 Indicators?", /OHCHR.*UNDP/, 4, "Publishing entity/entities"],
    ["How many farmers in Putumayo did UNODC support?", /over 750 farmers in Putumayo/, 5, "1) Food systems"],
    ["What does GRACE stand for?", /Global Resource for Anti-Corruption Education and Youth Empowerment/, 5, "4) Education"],
    ["Which strategy on violence against children will UNODC continue to implement?", /Strategy to End Violence Against Children 2023-2030/, 6],
    ["How many children benefited from the family skills and life skills programmes?", /60,000 children/, 7],
    ["Who funds the Tapajós project?", /Office to Monitor and Combat Trafficking in Persons \(J-TIP\)/, 7, "Partners"],
  ];
  for (const [question, expected, questionNumber, where] of facts) {
    it(`answers "${question}" from question ${questionNumber}`, async () => {
      const { body } = await ask(question);
      assert.equal(body.abstained, false);
      assert.match(body.answer, expected);
      assert.match(body.answer, /\[1\]$/);
      assert.equal(body.citations[0].source.question, questionNumber);
      if (where?.includes(")")) assert.equal(body.citations[0].source.section, where);
      else if (where) assert.match(body.answer, new RegExp(where.replace(/[/()]/g, "\\$&")));
    });
  }

  it("lists every record of a table for a list question, one citation each", async () => {
    const { body } = await ask("Which partnerships is UNODC part of?");
    assert.equal(body.abstained, false);
    assert.deepEqual(body.citations.map((c: any) => c.source.record.index), [1, 2, 3, 4, 5]);
    for (const title of ["African Civil Society Forum on Drugs", "ImPACT Coalition", "Tapajós Project", "Project Turquesa", "SE4U"]) assert.match(body.answer, new RegExp(title));
    assert.match(body.answer, /^The submission lists 5 initiatives\/partnerships:/);
  });

  it("lists the six transitions of question 5", async () => {
    const { body } = await ask("What are the six transitions UNODC reported on?");
    assert.equal(body.citations.length, 6);
    assert.deepEqual(body.citations.map((c: any) => c.source.section), [
      "1) Food systems", "2) Energy access and affordability", "3) Digital connectivity", "4) Education", "5) Jobs and social protection", "6) Climate change, biodiversity loss and pollution",
    ]);
  });

  it("answers a follow-up about the event the previous question named", async () => {
    const { body } = await ask("And where was it held?", [
      { role: "user", content: "When did the 33rd CCPCJ session take place?" },
      { role: "assistant", content: "13-17 May 2024 [1]" },
    ]);
    assert.match(body.answer, /Event Location \(City, Country\): Vienna, Austria \[1\]/);
    assert.equal(body.citations[0].source.record.index, 3);
  });

  for (const question of ["What was UNODC's total budget for 2024?", "When will the 34th session of the CCPCJ take place?", "Who won the football World Cup in 2022?", "What is the website of the World Wildlife Crime Report?", "Can you translate 'good morning' into German?", "Where will the World Summit for Social Development take place?"]) {
    it(`says the submission does not say: "${question}"`, async () => {
      const { body } = await ask(question);
      assert.equal(body.abstained, true);
      assert.match(body.answer, /^The submission does not say\./);
      assert.ok(body.citations.length <= 3, "offers at most three nearest passages");
    });
  }

  it("streams tokens as server-sent events, then the whole response", async () => {
    const { status, contentType, events } = await postSse(`${server.url}/api/chat`, { question: "How many women did UNODC support in Myanmar?", stream: true });
    assert.equal(status, 200);
    assert.match(contentType, /^text\/event-stream/);
    const tokens = events.filter((e) => e.event === "token");
    assert.ok(tokens.length > 3);
    const done = events.at(-1)!;
    assert.equal(done.event, "done");
    assert.equal(tokens.map((t) => t.data.text).join(""), done.data.answer);
    assert.match(done.data.answer, /supported 300 women/);
    assert.equal(done.data.citations[0].source.section, "1) Food systems");
  });

  it("answers a greeting or a thank-you with an invitation to ask, offering no passages", async () => {
    for (const [message, expected] of [["Hi there!", COURTESY_ANSWER], ["Thanks, that is all for today.", THANKS_ANSWER]]) {
      const { status, body } = await ask(message!);
      assert.equal(status, 200);
      assert.deepEqual({ answer: body.answer, abstained: body.abstained, citations: body.citations }, { answer: expected, abstained: true, citations: [] }, message);
    }
    // Chat fillers alone normalise to no text at all, which the encoder would throw on (a 500 before the fix).
    for (const message of ["rq", "ngl tbh", "?"]) {
      const { status, body } = await ask(message);
      assert.equal(status, 200, message);
      assert.deepEqual({ answer: body.answer, abstained: body.abstained, citations: body.citations }, { answer: COURTESY_ANSWER, abstained: true, citations: [] }, message);
    }
    const { body } = await ask("Hi there! Who funds Project Turquesa?");
    assert.match(body.answer, /Global Affairs Canada/);
  });

  it("rejects bad input with a JSON 400 naming the field", async () => {
    const cases: [unknown, RegExp][] = [
      [{}, /^question: is required/],
      [{ question: "" }, /^question: must not be empty/],
      [{ question: "x".repeat(2001) }, /^question: must be at most 2000 characters/],
      [{ question: 42 }, /^question: must be a string/],
      [{ question: "hi", history: [{ role: "system", content: "x" }] }, /^history\.0\.role: /],
      [{ question: "hi", stream: "yes" }, /^stream: /],
      [[1, 2], /^the request body must be a JSON object \(got an array\)$/],
    ];
    for (const [body, message] of cases) {
      const response = await postJson(`${server.url}/api/chat`, body);
      assert.equal(response.status, 400, JSON.stringify(body).slice(0, 60));
      assert.equal(response.body.error.code, "invalid_request");
      assert.match(response.body.error.message, message);
    }
    const broken = await fetch(`${server.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    assert.equal(broken.status, 400);
    assert.equal((await broken.json()).error.code, "invalid_json");
    const nothing = await fetch(`${server.url}/api/chat`, { method: "POST", headers: { "content-type": "application/json" }, body: "null" });
    assert.equal(nothing.status, 400);
    assert.deepEqual(((await nothing.json()) as { error: { code: string; message: string } }).error, { message: "the request body must be a JSON object", type: "invalid_request_error", param: null, code: "invalid_json" });
  });
});
