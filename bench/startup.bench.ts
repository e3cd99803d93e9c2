// The command line as a person starts it: whole processes of bin/nianbao.js (the compiled copy
// npm's `prepare` writes), beside a bare `node -e 0` in the same run so the goals read against
// what Node itself costs on this machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { writeReportXlsx } from "../src/hosts/file/write";
import { consistentReport } from "../test/checks/builders";
import { defineBench } from "./bench";

const BIN = path.join(__dirname, "..", "bin", "nianbao.js");
const folder = mkdtempSync(path.join(tmpdir(), "nianbao-startup-"));
const workbook = path.join(folder, "report.xlsx");
let written: Promise<void> | undefined;

const node = (...args: string[]) => spawnSync(process.execPath, args, { encoding: "utf8" });

export const benches = [
  defineBench({
    name: "node -e 0（对照：Node 本身的启动）",
    runs: 20,
    warmups: 2,
    run: () => node("-e", "0"),
  }),
  defineBench({
    name: "nianbao --help（整个进程）",
    runs: 20,
    warmups: 2,
    goalMs: 300,
    run: () => node(BIN, "--help"),
    verify(outcome) {
      // A stale or missing compiled copy falls back to ts-node with a note: that is not what is timed.
      assert.equal(outcome.stderr, "", "lib/ 不是最新的：先运行 npm run build:cli");
      assert.match(outcome.stdout, /用法：npx nianbao/);
    },
  }),
  defineBench({
    name: "nianbao check 一个工作簿（整个进程）",
    runs: 20,
    warmups: 2,
    goalMs: 500,
    async run() {
      await (written ??= writeReportXlsx(consistentReport(3)).then((bytes) => writeFileSync(workbook, bytes)));
      return node(BIN, "check", workbook);
    },
    verify(outcome) {
      assert.equal(outcome.status, 0, outcome.stderr);
      assert.match(outcome.stdout, /错误 0 项/);
    },
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  }),
];
