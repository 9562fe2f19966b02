import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { SCREENSHOTS, launchBrowser } from "../helpers/browser.js";
import { startServer, type TestServer } from "../helpers/server.js";

const HOSTILE_CSS = `body { color: #ddd; background: #fff; font: 24px/2 "Comic Sans MS", cursive; letter-spacing: 3px; }
  div { color: inherit; font: inherit } body * { all: unset }`;
const URL_QUESTION = "What did UNODC do at the margins of the ECOSOC Coordination Segment?";

/** Host pages on their own origin; `/name` serves `pages[name]` with the widget's URL filled in. */
async function startHost(pages: Record<string, (widget: string) => string>, widget: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const page = pages[(req.url ?? "/").slice(1)] as ((widget: string) => string) | undefined;
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ? page(widget()) : "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const tag = (src: string, extra = "") => `<script src="${src}" data-title="Ask the UNODC submission" data-accent="#00629b" ${extra}></script>`;
const hostPages: Record<string, (widget: string) => string> = {
  hostile: (w) => `<!doctype html><html lang="en"><head><title>Hostile host</title><style>${HOSTILE_CSS}</style></head><body><main><h1>Team page</h1><p>Host text.</p></main>${tag(w)}</body></html>`,
  twice: (w) => `<!doctype html><html lang="en"><head><title>Twice</title></head><body><main><h1>Twice</h1></main>${tag(w)}${tag(w)}</body></html>`,
  head: (w) => `<!doctype html><html lang="en"><head><title>Early</title>${tag(w, 'data-offset="64"')}</head><body><main><h1>Early</h1><a href="#x" style="position:fixed;bottom:8px;right:8px">Host link</a></main></body></html>`,
  plain: (w) => `<!doctype html><html lang="en"><head><title>Plain host</title></head><body><main><h1>Plain host</h1></main>${tag(w)}</body></html>`,
};

async function axe(page: Page, include?: string): Promise<{ id: string; nodes: number }[]> {
  const source = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
  }, include ? { include: [[include]] } : null);
}

const widget = (page: Page) => page.locator("[data-submission-assistant]");

