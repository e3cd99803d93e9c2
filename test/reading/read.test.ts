import assert from "node:assert/strict";
import { cellId } from "../../src/model/cells";
import { readWorkbook, NotAReportError } from "../../src/reading/read";
import { WorkbookGrid } from "../../src/model/grid";
import { reportGrid } from "../../src/template/report-grid";
import { SHEET_NAMES } from "../../src/model/sheet-names";
import { CellValue } from "../../src/model/types";
import { editRows, editSheet, numberedReport } from "../checks/builders";

const T3 = "三、依申请公开";
const NATURAL_SECRET = cellId("三", "1.属于国家秘密", "自然人");

describe("reading a workbook by its labels", () => {
  it("reads back every value of an untouched template", () => {
    const report = numberedReport("2021");
    assert.deepEqual(readWorkbook(reportGrid(report)).report.values, report.values);
  });

  it("reads the agency, year and prose", () => {
    const { report } = readWorkbook(reportGrid(numberedReport("2021")));
    assert.deepEqual([report.agency, report.year, report.text["一、总体情况"]], ["某某县民政局", 2025, "总体情况正文"]);
  });

  it("reads the opening paragraph (引言) above 一 on 正文 exactly as written", () => {
    const opening = "2020年,在区委、区政府的正确领导下,区民政局……编制了区民政局2020年度政府信息公开工作年度报告。\n（第二段）";
    const written = { ...numberedReport("2021"), text: { 引言: opening, "一、总体情况": "总体情况正文" } };
    const { report, locations } = readWorkbook(reportGrid(written));
    assert.deepEqual([report.text["引言"], locations["引言"]], [opening, { sheet: "正文", address: "B3" }]);
  });

  it("reads the 2019 采购总金额单位 from 基本信息", () => {
    const written = { ...numberedReport("2019"), procurementUnit: "万元" };
    assert.equal(readWorkbook(reportGrid(written)).report.procurementUnit, "万元");
  });

  it("reports no structure issue for an untouched template", () => {
    assert.deepEqual(readWorkbook(reportGrid(numberedReport("2021"))).issues, []);
  });

  it("detects the 2019 format from the labels", () => {
    assert.equal(readWorkbook(reportGrid(numberedReport("2019"))).report.format, "2019");
  });

  it("reads the 2019 format exactly", () => {
    const report = numberedReport("2019");
    assert.deepEqual(readWorkbook(reportGrid(report)).report.values, report.values);
  });

  it("locates 1.属于国家秘密 at D9 in the template", () => {
    assert.deepEqual(readWorkbook(reportGrid(numberedReport("2021"))).locations[NATURAL_SECRET], { sheet: T3, address: "D9" });
  });

  describe("when a row is inserted inside 表三", () => {
    const report = numberedReport("2021");
    const grid = editRows(reportGrid(report), T3, (rows) => [...rows.slice(0, 10), [], ...rows.slice(10)]);
    const read = readWorkbook(grid);

    it("still reads every value", () => assert.deepEqual(read.report.values, report.values));

    it("names the first label that moved, once", () =>
      assert.deepEqual(
        read.issues.map((i) => [i.code, i.params.label, i.params.found]),
        [["row-moved", "3.危及“三安全一稳定”", "C12"]],
      ));
  });

  describe("when a column is inserted in 表四", () => {
    const report = numberedReport("2021");
    const grid = editRows(reportGrid(report), "四、复议诉讼", (rows) => rows.map((r) => [...r.slice(0, 5), null, ...r.slice(5)]));
    it("still reads every value", () => assert.deepEqual(readWorkbook(grid).report.values, report.values));
  });

  describe("when a sheet is renamed", () => {
    const report = numberedReport("2021");
    const read = readWorkbook(editSheet(reportGrid(report), T3, (sheet) => ({ ...sheet, name: "Sheet3" })));
    it("still reads its values", () => assert.deepEqual(read.report.values, report.values));
    it("says which sheet it became", () => assert.deepEqual(read.issues.map((i) => [i.code, i.params.found]), [["sheet-renamed", "Sheet3"]]));
  });

  describe("when a label is altered", () => {
    const report = numberedReport("2021");
    const grid = editRows(reportGrid(report), "二、主动公开", (rows) => rows.map((r) => r.map((v) => (v === "行政规范性文件" ? "内部文件" : v))));
    const read = readWorkbook(grid);
    it("reports the official label and what was found", () =>
      assert.deepEqual(read.issues.map((i) => [i.code, i.address, i.params.expected, i.params.found]), [["label-changed", "A5", "行政规范性文件", "内部文件"]]));
    it("still reads the row's values", () => assert.equal(read.report.values[cellId("二", "行政规范性文件", "本年制发件数")], 4));
  });

  describe("when a label is written as real reports write it", () => {
    // Variants from published reports (FORMAT.md): the 2019 row label in a 2021 table, a header
    // cut short, a slip of the pen in a header.
    const report = numberedReport("2021");
    const variants: Readonly<Record<string, string>> = { 行政规范性文件: "规范性文件", 现行有效件数: "现行有效件", 本年处理决定数量: "本年处理绝对数量" };
    const grid = editRows(reportGrid(report), "二、主动公开", (rows) => rows.map((r) => r.map((v) => (typeof v === "string" && v in variants ? variants[v] : v))));
    const read = readWorkbook(grid);
    it("reads every value of the table", () => assert.deepEqual(read.report.values, report.values));
    it("reports each variant once, as a variant of its official label", () =>
      assert.deepEqual(
        read.issues.map((i) => [i.code, i.params.expected, i.params.found]),
        [
          ["label-variant", "行政规范性文件", "规范性文件"],
          ["label-variant", "本年处理决定数量", "本年处理绝对数量"],
          ["label-variant", "本年处理决定数量", "本年处理绝对数量"],
          ["label-variant", "现行有效件数", "现行有效件"],
        ],
      ));
  });

  describe("when section titles are written as real reports write them (上海市 2019)", () => {
    const FIVE = "五、存在的主要问题及改进情况";
    const report = { ...numberedReport("2021"), text: { "一、总体情况": "总体情况正文", [FIVE]: "存在问题正文" } };
    const grid = editRows(reportGrid(report), "正文", (rows) => [
      // The template breaks long titles at wrap points ("五、存在的\n主要问题及\n改进情况").
      ...rows.map((r) => r.map((v) => (typeof v === "string" && v.replace(/\n/gu, "") === FIVE ? "五、政府信息公开工作存在的主要问题及改进情况" : v))),
      ["七、附件", "附件正文"],
    ]);
    const read = readWorkbook(grid);
    it("reads the section under its official title and says the title is a variant", () => {
      assert.equal(read.report.text[FIVE], "存在问题正文");
      assert.deepEqual(read.issues.map((i) => [i.code, i.params.expected, i.params.found]), [["label-variant", FIVE, "五、政府信息公开工作存在的主要问题及改进情况"]]);
    });
    it("keeps a part under a title it does not know, under that title", () => assert.equal(read.report.text["七、附件"], "附件正文"));
  });

  describe("when a row is deleted", () => {
    // Excel keeps a merged label when the merge's first row is deleted: （三）不予公开 stays.
    const grid = editRows(reportGrid(numberedReport("2021")), T3, (rows) => {
      const kept = rows.filter((r) => r[2] !== "1.属于国家秘密");
      kept[8][1] = "（三）不予公开";
      return kept;
    });
    const read = readWorkbook(grid);
    it("reports the missing row", () => assert.deepEqual(read.issues.map((i) => [i.code, i.params.label]), [["row-missing", "1.属于国家秘密"]]));
    it("does not read another row's values in its place", () => assert.equal(read.report.values[NATURAL_SECRET], null));
    it("gives its cells no location", () => assert.equal(read.locations[NATURAL_SECRET], undefined));
  });

  it("matches labels written with half-width brackets and spaces", () => {
    const report = numberedReport("2021");
    const grid = editRows(reportGrid(report), T3, (rows) => rows.map((r) => r.map((v) => (v === "（一）予以公开" ? "(一) 予以公开" : v))));
    assert.deepEqual(readWorkbook(grid).issues, []);
  });

  it("reports a missing table sheet", () => {
    const grid = reportGrid(numberedReport("2021"));
    const read = readWorkbook({ sheets: grid.sheets.filter((s) => s.name !== "四、复议诉讼") });
    assert.deepEqual(read.issues.map((i) => [i.code, i.params.table]), [["sheet-missing", "四"]]);
  });

  it("reports a 2021 information sheet over 2019 tables", () => {
    const grid2019 = reportGrid(numberedReport("2019"));
    const info2021 = reportGrid(numberedReport("2021")).sheets.find((s) => s.name === SHEET_NAMES.info)!;
    const read = readWorkbook({ sheets: [info2021, ...grid2019.sheets.filter((s) => s.name !== SHEET_NAMES.info)] });
    assert.deepEqual(read.issues.map((i) => [i.code, i.params.stated, i.params.found]), [["format-mismatch", "2021", "2019"]]);
  });

  it("refuses a workbook that holds no report", () => {
    assert.throws(() => readWorkbook({ sheets: [{ name: "Sheet1", values: [["姓名", "电话"]] }] }), NotAReportError);
  });
});

