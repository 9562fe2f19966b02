import { parseArgs, type ParseArgsConfig } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface CliSpec<O extends ParseArgsOptionsConfig> {
  /** The usage text printed by --help and after an error, e.g. `usage: npm run ask -- [--json] "question"`. */
  usage: string;
  options: O;
  /** Whether words that are not flags are taken (the question of `ask`). Default false. */
  allowPositionals?: boolean;
}

/** Why the command line was refused: one line naming the flag. */
export class CliUsageError extends Error {}

/**
 * The command line of a CLI, parsed by node's own `util.parseArgs` (strict: unknown flags and flags
 * without their value are errors). `--help`/`-h` is added to every command.
 * Returns the values and positionals; throws `CliUsageError` with one line naming the flag at fault.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(spec: CliSpec<O>, args: string[]) {
  try {
    const options = { ...spec.options, help: { type: "boolean", short: "h", default: false } } as O & { help: { type: "boolean"; short: "h"; default: false } };
    const parsed = parseArgs({ args, options, allowPositionals: spec.allowPositionals ?? false, strict: true });
    return { values: parsed.values, positionals: parsed.positionals, help: (parsed.values as { help?: boolean }).help === true };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const flag = /'(-[^' ]+)/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliUsageError(`unknown option ${flag ?? message}`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new CliUsageError(flag ? `option ${flag} needs a value` : message);
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new CliUsageError(`unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? message}`);
    throw error;
  }
}

/**
 * `parseCommandLine` for a command's entry point: `--help` prints the usage and exits 0; a refused command
 * line prints its one line and the usage on stderr and exits 2 (no stack trace).
 */
export function readCommandLine<const O extends ParseArgsOptionsConfig>(spec: CliSpec<O>, args: string[] = process.argv.slice(2)) {
  try {
    const parsed = parseCommandLine(spec, args);
    if (parsed.help) {
      console.log(spec.usage);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    return usageError(spec.usage, error.message);
  }
}

/** Prints `problem` and the usage on stderr and exits 2. */
export function usageError(usage: string, problem: string): never {
  console.error(problem);
  console.error(usage);
  process.exit(2);
}
