import { PlacedField } from "./types";
import { FEE_ANSWERS, REPORT_YEARS } from "../model/report";

/** Data validation for one cell kind, with the Chinese prompt and error a person sees. */
export interface ValidationRule {
  readonly type: "whole" | "decimal" | "list" | "textLength";
  readonly operator?: "greaterThanOrEqual" | "between";
  readonly formula1: string | number;
  readonly formula2?: string | number;
  readonly promptTitle: string;
  readonly prompt: string;
  readonly errorTitle: string;
  readonly error: string;
}

const COUNT: ValidationRule = {
  type: "whole",
  operator: "greaterThanOrEqual",
  formula1: 0,
  promptTitle: "填写件数",
  prompt: "请填写大于或等于 0 的整数；没有发生的请填 0，不要留空或填“/”“无”。",
  errorTitle: "只能填写整数",
  error: "此处只能填写大于或等于 0 的整数（半角数字）。没有发生的请填 0。",
};

const RULES: Readonly<Record<PlacedField["kind"], ValidationRule | undefined>> = {
  count: COUNT,
  amount: {
    type: "decimal",
    operator: "greaterThanOrEqual",
    formula1: 0,
    promptTitle: "填写金额（万元）",
    prompt: "请以万元为单位填写大于或等于 0 的数字，可以有小数；没有收费的请填 0。",
    errorTitle: "只能填写金额",
    error: "此处只能填写大于或等于 0 的数字（单位：万元），不要带“万元”等文字。",
  },
  signedCount: {
    type: "whole",
    operator: "between",
    formula1: -1000000,
    formula2: 1000000,
    promptTitle: "填写增减数",
    prompt: "请填写整数：增加填正数，减少填负数（如 -3），没有变化填 0。",
    errorTitle: "只能填写整数",
    error: "此处只能填写整数，减少用负数表示（如 -3），不要写“+”或文字。",
  },
  freeAmount: {
    type: "decimal",
    operator: "greaterThanOrEqual",
    formula1: 0,
    promptTitle: "填写金额",
    prompt: "请填写大于或等于 0 的数字，可以有小数；没有的请填 0。",
    errorTitle: "只能填写金额",
    error: "此处只能填写大于或等于 0 的数字，不要带单位等文字。",
  },
  year: {
    type: "whole",
    operator: "between",
    formula1: REPORT_YEARS.first,
    formula2: REPORT_YEARS.last,
    promptTitle: "报告年度",
    prompt: "请填写报告所述的年度，如 2025。",
    errorTitle: "年度不正确",
    error: "请填写 4 位数的年度，如 2025。",
  },
  yesNo: {
    type: "list",
    formula1: `"${FEE_ANSWERS.yes},${FEE_ANSWERS.no}"`,
    promptTitle: "是否收费",
    prompt: "请选择“是”或“否”。",
    errorTitle: "请选择是或否",
    error: "此处只能选择“是”或“否”。",
  },
  unit: {
    type: "list",
    formula1: '"元,万元"',
    promptTitle: "采购总金额单位",
    prompt: "请选择表二“采购总金额”所用的单位：“元”或“万元”。",
    errorTitle: "请选择元或万元",
    error: "此处只能选择“元”或“万元”。",
  },
  text: undefined,
  format: undefined,
};

/** The validation for a kind of cell, or undefined where any text is allowed. */
export function validationFor(kind: PlacedField["kind"]): ValidationRule | undefined {
  return RULES[kind];
}