describe("reading the information sheet", () => {
  const INFO = "基本信息";
  /** The template with the value right of `label` on the information sheet replaced. */
  const withField = (label: string, value: CellValue) =>
    editRows(reportGrid(numberedReport("2021")), INFO, (rows) => rows.map((row) => row.map((v, c) => (row[c - 1] === label ? value : v))));
  const invalid = (grid: WorkbookGrid) => readWorkbook(grid).issues.filter((i) => i.code === "info-invalid").map((i) => [i.sheet, i.address, i.params.field, i.params.found]);

  for (const typed of ["2025年", "２０２５", "2025年度", " 2025 "])
    it(`reads 报告年度 typed as “${typed}” as 2025`, () => {
      const read = readWorkbook(withField("报告年度", typed));
      assert.deepEqual([read.report.year, read.issues], [2025, []]);
    });

  it("reports a blank 报告年度 as invalid, naming its cell", () => assert.deepEqual(invalid(withField("报告年度", null)), [[INFO, "B4", "报告年度", ""]]));

  for (const typed of [2025.5, "2025.5", "二〇二五", 25])
    it(`reports 报告年度 “${typed}” as invalid with what was typed`, () => assert.deepEqual(invalid(withField("报告年度", typed)), [[INFO, "B4", "报告年度", String(typed)]]));

  it("reports a blank 机关名称 as invalid", () => assert.deepEqual(invalid(withField("机关名称", "  ")), [[INFO, "B3", "机关名称", "  "]]));

  it("locates the information fields and the prose sections it read", () => {
    const { locations } = readWorkbook(reportGrid(numberedReport("2021")));
    assert.deepEqual([locations["收取信息处理费件数"], locations["五、存在的主要问题及改进情况"]], [{ sheet: INFO, address: "B8" }, { sheet: "正文", address: "B8" }]);
  });
});

