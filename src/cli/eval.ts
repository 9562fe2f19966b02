import { writeFile } from "node:fs/promises";
import { openAssistant } from "../app/open-assistant.js";
import { readPrompts } from "../compose/prompts.js";
import { readConfig } from "../config.js";
import { createEmbedder } from "../embed/create-embedder.js";
import { createBaseline } from "../eval/baseline.js";
import { readQuestionSet } from "../eval/question-set.js";
import { htmlReport, markdownReport } from "../eval/report.js";
import { runEval, type EvalRun } from "../eval/run-eval.js";
import { readCommandLine, usageError } from "./parse-cli.js";

const USAGE = `usage: npm run eval -- [--questions FILE] [--mode extractive|generative] [--json] [--no-baseline] [--report PREFIX | --no-report]

Runs a question set (docs/QUESTION-SET.md) through the same path as the API and scores it.

  --questions FILE   the question set (default eval/questions.json)
  --mode M           extractive (default, offline) or generative (needs LLM_MODEL)
  --json             print the figures as JSON
  --no-baseline      skip the tutorial baseline
  --report PREFIX    write PREFIX.md and PREFIX.html (default eval/report)
  --no-report        write no report
  -h, --help         show this help`;
const { values } = readCommandLine({
  usage: USAGE,
  options: {
    questions: { type: "string", default: "eval/questions.json" },
    json: { type: "boolean", default: false },
    mode: { type: "string", default: "extractive" },
    baseline: { type: "boolean", default: true },
    "no-baseline": { type: "boolean", default: false },
    report: { type: "string", default: "eval/report" },
    "no-report": { type: "boolean", default: false },
  },
});

const config = readConfig();
if (values.mode !== "extractive" && values.mode !== "generative") usageError(USAGE, `--mode is "extractive" or "generative", not ${JSON.stringify(values.mode)}`);
if (values.mode === "generative" && !config.llmModel) {
  console.error("--mode generative needs LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY) to be set");
  process.exit(2);
}
// The offline default is evaluated unless generative is asked for, whatever the environment says.
const evalConfig = values.mode === "extractive" ? { ...config, llmModel: undefined } : config;
const embedder = createEmbedder(evalConfig, { workers: 0 });
const log = (line: string) => console.error(line);
try {
  const questions = await readQuestionSet(values.questions);
  const { assistant } = await openAssistant({ config: evalConfig, embedder, prompts: await readPrompts(config.promptsDir), log });
  const ours = await runEval("ours", (q) => assistant.ask({ question: q.question, history: q.history }), questions);
  let baseline: EvalRun | undefined;
  if (values.baseline && !values["no-baseline"]) baseline = await runEval("baseline", await createBaseline(config.corpusDir, embedder), questions);

  if (values.json) {
    console.log(JSON.stringify({ ...ours.metrics, byKind: ours.byKind, baseline: baseline?.metrics }));
  } else {
    const rows = Object.keys(ours.metrics).map((key) => {
      const k = key as keyof typeof ours.metrics;
      return `${key.padEnd(20)} ${ours.metrics[k].toFixed(3).padStart(9)}${baseline ? baseline.metrics[k].toFixed(3).padStart(12) : ""}`;
    });
    console.log(`${"metric".padEnd(20)} ${"ours".padStart(9)}${baseline ? "baseline".padStart(12) : ""}\n${rows.join("\n")}`);
    console.log("\nby kind:");
    for (const [kind, m] of Object.entries(ours.byKind)) {
      console.log(`  ${kind.padEnd(14)} n=${String(m.questions).padStart(3)}  hit@5 ${m.hitAt5.toFixed(3)}  mrr ${m.mrr.toFixed(3)}  answer ${m.answerAccuracy.toFixed(3)}  abstention ${m.abstentionAccuracy.toFixed(3)}  p50 ${m.p50Ms.toFixed(1)} ms`);
    }
    const failed = ours.rows.filter((r) => !r.pass);
    if (failed.length) console.log(`\nfailed (${failed.length}): ${failed.map((r) => r.id).join(", ")}`);
  }
  if (!values["no-report"]) {
    const context = { questionsFile: values.questions, mode: values.mode, embedder: embedder.id, date: new Date().toISOString().slice(0, 10) };
    await writeFile(`${values.report}.md`, markdownReport(ours, baseline, context));
    await writeFile(`${values.report}.html`, htmlReport(ours, baseline, context));
    if (!values.json) console.log(`\nreport: ${values.report}.md, ${values.report}.html`);
  }
} catch (error) {
  console.error(`eval failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await embedder.close();
}
