import { escapeHtml } from "../text/escape-html.js";
import type { Metrics } from "./metrics.js";
import type { EvalRun } from "./run-eval.js";

export interface ReportContext {
  questionsFile: string;
  mode: string;
  embedder: string;
  date: string;
}

const METRICS: [keyof Metrics, string, "fraction" | "ms"][] = [
  ["hitAt1", "Evidence hit@1", "fraction"],
  ["hitAt3", "Evidence hit@3", "fraction"],
  ["hitAt5", "Evidence hit@5", "fraction"],
  ["mrr", "MRR", "fraction"],
  ["ndcg10", "nDCG@10", "fraction"],
  ["answerAccuracy", "Answer accuracy", "fraction"],
  ["citationAccuracy", "Citation accuracy", "fraction"],
  ["abstentionAccuracy", "Abstention accuracy", "fraction"],
  ["p50Ms", "Latency p50 (ms)", "ms"],
  ["p95Ms", "Latency p95 (ms)", "ms"],
];

const format = (value: number, kind: "fraction" | "ms") => (kind === "ms" ? value.toFixed(1) : value.toFixed(3));
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The report as Markdown: metrics against the baseline, then by kind, then one row per question. */
export function markdownReport(ours: EvalRun, baseline: EvalRun | undefined, context: ReportContext): string {
  const lines = [
    "# Evaluation report",
    "",
    `${context.date} · questions: \`${context.questionsFile}\` (${ours.metrics.questions}) · mode: ${context.mode} · embedder: ${context.embedder}`,
    "",
    "Retrieval and answer metrics are over answerable questions; abstention over all. Baseline: a recursive",
    "character splitter at 1000/200 characters, dense retrieval only, top 4, the same extractive answerer.",
    "",
    `| metric | ${ours.name} |${baseline ? ` ${baseline.name} |` : ""}`,
    `| --- | --- |${baseline ? " --- |" : ""}`,
    ...METRICS.map(([key, label, kind]) => `| ${label} | ${format(ours.metrics[key], kind)} |${baseline ? ` ${format(baseline.metrics[key], kind)} |` : ""}`),
    "",
    "## By kind of question",
    "",
    "| kind | questions | hit@5 | MRR | answer accuracy | abstention accuracy |",
    "| --- | --- | --- | --- | --- | --- |",
    ...Object.entries(ours.byKind).map(([kind, m]) => `| ${kind} | ${m.questions} | ${m.hitAt5.toFixed(3)} | ${m.mrr.toFixed(3)} | ${m.answerAccuracy.toFixed(3)} | ${m.abstentionAccuracy.toFixed(3)} |`),
    "",
    "## Questions",
    "",
    "| id | kind | result | question | answer | cited |",
    "| --- | --- | --- | --- | --- | --- |",
    ...ours.rows.map((r) => `| ${r.id} | ${r.kind} | ${r.pass ? "pass" : "**fail**"} | ${cell(r.question)} | ${cell(r.answer)} | ${cell(r.cited.join("; "))} |`),
    "",
  ];
  return lines.join("\n");
}


/** The same report as a self-contained HTML page with a bar chart (no scripts, no remote resources). */
export function htmlReport(ours: EvalRun, baseline: EvalRun | undefined, context: ReportContext): string {
  const bars = METRICS.filter(([, , kind]) => kind === "fraction")
    .map(([key, label]) => {
      const bar = (run: EvalRun, cls: string) =>
        `<div class="bar ${cls}" style="width:${(run.metrics[key] * 100).toFixed(1)}%"><span>${run.name} ${run.metrics[key].toFixed(3)}</span></div>`;
      return `<div class="metric"><div class="label">${label}</div><div class="bars">${bar(ours, "ours")}${baseline ? bar(baseline, "base") : ""}</div></div>`;
    })
    .join("\n");
  const rows = ours.rows
    .map((r) => `<tr class="${r.pass ? "pass" : "fail"}"><td>${r.id}</td><td>${r.kind}</td><td>${r.pass ? "pass" : "fail"}</td><td>${escapeHtml(r.question)}</td><td>${escapeHtml(r.answer).replace(/\n/g, "<br>")}</td><td>${r.cited.map(escapeHtml).join("<br>")}</td></tr>`)
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation report</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:1200px}
.metric{display:flex;align-items:center;margin:.3rem 0}.label{width:12rem}.bars{flex:1}
.bar{height:1.1rem;margin:2px 0;color:#fff;font-size:12px;white-space:nowrap}.bar span{padding-left:.3rem}
.ours{background:#1a5e9a}.base{background:#8a8f98}
table{border-collapse:collapse;width:100%;margin-top:1rem}td,th{border:1px solid #ccd;padding:.3rem;vertical-align:top;text-align:left}
tr.fail td:nth-child(3){color:#a40000;font-weight:bold}
</style></head><body>
<h1>Evaluation report</h1>
<p>${escapeHtml(context.date)} · questions: <code>${escapeHtml(context.questionsFile)}</code> (${ours.metrics.questions}) · mode: ${escapeHtml(context.mode)} · embedder: ${escapeHtml(context.embedder)}</p>
<p>Latency p50 ${ours.metrics.p50Ms.toFixed(1)} ms, p95 ${ours.metrics.p95Ms.toFixed(1)} ms${baseline ? ` (baseline ${baseline.metrics.p50Ms.toFixed(1)} / ${baseline.metrics.p95Ms.toFixed(1)} ms)` : ""}.</p>
<h2>Ours against the baseline</h2>
${bars}
<h2>Questions</h2>
<table><thead><tr><th>id</th><th>kind</th><th>result</th><th>question</th><th>answer</th><th>cited</th></tr></thead><tbody>
${rows}
</tbody></table>
</body></html>
`;
}
