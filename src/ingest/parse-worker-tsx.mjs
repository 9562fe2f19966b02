// Starts the parse worker from the TypeScript sources (tests, `npm run ingest` through tsx): a worker thread
// gets no loader of its own, so it registers tsx before importing the worker. The bundle (`npm run build`)
// starts dist/parse-worker.mjs instead.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
