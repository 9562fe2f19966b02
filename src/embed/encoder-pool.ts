import type { EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import type { EncoderStats } from "./embedder.js";

interface Job {
  texts: string[];
  resolve: (vectors: number[][]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  loaded: boolean;
  /** Failed to load, crashed or exited: takes no more work. */
  dead?: Error;
  /** Jobs sent to the worker and not answered yet (one batch at a time). */
  inFlight?: { id: number; jobs: Job[] };
  ready: Promise<void>;
  /** The worker's event-loop use when last looked at, and how many looks in a row found it idle with a batch. */
  seen?: EventLoopUtilization;
  idleLooks: number;
}

interface WorkerMessage {
  ready?: boolean;
  fatal?: string;
  id?: number;
  flat?: Float32Array;
  count?: number;
  error?: string;
}

export interface EncoderPoolOptions {
  /** Worker threads, each with its own copy of the model. */
  size: number;
  /**
   * How often a worker holding a batch is looked at, in ms. Default 5000. This sets only how soon a worker that
   * stopped working is noticed, never how long a batch may take: see `watch`.
   */
  watchMs?: number;
  /** Worker script and its data (test seam). Default: the bundled encoder's worker. */
  workerUrl?: URL;
  workerData?: unknown;
  /** Most texts a worker embeds in one call. Default 8: a call's fixed cost dominates short texts, so questions waiting together are embedded together (measured ~13 ms a question at 8 against ~30 ms alone). */
  maxBatch?: number;
}

/**
 * Worker threads that each hold the bundled encoder, so embedding runs off the event loop and on every
 * core. Requests queue; an idle worker takes what is waiting (up to `maxBatch` texts) as one batch, so
 * under load questions are batched and when idle a question goes alone at once.
 */
export class EncoderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly maxBatch: number;
  private readonly watchMs: number;
  private watcher?: NodeJS.Timeout;
  private nextId = 1;
  private closed = false;
  private calls = 0;
  private texts = 0;

  constructor(options: EncoderPoolOptions) {
    this.maxBatch = options.maxBatch ?? 8;
    this.watchMs = options.watchMs ?? 5_000;
    const workerUrl = options.workerUrl ?? new URL("./encoder-worker.mjs", import.meta.url);
    for (let i = 0; i < options.size; i++) {
      // A small young generation: the encoder's garbage is short-lived, and V8's default let each worker's
      // heap swell by tens of MB under load (peak server RSS ~70 MB lower at 64 connections, same req/s).
      const worker = new Worker(workerUrl, { execArgv: [], workerData: options.workerData, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      const slot: Slot = { worker, loaded: false, ready: Promise.resolve(), idleLooks: 0 };
      slot.ready = new Promise((resolve, reject) => {
        worker.on("message", (message: WorkerMessage) => {
          if (message.ready) {
            slot.loaded = true;
            resolve();
            this.pump();
            return;
          }
          if (message.fatal) {
            const error = new Error(`encoder failed to load: ${message.fatal}`);
            reject(error);
            return this.failSlot(slot, error);
          }
          this.finish(slot, message);
        });
        worker.on("error", (error) => {
          reject(error);
          this.failSlot(slot, error);
        });
        worker.on("exit", (code) => {
          if (this.closed) return;
          const error = new Error(`encoder worker exited (code ${code})`);
          reject(error);
          this.failSlot(slot, error);
        });
      });
      // Without a listener an early load failure would be an unhandled rejection.
      slot.ready.catch(() => undefined);
      this.slots.push(slot);
    }
  }

  private finish(slot: Slot, message: WorkerMessage): void {
    const batch = slot.inFlight;
    if (!batch || batch.id !== message.id) return;
    slot.inFlight = undefined;
    this.stopWatchingIfIdle();
    if (message.error || !message.flat) {
      for (const job of batch.jobs) job.reject(new Error(message.error ?? "encoder returned nothing"));
    } else {
      const dimension = message.flat.length / (message.count || 1);
      let offset = 0;
      for (const job of batch.jobs) {
        const vectors: number[][] = [];
        for (let v = 0; v < job.texts.length; v++, offset++) vectors.push(Array.from(message.flat.subarray(offset * dimension, (offset + 1) * dimension)));
        job.resolve(vectors);
      }
    }
    this.pump();
  }

  /** A worker that cannot work fails its batch; when none is left, everything waiting fails too, never hangs. */
  private failSlot(slot: Slot, error: Error): void {
    slot.dead ??= error;
    for (const job of slot.inFlight?.jobs ?? []) job.reject(error);
    slot.inFlight = undefined;
    this.stopWatchingIfIdle();
    if (this.slots.every((s) => s.dead)) for (const job of this.queue.splice(0)) job.reject(error);
  }

  /**
   * A worker is dead when it makes no progress, never when it is slow. Its event loop's use tells which: a
   * worker computing a batch is busy all the time (utilization 1, however loaded the machine is, since a
   * thread waiting for a core is not idle), while one that lost its batch or hangs on nothing waits idle.
   * Three looks in a row (at least two whole intervals, so a thread briefly waiting for a core is never taken
   * for dead) that find a worker idle with its batch unanswered mark it dead; an exited or crashed
   * worker is caught at once by its "exit" and "error" events. This replaced a fixed 30 s limit a batch, which
   * failed whole builds on a busy machine (issue 15).
   */
  private watch(): void {
    for (const slot of this.slots) {
      if (!slot.inFlight || slot.dead) continue;
      const now = slot.worker.performance.eventLoopUtilization();
      const since = slot.seen ? slot.worker.performance.eventLoopUtilization(now, slot.seen) : undefined;
      slot.seen = now;
      // Less than 1% of the interval busy: waiting on nothing (a batch keeps it busy throughout).
      slot.idleLooks = since && since.utilization < 0.01 ? slot.idleLooks + 1 : 0;
      if (slot.idleLooks >= 3) {
        const error = new Error("the encoder worker stopped working on its batch (idle, no answer)");
        this.failSlot(slot, error);
        void slot.worker.terminate();
      }
    }
  }

  private startWatching(slot: Slot): void {
    slot.seen = slot.worker.performance.eventLoopUtilization();
    slot.idleLooks = 0;
    if (this.watcher) return;
    this.watcher = setInterval(() => this.watch(), this.watchMs);
    // Never what keeps a process alive.
    this.watcher.unref();
  }

  private stopWatchingIfIdle(): void {
    if (this.watcher && this.slots.every((slot) => !slot.inFlight)) {
      clearInterval(this.watcher);
      this.watcher = undefined;
    }
  }

  /** Hands waiting jobs to idle, loaded workers, several jobs to a batch. */
  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.loaded || slot.inFlight || slot.dead) continue;
      const jobs: Job[] = [this.queue.shift()!];
      let count = jobs[0]!.texts.length;
      while (this.queue.length && count + this.queue[0]!.texts.length <= this.maxBatch) {
        const job = this.queue.shift()!;
        jobs.push(job);
        count += job.texts.length;
      }
      const id = this.nextId++;
      slot.inFlight = { id, jobs };
      this.startWatching(slot);
      this.calls++;
      this.texts += count;
      slot.worker.postMessage({ id, texts: jobs.flatMap((job) => job.texts) });
    }
  }

  /** Resolves when every worker has loaded its model. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready));
  }

  get size(): number {
    return this.slots.length;
  }

  stats(): EncoderStats {
    return { loaded: this.slots.filter((slot) => slot.loaded && !slot.dead).length, calls: this.calls, texts: this.texts };
  }

  embed(texts: string[]): Promise<number[][]> {
    if (this.closed) return Promise.reject(new Error("encoder pool is closed"));
    const dead = this.slots.every((s) => s.dead) ? this.slots[0]?.dead : undefined;
    if (dead) return Promise.reject(dead);
    return new Promise((resolve, reject) => {
      this.queue.push({ texts, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watcher);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const slot of this.slots) this.failSlot(slot, new Error("encoder pool closed"));
    for (const job of this.queue.splice(0)) job.reject(new Error("encoder pool closed"));
  }
}
