import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { APICallError, generateText, streamText } from "ai";
import { startServer, type TestServer } from "../helpers/server.js";

const QUESTION = "When did the 33rd CCPCJ session take place?";

describe("the Vercel AI SDK (ai 6, @ai-sdk/openai-compatible 2) against /v1", () => {
  let server: TestServer;
  let provider: ReturnType<typeof createOpenAICompatible>;
  before(async () => {
    server = await startServer({ API_KEYS: "key-one" });
    provider = createOpenAICompatible({ name: "submission-assistant", baseURL: `${server.url}/v1`, apiKey: "key-one", includeUsage: true });
  });
  after(async () => {
    await server?.stop();
  });

  it("generates text, with usage counted", async () => {
    const result = await generateText({ model: provider("submission-assistant"), prompt: QUESTION, maxRetries: 0 });
    assert.match(result.text, /13-17 May 2024 \[1\]/);
    assert.equal(result.usage.inputTokens, 4 + Math.ceil(QUESTION.length / 4));
    assert.equal(result.usage.outputTokens, Math.ceil(result.text.length / 4));
    assert.equal(result.finishReason, "stop");
  });

  it("streams text, with usage counted", async () => {
    const result = streamText({ model: provider("submission-assistant"), prompt: QUESTION, maxRetries: 0 });
    let text = "";
    for await (const piece of result.textStream) text += piece;
    assert.match(text, /13-17 May 2024 \[1\]/);
    const usage = await result.usage;
    assert.equal(usage.inputTokens, 4 + Math.ceil(QUESTION.length / 4));
    assert.equal(usage.outputTokens, Math.ceil(text.length / 4));
  });

  it("reads the error's type from a refused request", async () => {
    await assert.rejects(generateText({ model: provider("submission-assistant"), messages: [{ role: "assistant", content: "hi" }], maxRetries: 0 }), (error: unknown) => {
      assert.ok(APICallError.isInstance(error));
      assert.equal(error.statusCode, 400);
      assert.equal((error.data as { error: { type: string } }).error.type, "invalid_request_error");
      assert.equal(error.message, "messages: the last message must be a non-empty user message");
      return true;
    });
  });
});
