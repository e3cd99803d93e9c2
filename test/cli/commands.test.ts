import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultReportYear, getFormat, inputCells } from "../../src/report";
import { readReportXlsx } from "../../src/hosts/file";
import { nianbao, scratchFolder } from "./helpers";

const CHINESE = /[\u4e00-\u9fff]/;

describe("nianbao template", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("writes an empty template of the chosen format, year and agency", async () => {
    const out = folder.file("report.xlsx");
    const result = await nianbao("template", "--format", "2021", "--year", "2025", "--agency", "某某局", "--out", out);
    assert.equal(result.code, 0, result.stderr);
    const { report } = await readReportXlsx(readFileSync(out));
    assert.deepEqual(
      [report.format, report.year, report.agency, Object.values(report.values).every((v) => v === null), Object.keys(report.values).length],
      ["2021", 2025, "某某局", true, inputCells(getFormat("2021")).length],
    );
  });

  it("reports on last year in the 2021 format when no year or format is given", async () => {
    const out = folder.file("report.xlsx");
    assert.equal((await nianbao("template", "--out", out)).code, 0);
    const { report } = await readReportXlsx(readFileSync(out));
    assert.deepEqual([report.format, report.year], ["2021", defaultReportYear()]);
  });

  it("chooses the 2019 format for a 2020 report when no format is given", async () => {
    const out = folder.file("report.xlsx");
    await nianbao("template", "--year", "2020", "--out", out);
    assert.equal((await readReportXlsx(readFileSync(out))).report.format, "2019");
  });

  it("refuses to overwrite an existing file, with exit code 1, and leaves it intact", async () => {
    const out = folder.file("report.xlsx");
    writeFileSync(out, "已有内容");
    const result = await nianbao("template", "--out", out);
    assert.deepEqual([result.code, readFileSync(out, "utf8"), /已存在[\s\S]*--overwrite/.test(result.stderr)], [1, "已有内容", true]);
  });

  it("overwrites an existing file with --overwrite", async () => {
    const out = folder.file("report.xlsx");
    writeFileSync(out, "已有内容");
    assert.equal((await nianbao("template", "--out", out, "--overwrite")).code, 0);
    assert.equal((await readReportXlsx(readFileSync(out))).report.format, "2021");
  });

  it("rejects --force with exit code 2, says to use --overwrite, and leaves the file intact", async () => {
    const out = folder.file("report.xlsx");
    writeFileSync(out, "已有内容");
    const result = await nianbao("template", "--out", out, "--force");
    assert.deepEqual([result.code, /请改用 --overwrite/.test(result.stderr), readFileSync(out, "utf8")], [2, true, "已有内容"]);
  });

  it("rejects a format other than 2021 or 2019 with exit code 2 and the usage", async () => {
    const result = await nianbao("template", "--format", "2020", "--out", folder.file("x.xlsx"));
    assert.deepEqual([result.code, /--format 应为 2021 或 2019/.test(result.stderr), /用法：/.test(result.stderr)], [2, true, true]);
  });

  it("rejects a year that is not a report year", async () => {
    const result = await nianbao("template", "--year", "25", "--out", folder.file("x.xlsx"));
    assert.deepEqual([result.code, /--year/.test(result.stderr), existsSync(folder.file("x.xlsx"))], [2, true, false]);
  });
});

