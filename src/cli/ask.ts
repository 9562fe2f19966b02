import { parseArgs } from "node:util";
import { runWithAssistant } from "./run-with-assistant.js";

const { values, positionals } = parseArgs({ options: { json: { type: "boolean", default: false } }, allowPositionals: true });
const question = positionals.join(" ").trim();
if (!question) {
  console.error('usage: npm run ask -- [--json] "your question"');
  process.exit(2);
}
await runWithAssistant("ask", async ({ assistant, retriever }) => {
  const { result } = await assistant.ask({ question });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(result.answer);
  if (result.fallbackReason) console.log(`\n(extractive answer: ${result.fallbackReason})`);
  console.log("\nSources:");
  for (const citation of result.citations) {
    const breadcrumb = retriever.index.byId.get(citation.id)?.breadcrumb ?? citation.id;
    console.log(`[${citation.n}] ${breadcrumb}`);
  }
});
