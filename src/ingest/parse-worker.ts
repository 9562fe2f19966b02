// Worker thread that parses corpus files (src/ingest/file-parser.ts starts it), so that a slow or hostile file
// (a 20,000-page PDF, quadratic HTML) never blocks the thread that serves requests.
import { parentPort } from "node:worker_threads";
import { UnreadableFileError } from "../errors.js";
import { parseFile } from "./parse-file.js";
import type { ParseRequest, ParseReply } from "./file-parser.js";

parentPort!.on("message", async (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: request.id, parsed: await parseFile(request.corpusDir, request.file, request) };
  } catch (error) {
    // Any failure on one file is that file's: a parser's own bug must not fail the build either.
    const reason = error instanceof UnreadableFileError ? error.reason : `could not be parsed (${String((error as Error)?.message ?? error).split("\n")[0]})`;
    reply = { id: request.id, unreadable: reason };
  }
  parentPort!.postMessage(reply);
});
