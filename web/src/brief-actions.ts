import { ApiError, type ClientOptions } from "./chat-client";

/** The brief request a note was made from; the buttons ask for the same note in another format. */
export interface BriefRequestBody {
  topic?: string;
}

async function post(client: ClientOptions, body: object): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (client.apiKey) headers.authorization = `Bearer ${client.apiKey}`;
  const response = await fetch(`${client.base}/api/brief`, { method: "POST", headers, body: JSON.stringify(body) });
  if (!response.ok) throw new ApiError(`The briefing note could not be prepared (status ${response.status}).`, response.status);
  return response;
}

/**
 * "Download (.docx)" and "Print" under a briefing note. Download saves the Word document the API writes;
 * Print loads the API's print-friendly HTML into a hidden frame and prints that frame, so only the note is
 * printed, on the page and in the widget alike. `say` reports to the status line (screen readers).
 */
export function addBriefActions(item: HTMLElement, client: ClientOptions, request: BriefRequestBody, say: (text: string, error?: boolean) => void): void {
  const bar = item.appendChild(document.createElement("div"));
  bar.className = "tools brief-actions";
  const download = bar.appendChild(document.createElement("button"));
  download.type = "button";
  download.className = "secondary";
  download.textContent = "Download (.docx)";
  const print = bar.appendChild(document.createElement("button"));
  print.type = "button";
  print.className = "secondary";
  print.textContent = "Print";

  download.addEventListener("click", async () => {
    try {
      const blob = await (await post(client, { ...request, format: "docx" })).blob();
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "briefing-note.docx";
      document.body.appendChild(link).click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      say("Briefing note downloaded as a Word document.");
    } catch (error) {
      say((error as Error).message, true);
    }
  });

  print.addEventListener("click", async () => {
    try {
      const { html } = (await (await post(client, { ...request, format: "html" })).json()) as { html: string };
      document.querySelector("iframe[data-brief-print]")?.remove();
      const frame = document.createElement("iframe");
      frame.setAttribute("data-brief-print", "");
      frame.setAttribute("aria-hidden", "true");
      frame.tabIndex = -1;
      frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden";
      frame.addEventListener("load", () => frame.contentWindow?.print(), { once: true });
      frame.srcdoc = html;
      document.body.appendChild(frame);
      say("Printing the briefing note.");
    } catch (error) {
      say((error as Error).message, true);
    }
  });
}
