// What every `nianbao` command shares: its description, option parsing and the errors that
// end it with an exit code.
import { parseArgs, ParseArgsConfig } from "node:util";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";
import { NianbaoError } from "../../model/errors";

/** Where a command writes; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface Command {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** The full help of the command, shown by --help and after a usage error. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<void>;
}

/**
 * Exit codes, the only spelling of them: 0 done; 1 the command ran but its result is not there
 * (nothing written, or `check` found errors); 2 wrong usage or unreadable input.
 */
export const EXIT = { ok: 0, notWritten: 1, badInput: 2 } as const;

/** The command line was wrong: the message and the command's usage are shown, exit code 2. */
export class UsageError extends NianbaoError {
  constructor(message: string) {
    super("usage", message);
  }
}

/** The command stopped for a reason the person can fix; `message` is Chinese. */
export class CliError extends NianbaoError {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super("command", message);
  }
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const quoted = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? message;

/** Parses options strictly, with Chinese messages for every mistake. */
export function parseOptions<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = quoted(message);
      // --force used to overwrite too: where a command only overwrites, the old habit must not pass silently.
      if (option === "--force" && "overwrite" in options) throw new UsageError(CLI_MESSAGES.forceIsNotOverwrite);
      throw new UsageError(CLI_MESSAGES.unknownOption(option));
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(CLI_MESSAGES.missingValue(quoted(message).split(" ")[0]));
    throw new UsageError(CLI_MESSAGES.badOptions(message));
  }
}

/** The single positional argument a command takes (an input file). */
export function onePositional(positionals: readonly string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(CLI_MESSAGES.missingInput(what));
  if (positionals.length > 1) throw new UsageError(CLI_MESSAGES.extraArgument(positionals[1]));
  return positionals[0];
}

export function noPositionals(positionals: readonly string[]): void {
  if (positionals.length > 0) throw new UsageError(CLI_MESSAGES.extraArgument(positionals[0]));
}
