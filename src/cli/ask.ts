import { parseArgs } from "node:util";
import { openAssistant } from "../answer/open-assistant.js";
import { readPrompts } from "../answer/prompts.js";
import { readConfig } from "../config.js";
import { createEmbedder } from "../embed/create-embedder.js";

const { values, positionals } = parseArgs({ options: { json: { type: "boolean", default: false } }, allowPositionals: true });
const question = positionals.join(" ").trim();
if (!question) {
  console.error('usage: npm run ask -- [--json] "your question"');
  process.exit(2);
}
const config = readConfig();
const embedder = createEmbedder(config, { workers: 0 });
try {
  const { assistant } = await openAssistant({ config, embedder, prompts: await readPrompts(config.promptsDir), log: (line) => console.error(line) });
  const { result, retrieval } = await assistant.ask({ question });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(result.answer);
    if (result.fallbackReason) console.log(`\n(extractive answer: ${result.fallbackReason})`);
    console.log("\nSources:");
    for (const citation of result.citations) {
      const breadcrumb = retrieval.passages.find((hit) => hit.passage.id === citation.id)?.passage.breadcrumb ?? citation.id;
      console.log(`[${citation.n}] ${breadcrumb}`);
    }
  }
} catch (error) {
  console.error(`ask failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await embedder.close();
}
