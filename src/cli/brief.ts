import { writeFile } from "node:fs/promises";
import { briefDocx } from "../brief/brief-docx.js";
import { briefHtml } from "../brief/brief-html.js";
import { readCommandLine, usageError } from "./parse-cli.js";
import { runWithAssistant } from "./run-with-assistant.js";

const USAGE = `usage: npm run brief -- [--topic "…"] [--full] [--entity ACRONYM] [--year YYYY] [--compare YYYY,YYYY] [--format md|html|docx] [--out FILE]

Writes a one-page briefing note on the whole corpus, an entity, a topic, or what changed between two years,
every bullet cited.

  --topic TEXT          only what the submissions say about TEXT
  --full                the longer form (every question), not one page
  --entity ACRONYM      only this entity's submissions (repeatable)
  --year YYYY           only this year's submissions (repeatable)
  --compare YYYY,YYYY   what is new, gone and continued between two years
  --format F            md (default), html or docx (docx needs --out)
  --out FILE            write to FILE instead of the terminal
  -h, --help            show this help`;
const { values } = readCommandLine({
  usage: USAGE,
  options: {
    topic: { type: "string" },
    format: { type: "string", default: "md" },
    full: { type: "boolean", default: false },
    entity: { type: "string", multiple: true },
    year: { type: "string", multiple: true },
    compare: { type: "string" },
    out: { type: "string" },
  },
});
const years = (values.year ?? []).map(Number);
const compare = values.compare?.split(",").map(Number);
if (!["md", "html", "docx"].includes(values.format!)) usageError(USAGE, `--format is "md", "html" or "docx", not ${JSON.stringify(values.format)}`);
if (years.some((y) => !Number.isInteger(y))) usageError(USAGE, "--year takes a year, e.g. 2024");
if (compare && (compare.length !== 2 || compare.some((y) => !Number.isInteger(y)))) usageError(USAGE, "--compare takes two years, e.g. 2023,2024");
if (values.format === "docx" && !values.out) usageError(USAGE, "--format docx needs --out FILE (a Word document is not printed to the terminal)");
await runWithAssistant("brief", async ({ brief }) => {
  const filters = values.entity || years.length ? { entity: values.entity, year: years.length ? years : undefined } : undefined;
  const note = await brief({ topic: values.topic, full: values.full, filters, compare: compare as [number, number] | undefined });
  if (values.format === "docx") await writeFile(values.out!, await briefDocx(note));
  else {
    const text = values.format === "html" ? briefHtml(note) : note.citations.length ? `${note.markdown}\n\nSources:\n${note.citations.map((c) => `[${c.n}] ${c.breadcrumb}`).join("\n")}` : note.markdown;
    if (values.out) await writeFile(values.out, `${text}\n`);
    else console.log(text);
  }
  // A note written to a file says where, so a run that succeeds is not silent.
  if (values.out) console.error(`wrote ${values.out} (${values.format ?? "md"}, ${note.citations.length} citations)`);
  if (note.fallbackReason) console.error(`(extractive note: ${note.fallbackReason})`);
});
