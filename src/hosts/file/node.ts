// The file host's only contact with the file system (Node). Everything else takes bytes.
import { promises as fs } from "node:fs";

export async function readFileBytes(path: string): Promise<Uint8Array> {
  return fs.readFile(path);
}

/** Writes bytes to a new file; with `overwrite` an existing file is replaced. */
export async function writeNewFile(path: string, bytes: Uint8Array | string, overwrite: boolean): Promise<void> {
  await fs.writeFile(path, bytes, { flag: overwrite ? "w" : "wx" });
}
