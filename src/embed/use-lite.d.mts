import type { initModel } from "@energetic-ai/embeddings";

export type EncoderModel = Awaited<ReturnType<typeof initModel>>;
export function loadUseLite(): Promise<EncoderModel>;
export function encode(model: EncoderModel, texts: string[]): Promise<number[][]>;
