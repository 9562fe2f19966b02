import type { Response } from "express";

/** Server-sent events on an Express response; `closed` once the client has gone. */
export class EventStream {
  closed = false;

  constructor(private readonly res: Response) {
    res.status(200).set({
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.flushHeaders();
    res.on("close", () => (this.closed = true));
  }

  /**
   * Writes one event. The promise settles once the socket has taken it (at once, unless the client reads
   * slower than we write): a caller that awaits it holds no more than one event beyond the socket's buffer.
   */
  send(event: string | undefined, data: unknown): Promise<void> {
    if (this.closed) return Promise.resolve();
    const payload = typeof data === "string" ? data : JSON.stringify(data);
    if (this.res.write(`${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.res.off("drain", done);
        this.res.off("close", done);
        resolve();
      };
      this.res.on("drain", done);
      this.res.on("close", done);
    });
  }

  end(): void {
    if (!this.closed) this.res.end();
    this.closed = true;
  }
}
