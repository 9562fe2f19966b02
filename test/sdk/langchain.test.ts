import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { AIMessage, HumanMessage, type AIMessageChunk } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import { startServer, type TestServer } from "../helpers/server.js";

const QUESTION = "When did the 33rd CCPCJ session take place?";

describe("LangChain's ChatOpenAI (@langchain/openai 1.5) against /v1", () => {
  let server: TestServer;
  let model: ChatOpenAI;
  before(async () => {
    server = await startServer({ API_KEYS: "key-one" });
    model = new ChatOpenAI({ model: "submission-assistant", apiKey: "key-one", configuration: { baseURL: `${server.url}/v1` }, maxRetries: 0 });
  });
  after(async () => {
    await server?.stop();
  });

  it("invokes, with usage counted", async () => {
    const message = await model.invoke([new HumanMessage(QUESTION)]);
    assert.match(String(message.content), /13-17 May 2024 \[1\]/);
    const prompt = 4 + Math.ceil(QUESTION.length / 4);
    const completion = Math.ceil(String(message.content).length / 4);
    assert.deepEqual(message.usage_metadata && { input: message.usage_metadata.input_tokens, output: message.usage_metadata.output_tokens, total: message.usage_metadata.total_tokens }, { input: prompt, output: completion, total: prompt + completion });
  });

  it("streams, with usage counted", async () => {
    let whole: AIMessageChunk | undefined;
    for await (const chunk of await model.stream([new HumanMessage(QUESTION)])) whole = whole ? whole.concat(chunk) : chunk;
    const text = String(whole!.content);
    assert.match(text, /13-17 May 2024 \[1\]/);
    assert.equal(whole!.usage_metadata?.input_tokens, 4 + Math.ceil(QUESTION.length / 4));
    assert.equal(whole!.usage_metadata?.output_tokens, Math.ceil(text.length / 4));
  });

  it("reads the error's type from a refused request", async () => {
    await assert.rejects(model.invoke([new AIMessage("hi")]), (error: any) => {
      assert.equal(error.status, 400);
      assert.equal(error.type ?? error.error?.type, "invalid_request_error");
      assert.match(error.message, /the last message must be a non-empty user message/);
      return true;
    });
  });
});