describe("nianbao export", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("writes the JSON to a file with --out", async () => {
    const xlsx = folder.file("report.xlsx");
    await nianbao("template", "--year", "2025", "--agency", "某某局", "--out", xlsx);
    const result = await nianbao("export", xlsx, "--json", "--out", folder.file("report.json"));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(readFileSync(folder.file("report.json"), "utf8")).agency, "某某局");
  });

  it("says in Chinese that a file is not a workbook, with exit code 2", async () => {
    writeFileSync(folder.file("fake.xlsx"), "这不是工作簿");
    const result = await nianbao("export", folder.file("fake.xlsx"), "--json");
    assert.deepEqual([result.code, result.stderr.includes("fake.xlsx") && /不是 \.xlsx 工作簿/.test(result.stderr), result.stdout], [2, true, ""]);
  });

  it("says in Chinese that a file does not exist, with exit code 2", async () => {
    const result = await nianbao("export", folder.file("missing.xlsx"), "--json");
    assert.deepEqual([result.code, /找不到文件/.test(result.stderr)], [2, true]);
  });

  it("says in Chinese that a workbook holds no report", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("工资表").getCell("A1").value = "姓名";
    writeFileSync(folder.file("other.xlsx"), new Uint8Array(await workbook.xlsx.writeBuffer()));
    const result = await nianbao("export", folder.file("other.xlsx"), "--json");
    assert.deepEqual([result.code, CHINESE.test(result.stderr)], [2, true]);
  });

  it("asks for an output format when none is given", async () => {
    const result = await nianbao("export", folder.file("report.xlsx"));
    assert.deepEqual([result.code, /--json/.test(result.stderr), /用法：/.test(result.stderr)], [2, true, true]);
  });
});

describe("nianbao import", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("says where a JSON file is broken, with exit code 2", async () => {
    writeFileSync(folder.file("bad.json"), '{"format": "2021",');
    const result = await nianbao("import", folder.file("bad.json"), "--out", folder.file("x.xlsx"));
    assert.deepEqual([result.code, /不是有效的 JSON/.test(result.stderr), existsSync(folder.file("x.xlsx"))], [2, true, false]);
  });

  it("names a row label that the format does not have", async () => {
    writeFileSync(folder.file("data.json"), JSON.stringify({ format: "2021", year: 2025, 三: { 本年新收: { 自然人: 1 } } }));
    const result = await nianbao("import", folder.file("data.json"), "--out", folder.file("x.xlsx"));
    assert.deepEqual([result.code, result.stderr.includes("本年新收")], [2, true]);
  });

  it("rejects --force with exit code 2 and says to use --overwrite", async () => {
    writeFileSync(folder.file("data.json"), JSON.stringify({ format: "2021", year: 2025 }));
    const result = await nianbao("import", folder.file("data.json"), "--force");
    assert.deepEqual([result.code, /请改用 --overwrite/.test(result.stderr), existsSync(folder.file("data.xlsx"))], [2, true, false]);
  });

  it("writes beside the JSON under the same name when no --out is given", async () => {
    writeFileSync(folder.file("data.json"), JSON.stringify({ format: "2021", year: 2025 }));
    assert.equal((await nianbao("import", folder.file("data.json"))).code, 0);
    assert.ok(existsSync(folder.file("data.xlsx")));
  });
});

describe("nianbao usage and help", () => {
  it("lists the commands in Chinese with --help, exit code 0", async () => {
    const result = await nianbao("--help");
    assert.deepEqual([result.code, ["template", "import", "export"].every((name) => result.stdout.includes(name)), /用法/.test(result.stdout)], [0, true, true]);
  });

  it("shows a command's own help with --help", async () => {
    const result = await nianbao("template", "--help");
    assert.deepEqual([result.code, /--agency\s+机关名称/.test(result.stdout)], [0, true]);
  });

  it("rejects an unknown command with exit code 2 and the list of commands", async () => {
    const result = await nianbao("prnt");
    assert.deepEqual([result.code, /没有名为“prnt”的命令/.test(result.stderr), result.stderr.includes("template")], [2, true, true]);
  });

  it("rejects an unknown option in Chinese with exit code 2", async () => {
    const result = await nianbao("template", "--yaer", "2025");
    assert.deepEqual([result.code, /不认识的选项 --yaer/.test(result.stderr)], [2, true]);
  });

  it("asks for the input file when it is missing", async () => {
    const result = await nianbao("import");
    assert.deepEqual([result.code, /请给出要导入的 JSON 文件/.test(result.stderr)], [2, true]);
  });

  it("runs from a fresh clone through bin/nianbao.js, with no build step", () => {
    const bin = path.join(__dirname, "..", "..", "bin", "nianbao.js");
    assert.match(execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" }), /公开年报助手/);
  });
});
