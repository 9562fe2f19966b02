/**
 * npm run bench -- --scale: the corpus at N submissions (SCALE_N, default 250) against 1, side by side:
 * cold ingest time and units a second, the time to add one submission against ingesting it alone, /api/chat
 * p50 over the floor of embedding the question, throughput at 16 connections, peak RSS (ingest and server),
 * index size on disk. Submissions come from bench/lib/generate-submissions.ts (no text repeats).
 * Writes bench/scale-results.json and the table between the scale markers in bench/README.md.
 *
 * SCALE_DIR=folder keeps each N's generated corpus and cold index there (`n250/corpus`, `n250/index-cold`,
 * `n250/cold.json` with the cold build's time and peak RSS) and reuses them on the next run when the index's
 * format and corpus hashes still match what the generator makes: the cold ingest at N = 250 is ~16 minutes.
 * A reused run reports the kept cold figures (`coldReused: true`); adding one submission is measured afresh on
 * a copy of the kept cold index, and the server runs on that copy.
 */
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { LocalEmbeddings } from "../src/embed/local-embeddings.js";
import { percentile } from "../src/eval/metrics.js";
import { readQuestionSet } from "../src/eval/question-set.js";
import { buildIndex } from "../src/store/build-index.js";
import { INDEX_FORMAT, type Manifest } from "../src/store/manifest.js";
import { SubmissionGenerator, type GeneratedSubmission } from "./lib/generate-submissions.js";
import { keepAlivePoster, runLoad } from "./lib/load.js";
import { startServerProcess } from "./lib/start-server.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const N = Number(process.env.SCALE_N ?? 250);
const WORKERS = 2; // as npm run ingest on this machine
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** Peak resident memory of this process (every thread: the encoder workers and the parse worker too). */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  return { stop: () => (clearInterval(timer), round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20)) };
}

/** A build as `npm run ingest` makes it: a fresh process's worth of encoder (model load included). */
async function ingest(corpusDir: string, indexDir: string) {
  const embedder = new LocalEmbeddings({ workers: WORKERS });
  const rss = rssSampler();
  try {
    const [result, ms] = await time(() => buildIndex({ corpusDir, indexDir, embedder, log: () => undefined }));
    return { result, ms: round(ms), peakRssMb: rss.stop() };
  } finally {
    await embedder.close();
  }
}

async function writeCorpus(dir: string, submissions: GeneratedSubmission[]) {
  await mkdir(dir, { recursive: true });
  for (const s of submissions) await writeFile(path.join(dir, s.file), s.text);
}

interface ColdBuild {
  ms: number;
  peakRssMb: number;
  /** When the kept build was made (ISO time). */
  date?: string;
  manifest: Manifest;
}

/** The cold build kept in `dir` by an earlier run, when its index still serves exactly these submissions. */
async function keptColdBuild(dir: string, submissions: GeneratedSubmission[]): Promise<ColdBuild | undefined> {
  try {
    const kept = JSON.parse(await readFile(path.join(dir, "cold.json"), "utf8")) as { ms: number; peakRssMb: number; date?: string };
    const manifest = JSON.parse(await readFile(path.join(dir, "index-cold", "manifest.json"), "utf8")) as Manifest;
    const sha = (text: string) => createHash("sha256").update(text).digest("hex");
    const had = manifest.corpus.map((f) => `${f.file}:${f.sha256}`).sort().join("\n");
    const wants = submissions.map((s) => `${s.file}:${sha(s.text)}`).sort().join("\n");
    return manifest.format === INDEX_FORMAT && had === wants ? { ...kept, manifest } : undefined;
  } catch {
    return undefined;
  }
}

const keepDir = process.env.SCALE_DIR ? path.resolve(process.env.SCALE_DIR) : undefined;
if (keepDir) await mkdir(keepDir, { recursive: true });
const workdir = keepDir ?? (await mkdtemp(path.join(os.tmpdir(), "sa-scale-")));
const generator = new SubmissionGenerator(ROOT);
const submissions = Array.from({ length: N + 1 }, (_, i) => generator.make(i));
const extra = submissions[N]!; // the one added, the same at every scale
const questions = (await readQuestionSet(path.join(ROOT, "eval/questions.json"))).filter((q) => !q.history.length);
let counter = 0;
const question = () => {
  const q = questions[counter % questions.length]!;
  return `${q.question} ${(counter++ * 7919).toString(36)}`;
};

