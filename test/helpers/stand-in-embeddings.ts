import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in OpenAI-compatible embeddings server on loopback (`POST /v1/embeddings`): each text's vector is a
 * normalised bag of hashed words, so the same text always gets the same vector. Answers in floats or, as
 * the official client asks by default, base64 of little-endian float32.
 */
export interface StandInEmbeddings {
  baseURL: string;
  dimension: number;
  /** Texts received, request by request. */
  batches: string[][];
  close(): Promise<void>;
}

export function hashedVector(text: string, dimension: number): number[] {
  const v = new Array<number>(dimension).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) v[createHash("md5").update(word).digest()[0]! % dimension]! += 1;
  v[0]! += 0.5; // never the zero vector
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

export async function startStandInEmbeddings(dimension = 32): Promise<StandInEmbeddings> {
  const batches: string[][] = [];
  const server: Server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    if (req.method !== "POST" || !req.url?.endsWith("/embeddings")) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found", type: "invalid_request_error" } }));
      return;
    }
    const request = JSON.parse(body) as { input: string | string[]; model: string; encoding_format?: string };
    const inputs = Array.isArray(request.input) ? request.input : [request.input];
    batches.push(inputs);
    const data = inputs.map((text, index) => {
      const vector = hashedVector(text, dimension);
      const embedding = request.encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
      return { object: "embedding", index, embedding };
    });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ object: "list", data, model: request.model, usage: { prompt_tokens: 0, total_tokens: 0 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    dimension,
    batches,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
