import { readFile } from "node:fs/promises";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { SCREENSHOTS, launchBrowser } from "../helpers/browser.js";
import { startServer, type TestServer } from "../helpers/server.js";

/** A separate "intranet" origin on another loopback port, serving a page that embeds the widget. */
async function startIntranet(widgetUrl: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><title>Intranet</title>
      <style>button { background: hotpink !important; font-size: 30px !important; } p { color: darkred; }</style></head>
      <body><h1>SDG coordination team</h1><p>Host page text.</p><button type="button" id="host-button">Host button</button>
      <script src="${widgetUrl()}" data-title="Ask the UNODC submission" data-accent="#00629b" data-position="left"></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("the chat page and the widget in headless Chromium", () => {
  let api: TestServer;
  let browser: Browser;
  let intranet: { server: Server; origin: string };

  before(async () => {
    intranet = await startIntranet(() => `${api.url}/widget.js`);
    api = await startServer({ CORS_ORIGINS: intranet.origin });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await api?.stop();
    intranet?.server.close();
  });

  it("asks on the page, shows a cited answer, and opens the cited passage", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(api.url);
    await page.locator("#starter-list button").first().waitFor();
    await page.getByLabel("Ask about the submission").fill("When did the 33rd CCPCJ session take place?");
    await page.keyboard.press("Enter");
    const answer = page.locator(".turn.assistant").last();
    await answer.locator(".tools").waitFor();
    assert.match(await answer.locator(".body").innerText(), /13-17 May 2024/);
    await answer.locator("button.cite", { hasText: "[1]" }).click();
    const sources = page.locator("#sources");
    await sources.waitFor({ state: "visible" });
    assert.match(await sources.locator(".breadcrumb").first().innerText(), /^\[1\] UNODC 2024 · Q3 · Event 3: 33rd session of the Commission on Crime Prevention and Criminal Justice/);
    assert.match(await sources.locator(".passage").first().innerText(), /Event Dates: 13-17 May 2024/);
    // The question's words are highlighted as whole words; the first passage is the event's record.
    assert.deepEqual(await sources.locator(".source").first().locator("mark").allInnerTexts(), ["33rd", "session", "33rd", "session"]);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "sources-title", "focus moves to the sources");
    await page.screenshot({ path: path.join(SCREENSHOTS, "page-cited-answer.png"), fullPage: true });
    await page.getByRole("button", { name: "Brief me" }).click();
    const note = page.locator(".turn.assistant").last();
    await note.locator("h2").first().waitFor();
    assert.match(await note.locator("h2").first().innerText(), /^Briefing: UNODC 2024 submission/);
    assert.ok((await note.locator("li button.cite").count()) >= 7, "every question's bullets are cited");
    await page.screenshot({ path: path.join(SCREENSHOTS, "page-brief.png"), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent("download"), note.getByRole("button", { name: "Download (.docx)" }).click()]);
    assert.equal(download.suggestedFilename(), "briefing-note.docx");
    const saved = path.join(SCREENSHOTS, "..", "briefing-note.docx");
    await download.saveAs(saved);
    assert.equal((await readFile(saved)).subarray(0, 2).toString(), "PK", "a Word (zip) document");
    await note.getByRole("button", { name: "Print" }).click();
    const printed = page.frameLocator("iframe[data-brief-print]");
    assert.equal(await printed.locator("h1").innerText(), "Briefing: UNODC 2024 submission");
    assert.equal(await printed.locator("h2").first().evaluate((el) => getComputedStyle(el).borderBottomStyle), "solid", "the brief's own stylesheet applies in the print frame");
    assert.deepEqual(errors, [], "no script errors and no CSP violations");
    await page.close();
  });

  it("shows markup typed as a question as text, and runs none of it", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(api.url);
    const typed = `<img src=x onerror="window.__xss=1"><b>bold</b> <script>window.__xss=2</script>`;
    await page.getByLabel("Ask about the submission").fill(typed);
    await page.getByRole("button", { name: "Ask", exact: true }).click();
    await page.locator(".turn.assistant .tools").waitFor();
    assert.equal(await page.locator(".turn.user .body").innerText(), typed);
    assert.equal(await page.locator("#log img, #log b, #log script").count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await page.screenshot({ path: path.join(SCREENSHOTS, "page-markup-as-text-phone.png"), fullPage: true });
    await page.close();
  });

  it("answers through the widget on a page served from another origin, untouched by the host's CSS", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(intranet.origin);
    const launcher = page.locator("[data-submission-assistant] button.launcher");
    await launcher.click();
    const panel = page.locator("[data-submission-assistant] .panel");
    await panel.waitFor({ state: "visible" });
    assert.equal(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(0, 98, 155)", "the accent, not the host's hotpink");
    assert.equal(await page.locator("#host-button").evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(255, 105, 180)", "the host keeps its own styles");
    await page.locator("[data-submission-assistant] textarea").fill("Who funds the Tapajós project?");
    await page.keyboard.press("Enter");
    const answer = page.locator("[data-submission-assistant] .turn.assistant").last();
    await answer.locator(".tools").waitFor();
    assert.match(await answer.locator(".body").innerText(), /Office to Monitor and Combat Trafficking in Persons/);
    await answer.locator("button.cite").first().click();
    assert.match(await page.locator("[data-submission-assistant] .breadcrumb").first().innerText(), /Initiative\/Partnership 3: Tapajós Project/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "widget-answer.png") });

    await page.keyboard.press("Escape"); // closes the sources first
    await page.keyboard.press("Escape"); // then the panel
    await panel.waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.querySelector("[data-submission-assistant]")!.shadowRoot!.activeElement?.className), "launcher left");

    await page.reload();
    await page.locator("[data-submission-assistant] button.launcher").click();
    assert.equal(await page.locator("[data-submission-assistant] .turn.user").count(), 1, "the conversation is kept for the tab");
    await page.locator("[data-submission-assistant] .head").getByRole("button", { name: "Brief me" }).click();
    const note = page.locator("[data-submission-assistant] .turn.assistant").last();
    const [download] = await Promise.all([page.waitForEvent("download"), note.getByRole("button", { name: "Download (.docx)" }).click()]);
    assert.equal(download.suggestedFilename(), "briefing-note.docx");
    assert.equal(await note.getByRole("button", { name: "Print" }).count(), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("serves the sample intranet page with a widget that works from the assistant's own address", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const console: string[] = [];
    page.on("console", (message) => message.type() === "error" && console.push(message.text()));
    await page.goto(`${api.url}/embed-example.html`);
    // The host's hostile styles load (the policy allows no inline ones) and do not reach the widget.
    assert.equal(await page.locator("body > button").evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(255, 105, 180)");
    const launcher = page.locator("[data-submission-assistant] button.launcher");
    assert.notEqual(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(255, 105, 180)");
    await launcher.click();
    await page.locator("[data-submission-assistant] textarea").fill("Who funds the Tapajós project?");
    await page.keyboard.press("Enter");
    const answer = page.locator("[data-submission-assistant] .turn.assistant").last();
    await answer.locator(".tools").waitFor();
    assert.match(await answer.locator(".body").innerText(), /Office to Monitor and Combat Trafficking in Persons/);
    assert.deepEqual(errors, []);
    assert.deepEqual(console, []);
    await page.close();
  });
});
