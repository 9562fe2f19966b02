import type { CorpusFile } from "../ingest/ingest-corpus.js";

/** Bump when passages, ids, what is embedded or index files change: older indexes are then rebuilt. */
export const INDEX_FORMAT = 4;

export interface Manifest {
  format: number;
  embedder: { id: string; dimension: number };
  /** Chunking settings the passages were cut with. */
  chunking: { maxWords: number };
  corpus: CorpusFile[];
  passages: number;
  /** Embedded units (sentences, bullets, record fields); one vector each. */
  units: number;
  /** sha256 of every index file, checked before a file is read. */
  files: Record<string, string>;
  warnings: string[];
  builtAt: string;
  buildMs: number;
}

export interface IndexWants {
  embedderId: string;
  chunking: { maxWords: number };
  corpus: CorpusFile[];
}

/** Why an existing index cannot serve what is wanted now, or undefined when it can. */
export function staleReason(manifest: Manifest, wants: IndexWants): string | undefined {
  if (manifest.format !== INDEX_FORMAT) return `index format ${manifest.format}, this version writes ${INDEX_FORMAT}`;
  if (manifest.embedder.id !== wants.embedderId) return `built by embedder ${manifest.embedder.id}, configured ${wants.embedderId}`;
  if (manifest.chunking.maxWords !== wants.chunking.maxWords) return "chunking settings changed";
  const had = manifest.corpus.map((f) => `${f.file}:${f.sha256}`).join("\n");
  const has = wants.corpus.map((f) => `${f.file}:${f.sha256}`).join("\n");
  if (had !== has) return "corpus files changed";
  return undefined;
}