// The floor: embedding a question alone, one model in a worker thread (as the server runs it). Measured right before
// each N's HTTP runs: on a shared machine the load changes within minutes, and a ratio needs both under one.
// Loaded for the measure and released with its worker, so it never counts in the ingest's peak RSS.
async function floor(): Promise<number> {
  const floorEmbedder = new LocalEmbeddings({ workers: 1 });
  await floorEmbedder.ready();
  const floorMs: number[] = [];
  for (let i = 0; i < 60; i++) floorMs.push((await time(() => floorEmbedder.embedQuery(question())))[1]);
  await floorEmbedder.close();
  return round(percentile(floorMs, 50));
}

// The added submission ingested alone, cold: what adding it may cost at most 1.5× of. Always cold: a kept
// index would be reused warm.
const aloneDir = path.join(workdir, "alone");
async function ingestAlone() {
  await rm(aloneDir, { recursive: true, force: true });
  await writeCorpus(path.join(aloneDir, "corpus"), [extra]);
  return ingest(path.join(aloneDir, "corpus"), path.join(aloneDir, "index"));
}
/**
 * Adding one and ingesting it alone are each a few seconds, and on a shared 2-vCPU machine one run of either
 * moved by ±30% between runs minutes apart (add one at N = 250: 5.6-7.1 s). So they are measured in
 * ADD_PAIRS interleaved pairs (alone, then add on a fresh copy of the cold index) and the ratio is of medians.
 */
const ADD_PAIRS = 3;
const median = (values: number[]) => round(percentile(values, 50));

const rows = [];
for (const n of [1, N]) {
  const dir = path.join(workdir, `n${n}`);
  const corpusDir = path.join(dir, "corpus");
  const indexDir = path.join(dir, "index");
  const coldDir = path.join(dir, "index-cold");
  let cold = keepDir ? await keptColdBuild(dir, submissions.slice(0, n)) : undefined;
  const coldReused = cold !== undefined;
  await rm(indexDir, { recursive: true, force: true });
  if (cold) {
    await rm(corpusDir, { recursive: true, force: true });
    await writeCorpus(corpusDir, submissions.slice(0, n));
    await cp(coldDir, indexDir, { recursive: true });
  } else {
    await rm(dir, { recursive: true, force: true });
    await writeCorpus(corpusDir, submissions.slice(0, n));
    const built = await ingest(corpusDir, indexDir);
    cold = { ms: built.ms, peakRssMb: built.peakRssMb, manifest: built.result.manifest };
    if (keepDir) {
      await cp(indexDir, coldDir, { recursive: true });
      await writeFile(path.join(dir, "cold.json"), `${JSON.stringify({ ms: cold.ms, peakRssMb: cold.peakRssMb, date: new Date().toISOString() })}\n`);
    }
  }
  const { manifest } = cold;
  log(`N=${n}: cold ${cold.ms} ms${coldReused ? " (kept from an earlier run)" : ""}, ${manifest.passages} passages, ${manifest.units} units, peak RSS ${cold.peakRssMb} MB`);
  const beforeAdd = path.join(dir, "index-before-add");
  await rm(beforeAdd, { recursive: true, force: true });
  await cp(indexDir, beforeAdd, { recursive: true });
  const aloneMs: number[] = [];
  const addMs: number[] = [];
  let added: Awaited<ReturnType<typeof ingest>> | undefined;
  for (let pair = 0; pair < ADD_PAIRS; pair++) {
    const alone = await ingestAlone();
    aloneMs.push(alone.ms);
    await rm(path.join(corpusDir, extra.file), { force: true });
    await rm(indexDir, { recursive: true, force: true });
    await cp(beforeAdd, indexDir, { recursive: true });
    await writeCorpus(corpusDir, [extra]);
    added = await ingest(corpusDir, indexDir);
    addMs.push(added.ms);
    log(`N=${n}: ${extra.file} alone ${alone.ms} ms (${alone.result.manifest.units} units); adding it ${added.ms} ms, ${added.result.manifest.embedded} texts embedded`);
  }
  await rm(beforeAdd, { recursive: true, force: true });
  const indexMb = round((await folderBytes(indexDir)) / 2 ** 20);

  const floorP50 = await floor();
  log(`N=${n}: floor, embedding a question alone, p50 ${floorP50} ms`);
  const server = await startServerProcess(ROOT, { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, RATE_LIMIT: "0" }, { timeoutMs: 600_000 });
  let peakServerRss = await server.rssMb();
  const sampler = setInterval(async () => (peakServerRss = Math.max(peakServerRss, await server.rssMb().catch(() => 0))), 500);
  const http: Record<number, { rps: number; p50: number; p95: number; errors: number }> = {};
  for (const connections of [1, 16]) {
    const client = keepAlivePoster(server.url, connections);
    const result = await runLoad({ workers: connections, ms: 10_000, maxRequests: 1_000_000, request: () => client.post("/api/chat", { question: question() }) });
    client.close();
    const errors = result.networkErrors + Object.entries(result.statuses).filter(([s]) => s !== "200").reduce((sum, [, c]) => sum + c, 0);
    http[connections] = { rps: round(result.requests / (result.elapsedMs / 1000)), p50: round(percentile(result.latencies, 50)), p95: round(percentile(result.latencies, 95)), errors };
    log(`N=${n}: ${connections} connection(s) ${http[connections]!.rps} req/s, p50 ${http[connections]!.p50} ms, errors ${errors}`);
  }
  clearInterval(sampler);
  await server.stop();
  rows.push({
    n,
    passages: manifest.passages,
    units: manifest.units,
    coldIngestMs: cold.ms,
    coldReused,
    coldBuiltAt: coldReused ? cold.date : undefined,
    unitsPerSecond: round(manifest.units / (cold.ms / 1000)),
    ingestPeakRssMb: cold.peakRssMb,
    aloneMs: median(aloneMs),
    addOneMs: median(addMs),
    addOneRuns: addMs,
    aloneRuns: aloneMs,
    addOneEmbedded: added!.result.manifest.embedded,
    addOneOverAlone: round(median(addMs) / median(aloneMs), 2),
    chatP50Ms: http[1]!.p50,
    floorP50Ms: floorP50,
    chatP50OverFloor: round(http[1]!.p50 / floorP50, 2),
    rpsAt16: http[16]!.rps,
    p50At16Ms: http[16]!.p50,
    httpErrors: http[1]!.errors + http[16]!.errors,
    serverPeakRssMb: round(peakServerRss),
    indexMb,
  });
  if (!keepDir) await rm(dir, { recursive: true, force: true });
}
if (!keepDir) await rm(workdir, { recursive: true, force: true });

