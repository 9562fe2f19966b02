/** Base of every error the application raises on purpose; the server maps `status` and `code` to a response. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  /** What a client may see; internals stay in the log. */
  readonly publicMessage: string;
  /** The request field at fault, when one is (OpenAI's `param`). */
  readonly param?: string;

  constructor(options: { code: string; message: string; status?: number; publicMessage?: string; cause?: unknown; param?: string }) {
    super(options.message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status ?? 500;
    this.publicMessage = options.publicMessage ?? options.message;
    this.param = options.param;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, param?: string) {
    super({ code: "invalid_request", message, status: 400, param });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super({ code: "not_found", message, status: 404 });
  }
}

export class UnreadableFileError extends AppError {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super({ code: "unreadable_file", message: `${JSON.stringify(file)}: ${reason}` });
    this.file = file;
    this.reason = reason;
  }
}

export class EmptyCorpusError extends AppError {
  readonly corpusDir: string;
  constructor(corpusDir: string, detail: string) {
    super({ code: "empty_corpus", message: `nothing could be indexed from ${corpusDir}: ${detail}` });
    this.corpusDir = corpusDir;
  }
}

export class IndexMismatchError extends AppError {
  readonly expected: string;
  readonly actual: string;
  constructor(expected: string, actual: string) {
    super({ code: "index_mismatch", message: `index was built for ${actual}, expected ${expected}` });
    this.expected = expected;
    this.actual = actual;
  }
}

export class DamagedIndexError extends AppError {
  readonly indexDir: string;
  constructor(indexDir: string, reason: string) {
    super({
      code: "damaged_index",
      message: `index in ${indexDir} is damaged (${reason}); run \`npm run ingest -- --force\` to rebuild it`,
    });
    this.indexDir = indexDir;
  }
}

export class NotReadyError extends AppError {
  /** `failed`: loading ended in an error (the log says which); an admin re-index may still succeed. */
  constructor(failed = false) {
    super({ code: "not_ready", message: failed ? "the index could not be loaded; an administrator must fix the corpus or re-index" : "the index is still loading; try again shortly", status: 503 });
  }
}
