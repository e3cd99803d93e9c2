import assert from "node:assert/strict";
import { failure, openInExcel, StubFunctionError } from "./stubs";
import { FUNCTION_TEXT } from "../../../src/catalogue/function-messages";
import { check, sumcheck, text, totalOf } from "../../../src/apps/functions/functions";
import { reconciliations } from "../../../src/catalogue/reconciliations";
import { runChecks } from "../../../src/checks/run";
import { FunctionFailure, sumCheck } from "../../../src/apps/functions/logic";
import { cellId } from "../../../src/model/cells";
import { getFormat } from "../../../src/model/formats";
import { readWorkbook } from "../../../src/reading/read";
import { Report } from "../../../src/model/report";
import { reportGrid } from "../../../src/template/report-grid";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { consistentReport, withValues } from "../../checks/builders";
import { engineVerdicts, FIXTURES, locator } from "./oracle";

const invocation = (...parameterAddresses: string[]) => ({ parameterAddresses }) as unknown as CustomFunctions.Invocation;
const column = (values: readonly (string | number | null)[]) => values.map((value) => [value ?? ""]);
const raised = (report: Report, id: string, by: number) => withValues(report, { [id]: (report.values[id] as number) + by });

/** SUMCHECK over every identity of a report, as the template's add-in cells call it. */
function sumcheckVerdicts(report: Report): Map<string, string> {
  const layout = workbookLayout(getFormat(report.format), report.year);
  const verdicts = new Map<string, string>();
  for (const identity of reconciliations(getFormat(report.format))) {
    const sheet = layout.sheets.find((s) => s.inputs.some((input) => input.cell.id === identity.left[0]))!;
    const locate = locator(sheet);
    const values = (ids: readonly string[]) => column(ids.map((id) => report.values[id]));
    const result = sumCheck(values(identity.left), values(identity.right), undefined, [locate(identity.left[0]), locate(identity.right[0])]);
    // A cell that is not a number stops SUMCHECK with #VALUE!: the engine's "cannot check".
    verdicts.set(identity.id, result instanceof FunctionFailure ? "？ 无法核对" : result);
  }
  return verdicts;
}

