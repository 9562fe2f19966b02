/**
 * npm run soak: the server under a mixed stream of good and bad requests for SOAK_SECONDS (default 120),
 * loopback only, 8 clients. Prints statuses and the memory curve; exits 1 on any 5xx, network error or
 * memory growth over 100 MB after warm-up.
 */
import { copyFile, cp, mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runLoad, serverErrors } from "./lib/load.js";
import { startServerProcess } from "./lib/start-server.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.SOAK_SECONDS ?? 120);
const workdir = await mkdtemp(path.join(os.tmpdir(), "sa-soak-"));
await mkdir(path.join(workdir, "corpus"));
await copyFile(path.join(ROOT, "corpus/unodc-2024.txt"), path.join(workdir, "corpus/unodc-2024.txt"));
// SOAK_EXTRA_DIR: files added to the soaked corpus (hostile ones, say: a long unpunctuated line, a forged heading).
if (process.env.SOAK_EXTRA_DIR) await cp(process.env.SOAK_EXTRA_DIR, path.join(workdir, "corpus"), { recursive: true });
await cp(path.join(ROOT, "index"), path.join(workdir, "index"), { recursive: true }).catch(() => undefined);
const { url, child, rssMb } = await startServerProcess(ROOT, { CORPUS_DIR: path.join(workdir, "corpus"), INDEX_DIR: path.join(workdir, "index"), RATE_LIMIT: "0" });

const json = { "content-type": "application/json" };
const mix = [
  (i: number) => fetch(`${url}/api/chat`, { method: "POST", headers: json, body: JSON.stringify({ question: `When did the 33rd CCPCJ session take place? v${i}` }) }),
  (i: number) => fetch(`${url}/api/chat`, { method: "POST", headers: json, body: JSON.stringify({ question: `Which partnerships is UNODC part of? v${i}`, stream: true }) }),
  (i: number) => fetch(`${url}/api/search?q=farmers%20${i}&k=5`),
  () => fetch(`${url}/api/chat`, { method: "POST", headers: json, body: "{ broken" }),
  () => fetch(`${url}/api/chat`, { method: "POST", headers: json, body: JSON.stringify({ question: "\u0000\ud800 <script>x</script>".repeat(50) }) }),
  () => fetch(`${url}/api/nothing`),
  () => fetch(`${url}/api/brief`, { method: "POST", headers: json, body: JSON.stringify({ topic: "cybercrime" }) }),
  (i: number) => fetch(`${url}/v1/chat/completions`, { method: "POST", headers: json, body: JSON.stringify({ messages: [{ role: "user", content: `What does GRACE stand for? v${i}` }] }) }),
];
const curve: number[] = [];
await runLoad({ workers: 8, ms: 5000, maxRequests: 100_000, request: (i) => mix[i % mix.length]!(i) });
const sampler = setInterval(async () => curve.push(Math.round(await rssMb().catch(() => 0))), 5000);
const result = await runLoad({ workers: 8, ms: seconds * 1000, maxRequests: 10_000_000, request: (i) => mix[i % mix.length]!(i) });
clearInterval(sampler);
child.kill("SIGTERM");
const growth = curve.length > 1 ? Math.max(...curve.slice(1)) - curve[0]! : 0;
console.log(`soak: ${result.requests} requests in ${seconds} s, statuses ${JSON.stringify(result.statuses)}, network errors ${result.networkErrors}`);
console.log(`soak: RSS every 5 s (MB): ${curve.join(" ")}; growth after warm-up ${growth} MB`);
const failed = serverErrors(result) > 0 || result.networkErrors > 0 || growth > 100;
console.log(failed ? "soak: FAILED" : "soak: passed");
process.exit(failed ? 1 : 0);
