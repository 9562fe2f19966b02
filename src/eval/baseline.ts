import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import { ExtractiveAnswerer } from "../answer/extractive-answerer.js";
import type { AskOutcome } from "../answer/assistant.js";
import type { Embedder } from "../embed/embedder.js";
import { listCorpus } from "../ingest/ingest-corpus.js";
import { loadFile } from "../ingest/load-file.js";
import { passageUnits } from "../ingest/passage-units.js";
import { analyzeQuestion } from "../retrieve/analyze-question.js";
import type { Retrieval } from "../retrieve/retriever.js";
import { questionTerms, termStatistics } from "../retrieve/term-statistics.js";
import { Bm25Index } from "../store/bm25-index.js";
import { dot, normalize } from "../text/vector-math.js";
import type { Passage } from "../types.js";
import type { EvalQuestion } from "./question-set.js";

/**
 * The plain pipeline of a tutorial, for comparison: a recursive character splitter at 1000/200, dense
 * retrieval only, top 4, and the same extractive answerer. It knows nothing of questions, sections or records.
 */
export async function createBaseline(corpusDir: string, embedder: Embedder): Promise<(question: EvalQuestion) => Promise<AskOutcome>> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });
  const passages: Passage[] = [];
  for (const { file, skipped } of await listCorpus(corpusDir)) {
    if (skipped) continue;
    const loaded = await loadFile(corpusDir, file).catch(() => undefined);
    if (!loaded) continue;
    let from = 0;
    for (const chunk of await splitter.splitText(loaded.text)) {
      const start = Math.max(0, loaded.text.indexOf(chunk.slice(0, 50), Math.max(0, from - 1000)));
      from = start + 1;
      passages.push({ id: `baseline-${passages.length + 1}`, text: chunk, breadcrumb: `${file} · chunk ${passages.length + 1}`, source: { document: file }, offsets: { start, end: start + chunk.length } });
    }
  }
  const chunkVectors = (await embedder.embedDocuments(passages.map((p) => p.text))).map(normalize);
  const units = passages.map((passage, position) => passageUnits(passage, position));
  const unitVectors = (await embedder.embedDocuments(units.flat().map((u) => u.text))).map(normalize);
  const unitOffset: number[] = [];
  units.reduce((offset, list, i) => ((unitOffset[i] = offset), offset + list.length), 0);
  const lexicon = Bm25Index.build(passages.map((p) => p.text));
  const answerer = new ExtractiveAnswerer();

  return async (question) => {
    const queryVector = normalize(await embedder.embedQuery(question.question));
    const ranked = chunkVectors.map((vector, index) => ({ index, score: dot(queryVector, vector) })).sort((a, b) => b.score - a.score).slice(0, 4);
    const analysis = analyzeQuestion(question.question);
    const retrieval: Retrieval = {
      analysis,
      query: question.question,
      followUp: false,
      passages: ranked.map((hit) => ({ passage: passages[hit.index]!, position: hit.index, score: hit.score })),
      termStatistics: termStatistics(lexicon, questionTerms(analysis)),
      acronyms: new Map(),
      unitSimilarities: new Map(ranked.map((hit) => [hit.index, units[hit.index]!.map((_, ordinal) => dot(queryVector, unitVectors[unitOffset[hit.index]! + ordinal]!))])),
    };
    const result = await answerer.answer({ question: question.question, history: question.history, retrieval });
    return { result, retrieval };
  };
}
