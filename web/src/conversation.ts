import { askStreaming, fetchJson, filtersBody, type ChatResponse, type Citation, type ClientOptions, type Turn } from "./chat-client";
import { addBriefActions } from "./brief-actions";
import { renderAnswer, renderSources } from "./render-answer";

/** What the page and the widget share: a conversation log that streams answers and opens their sources. */
export interface ConversationElements {
  log: HTMLElement;
  status: HTMLElement;
  sources: HTMLElement;
  sourceList: HTMLElement;
  sourcesTitle: HTMLElement;
  /** Where the page's document lives (the widget's shadow root, or document). */
  root: Document | ShadowRoot;
  /** The level a brief's "#" heading takes: one below the heading the log sits under (default 2). */
  headingLevel?: number;
}

export interface SavedTurn {
  role: "user" | "assistant";
  content: string;
  response?: ChatResponse;
  /** A briefing note: shown again after a reload, never sent back as conversation. */
  brief?: boolean;
}

export class Conversation {
  private history: SavedTurn[] = [];
  private busy = false;

  constructor(
    private readonly client: ClientOptions,
    private readonly el: ConversationElements,
    private readonly onChange: (turns: SavedTurn[]) => void = () => undefined,
  ) {}

  get turns(): SavedTurn[] {
    return this.history;
  }

  restore(turns: SavedTurn[]): void {
    for (const turn of turns) {
      if (turn.role === "user") this.addUser(turn.content);
      else if (turn.response) this.showAnswer(this.addAssistant(), turn.response, this.lastQuestion(turn));
    }
    this.history = turns;
  }

  private lastQuestion(turn: SavedTurn): string {
    const index = this.history.indexOf(turn);
    return [...this.history.slice(0, index < 0 ? undefined : index)].reverse().find((t) => t.role === "user")?.content ?? "";
  }

  private addTurn(role: "user" | "assistant"): HTMLElement {
    const item = this.el.log.appendChild(document.createElement("li"));
    item.className = `turn ${role}`;
    const who = item.appendChild(document.createElement("p"));
    who.className = "who";
    who.textContent = role === "user" ? "You" : "Assistant";
    item.appendChild(document.createElement("div")).className = "body";
    return item;
  }

  private addUser(text: string): void {
    // Typed text is shown as text, never parsed as markup.
    this.addTurn("user").querySelector<HTMLElement>(".body")!.textContent = text;
  }

  private addAssistant(): HTMLElement {
    return this.addTurn("assistant");
  }

  private showAnswer(item: HTMLElement, response: { answer: string; citations: Citation[]; abstained?: boolean }, question: string): void {
    const body = item.querySelector<HTMLElement>(".body")!;
    renderAnswer(body, response.answer, (n) => this.openSources(response.citations, question, n), this.el.headingLevel);
    item.classList.toggle("abstained", !!response.abstained);
    item.querySelector(".tools")?.remove();
    const tools = item.appendChild(document.createElement("div"));
    tools.className = "tools";
    if (response.citations.length) {
      const sources = tools.appendChild(document.createElement("button"));
      sources.type = "button";
      sources.className = "secondary";
      sources.textContent = `Sources (${response.citations.length})`;
      sources.addEventListener("click", () => this.openSources(response.citations, question));
    }
    const copy = tools.appendChild(document.createElement("button"));
    copy.type = "button";
    copy.className = "secondary";
    copy.textContent = "Copy answer";
    copy.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(response.answer);
        this.say("Answer copied.");
      } catch {
        this.say("Copying is not allowed here; select the text instead.", true);
      }
    });
  }

  openSources(citations: Citation[], question: string, focus?: number): void {
    renderSources(this.el.sourceList, citations, question, focus);
    this.el.sources.hidden = false;
    this.el.sources.dispatchEvent(new CustomEvent("sources-open", { bubbles: true }));
    const target = focus ? this.el.sourceList.querySelector<HTMLElement>(`#source-${focus}`) : undefined;
    this.el.sourcesTitle.focus();
    target?.scrollIntoView({ block: "nearest" });
  }

  closeSources(): void {
    this.el.sources.hidden = true;
    this.el.sources.dispatchEvent(new CustomEvent("sources-close", { bubbles: true }));
  }

  say(text: string, error = false): void {
    this.el.status.textContent = text;
    this.el.status.classList.toggle("error", error);
  }

  clear(): void {
    this.history = [];
    this.el.log.replaceChildren();
    this.closeSources();
    this.say("Conversation cleared.");
    this.onChange(this.history);
  }

  async ask(question: string): Promise<void> {
    const text = question.trim();
    if (!text || this.busy) return;
    this.busy = true;
    const priorTurns: Turn[] = this.history.filter((t) => !t.brief).map((t) => ({ role: t.role, content: t.content })).slice(-12);
    this.addUser(text);
    this.history.push({ role: "user", content: text });
    const item = this.addAssistant();
    const body = item.querySelector<HTMLElement>(".body")!;
    body.textContent = "…";
    this.say("Searching the submission…");
    try {
      const response = await askStreaming(this.client, text, priorTurns, (partial) => {
        body.textContent = partial;
      });
      this.showAnswer(item, response, text);
      this.history.push({ role: "assistant", content: response.answer, response });
      this.say(response.abstained ? "The submission does not answer this." : `Answer with ${response.citations.length} source${response.citations.length === 1 ? "" : "s"}.`);
    } catch (error) {
      body.textContent = (error as Error).message || "The assistant could not answer.";
      item.classList.add("abstained");
      this.say("The question could not be answered.", true);
      this.history.pop();
    } finally {
      this.busy = false;
      this.onChange(this.history);
    }
  }

  async brief(topic?: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const item = this.addAssistant();
    item.querySelector<HTMLElement>(".body")!.textContent = "Preparing a briefing note…";
    this.say("Preparing a briefing note…");
    try {
      const note = await fetchJson<{ title: string; markdown: string; citations: Citation[]; mode: ChatResponse["mode"] }>(this.client, "/api/brief", { method: "POST", body: JSON.stringify({ ...(topic ? { topic } : {}), ...filtersBody(this.client) }) });
      this.showAnswer(item, { answer: note.markdown, citations: note.citations }, topic ?? "");
      addBriefActions(item, this.client, topic ? { topic } : {}, (text, error) => this.say(text, error));
      this.history.push({ role: "assistant", content: note.markdown, response: { answer: note.markdown, citations: note.citations, abstained: false, mode: note.mode }, brief: true });
      this.onChange(this.history);
      this.say(`Briefing note ready: ${note.title}.`);
    } catch (error) {
      item.querySelector<HTMLElement>(".body")!.textContent = (error as Error).message;
      this.say("The briefing note could not be prepared.", true);
    } finally {
      this.busy = false;
    }
  }
}
