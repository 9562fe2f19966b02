import type { BuildIndexResult } from "./build-index.js";

/**
 * What `npm run ingest` says at the end, in plain words: what was indexed and skipped (each skipped file
 * quoted, with its reason), and where the index is, e.g.
 * `indexed 12 files, skipped 3: "a.dat" (unsupported file type ".dat"), …`
 * `The index is in /srv/index: 420 passages, 1630 units (parsed 1 new or changed file, took 11 unchanged from the
 * previous index; embedded 52 new texts, kept 1578 units' vectors) in 4.2 s; rebuilt because: corpus files changed (added "a.txt").`
 */
export function ingestSummary(result: BuildIndexResult, options: { indexDir: string; ms: number }): string {
  const { manifest } = result;
  const skipped = manifest.skipped ?? [];
  const indexed = manifest.corpus.length - skipped.length;
  const files = `indexed ${indexed} file${indexed === 1 ? "" : "s"}, skipped ${skipped.length}${skipped.length ? `: ${skipped.map((s) => `${JSON.stringify(s.file)} (${s.reason})`).join(", ")}` : ""}`;
  const seconds = `${(options.ms / 1000).toFixed(1)} s`;
  const where = `The index is in ${options.indexDir}: ${manifest.passages} passages, ${manifest.units} units`;
  if (result.reused) return `${files}\n${where}; nothing changed since it was built (${manifest.builtAt}), checked in ${seconds}.`;
  const read = manifest.corpus.length - skipped.length;
  const parsed = manifest.parsedFiles < read ? `parsed ${manifest.parsedFiles} new or changed file${manifest.parsedFiles === 1 ? "" : "s"}, took ${read - manifest.parsedFiles} unchanged from the previous index; ` : "";
  const embedded = `${parsed}${manifest.reusedVectors ? `embedded ${manifest.embedded} new texts, kept ${manifest.reusedVectors} units' vectors` : "all embedded"}`;
  return `${files}\n${where} (${embedded}) in ${seconds}; rebuilt because: ${result.reason}.`;
}
