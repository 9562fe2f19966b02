import { fetchJson, type ClientOptions } from "./chat-client";
import { Conversation } from "./conversation";

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
