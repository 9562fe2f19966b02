import { openAssistant, type OpenedAssistant } from "../app/open-assistant.js";
import { readPrompts } from "../compose/prompts.js";
import { readConfig, type Config } from "../config.js";
import { createEmbedder } from "../embed/create-embedder.js";

/**
 * What the ask and brief commands share: read the configuration, open the index (building it when
 * missing, warnings on stderr) with the model in-process, run, report a failure in one line, release the model.
 */
export async function runWithAssistant(command: string, run: (opened: OpenedAssistant, config: Config) => Promise<void>): Promise<void> {
  const config = readConfig();
  const embedder = createEmbedder(config, { workers: 0 });
  try {
    const opened = await openAssistant({ config, embedder, prompts: await readPrompts(config.promptsDir), log: (line) => console.error(line) });
    await run(opened, config);
  } catch (error) {
    console.error(`${command} failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await embedder.close();
  }
}
