import type { Config } from "../config.js";
import type { Embedder } from "../embed/embedder.js";
import { nounHierarchy } from "../text/noun-hierarchy.js";
import { senseCounts, wordNetIndexes } from "../text/wordnet-index.js";
import { Retriever } from "../retrieve/retriever.js";
import { buildIndex, type BuildIndexResult } from "../store/build-index.js";
import type { BuildProgress } from "../store/build-progress.js";
import { loadIndex } from "../store/load-index.js";
import type { Assistant, Summarizer } from "../answer/assistant.js";
import { BRIEF_FORMS } from "../brief/build-brief.js";
import type { FallbackEvent } from "../compose/model-failure.js";
import { createAssistant } from "./create-assistant.js";
import type { Prompts } from "../compose/prompts.js";
import { createBriefer, type Briefer } from "./create-briefer.js";

export interface OpenedAssistant {
  retriever: Retriever;
  assistant: Assistant;
  brief: Briefer;
  build: BuildIndexResult;
}

export interface OpenAssistantOptions {
  config: Config;
  /** Embeds the questions: the assistant keeps it. */
  embedder: Embedder;
  /**
   * Makes the embedder that builds the index when one must be built, closed once it is built. The server
   * passes one so that the model copies it serves with never held a corpus's long passages: the encoder's
   * memory grows to its largest batch and does not shrink (a server that built its own index measured
   * ~60 MB more under load). Default: `embedder`.
   */
  buildEmbedder?: () => Embedder;
  prompts: Prompts;
  log: (line: string) => void;
  /** Told how a build goes (files parsed, units embedded). */
  progress?: (progress: BuildProgress) => void;
  force?: boolean;
  /** Told of every generative answer or brief that fell back to the extractive one (the server logs it). */
  onFallback?: (event: FallbackEvent) => void;
}

/** Builds the index when missing or stale, loads it and the embedding model, and puts the configured assistant on it. */
export async function openAssistant(options: OpenAssistantOptions): Promise<OpenedAssistant> {
  const { config, embedder } = options;
  const builder = options.buildEmbedder?.() ?? embedder;
  let build: BuildIndexResult;
  try {
    build = await buildIndex({ corpusDir: config.corpusDir, indexDir: config.indexDir, embedder: builder, force: options.force, log: options.log, progress: options.progress });
  } finally {
    if (builder !== embedder) await builder.close();
  }
  return openBuiltIndex(options, build);
}

/**
 * Loads the index already in `config.indexDir` and puts the assistant on it, building nothing: the server
 * keeps serving it when a rebuild failed (`build` then says why it was not replaced).
 */
export async function openBuiltIndex(options: OpenAssistantOptions, build?: BuildIndexResult): Promise<OpenedAssistant> {
  const { config, embedder } = options;
  // Loaded before the assistant is handed out, so no question ever waits for the model.
  await embedder.ready();
  const index = await loadIndex(config.indexDir, { embedderId: embedder.id });
  // As the model: the vectors are read out of the graph before the first question, not during it.
  index.vectors.preload();
  // And WordNet's index files (6.3 MB, ~0.1 s), which synonyms ("how many kids…"), the misspelling test and the
  // noun hierarchy ("25 decisions" counts no people) read, and its sense counts (7 MB), which tell a clear noun
  // ("kids") from a vague one: a lexicon that cannot be read only means none of them.
  await wordNetIndexes().catch(() => undefined);
  await senseCounts("child").catch(() => undefined);
  await nounHierarchy().catch(() => undefined);
  const retriever = new Retriever(index, embedder);
  const brief = createBriefer(config, retriever, options.prompts, options.onFallback);
  // A summary request in the chat is answered with the briefing note on the whole submission, or on its topic.
  // A stated length is kept to in bullets: a length in words at the page form's words a bullet.
  const summarize: Summarizer = async (topic, _signal, length) => {
    const bullets = length ? ("items" in length ? length.items : Math.max(1, Math.round(length.words / BRIEF_FORMS.page.bulletWords))) : undefined;
    const note = await brief({ ...(topic ? { topic } : {}), ...(bullets ? { bullets } : {}) });
    return { answer: note.markdown, abstained: false, mode: note.mode, citations: note.citations };
  };
  return {
    retriever,
    assistant: createAssistant(config, retriever, options.prompts, { summarize, onFallback: options.onFallback }),
    brief,
    build: build ?? { reused: true, manifest: index.manifest },
  };
}
