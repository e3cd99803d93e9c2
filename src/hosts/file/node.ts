// The file host's only contact with the file system (Node). Everything else takes bytes.
import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { NianbaoError } from "../../model/errors";
import { FILE_MESSAGES } from "../../catalogue/file-messages";

/** What a name on disk is, when it is not a regular file we may read. */
export type NotRegularKind = "directory" | "link" | "fifo" | "device" | "socket";

/** The name is not a regular file: reading it could hang (a FIFO) or never end (/dev/zero). */
export class NotRegularFileError extends NianbaoError {
  constructor(readonly kind: NotRegularKind) {
    super("notRegularFile", FILE_MESSAGES.notRegular[kind]);
  }
}

/** The file is larger than any report file could be: refused before it is read into memory. */
export class FileTooLargeError extends NianbaoError {
  constructor(readonly bytes: number) {
    super("fileTooLarge", FILE_MESSAGES.fileTooLarge(Math.ceil(bytes / MEGABYTE), MAX_FILE_BYTES / MEGABYTE));
  }
}

const MEGABYTE = 1024 * 1024;
/** Larger than the zip reader's inflate budget allows for a workbook (50 MB) with its zip headers. */
export const MAX_FILE_BYTES = 64 * MEGABYTE;

export function kindOf(stat: { isDirectory(): boolean; isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean }): NotRegularKind {
  if (stat.isDirectory()) return "directory";
  if (stat.isSymbolicLink()) return "link";
  if (stat.isFIFO()) return "fifo";
  if (stat.isSocket()) return "socket";
  return "device";
}

/**
 * The bytes of a regular file. Opened without blocking (a FIFO would wait for a writer forever),
 * then judged by what was opened, so nothing can be swapped in between the look and the read.
 * Read with synchronous calls: a batch reads one file after another in each worker thread, and
 * four round trips through libuv's thread pool per file cost more than the reading itself.
 */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(descriptor);
    if (!stat.isFile()) throw new NotRegularFileError(kindOf(stat));
    if (stat.size > MAX_FILE_BYTES) throw new FileTooLargeError(stat.size);
    const bytes = readFileSync(descriptor);
    // A file that grew while it was read.
    if (bytes.byteLength > MAX_FILE_BYTES) throw new FileTooLargeError(bytes.byteLength);
    return bytes;
  } finally {
    closeSync(descriptor);
  }
}

/** Temporary files this process has opened: each gets its own name. */
let written = 0;
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP"]);
/** Temporary files being written now: removed if the process is stopped (Ctrl+C, kill, a closed terminal). */
const inProgress = new Set<string>();
const STOPPING_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
let removedOnSignal = false;

/** Removes unfinished temporary files when the process is told to stop, then stops as it would have. */
function removeOnSignal(): void {
  if (removedOnSignal) return;
  removedOnSignal = true;
  for (const signal of STOPPING_SIGNALS)
    process.once(signal, () => {
      for (const temporary of inProgress) rmSync(temporary, { force: true });
      // The handler was once: the signal now ends the process with the usual exit status.
      process.kill(process.pid, signal);
    });
}

/** Whether a process of that id still runs (EPERM: it runs under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files beside `file` left by earlier runs of this command that were killed
 * outright (SIGKILL, a power cut), which no handler can tidy: known by the name this module
 * gives them and a process id that no longer runs.
 */
async function removeLeftovers(file: string): Promise<void> {
  const folder = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) ? /^(\d+)-\d+\.part$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid))) await fs.rm(path.join(folder, name), { force: true });
  }
}

/**
 * A new, hidden file beside `file`. "wx" never opens a file that exists, so a name left by a run
 * that was killed is passed over, never reused.
 */
async function openTemporary(file: string): Promise<{ handle: fs.FileHandle; temporary: string }> {
  removeOnSignal();
  await removeLeftovers(file);
  for (;;) {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${++written}.part`);
    const handle = await fs.open(temporary, "wx").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") return undefined;
      throw error;
    });
    if (handle) {
      inProgress.add(temporary);
      return { handle, temporary };
    }
  }
}

/**
 * Writes bytes to a file whole or not at all: into a temporary file in the same folder, flushed,
 * then moved into place in one step. A failure (disk full, file-size limit) removes the temporary
 * file and leaves any previous file as it was. Without `overwrite` an existing file is never
 * replaced (EEXIST), not even one that appears while writing.
 */
export async function writeNewFile(file: string, bytes: Uint8Array | string, overwrite: boolean): Promise<void> {
  if (!overwrite) await fs.access(file).then(
    () => Promise.reject(Object.assign(new Error(file), { code: "EEXIST" })),
    () => undefined,
  );
  const { handle, temporary } = await openTemporary(file);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // link() refuses a name that exists; rename() replaces it atomically.
    if (overwrite) await fs.rename(temporary, file);
    else await fs.link(temporary, file).catch((error: NodeJS.ErrnoException) => {
      // Disks without hard links (FAT, some network shares): the check above has to do.
      if (!NO_HARD_LINKS.has(error.code ?? "")) throw error;
      return fs.rename(temporary, file);
    });
  } finally {
    await fs.rm(temporary, { force: true });
    inProgress.delete(temporary);
  }
}
