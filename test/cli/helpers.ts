import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one `nianbao` command line in-process and collects what it printed. */
export async function nianbao(...argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A fresh folder for one test's files, removed afterwards. */
export function scratchFolder(): { file: (name: string) => string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), "nianbao-"));
  return { file: (name) => path.join(folder, name), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const fixture = (name: string) => path.join(FIXTURES, name);
