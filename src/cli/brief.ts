import { briefHtml, sourceLabel } from "../brief/brief-html.js";
import { readCommandLine, usageError } from "./parse-cli.js";
import { runWithAssistant } from "./run-with-assistant.js";

const USAGE = `usage: npm run brief -- [--topic "…"] [--format md|html]

Writes a one-page briefing note on the whole submission, or on a topic, every bullet cited.

  --topic TEXT   only what the submissions say about TEXT
  --format F     md (default) or html
  -h, --help     show this help`;
const { values } = readCommandLine({ usage: USAGE, options: { topic: { type: "string" }, format: { type: "string", default: "md" } } });
if (values.format !== "md" && values.format !== "html") usageError(USAGE, `--format is "md" or "html", not ${JSON.stringify(values.format)}`);
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
