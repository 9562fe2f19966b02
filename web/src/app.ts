import { fetchJson, type ClientOptions } from "./chat-client";
import { Conversation } from "./conversation";
import { MAX_QUESTION_CHARS } from "../../src/types";

/** The chat page at /. An API key, when the server needs one, comes from #key=… once and is kept for the tab. */
function apiKey(): string | undefined {
  const fromHash = /(?:^|[#&])key=([^&]+)/.exec(location.hash)?.[1];
  if (fromHash) {
    sessionStorage.setItem("submission-assistant-key", decodeURIComponent(fromHash));
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem("submission-assistant-key") ?? undefined;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function start(): void {
  const client: ClientOptions = { base: "", apiKey: apiKey() };
  const layout = document.querySelector<HTMLElement>(".layout")!;
  const conversation = new Conversation(client, {
    log: $("log"),
    status: $("status"),
    sources: $("sources"),
    sourceList: $("source-list"),
    sourcesTitle: $("sources-title"),
    root: document,
  });
  $("sources").addEventListener("sources-open", () => layout.classList.add("with-sources"));
  $("sources").addEventListener("sources-close", () => layout.classList.remove("with-sources"));

  const form = $<HTMLFormElement>("ask");
  const input = $<HTMLTextAreaElement>("question");
  // The page's markup says 2000 for browsers without scripts; the limit itself is the API's.
  input.maxLength = MAX_QUESTION_CHARS;
  const send = $<HTMLButtonElement>("send");
  const submit = async (question: string) => {
    send.disabled = true;
    $("starters").hidden = true;
    await conversation.ask(question);
    send.disabled = false;
    input.focus();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = input.value;
    input.value = "";
    void submit(question);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  $("clear").addEventListener("click", () => {
    conversation.clear();
    $("starters").hidden = false;
    input.focus();
  });
  $("brief").addEventListener("click", () => {
    $("starters").hidden = true;
    void conversation.brief();
  });
  $("close-sources").addEventListener("click", () => {
    conversation.closeSources();
    input.focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("sources").hidden) {
      conversation.closeSources();
      input.focus();
    }
  });

  // The filter control: shown when the corpus holds more than one entity or year; its choice goes with every question.
  const entitySelect = $<HTMLSelectElement>("entity-filter");
  const yearSelect = $<HTMLSelectElement>("year-filter");
  const applyFilters = () => {
    client.filters = { entity: entitySelect.value || undefined, year: yearSelect.value ? Number(yearSelect.value) : undefined };
  };
  entitySelect.addEventListener("change", applyFilters);
  yearSelect.addEventListener("change", applyFilters);
  fetchJson<{ documents: { entity: string | null; entityName: string | null; year: number | null }[] }>(client, "/api/documents")
    .then(({ documents }) => {
      const entities = new Map<string, string>();
      for (const d of documents) if (d.entity && !entities.has(d.entity)) entities.set(d.entity, d.entityName && d.entityName !== d.entity ? `${d.entity} (${d.entityName})` : d.entity);
      const years = [...new Set(documents.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
      for (const [value, label] of [...entities].sort((a, b) => a[0].localeCompare(b[0]))) entitySelect.add(new Option(label, value));
      for (const year of years) yearSelect.add(new Option(String(year), String(year)));
      $("filters").hidden = entities.size < 2 && years.length < 2;
    })
    .catch(() => undefined);

  fetchJson<{ questions: string[] }>(client, "/api/starters")
    .then(({ questions }) => {
      const list = $("starter-list");
      for (const question of questions) {
        const button = list.appendChild(document.createElement("li")).appendChild(document.createElement("button"));
        button.type = "button";
        button.textContent = question;
        button.addEventListener("click", () => void submit(question));
      }
    })
    .catch(() => ($("starters").hidden = true));
}

start();
