import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../helpers/browser.js";
import { tempDir } from "../helpers/fixtures.js";
import { writeMultiEntityCorpus } from "../helpers/second-entity.js";
import { startServer, type TestServer } from "../helpers/server.js";

/** An entity's intranet page on another loopback origin, embedding the widget for its own submissions. */
async function startIntranet(widgetUrl: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>UN-Habitat intranet</title></head><body><h1>UN-Habitat</h1>
      <script src="${widgetUrl()}" data-title="Ask our submissions" data-entity="UN-Habitat"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("filters in the page and the widget, in headless Chromium", () => {
  let api: TestServer;
  let browser: Browser;
  let intranet: { server: Server; origin: string };

  before(async () => {
    intranet = await startIntranet(() => `${api.url}/widget.js`);
    api = await startServer({ CORS_ORIGINS: intranet.origin, CORPUS_DIR: await writeMultiEntityCorpus(), INDEX_DIR: path.join(await tempDir("sa-web-filters-"), "index") });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await api?.stop();
    intranet?.server.close();
  });

  it("asks only the entity and year chosen in the page's filter", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(api.url);
    const entity = page.getByLabel("Entity");
    await entity.waitFor({ state: "visible" });
    assert.deepEqual(await entity.locator("option").allInnerTexts(), ["All entities", "ECLAC (Economic Commission for Latin America and the Caribbean)", "UN-Habitat (United Nations Human Settlements Programme)", "UNODC (United Nations Office on Drugs and Crime)"]);
    assert.deepEqual(await page.getByLabel("Year").locator("option").allInnerTexts(), ["All years", "2025", "2024", "2021"]);
    await entity.selectOption("UNODC");
    await page.getByLabel("Ask about the submission").fill("Which events were organized?");
    await page.keyboard.press("Enter");
    const answer = page.locator(".turn.assistant").last();
    await answer.locator(".tools").waitFor();
    assert.match(await answer.locator(".body").innerText(), /^The UNODC 2024 submission lists 3 events:/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("sends the widget's data-entity with every question", async () => {
    const page = await browser.newPage();
    await page.goto(intranet.origin);
    await page.locator("[data-submission-assistant] button.launcher").click();
    await page.locator("[data-submission-assistant] textarea").fill("Which events were organized?");
    await page.keyboard.press("Enter");
    const answer = page.locator("[data-submission-assistant] .turn.assistant").last();
    await answer.locator(".tools").waitFor();
    const text = await answer.locator(".body").innerText();
    assert.match(text, /^The UN-Habitat 2025 submission lists 2 events:/);
    assert.doesNotMatch(text, /Commission on Narcotic Drugs/);
    await page.close();
  });
});
