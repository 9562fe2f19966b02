import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { briefDocx } from "../brief/brief-docx.js";
import { briefHtml, sourceLabel } from "../brief/brief-html.js";
import { runWithAssistant } from "./run-with-assistant.js";

const USAGE = 'usage: npm run brief -- [--topic "…"] [--full] [--entity ACRONYM] [--year YYYY] [--compare YYYY,YYYY] [--format md|html|docx] [--out FILE]';
const { values } = parseArgs({
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
if (!["md", "html", "docx"].includes(values.format!) || years.some((y) => !Number.isInteger(y)) || (compare && (compare.length !== 2 || compare.some((y) => !Number.isInteger(y))))) {
  console.error(USAGE);
  process.exit(2);
}
if (values.format === "docx" && !values.out) {
  console.error("--format docx needs --out FILE (a Word document is not printed to the terminal)");
  process.exit(2);
}
await runWithAssistant("brief", async ({ brief, retriever }) => {
  const filters = values.entity || years.length ? { entity: values.entity, year: years.length ? years : undefined } : undefined;
  const note = await brief({ topic: values.topic, full: values.full, filters, compare: compare as [number, number] | undefined });
  const breadcrumb = (id: string) => retriever.index.byId.get(id)?.breadcrumb;
  if (values.format === "docx") await writeFile(values.out!, await briefDocx(note, breadcrumb));
  else {
    const text = values.format === "html" ? briefHtml(note, breadcrumb) : `${note.markdown}\n\nSources:\n${note.citations.map((c) => `[${c.n}] ${breadcrumb(c.id) ?? sourceLabel(c)}`).join("\n")}`;
    if (values.out) await writeFile(values.out, `${text}\n`);
    else console.log(text);
  }
  if (note.fallbackReason) console.error(`(extractive note: ${note.fallbackReason})`);
});
