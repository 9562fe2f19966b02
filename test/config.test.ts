import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readConfig } from "../src/config.js";

describe("configuration from the environment", () => {
  it("has working defaults: offline, open, rate-limited, proxies not trusted", () => {
    const config = readConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.embeddings, "local");
    assert.equal(config.llmModel, undefined);
    assert.deepEqual(config.apiKeys, []);
    assert.equal(config.rateLimit, 60);
    assert.equal(config.trustProxy, false);
  });

  it("reads lists and treats empty variables as unset", () => {
    const config = readConfig({ API_KEYS: " a, b ,", CORS_ORIGINS: "http://intranet:8080", EMBED_WORKERS: "", PORT: "", LLM_MODEL: " ", TRUST_PROXY: "1" });
    assert.deepEqual(config.apiKeys, ["a", "b"]);
    assert.deepEqual(config.corsOrigins, ["http://intranet:8080"]);
    assert.equal(config.embedWorkers, undefined);
    assert.equal(config.port, 3000);
    assert.equal(config.llmModel, undefined);
    assert.equal(config.trustProxy, 1);
  });

  it("names the variable that is wrong", () => {
    assert.throws(() => readConfig({ EMBEDDINGS: "magic" }), /invalid configuration: EMBEDDINGS: /);
    assert.throws(() => readConfig({ RATE_LIMIT: "-1" }), /invalid configuration: RATE_LIMIT: /);
  });
});
