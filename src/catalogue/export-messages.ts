// Every sentence of the export area a person reads.
import { INFO_FIELDS } from "../model/report";
import { SHEET_NAMES } from "../model/sheet-names";

export const EXPORT_MESSAGES = {
  title: (agency: string, year: number) => `${agency}${year}年政府信息公开工作年度报告`,
  /** The sentence real reports give their statistics period in, after the opening paragraph. */
  period: (from: string, to: string) => `本报告中所列数据的统计期限自${from}起至${to}止。`,
  blocked: (count: number) => `年报中还有 ${count} 处错误，为免发布有误的年报，已暂停导出。请先改正以下问题：`,
  blockedItem: (index: number, message: string) => `${index}. ${message}`,
  override: "如确需先导出（例如交内部审核），请加 --force。",
  overridden: (count: number) => `注意：年报中还有 ${count} 处错误，已按 --force 导出。发布前请务必改正。`,
  noAgency: `【请在“${SHEET_NAMES.info}”中填写${INFO_FIELDS.agency}】`,
  noAgencyProblem: (cell: string) => `年报标题缺少机关名称。请在 ${cell} 填写本机关的全称后再导出。`,
  placeholderLeft: (section: string, placeholder: string) =>
    `导出的年报“${section}”中会出现占位文字“${placeholder}”，不能照此发布。请按占位文字所说补正后再导出。`,
  emptySection: (section: string, cell: string) =>
    `“${section}”没有内容。年度报告必须写明这一部分（《中华人民共和国政府信息公开条例》第五十条），请在 ${cell} 填写后再导出。`,
  warnings: (count: number) => `另有 ${count} 项警告不影响导出，但发布前请运行 npx nianbao check 检查这个工作簿，逐项查看。`,
} as const;
