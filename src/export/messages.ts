// Every sentence of the export area a person reads.
export const EXPORT_MESSAGES = {
  title: (agency: string, year: number) => `${agency}${year}年政府信息公开工作年度报告`,
  period: (period: string) => `（统计期限：${period}）`,
  blocked: (count: number) => `年报中还有 ${count} 处错误，为免发布有误的年报，已暂停导出。请先改正以下问题：`,
  blockedItem: (index: number, message: string) => `${index}. ${message}`,
  override: "如确需先导出（例如交内部审核），请加 --force。",
  overridden: (count: number) => `注意：年报中还有 ${count} 处错误，已按 --force 导出。发布前请务必改正。`,
  noAgency: "【请在“基本信息”中填写机关名称】",
} as const;
