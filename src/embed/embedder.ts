import type { EmbeddingsInterface } from "@langchain/core/embeddings";

/** LangChain's embeddings seam plus what the index needs to know about who made its vectors. */
export interface Embedder extends EmbeddingsInterface {
  /** Identifies model and settings: an index built by another embedder is rebuilt, never used. */
  readonly id: string;
  /** Resolves when the model is loaded and a request will not wait for it. */
  ready(): Promise<void>;
  close(): Promise<void>;
  /** What the model has done so far, for /metrics; embedders that run no model of ours leave it out. */
  stats?(): EncoderStats;
}

export interface EncoderStats {
  /** Copies of the model loaded and ready (one per worker thread, or one in process). */
  loaded: number;
  /** Model calls, and the texts they embedded: texts / calls is the mean batch. */
  calls: number;
  texts: number;
}