const results = { date: new Date().toISOString(), machine: { cpus: os.availableParallelism(), memoryGb: round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => round(l, 1)) }, alone: { file: extra.file }, addPairs: ADD_PAIRS, rows };
await writeFile(path.join(ROOT, "bench/scale-results.json"), `${JSON.stringify(results, null, 2)}\n`);

const [one, many] = [rows[0]!, rows[1]!];
const kept = (row: typeof one) => row.coldBuiltAt?.slice(0, 16);
const line = (label: string, key: keyof typeof one, target = "") => `| ${label} | ${one[key]} | ${many[key]} | ${target} |`;
const table = [
  `| measure | N = 1 | N = ${N} | target |`,
  "| --- | --- | --- | --- |",
  line("passages / units", "passages", "") .replace(`| ${one.passages} | ${many.passages} |`, `| ${one.passages} / ${one.units} | ${many.passages} / ${many.units} |`),
  line(`cold ingest, ms (2 encoder workers, model load included${kept(many) ? `; N = ${N} built ${kept(many)}, kept in SCALE_DIR` : ""})`, "coldIngestMs"),
  line("units embedded a second, cold", "unitsPerSecond"),
  line(`ingesting the added submission alone, ms (median of ${ADD_PAIRS})`, "aloneMs"),
  line(`add one submission, ms (median of ${ADD_PAIRS}, each run beside one alone)`, "addOneMs"),
  line("add one over ingesting it alone (medians)", "addOneOverAlone", "≤ 1.5"),
  line("/api/chat p50 ms, 1 connection", "chatP50Ms"),
  line("embedding a question alone (the floor), p50 ms", "floorP50Ms"),
  line("/api/chat p50 over the floor", "chatP50OverFloor", "≤ 1.5"),
  line("/api/chat req/s at 16 connections", "rpsAt16"),
  line("HTTP errors", "httpErrors", "0"),
  line("peak RSS of the ingest, MB", "ingestPeakRssMb", "≤ 1024"),
  line("peak RSS of the server under load, MB", "serverPeakRssMb", "≤ 1024"),
  line("index size on disk, MB", "indexMb"),
].join("\n");
const readmePath = path.join(ROOT, "bench/README.md");
const readme = await readFile(readmePath, "utf8");
const block = `<!-- scale -->\nLast run ${results.date.slice(0, 16)} on ${results.machine.cpus} cores (load average ${results.machine.loadAverage.join(", ")} at the end), Node ${results.machine.node}:\n\n${table}\n<!-- /scale -->`;
await writeFile(readmePath, readme.includes("<!-- scale -->") ? readme.replace(/<!-- scale -->[\s\S]*<!-- \/scale -->/, block) : `${readme.trimEnd()}\n\n## Scale\n\n${block}\n`);
console.log(table);
process.exit(0);
