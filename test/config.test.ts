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

  it("lists every setting in .env.example, with the defaults readConfig applies", async () => {
    const { readFile } = await import("node:fs/promises");
    const { ROOT } = await import("./helpers/fixtures.js");
    const path = await import("node:path");
    const example = await readFile(path.join(ROOT, ".env.example"), "utf8");
    const settings = Object.fromEntries([...example.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
    const source = await readFile(path.join(ROOT, "src", "config.ts"), "utf8");
    const read = [...source.matchAll(/^  ([A-Z_]+): /gm)].map((m) => m[1]!);
    assert.deepEqual(read.filter((name) => !(name in settings)), [], "every variable readConfig reads is listed");
    const { SOAK_SECONDS: _soak, ...serverSettings } = settings;
    assert.deepEqual(readConfig(serverSettings), readConfig({}), "the listed values are the defaults");
  });
});
