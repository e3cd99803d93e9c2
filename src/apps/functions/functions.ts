// The custom functions of namespace NIANBAO. The JSDoc of each is its metadata: the build
// (custom-functions-metadata-plugin) turns it into functions.json and registers each function.
// Thin wrappers: the logic is in logic.ts, the verdicts in the checks; none is volatile, and
// those that read the workbook take the figures as an argument so Excel recalculates them.
// The metadata generator reads `any[][]` as a range of any values: the range parameters keep that type.
import { runChecks } from "../../checks/run";
import { excelRun } from "../../hosts/excel/run";
import { generateNarrative } from "../../narrative/generate";
import { isNianbaoError } from "../../model/errors";
import { FunctionFailure, measureArgument, statusText, sumCheck, tableArgument, total } from "./logic";
import { FUNCTION_TEXT } from "../../catalogue/function-messages";
import { FunctionReads } from "./workbook";

const reads = new FunctionReads(excelRun);

/** A failure as the error value Excel shows, with its Chinese message. */
function asError(failure: FunctionFailure): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[failure.code], failure.message);
}

function orError<T>(value: T | FunctionFailure): T {
  if (value instanceof FunctionFailure) throw asError(value);
  return value;
}

/** Reads the workbook (or shares a read that holds these figures), turning "no report here" into #N/A with its reason. */
async function openReport(figures: unknown, figuresAddress: string | undefined) {
  try {
    return await reads.read(figures, figuresAddress);
  } catch (error) {
    if (isNianbaoError(error) && error.code === "notAReport") throw asError(new FunctionFailure("notAvailable", FUNCTION_TEXT.noReport(error.message)));
    if (error instanceof ReferenceError) throw asError(new FunctionFailure("notAvailable", FUNCTION_TEXT.outsideExcel));
    // Busy, too large, a cell being edited: the cell says so in Chinese, never a bare #VALUE!.
    throw asError(new FunctionFailure("notAvailable", FUNCTION_TEXT.cannotRead));
  }
}

/**
 * 核对整个年报或其中一张表：整个年报返回结论“可以发布”“有错误（错误 1 个）”或“尚未填写”，一张表返回“通过”或“错误 1 个”等（与任务窗格的结论相同）。
 * @customfunction CHECK
 * @helpurl https://localhost:3000/help/functions.html#check
 * @requiresParameterAddresses
 * @param {string} [table] 要核对的表：“二”“三”或“四”；不填则核对整个报告。
 * @param {any[][]} [figures] 该表的数字区域；其中的数一变就重新核对（模板中已填好）。
 * @returns 结论，或该表的错误、警告个数。
 */
export async function check(table?: string, figures?: any[][], invocation?: CustomFunctions.Invocation): Promise<string> {
  // The figures make Excel recalculate CHECK when they change, and tell whether a shared read is current.
  const which = orError(tableArgument(table));
  const read = await openReport(figures, invocation?.parameterAddresses?.[1]);
  return statusText(read, runChecks({ read }), which);
}

/**
 * 核对一组合计关系：左边之和是否等于右边之和，返回“✓”或“✗ 差 5”（差 = 左 − 右）。
 * @customfunction SUMCHECK
 * @helpurl https://localhost:3000/help/functions.html#sumcheck
 * @requiresParameterAddresses
 * @param {any[][]} left 合计一方的单元格，例如总计单元格。
 * @param {any[][]} right 另一方的单元格，例如各分项。
 * @param {number} [tolerance] 允许的差，不填为 0。
 * @returns {string} “✓”或“✗ 差 n”。
 */
export function sumcheck(left: any[][], right: any[][], tolerance?: number, invocation?: CustomFunctions.Invocation): string {
  return orError(sumCheck(left, right, tolerance, invocation?.parameterAddresses ?? []));
}

/**
 * 计算合计应有的值：各单元格之和，空白按 0 计；有文字、全角数字或“/”时返回错误并指出单元格。
 * @customfunction TOTAL
 * @helpurl https://localhost:3000/help/functions.html#total
 * @requiresParameterAddresses
 * @param {any[][]} range 要合计的单元格。
 * @returns {number} 合计。
 */
export function totalOf(range: any[][], invocation?: CustomFunctions.Invocation): number {
  return orError(total(range, invocation?.parameterAddresses?.[0]));
}

/**
 * 按表格中的数生成年报正文中的一段话，例如依申请公开情况的概述。
 * @customfunction TEXT
 * @helpurl https://localhost:3000/help/functions.html#text
 * @requiresParameterAddresses
 * @param {string} block 段落：“依申请公开”“主动公开”“二·导语”“三·导语”“四·导语”或“信息处理费”。
 * @param {string} [measure] 量词：“件”“宗”或“份”，不填为“件”。
 * @param {any[][]} [figures] 表格的数字区域；其中的数一变就重新生成。
 * @returns 生成的段落。
 */
export async function text(block: string, measure?: string, figures?: any[][], invocation?: CustomFunctions.Invocation): Promise<string> {
  const word = orError(measureArgument(measure));
  const read = await openReport(figures, invocation?.parameterAddresses?.[2]);
  const narrative = generateNarrative(read.report, { measure: word, locations: read.locations });
  const found = narrative.blocks.find((generated) => generated.id === block);
  if (!found) throw asError(new FunctionFailure("invalidValue", FUNCTION_TEXT.unknownBlock(block, narrative.blocks.map((b) => b.id))));
  return found.text;
}

