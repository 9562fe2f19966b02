import type { EmbeddingsInterface } from "@langchain/core/embeddings";

/** LangChain's embeddings seam plus what the index needs to know about who made its vectors. */
export interface Embedder extends EmbeddingsInterface {
  /** Identifies model and settings: an index built by another embedder is rebuilt, never used. */
  readonly id: string;
  /** Resolves when the model is loaded and a request will not wait for it. */
  ready(): Promise<void>;
  close(): Promise<void>;
}
