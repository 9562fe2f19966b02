import { type ClientOptions } from "./chat-client";
import { Conversation, type SavedTurn } from "./conversation";
import css from "./widget.css";
import { MAX_QUESTION_CHARS } from "../../src/types";

/**
 * The one-script-tag widget: <script src="https://HOST/widget.js" data-title="…" data-accent="#…"
 * data-position="right|left" data-offset="4rem" data-api-key="…" data-entity="UNODC"></script>. `data-entity`
 * (one acronym or name, or several separated by commas) makes it ask only those entities' submissions (an
 * entity's intranet page asks its own); `data-year` likewise. Everything lives in a Shadow DOM, its own
 * elements carrying their colours, fonts and sizes (host CSS such as `body * { all: unset }` reaches the host
 * element, and through inheritance only the host element); it talks to the API of the origin it was loaded
 * from. A second copy of the script does nothing; one loaded in <head> waits for the body.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const loaded = Symbol.for("submission-assistant.widget");
  const global = window as unknown as Record<symbol, boolean>;
  if (global[loaded]) return;
  global[loaded] = true;
  if (document.body) mount(script);
  else document.addEventListener("DOMContentLoaded", () => mount(script), { once: true });
})();

function mount(script: HTMLScriptElement): void {
  const origin = new URL(script.src, location.href).origin;
  const title = script.dataset.title?.trim() || "Ask the submission";
  const accent = /^#[0-9a-f]{3,8}$/i.test(script.dataset.accent ?? "") ? script.dataset.accent! : "#1a5e9a";
  const side = script.dataset.position === "left" ? "left" : "right";
  const entities = (script.dataset.entity ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  const years = (script.dataset.year ?? "").split(",").map((y) => Number(y.trim())).filter((y) => Number.isInteger(y) && y > 0);
  // Lifts the launcher and the panel above the host page's own bottom links: a CSS length, or pixels.
  const offsetSetting = script.dataset.offset?.trim() ?? "";
  const offset = /^\d{1,4}(\.\d+)?(px|rem|em|vh)$/.test(offsetSetting) ? offsetSetting : /^\d{1,4}$/.test(offsetSetting) ? `${offsetSetting}px` : "0px";
  const client: ClientOptions = { base: origin, apiKey: script.dataset.apiKey || undefined, filters: { entity: entities.length ? entities : undefined, year: years.length ? years : undefined } };
  const storageKey = `submission-assistant:${origin}`;

  const host = document.createElement("div");
  host.setAttribute("data-submission-assistant", "");
  document.body.append(host);
  const shadow = host.attachShadow({ mode: "open" });
  // A constructed stylesheet: no inline <style>, so a strict CSP on the host page does not block it.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];

  let root: HTMLElement;
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, parent: Node = root): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    parent.appendChild(element);
    return element;
  };
  // Every element inherits from this root, not from the host element that host CSS can restyle.
  root = make("div", { class: "root" }, shadow);
  root.style.setProperty("--accent", accent);
  root.style.setProperty("--offset", offset);

  const launcher = make("button", { type: "button", class: `launcher ${side}`, "aria-expanded": "false", "aria-controls": "sa-panel", title });
  // On a phone the launcher shrinks to a short label, so it covers less of the host page.
  make("span", { class: "long" }, launcher).textContent = title;
  make("span", { class: "short" }, launcher).textContent = "Ask";
  const panel = make("div", { id: "sa-panel", class: `panel ${side}`, role: "dialog", "aria-label": title, hidden: "" });
  const head = make("div", { class: "head" }, panel);
  make("h2", {}, head).textContent = title;
  const buttons = make("div", { class: "buttons" }, head);
  const brief = make("button", { type: "button" }, buttons);
  brief.textContent = "Brief me";
  const clear = make("button", { type: "button" }, buttons);
  clear.textContent = "Clear";
  const close = make("button", { type: "button", "aria-label": "Close" }, buttons);
  close.textContent = "Close";
  const scroll = make("div", { class: "scroll" }, panel);
  const log = make("ol", { class: "log", "aria-live": "polite", "aria-label": "Questions and answers" }, scroll);
  const status = make("p", { class: "status", role: "status" }, scroll);
  const sources = make("section", { class: "sources", "aria-label": "Sources", hidden: "" }, scroll);
  const sourcesHead = make("div", { class: "sources-head" }, sources);
  const sourcesTitle = make("h3", { tabindex: "-1" }, sourcesHead);
  sourcesTitle.textContent = "Sources";
  const closeSources = make("button", { type: "button", class: "secondary" }, sourcesHead);
  closeSources.textContent = "Hide";
  const sourceList = make("ol", { class: "source-list" }, sources);
  const form = make("form", {}, panel);
  make("label", { for: "sa-question" }, form).textContent = "Ask about the submission";
  const row = make("div", { class: "row" }, form);
  const input = make("textarea", { id: "sa-question", rows: "2", maxlength: String(MAX_QUESTION_CHARS), required: "" }, row);
  const send = make("button", { type: "submit" }, row);
  send.textContent = "Ask";

  const conversation = new Conversation(client, { log, status, sources, sourceList, sourcesTitle, root: shadow, headingLevel: 3 }, (turns) => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(turns.slice(-30)));
    } catch {
      // storage full or blocked: the conversation still works for this page
    }
  });
  try {
    const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? "[]") as SavedTurn[];
    if (Array.isArray(saved)) conversation.restore(saved);
  } catch {
    sessionStorage.removeItem(storageKey);
  }

  const open = () => {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    input.focus();
  };
  const shut = () => {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  };
  launcher.addEventListener("click", () => (panel.hidden ? open() : shut()));
  close.addEventListener("click", shut);
  clear.addEventListener("click", () => conversation.clear());
  brief.addEventListener("click", () => void conversation.brief());
  // Hiding the sources hides what had focus: focus goes back to the question box, inside the panel.
  const hideSources = () => {
    conversation.closeSources();
    input.focus();
  };
  closeSources.addEventListener("click", hideSources);
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    if (!sources.hidden) hideSources();
    else shut();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = input.value;
    input.value = "";
    send.disabled = true;
    await conversation.ask(question);
    send.disabled = false;
    input.focus();
    scroll.scrollTop = scroll.scrollHeight;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}
