// The files a person hands the command line, over the real CLI (bin/nianbao.js in its own
// process): read correctly or refused with a Chinese reason, outputs written whole, inputs never
// written over, whatever they are named.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { reportToJson } from "../../../src/model/json";
import { Report } from "../../../src/model/report";
import { consistentReport } from "../../checks/builders";
import { compoundFile } from "../../hosts/file/zip";
import { forgedWorkbook, sheetXml } from "./hostile";
import { SHEET_NAMES, SHEET_ORDER } from "../../../src/model/sheet-names";

/** xl/worksheets/sheet1.xml: the template's first tab. */
const FIRST_SHEET = SHEET_NAMES[SHEET_ORDER[0]];
import { nianbaoProcess, scratchFolder } from "./helpers";

/** A finished report of its own department: 信息处理费 answered, so that nothing holds back export. */
const department = (i: number): Report => ({ ...consistentReport(i), agency: `第 ${i} 科`, fee: { charged: "否", cases: 0, amount: 0 } });
const CHINESE = /[\u4e00-\u9fff]/;
const BIN = path.join(__dirname, "..", "..", "..", "bin", "nianbao.js");
/** An English sentence from a library (zlib, the system, a parser) reaching a person. */
const ENGLISH = /\b[A-Za-z]{3,} [a-z]{3,}\b/;

