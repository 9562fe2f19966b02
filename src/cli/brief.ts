import { parseArgs } from "node:util";
import { briefHtml, sourceLabel } from "../brief/brief-html.js";
import { runWithAssistant } from "./run-with-assistant.js";

const { values } = parseArgs({ options: { topic: { type: "string" }, format: { type: "string", default: "md" } } });
if (values.format !== "md" && values.format !== "html") {
  console.error('usage: npm run brief -- [--topic "…"] [--format md|html]');
  process.exit(2);
}
await runWithAssistant("brief", async ({ brief }) => {
  const note = await brief(values.topic);
  if (values.format === "html") console.log(briefHtml(note));
  else {
    console.log(note.markdown);
    console.log("\nSources:");
    for (const c of note.citations) console.log(`[${c.n}] ${sourceLabel(c)}`);
  }
  if (note.fallbackReason) console.error(`(extractive note: ${note.fallbackReason})`);
});
