import { Worker } from "node:worker_threads";

interface Pending {
  resolve: (vectors: number[][]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
  ready: Promise<void>;
}

/**
 * Worker threads that each hold the bundled encoder, so embedding runs off the event loop and on every
 * core. Jobs go to the least busy worker.
 */
export class EncoderPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending & { slot: Slot }>();
  private nextId = 1;
  private closed = false;

  constructor(size: number) {
    const workerUrl = new URL("./encoder-worker.mjs", import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerUrl, { execArgv: [] });
      const slot: Slot = { worker, busy: 0, ready: Promise.resolve() };
      slot.ready = new Promise((resolve, reject) => {
        worker.on("message", (message: { ready?: boolean; fatal?: string; id?: number; flat?: Float32Array; count?: number; error?: string }) => {
          if (message.ready) return resolve();
          if (message.fatal) return reject(new Error(`encoder failed to load: ${message.fatal}`));
          const job = message.id === undefined ? undefined : this.pending.get(message.id);
          if (!job) return;
          this.pending.delete(message.id!);
          job.slot.busy--;
          if (message.error || !message.flat) return job.reject(new Error(message.error ?? "encoder returned nothing"));
          const dimension = message.flat.length / (message.count || 1);
          const vectors: number[][] = [];
          for (let v = 0; v < (message.count ?? 0); v++) vectors.push(Array.from(message.flat.subarray(v * dimension, (v + 1) * dimension)));
          job.resolve(vectors);
        });
        worker.on("error", (error) => {
          reject(error);
          this.failSlot(slot, error);
        });
      });
      // Without a listener an early load failure would be an unhandled rejection.
      slot.ready.catch(() => undefined);
      this.slots.push(slot);
    }
  }

  private failSlot(slot: Slot, error: Error): void {
    for (const [id, job] of this.pending) {
      if (job.slot === slot) {
        this.pending.delete(id);
        job.reject(error);
      }
    }
  }

  /** Resolves when every worker has loaded its model. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready));
  }

  get size(): number {
    return this.slots.length;
  }

  async embed(texts: string[]): Promise<number[][]> {
    if (this.closed) throw new Error("encoder pool is closed");
    const slot = this.slots.reduce((best, candidate) => (candidate.busy < best.busy ? candidate : best));
    await slot.ready;
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, texts });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    for (const job of this.pending.values()) job.reject(new Error("encoder pool closed"));
    this.pending.clear();
  }
}
