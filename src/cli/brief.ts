import { parseArgs } from "node:util";
import { openAssistant } from "../answer/open-assistant.js";
import { readPrompts } from "../answer/prompts.js";
import { briefHtml } from "../brief/brief-html.js";
import { readConfig } from "../config.js";
import { createEmbedder } from "../embed/create-embedder.js";

const { values } = parseArgs({ options: { topic: { type: "string" }, format: { type: "string", default: "md" } } });
if (values.format !== "md" && values.format !== "html") {
  console.error('usage: npm run brief -- [--topic "…"] [--format md|html]');
  process.exit(2);
}
const config = readConfig();
const embedder = createEmbedder(config, { workers: 0 });
try {
  const { brief } = await openAssistant({ config, embedder, prompts: await readPrompts(config.promptsDir), log: (line) => console.error(line) });
  const note = await brief(values.topic);
  if (values.format === "html") console.log(briefHtml(note));
  else {
    console.log(note.markdown);
    console.log("\nSources:");
    for (const c of note.citations) console.log(`[${c.n}] ${[c.source.entity, c.source.question ? `Q${c.source.question}` : "", c.source.section, c.source.record ? `${c.source.record.table} ${c.source.record.index}: ${c.source.record.title}` : ""].filter(Boolean).join(" · ")}`);
  }
  if (note.fallbackReason) console.error(`(extractive note: ${note.fallbackReason})`);
} catch (error) {
  console.error(`brief failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await embedder.close();
}
