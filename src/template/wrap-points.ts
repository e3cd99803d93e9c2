// Where the printed template breaks its longer labels: between words, so that no label breaks
// inside one ("社会公益组/织", "三、本年/度办理结/果") whatever font the spreadsheet application
// has. A label's cell holds its lines joined by "\n"; readers compare labels with whitespace
// removed, so the label reads as the official text. Each line fits its column's width
// (table3.ts); labels not listed fit on one line.

const LINES: Readonly<Record<string, readonly string[]>> = {
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）": ["（本列数据的勾稽关系为：", "第一项加第二项之和，", "等于第三项加第四项之和）"],
  // 表三's figure columns hold 2 characters a line in a Word page's width.
  商业企业: ["商业", "企业"],
  科研机构: ["科研", "机构"],
  社会公益组织: ["社会", "公益", "组织"],
  法律服务机构: ["法律", "服务", "机构"],
  "三、本年度办理结果": ["三、", "本年度", "办理结果"],
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": ["（二）部分公开", "（区分处理的，只计这一情形，", "不计其他情形）"],
  "（三）不予公开": ["（三）", "不予公开"],
  "（四）无法提供": ["（四）", "无法提供"],
  "（五）不予处理": ["（五）", "不予处理"],
  "（六）其他处理": ["（六）", "其他处理"],
  // The items' column holds 13 characters a line.
  "5.要求行政机关确认或重新出具已获取信息": ["5.要求行政机关确认", "或重新出具已获取信息"],
  "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": ["1.申请人无正当理由逾期", "不补正、行政机关不再处理", "其政府信息公开申请"],
  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": ["2.申请人逾期未按收费通知", "要求缴纳费用、", "行政机关不再处理", "其政府信息公开申请"],
  // 表四's fifteen result columns, two characters a line in a Word page's width.
  结果维持: ["结果", "维持"],
  结果纠正: ["结果", "纠正"],
  其他结果: ["其他", "结果"],
  尚未审结: ["尚未", "审结"],
  // The section titles in 正文's first column (text.ts).
  "二、主动公开政府信息情况": ["二、主动公开", "政府信息情况"],
  "三、收到和处理政府信息公开申请情况": ["三、收到和处理", "政府信息公开", "申请情况"],
  "四、政府信息公开行政复议、行政诉讼情况": ["四、政府信息公开", "行政复议、", "行政诉讼情况"],
  "五、存在的主要问题及改进情况": ["五、存在的", "主要问题及", "改进情况"],
  "六、其他需要报告的事项": ["六、其他需要", "报告的事项"],
};

/** The lines a label prints on: its wrap points, or the label whole. */
export function labelLines(label: string): readonly string[] {
  return LINES[label] ?? [label];
}

/** A label as its cell holds it: its lines joined by line breaks. */
export function printedLabel(label: string): string {
  return labelLines(label).join("\n");
}