describe("custom functions (NIANBAO)", () => {
  describe("SUMCHECK", () => {
    it("shows ✓ when the total equals its parts", () => {
      assert.equal(sumcheck([[7]], [[3, 4, ""]], undefined, invocation("J5", "D5:F5")), "✓");
    });

    it("shows ✗ and the difference, total minus parts, when they differ", () => {
      assert.equal(sumcheck([[9]], [[3, 4]], undefined, invocation("J5", "D5:E5")), "✗ 差 2");
    });

    it("accepts a difference within the tolerance given", () => {
      assert.equal(sumcheck([[9]], [[3, 4]], 2, invocation("J5", "D5:E5")), "✓");
    });

    it("names the cell that is not a number, by its address", async () => {
      const error = await failure(() => sumcheck([[9]], [[3, "/"]], undefined, invocation("Sheet1!J5", "Sheet1!D5:E5")));
      assert.deepEqual([error.code, error.message], ["#VALUE!", "单元格 Sheet1!E5 不是数字（“/”），无法计入合计。请只填数字，没有的填 0；全角数字请改为半角。"]);
    });

    it("refuses a negative tolerance with a Chinese message", async () => {
      const error = await failure(() => sumcheck([[9]], [[9]], -1, invocation("J5", "D5")));
      assert.match(error.message!, /容差“-1”不是不小于 0 的数/);
    });

    for (const [name, make] of FIXTURES)
      it(`gives the engine's verdict on every reconciliation of ${name}`, () => {
        const report = make();
        assert.deepEqual(Object.fromEntries(sumcheckVerdicts(report)), Object.fromEntries(engineVerdicts(report)));
      });

    it("gives the engine's verdicts on a report with one count changed", () => {
      const base = consistentReport(11, "2021");
      const report = raised(base, cellId("三", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "商业企业"), 4);
      const verdicts = sumcheckVerdicts(report);
      assert.deepEqual([Object.fromEntries(verdicts), [...verdicts.values()].filter((v) => v !== "✓")], [Object.fromEntries(engineVerdicts(report)), ["✗ 差 -4", "✗ 差 -4"]]);
    });
  });

  describe("TOTAL", () => {
    it("sums a range, counting blanks as 0", () => {
      assert.equal(totalOf([[1, "", 2], [3, null, 4]], invocation("D5:F6")), 10);
    });

    it("returns #VALUE! naming a full-width number's cell instead of skipping it as SUM does", async () => {
      const error = await failure(() => totalOf([[1], ["１２"]], invocation("'三、依申请公开'!D7:D8")));
      assert.equal(error.message, "单元格 '三、依申请公开'!D8 不是数字（“１２”），无法计入合计。请只填数字，没有的填 0；全角数字请改为半角。");
    });

    it("says where in the range a bad cell is when Excel gives no address", async () => {
      const error = await failure(() => totalOf([[1, true]]));
      assert.match(error.message!, /第 1 行第 2 列 不是数字（逻辑值 TRUE）/);
    });
  });

  describe("every input shape Excel can pass", () => {
    /** A value, or the CustomFunctions.Error thrown: never a plain exception, never Infinity. */
    const outcome = async (call: () => unknown): Promise<unknown> => {
      try {
        return await call();
      } catch (error) {
        assert.ok(error instanceof StubFunctionError, `a plain ${String(error)} reaches Excel as a bare #VALUE!`);
        assert.match(error.message ?? "", /[\u4e00-\u9fff]/u, "the error says in Chinese what is wrong");
        return error;
      }
    };
    const shapes: [string, unknown][] = [
      ["a lone number", 5],
      ["a lone text", "五"],
      ["nothing", undefined],
      ["null", null],
      ["a bare row", [1, 2]],
      ["an empty range", []],
      ["a data-type cell", [[{ type: "Double", basicValue: 3 }]]],
      ["an entity cell", [[{ type: "Entity", text: "北京", properties: {} }]]],
      ["a nested object", [[{ a: 1 }]]],
      ["rows of mixed kinds", [[1], 2]],
      ["infinity", [[Infinity]]],
      ["not a number", [[NaN]]],
    ];
    for (const [name, input] of shapes)
      it(`TOTAL and SUMCHECK return a value or a Chinese error for ${name}`, async () => {
        for (const call of [() => totalOf(input as never), () => sumcheck(input as never, [[1]]), () => sumcheck([[1]], [[1]], input as never)]) {
          const result = await outcome(call);
          if (typeof result === "number") assert.ok(Number.isFinite(result), String(result));
        }
      });

    it("reads a data-type cell by its basic value", () => {
      assert.equal(totalOf([[{ type: "Double", basicValue: 3 }, 4]] as never), 7);
    });

    it("returns #NUM! with a Chinese message when a sum overflows", async () => {
      const error = await failure(() => totalOf([[Number.MAX_VALUE, Number.MAX_VALUE]]));
      assert.equal(error.code, "#NUM!");
      const check = await failure(() => sumcheck([[Number.MAX_VALUE, Number.MAX_VALUE]], [[1]]));
      assert.equal(check.code, "#NUM!");
    });
  });

  describe("CHECK", () => {
    it("says 可以发布 for a consistent, finished report, as the pane and the command line do", async () => {
      openInExcel({ ...consistentReport(2, "2021"), fee: { charged: "否", cases: 0, amount: 0 } });
      assert.equal(await check(), "可以发布");
    });

    it("says what would hold back export when the tables are right but a placeholder would be published", async () => {
      openInExcel(consistentReport(2, "2021"));
      assert.equal(await check(), "有错误（1 处不能照此发布）");
    });

    it("says in Chinese that Excel could not read the workbook, rather than a bare #VALUE!", async () => {
      const book = openInExcel(consistentReport(2, "2021"));
      // A value far out on a report sheet: reading it would exceed one response's 5 MB.
      book.sheets[1].cell("Z400000").value = "远处的数值";
      const error = await failure(() => check());
      assert.deepEqual([error.code, error.message], ["#N/A", FUNCTION_TEXT.cannotRead]);
    });

    it("counts problems, not rule firings: one wrong cell that breaks two totals is one error", async () => {
      const report = raised(consistentReport(2, "2021"), cellId("三", "（一）予以公开", "自然人"), 1);
      openInExcel(report);
      const errors = runChecks({ read: readWorkbook(reportGrid(report)) }).counts["错误"];
      assert.deepEqual([await check(), errors], ["有错误（错误 1 个）", 2]);
    });

    it("checks one table: a wrong 表三 leaves 表四 passing", async () => {
      openInExcel(raised(consistentReport(2, "2021"), cellId("三", "（一）予以公开", "自然人"), 1));
      assert.deepEqual([await check("三"), await check("表四")], ["错误 1 个", "通过"]);
    });

    it("refuses an unknown table with the tables it knows", async () => {
      const error = await failure(() => check("五"));
      assert.deepEqual([error.code, error.message], ["#VALUE!", "没有“五”这张表。请填 \"二\"、\"三\" 或 \"四\"，或不填以核对整个报告。"]);
    });

    it("returns #N/A with the reason when the workbook holds no report", async () => {
      openInExcel(consistentReport(2, "2021")).sheets.splice(0);
      const error = await failure(() => check());
      assert.equal(error.code, "#N/A");
      assert.match(error.message!, /请先用“插入模板”插入年报表格/);
    });

    it("only reads: the workbook is unchanged and read in two syncs", async () => {
      const book = openInExcel(consistentReport(2, "2021"));
      // The fake makes an empty record for any cell it is asked about, so compare what cells hold.
      const contents = () => JSON.stringify(book.sheets.map((sheet) => [...sheet.cells].filter(([, cell]) => cell.value !== null || cell.formula)));
      const before = contents();
      await check("三");
      assert.deepEqual([contents(), book.syncs], [before, 2]);
    });
  });

  describe("TEXT", () => {
    it("writes the 依申请公开 passage from the workbook's figures", async () => {
      const report = consistentReport(2, "2021");
      openInExcel(report);
      const passage = await text("依申请公开");
      const received = report.values[cellId("三", "一、本年新收政府信息公开申请数量", "总计")];
      assert.ok(passage.includes(`${received}件`), passage);
    });

    it("refuses an unknown passage, listing the passages there are", async () => {
      openInExcel(consistentReport(2, "2021"));
      const error = await failure(() => text("总结"));
      assert.match(error.message!, /没有“总结”这一段。可用的段落：.*“依申请公开”/);
    });
  });
});
