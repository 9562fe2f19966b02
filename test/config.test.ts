import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "./helpers/fixtures.js";
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

  it("says what a number setting must be and quotes what it got", () => {
    assert.throws(() => readConfig({ PORT: "abc" }), { message: 'invalid configuration: PORT: must be a whole number from 0 to 65535 (got "abc")' });
    assert.throws(() => readConfig({ RATE_LIMIT: "-1" }), { message: 'invalid configuration: RATE_LIMIT: must be a whole number from 0 up (got "-1")' });
    assert.throws(() => readConfig({ EMBED_WORKERS: "2.5" }), { message: 'invalid configuration: EMBED_WORKERS: must be a whole number from 0 to 16 (got "2.5")' });
  });

  it("refuses a key list that holds no key, naming the variable", () => {
    for (const name of ["API_KEYS", "ADMIN_API_KEYS", "METRICS_API_KEYS"]) {
      assert.throws(() => readConfig({ [name]: " , " }), new RegExp(`^Error: invalid configuration: ${name}: is set but holds no key`));
    }
    assert.deepEqual(readConfig({ API_KEYS: "", ADMIN_API_KEYS: "root-key,root-key" }).adminApiKeys, ["root-key"]);
  });

  it("reads TRUST_PROXY as Express does, refusing what proxy-addr would throw on", () => {
    assert.equal(readConfig({ TRUST_PROXY: "true" }).trustProxy, true);
    assert.equal(readConfig({ TRUST_PROXY: "false" }).trustProxy, false);
    assert.equal(readConfig({ TRUST_PROXY: "2" }).trustProxy, 2);
    assert.equal(readConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8, ::1, 192.168.0.0/255.255.0.0" }).trustProxy, "loopback,10.0.0.0/8,::1,192.168.0.0/255.255.0.0");
    assert.throws(() => readConfig({ TRUST_PROXY: "yes" }), /^Error: invalid configuration: TRUST_PROXY: "yes" is not an IP address/);
    assert.throws(() => readConfig({ TRUST_PROXY: "10.0.0.0/33" }), /TRUST_PROXY: "10.0.0.0\/33" has an invalid prefix length/);
  });

  it("stops the server at start with one line naming the variable, no stack trace", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/start.ts")], { cwd: ROOT, env: { PATH: process.env.PATH, API_KEYS: " , ", PORT: "0" }, encoding: "utf8", timeout: 120_000 });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, "");
    assert.equal(run.stderr, "invalid configuration: API_KEYS: is set but holds no key (a comma-separated list of keys; leave it unset for none)\n");
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
