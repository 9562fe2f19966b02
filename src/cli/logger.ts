import pino, { type Logger } from "pino";

/** JSON lines on stdout, written asynchronously (a request never waits on the pipe); `LOG_LEVEL` sets the level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ sync: false }));
}
