/**
 * Where a question's time goes once its vector is known: loads a built index (INDEX_DIR, default index/) and
 * times `Assistant.ask` (planning, retrieval, extractive answer) for question sets, every question's vector
 * embedded once beforehand and then served from memory, so the figures are the main thread's own work, the
 * part of `/api/chat` over the embedding floor that grows with the corpus.
 *
 *   INDEX_DIR=/work/p15-scale/n250/index npx tsx bench/profile-query.ts [--rounds 3] [--dump answers.json] [--bench-like] [SET.json …]
 *
 * Sets default to eval/questions.json and eval/blind-dev.json (never the frozen blind test). `--bench-like`
 * asks what `npm run bench -- --scale` asks: questions.json's questions without history, each with a random
 * word. `--dump` writes every answer with its citations (ids, scores, breadcrumbs) for comparing two versions
 * of the code; `--all` lists every question's time in order, not only the slowest;
 * `--skip id,id` leaves questions out (a profile of the typical question without the few that ask every entity). Run under `node --cpu-prof --import tsx` for a profile.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBuiltIndex } from "../src/app/open-assistant.js";
import { readPrompts } from "../src/compose/prompts.js";
import { readConfig } from "../src/config.js";
import type { Embedder } from "../src/embed/embedder.js";
import { LocalEmbeddings } from "../src/embed/local-embeddings.js";
import { percentile } from "../src/eval/metrics.js";
import { readQuestionSet } from "../src/eval/question-set.js";
import type { ChatTurn } from "../src/types.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "3" }, all: { type: "boolean", default: false }, skip: { type: "string", default: "" }, dump: { type: "string" }, "bench-like": { type: "boolean", default: false } },
});
const round = (n: number) => Math.round(n * 100) / 100;

/** The real model's vectors, each text embedded once and then answered from memory. */
class RememberingEmbedder implements Embedder {
  private readonly vectors = new Map<string, number[]>();
  constructor(private readonly model: LocalEmbeddings) {}
  get id() {
    return this.model.id;
  }
  ready() {
    return this.model.ready();
  }
  close() {
    return this.model.close();
  }
  async embedQuery(text: string): Promise<number[]> {
    let vector = this.vectors.get(text);
    if (!vector) this.vectors.set(text, (vector = await this.model.embedQuery(text)));
    return vector;
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return Promise.all(texts.map((t) => this.embedQuery(t)));
  }
}

interface Ask {
  set: string;
  id: string;
  question: string;
  history: ChatTurn[];
}
const asks: Ask[] = [];
if (values["bench-like"]) {
  const questions = (await readQuestionSet(path.join(ROOT, "eval/questions.json"))).filter((q) => !q.history.length);
  questions.forEach((q, i) => asks.push({ set: "bench-like", id: q.id, question: `${q.question} ${(i * 7919).toString(36)}`, history: [] }));
} else {
  for (const file of positionals.length ? positionals : ["eval/questions.json", "eval/blind-dev.json"]) {
    if (file.includes("blind-test")) throw new Error("the frozen blind test is never used to choose");
    for (const q of await readQuestionSet(path.resolve(ROOT, file))) asks.push({ set: path.basename(file), id: q.id, question: q.question, history: q.history });
  }
}

const skipped = new Set(values.skip.split(",").filter(Boolean));
asks.splice(0, asks.length, ...asks.filter((a) => !skipped.has(a.id)));

const config = { ...readConfig(), llmModel: undefined };
const embedder = new RememberingEmbedder(new LocalEmbeddings({ workers: 0 }));
const started = performance.now();
const { assistant, retriever } = await openBuiltIndex({ config, embedder, prompts: await readPrompts(config.promptsDir), log: () => undefined });
process.stderr.write(`loaded ${retriever.index.passages.length} passages, ${retriever.index.units.length} units in ${Math.round(performance.now() - started)} ms\n`);

const answers = [];
for (const a of asks) {
  const { result } = await assistant.ask({ question: a.question, history: a.history });
  answers.push({ set: a.set, id: a.id, answer: result.answer, abstained: result.abstained, citations: result.citations.map((c) => ({ n: c.n, id: c.id, score: c.score, breadcrumb: c.breadcrumb })) });
}
if (values.dump) await writeFile(values.dump, `${JSON.stringify(answers, null, 1)}\n`);

const times = new Map<Ask, number[]>(asks.map((a) => [a, []]));
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  for (const a of asks) {
    const t = performance.now();
    await assistant.ask({ question: a.question, history: a.history });
    times.get(a)!.push(performance.now() - t);
  }
}
const best = asks.map((a) => ({ a, ms: Math.min(...times.get(a)!) }));
const all = best.map((b) => b.ms);
console.log(`${asks.length} questions × ${rounds} rounds, fastest of the rounds each: p50 ${round(percentile(all, 50))} ms, p95 ${round(percentile(all, 95))} ms, mean ${round(all.reduce((x, y) => x + y, 0) / all.length)} ms`);
for (const { a, ms } of values.all ? best : [...best].sort((x, y) => y.ms - x.ms).slice(0, 12)) console.log(`${round(ms).toString().padStart(8)} ms  ${a.set} ${a.id}  ${a.question.slice(0, 90)}`);
await embedder.close();
process.exit(0);
