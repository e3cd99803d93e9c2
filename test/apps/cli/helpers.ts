import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../../src/apps/cli/main";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { Report } from "../../../src/model/report";
import { reportToJson } from "../../../src/model/json";

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

const BIN = path.join(__dirname, "..", "..", "..", "bin", "nianbao.js");

/**
 * Runs `nianbao` as a person does: a whole process of bin/nianbao.js (the compiled copy, which the
 * root hook keeps current). A run that hangs is stopped after `timeoutMs` and fails the test.
 */
export function nianbaoProcess(argv: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Outcome {
  const run = spawnSync(process.execPath, [BIN, ...argv], { cwd: options.cwd, encoding: "utf8", timeout: options.timeoutMs ?? 20_000 });
  if (run.error) throw run.error;
  if (run.status === null) throw new Error(`nianbao ${argv.join(" ")} did not end: stopped by ${run.signal}`);
  return { code: run.status, stdout: run.stdout.trimEnd(), stderr: run.stderr.trimEnd() };
}

export interface ScratchFolder {
  /** The path of a file in the folder. */
  file: (name: string) => string;
  /** Writes the report into the folder as JSON; returns its path. */
  json: (name: string, report: Report) => string;
  /** Writes the report into the folder as an .xlsx workbook; returns its path. */
  xlsx: (name: string, report: Report) => Promise<string>;
  remove: () => void;
}

/** A fresh folder for one test's files, removed afterwards. */
export function scratchFolder(): ScratchFolder {
  const folder = mkdtempSync(path.join(tmpdir(), "nianbao-"));
  const file = (name: string) => path.join(folder, name);
  return {
    file,
    json: (name, report) => {
      writeFileSync(file(name), JSON.stringify(reportToJson(report)));
      return file(name);
    },
    xlsx: async (name, report) => {
      writeFileSync(file(name), await writeReportXlsx(report));
      return file(name);
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export { FIXTURES, fixturePath as fixture } from "../../fixtures/load";
