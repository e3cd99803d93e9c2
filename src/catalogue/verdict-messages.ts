// The one verdict on a report, in the words every host uses.

export const VERDICTS = {
  publishable: "可以发布",
  hasErrors: "有错误",
  notFilled: "尚未填写",
} as const;

export type VerdictKind = (typeof VERDICTS)[keyof typeof VERDICTS];

/** The verdict on a file that could not be read at all: the file and batch layer's, not a report's. */
export const UNREADABLE = "无法读取";

export type FileVerdictKind = VerdictKind | typeof UNREADABLE;

/** The order verdicts are counted and charted in: the best first. */
export const FILE_VERDICTS: readonly FileVerdictKind[] = [VERDICTS.publishable, VERDICTS.hasErrors, VERDICTS.notFilled, UNREADABLE];

export const VERDICT_TEXT = {
  /** The verdict line: what it is, then the count of what remains. */
  line: (kind: VerdictKind, errors: number, warnings: number, blockers: number) => {
    if (kind === VERDICTS.notFilled) return `${kind}：表格中还没有填本年的数字。`;
    const rest = warnings > 0 ? `，另有 ${warnings} 个警告请核实` : "";
    if (kind === VERDICTS.publishable) return `${kind}：没有错误${rest}。`;
    const count = errors > 0 ? `${errors} 个错误` : `${blockers} 处问题`;
    return `${kind}：${count}须先改正${rest}。`;
  },
} as const;
