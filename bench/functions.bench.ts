// The checks that live in the workbook: one custom-function call as Excel makes it, CHECK over a
// whole workbook (through the counting fake of Excel.run), and recalculating every check formula
// of the template (HyperFormula stands in for the spreadsheet's engine; it is a test-only tool).
import { DetailedCellError, HyperFormula } from "hyperformula";
import { sumcheck, check } from "../src/apps/functions/functions";
import { cellId } from "../src/model/cells";
import { consistentReport } from "../test/checks/builders";
import { openInExcel } from "../test/apps/functions/stubs";
import { templateSheets } from "../test/apps/functions/oracle";
import assert from "node:assert/strict";
import { defineBench } from "./bench";

const report = consistentReport(1);
const row = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((column) => report.values[cellId("三", "一、本年新收政府信息公开申请数量", column)]);
const total = [[report.values[cellId("三", "一、本年新收政府信息公开申请数量", "总计")]]];
const invocation = { parameterAddresses: ["J5", "D5:I5"] } as unknown as CustomFunctions.Invocation;
const engine = HyperFormula.buildFromSheets(templateSheets(report), { licenseKey: "gpl-v3" });
const table3 = engine.getSheetId("三、依申请公开")!;
let bump = 0;

export const benches = [
  defineBench({
    name: "NIANBAO.SUMCHECK 一次调用（表三一行）",
    run: () => sumcheck(total, [row], undefined, invocation),
    verify: (result) => assert.equal(result, "✓"),
    goalMs: 0.05,
  }),
  defineBench({
    name: "NIANBAO.CHECK 一次调用（含准备模拟工作簿；读取整个工作簿 + 全部规则）",
    runs: 200,
    run: () => {
      openInExcel(report);
      return check("三");
    },
    verify: (result) => assert.equal(result, "通过"),
    goalMs: 5,
  }),
  defineBench({
    name: "模板全部核对公式：建立并计算（HyperFormula，2021 格式）",
    runs: 50,
    run: () => {
      const built = HyperFormula.buildFromSheets(templateSheets(report), { licenseKey: "gpl-v3" });
      const errors = built.getSheetNames().flatMap((name) => built.getSheetValues(built.getSheetId(name)!).flat().filter((value) => value instanceof DetailedCellError));
      built.destroy();
      return errors;
    },
    verify: (errors) => assert.deepEqual(errors, []),
  }),
  defineBench({
    name: "改一个数后重算模板中的全部核对公式（HyperFormula）",
    run: () => engine.setCellContents({ sheet: table3, row: 6, col: 3 }, [[50 + (bump++ % 7)]]),
    // The changed cell and the row total that depends on it are recalculated.
    verify: (changes) => assert.ok(changes.length >= 2, `只重算了 ${changes.length} 个单元格`),
    goalMs: 1,
  }),
];
