import { Worker } from "node:worker_threads";
import { UnreadableFileError } from "../errors.js";
import type { ChunkOptions } from "./chunk-passages.js";
import type { ParsedFile } from "./parse-file.js";
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from "./parse-limits.js";

export interface ParseRequest {
  id: number;
  corpusDir: string;
  file: string;
  chunk: ChunkOptions;
  limits: ParseLimits;
}

export type ParseReply = { id: number; parsed: ParsedFile } | { id: number; unreadable: string };

// From the sources (tsx) the worker is the .ts file; the bundle (scripts/build.mjs) ships dist/parse-worker.mjs.
const workerUrl = new URL(import.meta.url.endsWith(".ts") ? "./parse-worker-tsx.mjs" : "./parse-worker.mjs", import.meta.url);

/**
 * Parses corpus files one at a time on a worker thread, so the thread that serves requests stays free while a
 * corpus is re-indexed (issue 18: a 20,000-page PDF stalled every request for 74 s). A file that runs the
 * worker out of heap or past `maxParseMs` is skipped (UnreadableFileError) and the next file gets a fresh
 * worker.
 */
export class FileParser {
  private worker?: Worker;
  private nextId = 1;
  readonly limits: ParseLimits;

  constructor(limits: Partial<ParseLimits> = {}) {
    this.limits = { ...DEFAULT_PARSE_LIMITS, ...limits };
  }

  private start(): Worker {
    this.worker ??= new Worker(workerUrl, { resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb } });
    return this.worker;
  }

  /** Parses one file; throws UnreadableFileError naming the file and the reason it was skipped. */
  parse(corpusDir: string, file: string, chunk: ChunkOptions = {}): Promise<ParsedFile> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<ParsedFile>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      // The worker is gone or must go: the next file starts a fresh one.
      const discard = (reason: string) => {
        done();
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
        reject(new UnreadableFileError(file, reason));
      };
      const onMessage = (reply: ParseReply) => {
        if (reply.id !== id) return;
        done();
        if ("parsed" in reply) resolve(reply.parsed);
        else reject(new UnreadableFileError(file, reply.unreadable));
      };
      const onError = (error: NodeJS.ErrnoException) =>
        discard(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `needs more than ${this.limits.maxHeapMb} MB of memory to parse` : `could not be parsed (${error.message.split("\n")[0]})`);
      const onExit = (code: number) => discard(`could not be parsed (the parser stopped, code ${code})`);
      const timer = setTimeout(() => discard(`took longer than ${Math.round(this.limits.maxParseMs / 1000)} s to parse`), this.limits.maxParseMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, corpusDir, file, chunk, limits: this.limits } satisfies ParseRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
