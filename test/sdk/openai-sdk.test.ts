import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import OpenAI from "openai";
import { startServer, type TestServer } from "../helpers/server.js";

const QUESTION = "When did the 33rd CCPCJ session take place?";
/** The server's estimate (src/server/estimate-tokens.ts): 4 per message plus a token per 4 characters. */
const estimate = (messages: string[], answer: string) => {
  const prompt = messages.reduce((sum, m) => sum + 4 + Math.ceil(m.length / 4), 0);
  const completion = Math.ceil(answer.length / 4);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
};

describe("the official openai SDK (6.x) against /v1", () => {
  let server: TestServer;
  let client: OpenAI;
  before(async () => {
    server = await startServer({ API_KEYS: "key-one" });
    client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "key-one", maxRetries: 0 });
  });
  after(async () => {
    await server?.stop();
  });

  it("retrieves the model", async () => {
    const model = await client.models.retrieve("submission-assistant");
    assert.equal(model.id, "submission-assistant");
    assert.equal(model.object, "model");
  });

  it("completes a chat, with usage counted", async () => {
    const completion = await client.chat.completions.create({ model: "submission-assistant", messages: [{ role: "user", content: QUESTION }] });
    const answer = completion.choices[0]!.message.content!;
    assert.match(answer, /13-17 May 2024 \[1\]/);
    assert.deepEqual(completion.usage, estimate([QUESTION], answer));
  });

  it("streams a chat, the usage chunk last when asked for", async () => {
    const stream = await client.chat.completions.create({ model: "submission-assistant", stream: true, stream_options: { include_usage: true }, messages: [{ role: "user", content: QUESTION }] });
    let text = "";
    let usage: OpenAI.CompletionUsage | null | undefined;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      if (chunk.choices[0]?.finish_reason) finish = chunk.choices[0].finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    assert.match(text, /13-17 May 2024 \[1\]/);
    assert.equal(finish, "stop");
    assert.deepEqual(usage, estimate([QUESTION], text));
  });

  it("raises typed errors: a bad request and a missing key", async () => {
    await assert.rejects(client.chat.completions.create({ model: "submission-assistant", messages: [] }), (error: unknown) => {
      assert.ok(error instanceof OpenAI.BadRequestError);
      assert.equal(error.status, 400);
      assert.equal(error.type, "invalid_request_error");
      assert.equal(error.param, "messages");
      assert.equal(error.code, "invalid_request");
      return true;
    });
    const keyless = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "wrong", maxRetries: 0 });
    await assert.rejects(keyless.models.list(), (error: unknown) => {
      assert.ok(error instanceof OpenAI.AuthenticationError);
      assert.equal(error.type, "authentication_error");
      return true;
    });
  });

  it("raises a typed error from a stream the server refuses", async () => {
    await assert.rejects(
      (async () => {
        const stream = await client.chat.completions.create({ model: "submission-assistant", stream: true, messages: [{ role: "assistant", content: "hi" }] });
        for await (const _chunk of stream) {
          // nothing arrives
        }
      })(),
      (error: unknown) => {
        assert.ok(error instanceof OpenAI.APIError);
        assert.equal(error.type, "invalid_request_error");
        return true;
      },
    );
  });
});
