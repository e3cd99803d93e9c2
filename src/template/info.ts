import { address, rangeAddress } from "../model/address";
import { INFO_FIELDS, statisticsPeriod } from "../model/report";
import { FormatId, ReportFormat } from "../model/types";
import { SheetBuilder } from "./builder";
import { SHEET_NAMES } from "../model/sheet-names";
import { PlacedField, SheetLayout } from "./types";

/** The information sheet's fields in order, each on its own row from row 3. */
const FIELDS: readonly { label: string; kind: PlacedField["kind"]; note: string; only?: FormatId }[] = [
  { label: INFO_FIELDS.agency, kind: "text", note: "发布年报的机关全称" },
  { label: INFO_FIELDS.year, kind: "year", note: "报告所述年度（不是发布年度）" },
  { label: INFO_FIELDS.format, kind: "format", note: "2021 年起的年报用 2021 年格式；插入后请勿修改" },
  { label: INFO_FIELDS.period, kind: "text", note: "由报告年度自动得出" },
  { label: INFO_FIELDS.feeCharged, kind: "yesNo", note: "填“是”或“否”，用于第六部分" },
  { label: INFO_FIELDS.feeCases, kind: "count", note: "收取信息处理费的申请件数" },
  { label: INFO_FIELDS.feeAmount, kind: "amount", note: "收取信息处理费的总金额，单位：元" },
  // Last, so that the rows above are the same in both formats.
  { label: INFO_FIELDS.procurementUnit, kind: "unit", note: "表二“采购总金额”的单位，填“元”或“万元”", only: "2019" },
];

export const INFO_FIRST_ROW = 3;

/** The row of a field on the information sheet. */
export function infoRow(label: string): number {
  return INFO_FIRST_ROW + FIELDS.findIndex((field) => field.label === label);
}

/** Defined names of the information cells, so that readers find them wherever rows move. */
export const INFO_NAMES: Readonly<Record<string, string>> = {
  [INFO_FIELDS.agency]: "年报_机关名称",
  [INFO_FIELDS.year]: "年报_报告年度",
  [INFO_FIELDS.format]: "年报_格式",
  [INFO_FIELDS.feeCharged]: "年报_是否收费",
  [INFO_FIELDS.feeCases]: "年报_收费件数",
  [INFO_FIELDS.feeAmount]: "年报_收费金额",
  [INFO_FIELDS.procurementUnit]: "年报_采购金额单位",
};

/**
 * The information sheet: 机关名称, 报告年度, 格式, 统计期限 (a formula on the year, so it follows
 * when the year is corrected) and the 信息处理费 fields that section 六 states.
 */
export function layoutInfo(format: ReportFormat, year: number): SheetLayout {
  const sheet = new SheetBuilder("info", SHEET_NAMES.info);
  sheet.text("title", "政府信息公开工作年度报告 · 基本信息", 1, 1, 1, 3).height(1, 30);
  const fields = FIELDS.filter((field) => field.only === undefined || field.only === format.id);
  fields.forEach((field, i) => {
    const row = INFO_FIRST_ROW + i;
    sheet.text("fieldLabel", field.label, row, 1);
    sheet.text("note", field.note, row, 3);
    if (field.label === INFO_FIELDS.period) {
      const yearCell = address(infoRow(INFO_FIELDS.year), 2);
      sheet.formula("fieldDerived", `=${yearCell}&"年1月1日至"&${yearCell}&"年12月31日"`, statisticsPeriod(year), row, 2);
    } else if (field.label === INFO_FIELDS.format) {
      sheet.text("fieldDerived", format.id, row, 2);
    } else {
      sheet.field(field.label, field.kind, row, 2);
    }
    const name = INFO_NAMES[field.label];
    if (name) sheet.definedName(name, row, 2, row, 2);
    sheet.height(row, 22);
  });
  const last = INFO_FIRST_ROW + fields.length - 1;
  // No wider than A4 portrait holds at full size, so that the sheet prints legibly, not shrunk to fit.
  return sheet.build([20, 30, 34], { orientation: "portrait", area: rangeAddress(1, 1, last, 3) });
}
