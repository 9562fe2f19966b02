import type { CorpusFile, ParsedSummary } from "../ingest/ingest-corpus.js";

/**
 * Bump when passages, ids, what is embedded or index files change: older indexes are then rebuilt. 5: every
 * passage carries its entity's name and its year (format 4 indexes written before that lacked them). 6: the
 * manifest keeps what was parsed of each file (`parsed`), the parse cache of the next build. 7: the page's membership label ("ECESA Plus Member") is a
 * passage of its own. 8: a word in -us keeps its s in the lexical index's terms ("focus", as "focusing" stems). 9: a
 * term is stemmed until its stem holds ("environmental" and "environment" both "environ"). 10: a compass point of two
 * words is one term ("South-East" as "southeast").
 */
export const INDEX_FORMAT = 10;

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
  /** Files not indexed, each with its reason (also in `warnings`, as lines). */
  skipped: { file: string; reason: string }[];
  /** Distinct unit texts embedded by this build; the other units' vectors came from the previous index. */
  embedded: number;
  /** Units whose vectors (graph elements) were kept from the previous index. */
  reusedVectors: number;
  /** What was read of each file that parsed (indexed, or a copy of another), by file name. */
  parsed: Record<string, ParsedSummary>;
  /** Files this build parsed; the others' passages came from the previous index (or they were skipped). */
  parsedFiles: number;
  builtAt: string;
  buildMs: number;
}

export interface IndexWants {
  embedderId: string;
  chunking: { maxWords: number };
  corpus: CorpusFile[];
}

/**
 * Why an existing index cannot serve what is wanted now, or undefined when it can; for the corpus, which files
 * were added, changed or removed, e.g. `corpus files changed (added "eclac-2021.txt"; removed "old.txt")`.
 */
export function staleReason(manifest: Manifest, wants: IndexWants): string | undefined {
  if (manifest.format !== INDEX_FORMAT) return `index format ${manifest.format}, this version writes ${INDEX_FORMAT}`;
  if (manifest.embedder.id !== wants.embedderId) return `built by embedder ${manifest.embedder.id}, configured ${wants.embedderId}`;
  if (manifest.chunking.maxWords !== wants.chunking.maxWords) return "chunking settings changed";
  const had = new Map(manifest.corpus.map((f) => [f.file, f.sha256]));
  const has = new Map(wants.corpus.map((f) => [f.file, f.sha256]));
  const added = [...has.keys()].filter((file) => !had.has(file));
  const changed = [...has.keys()].filter((file) => had.has(file) && had.get(file) !== has.get(file));
  const removed = [...had.keys()].filter((file) => !has.has(file));
  if (!added.length && !changed.length && !removed.length) return undefined;
  // Names quoted as JSON (as the ingest summary quotes skipped files), at most three a kind: `added "a.txt", "b.txt" and 4 more`.
  const named = (kind: string, files: string[]) => (files.length ? [`${kind} ${files.slice(0, 3).map((f) => JSON.stringify(f)).join(", ")}${files.length > 3 ? ` and ${files.length - 3} more` : ""}`] : []);
  return `corpus files changed (${[...named("added", added), ...named("changed", changed), ...named("removed", removed)].join("; ")})`;
}
