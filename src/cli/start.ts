import { readConfig, type Config } from "../config.js";
import { serve } from "../server/serve.js";
import { createLogger } from "./logger.js";

let config: Config;
try {
  config = readConfig();
} catch (error) {
  // A configuration mistake is the operator's to fix: one line naming the variable, no stack trace.
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const running = await serve(config, logger).catch((error: NodeJS.ErrnoException) => {
  // The one mistake a newcomer makes at start: say which setting to change, in one line, without a stack.
  if (error.code === "EADDRINUSE") console.error(`PORT ${config.port} is already in use on ${config.host}: stop the other server or set PORT to a free port`);
  else if (error.code === "EACCES") console.error(`PORT ${config.port} needs privileges on ${config.host}: set PORT to 1024 or above`);
  else throw error;
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  await running.close();
  logger.info("stopped");
  logger.flush(() => process.exit(0));
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
