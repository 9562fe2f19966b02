import pino, { type Logger } from "pino";

/** JSON lines on stdout; `LOG_LEVEL` sets the level. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