describe("when several sheets hold one table", () => {
  const report = numberedReport("2021");
  const template = reportGrid(report);
  const table3 = template.sheets.find((s) => s.name === T3)!;
  const lastYear = { ...table3, values: table3.values.map((row) => row.map((v) => (typeof v === "number" ? v + 1000 : v))) };

  it("reads neither copy when none has the template's name, and says which sheets compete", () => {
    const grid = { sheets: [...template.sheets.filter((s) => s !== table3), { ...lastYear, name: "2024年表三" }, { ...table3, name: "2025年表三" }] };
    const read = readWorkbook(grid);
    assert.deepEqual(
      read.issues.map((i) => [i.code, i.params.table, i.params.found]),
      [["sheet-ambiguous", "三", "2024年表三、2025年表三"]],
    );
    assert.equal(read.report.values[NATURAL_SECRET], null);
  });

  it("reads the sheet the caller prefers over the one with the template's name", () => {
    const grid = { sheets: [...template.sheets.map((s) => (s === table3 ? lastYear : s)), { ...table3, name: `${T3} (2)` }] };
    const read = readWorkbook(grid, { sheets: { 三: `${T3} (2)` } });
    assert.deepEqual([read.report.values[NATURAL_SECRET], read.locations[NATURAL_SECRET], read.issues], [report.values[NATURAL_SECRET], { sheet: `${T3} (2)`, address: "D9" }, []]);
  });

  it("reads the preferred information sheet", () => {
    const info = template.sheets.find((s) => s.name === "基本信息")!;
    const newer = { ...info, name: "基本信息 (2)", values: info.values.map((row) => row.map((v) => (v === 2025 ? 2026 : v))) };
    assert.equal(readWorkbook({ sheets: [...template.sheets, newer] }, { sheets: { info: newer.name } }).report.year, 2026);
  });
});

describe("when 表三's last row is deleted", () => {
  const grid = editRows(reportGrid(numberedReport("2021")), T3, (rows) => rows.filter((r) => !r.includes("四、结转下年度继续办理")));
  const read = readWorkbook(grid);
  const CARRIED_OUT = cellId("三", "四、结转下年度继续办理", "自然人");

  it("reports the row as missing, not the check heading below as an altered label", () =>
    assert.deepEqual(read.issues.map((i) => [i.code, i.params.label ?? i.params.expected]), [["row-missing", "四、结转下年度继续办理"]]));

  it("does not read the check verdicts as its figures", () => assert.equal(read.report.values[CARRIED_OUT], null));
});