describe("the page and the widget on real host pages, by keyboard, screen reader and phone", () => {
  let api: TestServer;
  let browser: Browser;
  let host: { server: Server; origin: string };
  let refused: { server: Server; origin: string };

  before(async () => {
    host = await startHost(hostPages, () => `${api.url}/widget.js`);
    refused = await startHost(hostPages, () => `${api.url}/widget.js`);
    api = await startServer({ CORS_ORIGINS: host.origin });
    browser = await launchBrowser(["--host-resolver-rules=MAP assistant.intranet 127.0.0.1"]);
  });
  after(async () => {
    await browser?.close();
    await api?.stop();
    host?.server.close();
    refused?.server.close();
  });

  it("works when opened by a host name over plain HTTP (no upgrade to HTTPS)", async () => {
    const page = await browser.newPage();
    const url = api.url.replace("127.0.0.1", "assistant.intranet");
    const response = await page.goto(`${url}/`);
    assert.doesNotMatch(response!.headers()["content-security-policy"]!, /upgrade-insecure-requests/);
    await page.locator("#starter-list button").first().waitFor();
    // app.css applied: the layout is a grid; app.js ran: the starters are there.
    assert.equal(await page.locator(".layout").evaluate((el) => getComputedStyle(el).display), "grid");
    assert.equal(new URL(page.url()).protocol, "http:");
    await page.close();
  });

  it("at phone width, wraps a URL in an answer and keeps heading levels in a brief; axe finds nothing", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    await page.goto(api.url);
    await page.getByLabel("Ask about the submission").fill(URL_QUESTION);
    await page.keyboard.press("Enter");
    const answer = page.locator(".turn.assistant").last();
    await answer.locator(".tools").waitFor();
    assert.match(await answer.locator(".body").innerText(), /https:\/\/www\.unodc\.org\/unodc\/en\/commissions\/SDG\/event\.html/);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, "the page is no wider than the phone");
    await page.getByRole("button", { name: "Brief me" }).click();
    await page.locator(".turn.assistant").last().locator(".body h2").waitFor();
    const levels = await page.evaluate(() => Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName[1])));
    assert.equal(levels[0], 1);
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `heading levels ${levels.join(",")} skip none`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    await page.screenshot({ path: path.join(SCREENSHOTS, "page-phone-url-and-brief.png"), fullPage: true });
    assert.deepEqual(await axe(page), []);
    await page.close();
  });

  it("keeps its colours, fonts and Close button on a host page with hostile CSS", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 }, bypassCSP: true });
    await page.goto(`${host.origin}/hostile`);
    await widget(page).locator("button.launcher").click();
    await widget(page).locator("textarea").fill(URL_QUESTION);
    await page.keyboard.press("Enter");
    const answer = widget(page).locator(".turn.assistant").last();
    await answer.locator(".tools").waitFor();
    const style = await answer.locator(".body").evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, size: s.fontSize, family: s.fontFamily, spacing: s.letterSpacing };
    });
    assert.deepEqual(style, { color: "rgb(27, 27, 27)", size: "15px", family: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', spacing: "normal" });
    const panel = await widget(page).locator(".panel").boundingBox();
    const close = await widget(page).getByRole("button", { name: "Close" }).boundingBox();
    assert.ok(panel && close && close.x >= panel.x && close.x + close.width <= panel.x + panel.width && close.y >= panel.y, "the Close button is inside the panel");
    const scroll = await widget(page).locator(".scroll").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    assert.equal(scroll.scroll, scroll.client, "the long URL wraps inside the panel");
    await page.screenshot({ path: path.join(SCREENSHOTS, "widget-hostile-host.png") });
    // What the screenshot shows, measured: the answer's darkest pixels are its dark text, not the host's light grey (#ddd).
    const shot = await answer.locator(".body p").first().screenshot();
    const darkest = await page.evaluate(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      let min = 255;
      for (let i = 0; i < data.length; i += 4) min = Math.min(min, (data[i]! + data[i + 1]! + data[i + 2]!) / 3);
      return min;
    }, shot.toString("base64"));
    assert.ok(darkest < 60, `the text is dark in the screenshot (darkest pixel ${darkest})`);
    assert.deepEqual(await axe(page, "[data-submission-assistant]"), []);
    await page.close();
  });

  it("at 320 px keeps the Close button in view and shrinks the launcher; data-offset lifts it; a head load waits for the body", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${host.origin}/head`);
    const launcher = widget(page).locator("button.launcher");
    await launcher.waitFor();
    const box = (await launcher.boundingBox())!;
    assert.equal(await launcher.innerText(), "Ask");
    assert.ok(box.width < 100, `a compact launcher (${box.width} px)`);
    assert.equal(Math.round(640 - (box.y + box.height)), 20 + 64, "1.25rem plus the 64 px offset above the bottom");
    await launcher.click();
    const close = (await widget(page).getByRole("button", { name: "Close" }).boundingBox())!;
    assert.ok(close.x >= 0 && close.x + close.width <= 320, `the Close button is on screen (${close.x}..${close.x + close.width})`);
    await page.screenshot({ path: path.join(SCREENSHOTS, "widget-320.png") });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("does nothing the second time the script is loaded", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}/twice`);
    await widget(page).locator("button.launcher").waitFor();
    assert.equal(await widget(page).count(), 1);
    await page.close();
  });

  it("says the assistant is not enabled on a page whose origin is not allowed, and logs what to change", async () => {
    const page = await browser.newPage();
    const logged: string[] = [];
    page.on("console", (message) => message.type() === "error" && logged.push(message.text()));
    await page.goto(`${refused.origin}/plain`);
    await widget(page).locator("button.launcher").click();
    await widget(page).locator("textarea").fill("When did the 33rd CCPCJ session take place?");
    await page.keyboard.press("Enter");
    const answer = widget(page).locator(".turn.assistant").last();
    await answer.filter({ hasText: "not enabled" }).waitFor();
    assert.equal(await answer.locator(".body").innerText(), "The assistant is not enabled for this page. Please tell the page's owner.");
    const advice = logged.find((line) => line.startsWith("Submission Assistant:"));
    assert.equal(advice, `Submission Assistant: ${api.url} does not accept requests from this page's origin ${refused.origin}. Add ${refused.origin} to CORS_ORIGINS on the assistant's server to enable it here.`);
    await page.close();
  });

  it("restores a briefing note after a reload", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${host.origin}/plain`);
    await widget(page).locator("button.launcher").click();
    await widget(page).getByRole("button", { name: "Brief me" }).click();
    await widget(page).locator(".turn.assistant .body h3").first().waitFor();
    const title = await widget(page).locator(".turn.assistant .body h3").first().innerText();
    assert.match(title, /^Briefing: UNODC 2024 submission/);
    await page.reload();
    await widget(page).locator("button.launcher").click();
    assert.equal(await widget(page).locator(".turn.assistant .body h3").first().innerText(), title);
    await page.close();
  });
});

describe("the page on a server that requires API keys, opened without one", () => {
  let keyed: TestServer;
  let browser: Browser;
  before(async () => {
    keyed = await startServer({ API_KEYS: "key-one" });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await keyed?.stop();
  });

  it("tells the reader what to do in plain words, and logs the server's reason", async () => {
    const page = await browser.newPage();
    const logged: string[] = [];
    page.on("console", (message) => logged.push(message.text()));
    await page.goto(keyed.url);
    await page.getByLabel("Ask about the submission").fill("When did the 33rd CCPCJ session take place?");
    await page.keyboard.press("Enter");
    const answer = page.locator(".turn.assistant").last();
    await answer.filter({ hasText: "access key" }).waitFor();
    assert.equal(await answer.locator(".body").innerText(), "This assistant needs a valid access key, and this page has none (or one that is not valid). Please ask the site's administrator.");
    assert.ok(logged.includes("Submission Assistant: an API key is required: Authorization: Bearer <key>"), logged.join("\n"));
    await page.close();
  });
});
