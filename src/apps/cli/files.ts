// Reading and writing the files a command names, with Chinese messages for what goes wrong.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { FileTooLargeError, NotRegularFileError, readFileBytes, writeNewFile } from "../../hosts/file/node";
import { CliError, EXIT, UsageError } from "./command";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code;
/** The system's reason in Chinese: its own message is English. */
const systemReason = (error: unknown) => {
  const code = codeOf(error) ?? "";
  return CLI_MESSAGES.systemReasons[code] ?? CLI_MESSAGES.systemError(code || String(error));
};

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFileBytes(path);
  } catch (error) {
    const code = codeOf(error);
    if (error instanceof NotRegularFileError && error.kind === "directory") throw new CliError(CLI_MESSAGES.isFolder(path), EXIT.badInput);
    if (error instanceof NotRegularFileError || error instanceof FileTooLargeError) throw new CliError(CLI_MESSAGES.notRegular(path, error.message), EXIT.badInput);
    if (code === "ENOENT") throw new CliError(CLI_MESSAGES.fileMissing(path), EXIT.badInput);
    if (code === "EACCES" || code === "EPERM") throw new CliError(CLI_MESSAGES.noPermission(path), EXIT.badInput);
    throw new CliError(CLI_MESSAGES.cannotRead(path, systemReason(error)), EXIT.badInput);
  }
}

/** Every command that writes a file takes --overwrite; nothing else replaces an existing file. */
export const OVERWRITE_OPTION = { overwrite: { type: "boolean" } } as const;

/** Refuses, before anything is written, an output that exists when --overwrite was not given. */
export function assertNewOutput(path: string | undefined, overwrite: boolean): void {
  if (path !== undefined && !overwrite && existsSync(path)) throw new CliError(CLI_MESSAGES.outputExists(path), EXIT.notWritten);
}

/** Writes a new file; an existing one is replaced only with --overwrite. */
export async function writeOutput(path: string, bytes: Uint8Array | string, overwrite: boolean): Promise<void> {
  try {
    await writeNewFile(path, bytes, overwrite);
  } catch (error) {
    const code = codeOf(error);
    if (code === "EEXIST") throw new CliError(CLI_MESSAGES.outputExists(path), EXIT.notWritten);
    if (code === "EISDIR") throw new CliError(CLI_MESSAGES.isFolder(path), EXIT.notWritten);
    throw new CliError(CLI_MESSAGES.cannotWrite(path, systemReason(error)), EXIT.notWritten);
  }
}

/**
 * What makes two names one file: the disk's file id when the file exists (so links, `./a` and
 * `a`, and case on case-blind disks all agree), else the absolute path. Asked synchronously: a
 * batch asks it of every file before the first is read, and a thousand asynchronous calls took
 * 60 ms more than these.
 */
export function fileKey(file: string): string {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    stat = undefined; // a name the system cannot look up (too long, not a folder on the way) is its path
  }
  return stat && stat.ino !== 0 ? `${stat.dev}:${stat.ino}` : path.resolve(file);
}

/** Refuses an output that is one of the inputs: even --overwrite must never destroy what was read. */
export function assertNotInput(output: string | undefined, inputs: readonly string[]): void {
  if (output === undefined) return;
  const key = fileKey(output);
  for (const input of inputs) if (fileKey(input) === key) throw new UsageError(CLI_MESSAGES.outputIsInput(output, input));
}
