// Worker thread holding one copy of the bundled encoder. Plain JavaScript so that it starts the same
// way whether the app runs from TypeScript sources (tsx) or compiled output: workers get no loader.
import { parentPort } from "node:worker_threads";
import { encode, loadUseLite } from "./use-lite.mjs";

// Loaded once at start: requests never wait for a load.
const ready = loadUseLite();
ready.then(
  () => parentPort.postMessage({ ready: true }),
  (error) => parentPort.postMessage({ fatal: String(error) }),
);

parentPort.on("message", async (job) => {
  try {
    const vectors = await encode(await ready, job.texts);
    const dimension = vectors[0]?.length ?? 0;
    const flat = new Float32Array(vectors.length * dimension);
    vectors.forEach((vector, i) => flat.set(vector, i * dimension));
    parentPort.postMessage({ id: job.id, flat, count: vectors.length }, [flat.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error) });
  }
});
