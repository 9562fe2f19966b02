import { readCommandLine, usageError } from "./parse-cli.js";
import { runWithAssistant } from "./run-with-assistant.js";

const USAGE = `usage: npm run ask -- [--json] "your question"

Answers one question from the indexed submissions, with its numbered sources.

  --json      print the API's JSON response instead
  -h, --help  show this help`;
const { values, positionals } = readCommandLine({ usage: USAGE, options: { json: { type: "boolean", default: false } }, allowPositionals: true });
const question = positionals.join(" ").trim();
if (!question) usageError(USAGE, "no question given");
await runWithAssistant("ask", async ({ assistant }) => {
  const { result } = await assistant.ask({ question });
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(result.answer);
  if (result.fallbackReason) console.log(`\n(extractive answer: ${result.fallbackReason})`);
  console.log("\nSources:");
  for (const citation of result.citations) {
    console.log(`[${citation.n}] ${citation.breadcrumb}`);
  }
});
