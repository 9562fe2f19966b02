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

  send(event: string | undefined, data: unknown): void {
    if (this.closed) return;
    const payload = typeof data === "string" ? data : JSON.stringify(data);
    this.res.write(`${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`);
  }

  end(): void {
    if (!this.closed) this.res.end();
    this.closed = true;
  }
}
