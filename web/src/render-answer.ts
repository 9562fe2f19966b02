import type { Citation } from "./chat-client";

/** Builds DOM from untrusted text: only text nodes, buttons for [n] markers, and http(s) links. Never HTML. */

const TOKEN = /(\[\d{1,3}\])|(https?:\/\/[^\s<>"')\]]+)/g;

function appendInline(parent: HTMLElement, text: string, onCite: (n: number) => void): void {
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index! > last) parent.append(document.createTextNode(text.slice(last, match.index)));
    if (match[1]) {
      const n = Number(match[1].slice(1, -1));
      const button = document.createElement("button");
      button.type = "button";
      button.className = "cite";
      button.textContent = match[1];
      button.setAttribute("aria-label", `Show source ${n}`);
      button.addEventListener("click", () => onCite(n));
      parent.append(button);
    } else {
      const url = match[2]!.replace(/[.,;:]+$/, "");
      let safe: URL | undefined;
      try {
        safe = new URL(url);
      } catch {
        safe = undefined;
      }
      if (safe && (safe.protocol === "http:" || safe.protocol === "https:")) {
        const link = document.createElement("a");
        link.href = safe.href;
        link.textContent = url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        parent.append(link);
        if (url.length < match[2]!.length) parent.append(document.createTextNode(match[2]!.slice(url.length)));
      } else parent.append(document.createTextNode(match[2]!));
    }
    last = match.index! + match[0].length;
  }
  if (last < text.length) parent.append(document.createTextNode(text.slice(last)));
}

/**
 * An answer: paragraphs, "- " lines as a list, "#" lines as headings; [n] markers open the sources.
 * `headingLevel` is the level a "#" line takes (the one below the heading the answer sits under: 2 on the
 * page under its h1), "##" the next, so that no level is skipped.
 */
export function renderAnswer(container: HTMLElement, text: string, onCite: (n: number) => void, headingLevel = 2): void {
  container.replaceChildren();
  let list: HTMLUListElement | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      list = undefined;
      continue;
    }
    const bullet = /^\s*[-•*]\s+(.*)$/.exec(line);
    if (bullet) {
      list ??= container.appendChild(document.createElement("ul"));
      const item = list.appendChild(document.createElement("li"));
      appendInline(item, bullet[1]!, onCite);
      continue;
    }
    list = undefined;
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const block = container.appendChild(document.createElement(heading ? `h${Math.min(6, headingLevel + heading[1]!.length - 1)}` : "p"));
    appendInline(block, (heading?.[2] ?? line).replace(/\*\*(.+?)\*\*/g, "$1"), onCite);
  }
}

const STOP = new Set("a an and are as at be by did do does for from has have how in is it its of on or the their this to was were what when where which who why will with about".split(" "));

/** Passage text with the question's words marked, each as the whole word it begins. */
function highlighted(text: string, question: string): DocumentFragment {
  const words = [...new Set(question.toLowerCase().match(/[\p{L}\d][\p{L}\d/-]*/gu) ?? [])].filter((w) => w.length > 2 && !STOP.has(w));
  const fragment = document.createDocumentFragment();
  if (!words.length) {
    fragment.append(text);
    return fragment;
  }
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  // Whole words that begin with a question word ("benefiting" for "benefit"), never a piece inside a word ("art" of "start").
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join("|")})[\\p{L}\\d]*`, "giu");
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    fragment.append(mark);
    last = match.index! + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** The sources panel's list: each passage with its breadcrumb; `focus` scrolls to one. */
export function renderSources(list: HTMLElement, citations: Citation[], question: string, focus?: number): void {
  list.replaceChildren();
  for (const citation of citations) {
    const item = list.appendChild(document.createElement("li"));
    item.id = `source-${citation.n}`;
    item.className = citation.n === focus ? "source focused" : "source";
    const title = item.appendChild(document.createElement("p"));
    title.className = "breadcrumb";
    // The server's own breadcrumb; a conversation saved before citations carried one shows the file's name.
    title.textContent = `[${citation.n}] ${citation.breadcrumb ?? citation.source.document}`;
    const body = item.appendChild(document.createElement("p"));
    body.className = "passage";
    body.style.whiteSpace = "pre-line";
    body.append(highlighted(citation.text, question));
  }
}