describe("nianbao over the files a person hands it (real CLI)", function () {
  this.timeout(60_000);
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  describe("merge never writes over a department's report", () => {
    const departments = async () => {
      mkdirSync(folder.file("各部门"));
      const a = await folder.xlsx("各部门/a.xlsx", department(1));
      await folder.xlsx("各部门/b.xlsx", department(2));
      return { reports: folder.file("各部门"), a, before: readFileSync(a) };
    };

    for (const [how, outFor] of [
      ["the same path inside the folder", (a: string) => a],
      ["a path with ..", (a: string) => path.join(path.dirname(a), "..", "各部门", path.basename(a))],
      ["a hard link to it", (a: string) => (linkSync(a, folder.file("硬链接.xlsx")), folder.file("硬链接.xlsx"))],
      ["a symbolic link to it", (a: string) => (symlinkSync(a, folder.file("链接.xlsx")), folder.file("链接.xlsx"))],
    ] as const)
      it(`refuses --out naming a report it reads through ${how}, even with --overwrite, and leaves it intact`, async () => {
        const { reports, a, before } = await departments();
        const result = nianbaoProcess(["merge", reports, "--out", outFor(a), "--overwrite"]);
        assert.equal(result.code, 2, result.stdout);
        assert.match(result.stderr, /写出会毁掉原文件/);
        assert.ok(readFileSync(a).equals(before));
      });

    it("leaves out and replaces only its own earlier summary, known by the mark it wrote", async () => {
      const { reports } = await departments();
      const out = path.join(reports, "汇总.xlsx");
      assert.equal(nianbaoProcess(["merge", reports, "--out", out]).code, 0);
      const again = nianbaoProcess(["merge", reports, "--out", out, "--overwrite"]);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /已把 2 份年报/);
    });
  });

  describe("outputs are written whole or not at all", () => {
    it("a write cut short by the file-size limit leaves the previous file as it was and no partial file", async () => {
      const out = folder.file("模板.xlsx");
      writeFileSync(out, "上一次的文件");
      // 8 KB: the template is larger, so the write fails part way.
      const run = spawnSync("bash", ["-c", 'ulimit -f 8; exec "$0" "$@"', process.execPath, BIN, "template", "--out", out, "--overwrite"], { encoding: "utf8", timeout: 30_000 });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /无法写入.*超过系统允许的文件大小.*原有的同名文件（如有）保持不变/);
      assert.equal(readFileSync(out, "utf8"), "上一次的文件");
      assert.deepEqual(readdirSync(folder.file("")), ["模板.xlsx"]);
    });

    it("a process stopped mid-write (Ctrl+C, kill) leaves the previous file as it was and no partial file", async () => {
      const out = folder.file("模板.xlsx");
      writeFileSync(out, "上一次的文件");
      const child = spawn(process.execPath, ["-r", path.join(__dirname, "stalled-write.js"), BIN, "template", "--out", out, "--overwrite"], { stdio: ["ignore", "ignore", "pipe"] });
      await new Promise<void>((resolve) => child.stderr.on("data", (chunk: Buffer) => chunk.toString().includes("写入中") && resolve()));
      assert.equal(readdirSync(folder.file("")).length, 2, "the temporary file is there while writing");
      child.kill("SIGTERM");
      const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on("exit", (...ended) => resolve(ended)));
      assert.deepEqual([code, signal], [null, "SIGTERM"]);
      assert.equal(readFileSync(out, "utf8"), "上一次的文件");
      assert.deepEqual(readdirSync(folder.file("")), ["模板.xlsx"]);
    });

    it("the next write removes what a run killed outright (SIGKILL) left, and only that", async () => {
      const out = folder.file("模板.xlsx");
      const ended = spawnSync(process.execPath, ["-e", "0"]).pid!;
      const killedRun = folder.file(`.模板.xlsx.${ended}-1.part`);
      const runningNow = folder.file(`.模板.xlsx.${process.pid}-1.part`);
      const otherFile = folder.file(`.其他.xlsx.${ended}-1.part`);
      for (const file of [killedRun, runningNow, otherFile]) writeFileSync(file, "半个文件");
      const run = nianbaoProcess(["template", "--out", out]);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(readdirSync(folder.file("")).sort(), [path.basename(otherFile), path.basename(runningNow), "模板.xlsx"].sort());
    });
  });

  describe("only what is a report file is read", () => {
    it("refuses a FIFO named on the command line at once instead of waiting for a writer", () => {
      const fifo = folder.file("管道.xlsx");
      assert.equal(spawnSync("mkfifo", [fifo]).status, 0);
      const result = nianbaoProcess(["check", fifo], { timeoutMs: 10_000 });
      assert.deepEqual([result.code, /命名管道/.test(result.stderr)], [2, true]);
    });

    it("refuses a link to /dev/zero at once instead of reading forever", () => {
      const zero = folder.file("零.xlsx");
      symlinkSync("/dev/zero", zero);
      const result = nianbaoProcess(["check", zero], { timeoutMs: 10_000 });
      assert.deepEqual([result.code, /设备文件/.test(result.stderr)], [2, true]);
    });

    it("lists every name in a folder it did not check, with its reason, and searches sub-folders", async () => {
      const good = await folder.xlsx("a.xlsx", department(1));
      symlinkSync(good, folder.file("链接.xlsx"));
      mkdirSync(folder.file("x.xlsx"));
      await folder.xlsx("x.xlsx/内层.xlsx", department(2));
      writeFileSync(folder.file("旧版.xls"), compoundFile(["Root Entry", "Workbook"]));
      writeFileSync(folder.file("旧版.et"), compoundFile(["Root Entry", "Workbook"]));
      assert.equal(spawnSync("mkfifo", [folder.file("管道.json")]).status, 0);
      const result = nianbaoProcess(["check", folder.file("")], { timeoutMs: 20_000 });
      assert.equal(result.code, 2, "old workbooks and links were not checked");
      const lines = result.stdout.split("\n");
      assert.ok(lines.includes(`${folder.file("a.xlsx")}：可以发布`), result.stdout);
      assert.ok(lines.includes(`${folder.file("x.xlsx/内层.xlsx")}：可以发布`), result.stdout);
      assert.match(result.stdout, /链接\.xlsx：这是符号链接/);
      assert.match(result.stdout, /旧版\.xls：.*“另存为” \.xlsx/);
      assert.match(result.stdout, /旧版\.et：.*“另存为” \.xlsx/);
      assert.match(result.stdout, /管道\.json：这是命名管道/);
      assert.match(result.stdout, /合计 2 个文件.*另有 4 个文件未校验/);
    });

    it("merge refuses a folder with a workbook it cannot count, naming it", async () => {
      await folder.xlsx("a.xlsx", department(1));
      await folder.xlsx("b.xlsx", department(2));
      writeFileSync(folder.file("c.xls"), compoundFile(["Root Entry", "Workbook"]));
      const result = nianbaoProcess(["merge", folder.file(""), "--out", folder.file("汇总.xlsx")]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /c\.xls：.*另存为/);
    });

    it("says an old .xls or .et named on its own must be saved as .xlsx, and reads a renamed .xlsx as the workbook it is", async () => {
      for (const name of ["旧版.xls", "旧版.et"]) {
        writeFileSync(folder.file(name), compoundFile(["Root Entry", "Workbook"]));
        for (const command of [["check"], ["export", "--json"]]) {
          const result = nianbaoProcess([command[0], folder.file(name), ...command.slice(1)]);
          assert.equal(result.code, 2);
          assert.match(result.stderr, /旧版 Excel 97-2003（\.xls）或 WPS（\.et）.*“另存为” \.xlsx/, `${command[0]} ${name}: ${result.stderr}`);
        }
      }
      await folder.xlsx("改名.xlsx", department(3));
      renameSync(folder.file("改名.xlsx"), folder.file("改名.xls"));
      const renamed = nianbaoProcess(["check", folder.file("改名.xls")]);
      assert.equal(renamed.code, 0, renamed.stderr);
      assert.match(renamed.stdout, /结论：可以发布/);
    });

    it("says an encrypted workbook needs its password removed, in Chinese only", () => {
      const locked = folder.file("加密.xlsx");
      writeFileSync(locked, compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
      const result = nianbaoProcess(["check", locked]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /设有打开密码/);
      assert.doesNotMatch(result.stderr, /损坏/);
      assert.doesNotMatch(result.stderr, ENGLISH);
    });
  });

  describe("damaged workbooks are refused, never read wrong", () => {
    it("refuses a workbook whose sheet data was damaged in one byte, in Chinese without zlib's words", async () => {
      const bytes = await writeReportXlsx(department(1));
      const damaged = new Uint8Array(bytes);
      const at = Buffer.from(damaged).indexOf("xl/worksheets/sheet3.xml") + 60;
      damaged[at] ^= 0x10;
      const file = folder.file("损坏.xlsx");
      writeFileSync(file, damaged);
      const result = nianbaoProcess(["check", file]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /数据已损坏/);
      assert.match(result.stderr, CHINESE);
      assert.doesNotMatch(result.stderr, ENGLISH);
    });

    it("reads the value a cell shows, not one a comment holds", async () => {
      const sheet = sheetXml('<row r="1"><!-- <c r="A1"><v>49</v></c> --><c r="A1"><v>999</v></c></row>');
      const file = folder.file("注释.xlsx");
      writeFileSync(file, await forgedWorkbook({ "xl/worksheets/sheet1.xml": { data: Buffer.from(sheet) } }));
      const result = nianbaoProcess(["export", file, "--json"]);
      assert.equal(result.code, 0, result.stderr);
      assert.doesNotMatch(result.stdout, /\b49\b/);
    });

    it("refuses a number written as 0x31 with its cell", async () => {
      const sheet = sheetXml('<row r="1"><c r="A1"><v>0x31</v></c></row>');
      const file = folder.file("十六进制.xlsx");
      writeFileSync(file, await forgedWorkbook({ "xl/worksheets/sheet1.xml": { data: Buffer.from(sheet) } }));
      const result = nianbaoProcess(["check", file]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, new RegExp(`工作表“${FIRST_SHEET}”的单元格 A1 记录的数值“0x31”不是数字`, "u"));
    });

    const SHARED_STRINGS = (items: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;
    /** Runs check on a workbook whose shared strings are `strings`; its stderr with the peak memory. */
    const checkWithPeak = async (strings: string) => {
      const sheet = sheetXml('<row r="2"><c r="B2" t="s"><v>0</v></c></row>');
      const file = folder.file("长文字.xlsx");
      writeFileSync(file, await forgedWorkbook({ "xl/sharedStrings.xml": { data: Buffer.from(strings) }, "xl/worksheets/sheet1.xml": { data: Buffer.from(sheet) } }));
      const bin = path.join(__dirname, "..", "..", "..", "bin", "nianbao.js");
      const run = spawnSync(process.execPath, ["-r", path.join(__dirname, "peak-rss.js"), bin, "check", file], { encoding: "utf8", timeout: 30_000 });
      return { code: run.status, stderr: run.stderr, peakMegabytes: Number(/峰值内存 (\d+) MB/.exec(run.stderr)?.[1]) };
    };

    it("refuses a cell longer than Excel allows, naming it, within 300 MB", async () => {
      // One 45 MB shared string: a 64 KB file that once took 11 s and 1.8 GB.
      const { code, stderr, peakMegabytes } = await checkWithPeak(SHARED_STRINGS(`<si><t>${"年".repeat(15_000_000)}</t></si>`));
      assert.equal(code, 2, stderr);
      assert.match(stderr, new RegExp(`工作表“${FIRST_SHEET}”的单元格 B2 中有 15,000,000 个字符，超过 Excel 允许的 32,767 个`, "u"));
      assert.ok(peakMegabytes < 300, `峰值内存 ${peakMegabytes} MB`);
    });

    it("reads 47 MB of shared strings, each within Excel's limit, within 300 MB", async () => {
      const { stderr, peakMegabytes } = await checkWithPeak(SHARED_STRINGS(`<si><t>${"年".repeat(30_000)}</t></si>`.repeat(520)));
      assert.doesNotMatch(stderr, /无法读取|已拒绝读取/);
      assert.ok(peakMegabytes < 300, `峰值内存 ${peakMegabytes} MB`);
    });
  });

  describe("import keeps what was typed or refuses it with the cell", () => {
    const importing = (edit: (json: ReturnType<typeof reportToJson>) => void) => {
      const json = reportToJson(department(1));
      edit(json);
      const input = folder.file("数据.json");
      writeFileSync(input, JSON.stringify(json));
      const out = folder.file("数据.xlsx");
      return { result: nianbaoProcess(["import", input, "--out", out]), written: () => readdirSync(folder.file("")).includes("数据.xlsx") };
    };

    it("refuses a control character, naming the cell", () => {
      const { result, written } = importing((json) => (json.三!["（一）予以公开"]!["自然人"] = "1\u0001"));
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^未写出：三、依申请公开!D7（表三“（一）予以公开”·自然人）含有控制字符 U\+0001，Excel 单元格无法保存它。请删去该字符后再试。$/);
      assert.equal(written(), false);
    });

    it('refuses "" in a figure, which would come back blank', () => {
      const { result, written } = importing((json) => (json.三!["（一）予以公开"]!["自然人"] = ""));
      assert.equal(result.code, 2);
      assert.match(result.stderr, /自然人）是空文字/);
      assert.equal(written(), false);
    });

    it("refuses a 正文 section the format has no place for", () => {
      const { result, written } = importing((json) => (json.text = { 第七部分: "多写的一段" }));
      assert.equal(result.code, 2);
      assert.match(result.stderr, /“第七部分”不是 2021 年格式的章节/);
      assert.equal(written(), false);
    });

    it("refuses text longer than a cell holds, naming the section", () => {
      const { result, written } = importing((json) => (json.text = { "一、总体情况": "字".repeat(40_000) }));
      assert.equal(result.code, 2);
      assert.match(result.stderr, /正文!.*（一、总体情况）有 40,000 个字符，超过 Excel 单元格最多能保存的 32,767 个/);
      assert.equal(written(), false);
    });

    it("writes what was typed, text that looks like a number included, and reads it back the same", async () => {
      const { result } = importing((json) => (json.三!["（一）予以公开"]!["自然人"] = "１２"));
      assert.equal(result.code, 0, result.stderr);
      const read = await readReportXlsx(readFileSync(folder.file("数据.xlsx")));
      assert.equal(read.report.values["三|（一）予以公开|自然人"], "１２");
    });
  });
});
