import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { defaultReportYear, getFormat } from "../../../src/model/formats";
import { inputCells } from "../../../src/model/cells";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { reportToJson } from "../../../src/model/json";
import { consistentReport, withValues } from "../../checks/builders";
import { fixture, nianbao, nianbaoProcess, scratchFolder } from "./helpers";

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

  it("names the workbook it could not read, not the output file", async () => {
    writeFileSync(folder.file("bad.xlsx"), "这不是工作簿");
    const result = await nianbao("export", "--json", "--out", folder.file("out.json"), folder.file("bad.xlsx"));
    assert.deepEqual([result.code, result.stderr.includes("bad.xlsx"), result.stderr.includes("out.json")], [2, true, false]);
  });

  it("refuses to write over the workbook it reads, even with --overwrite", async () => {
    const xlsx = folder.file("report.xlsx");
    await nianbao("template", "--year", "2025", "--out", xlsx);
    const before = readFileSync(xlsx);
    const result = await nianbao("export", xlsx, "--json", "--out", xlsx, "--overwrite");
    assert.deepEqual([result.code, /就是输入文件/.test(result.stderr), readFileSync(xlsx).equals(before)], [2, true, true]);
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

  it("refuses to write over the JSON it reads, even with --overwrite", async () => {
    const json = folder.file("x.json");
    writeFileSync(json, JSON.stringify({ format: "2021", year: 2025 }));
    const result = await nianbao("import", json, "--out", json, "--overwrite");
    assert.deepEqual([result.code, /就是输入文件/.test(result.stderr), JSON.parse(readFileSync(json, "utf8")).year], [2, true, 2025]);
  });

  it("names the JSON file whose labels it does not know", async () => {
    writeFileSync(folder.file("data.json"), JSON.stringify({ format: "2021", year: 2025, 三: { 本年新收: { 自然人: 1 } } }));
    const result = await nianbao("import", folder.file("data.json"), "--out", folder.file("x.xlsx"));
    assert.match(result.stderr, /“.*data\.json”：/);
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

  it("prints the overview to standard output with no arguments, exit code 0", async () => {
    const result = await nianbao();
    assert.deepEqual([result.code, /用法：npx nianbao <命令>/.test(result.stdout), result.stderr], [0, true, ""]);
  });

  it("rejects an unknown command with exit code 2, the message and the list of commands on standard error", async () => {
    const result = await nianbao("prnt");
    assert.deepEqual([result.code, /没有名为“prnt”的命令/.test(result.stderr), result.stderr.includes("template"), result.stdout], [2, true, true, ""]);
  });

  it("rejects an unknown option in Chinese with exit code 2", async () => {
    const result = await nianbao("template", "--yaer", "2025");
    assert.deepEqual([result.code, /不认识的选项 --yaer/.test(result.stderr)], [2, true]);
  });

  it("asks for the input file when it is missing", async () => {
    const result = await nianbao("import");
    assert.deepEqual([result.code, /请给出要导入的文件（\.json、\.html 或 \.txt）/.test(result.stderr)], [2, true]);
  });

  it("runs through bin/nianbao.js the copy compiled at install time, with no compiler and no note", () => {
    const { code, stdout, stderr } = nianbaoProcess(["--help"]);
    assert.deepEqual({ code, stderr }, { code: 0, stderr: "" });
    assert.match(stdout, /公开年报助手/);
  });
});

describe("nianbao check", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("fails a negative number typed as text in a count cell, naming the cell, exit code 1", async () => {
    const report = withValues(consistentReport(1), { "三|（一）予以公开|自然人": "-5" });
    const xlsx = folder.file("report.xlsx");
    writeFileSync(xlsx, await writeReportXlsx(report));
    const result = await nianbao("check", xlsx);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /三、依申请公开!D\d+（表三“（一）予以公开”·自然人）是负数 -5/);
  });

  it("fails a full-width negative number in a JSON report", async () => {
    const json = folder.file("report.json");
    writeFileSync(json, JSON.stringify(reportToJson(withValues(consistentReport(1), { "三|（一）予以公开|自然人": "－３" }))));
    const result = await nianbao("check", json);
    assert.deepEqual([result.code, /是负数 -3/.test(result.stdout)], [1, true]);
  });
});

describe("nianbao narrative", () => {
  it("rejects a measure word it does not know, naming the ones it takes, exit code 2", async () => {
    const result = await nianbao("narrative", fixture("consistent-2021.json"), "--measure", "个");
    assert.deepEqual([result.code, /--measure 应为 件、宗、份 之一，而不是“个”/.test(result.stderr)], [2, true]);
  });
});
