// The rule catalogue as data: ID, group, severity and tolerance. The words of each rule (title,
// purpose, message template) are in messages.ts; `RULES` joins the two.
import { RULE_TEXT, RuleText } from "./check-messages";
import { RuleDef, RuleGroup, Severity } from "../model/findings";

interface RuleData {
  readonly group: RuleGroup;
  readonly severity: Severity;
  readonly tolerance: number;
}

const cell = (severity: Severity): RuleData => ({ group: "单元格", severity, tolerance: 0 });
const structure = (severity: Severity): RuleData => ({ group: "表格结构", severity, tolerance: 0 });
const sum = (severity: Severity): RuleData => ({ group: "勾稽关系", severity, tolerance: 0 });
const year = (severity: Severity): RuleData => ({ group: "跨年度", severity, tolerance: 0 });
const prose = (severity: Severity): RuleData => ({ group: "正文与表格", severity, tolerance: 0 });
const text = (severity: Severity): RuleData => ({ group: "正文", severity, tolerance: 0 });

/** Stable IDs, one scheme: NB- then C 单元格, S 结构, R 勾稽, Y 跨年度, T 正文, P 正文与表格. Never renumber or reuse an ID. */
const RULE_DATA = {
  "NB-C01": cell("错误"), // 文字
  "NB-C02": cell("警告"), // 全角数字
  "NB-C03": cell("警告"), // 以文本存储的数字
  "NB-C04": cell("错误"), // 占位符
  "NB-C05": cell("警告"), // 空白
  "NB-C06": cell("错误"), // 负数
  "NB-C07": cell("错误"), // 小数
  "NB-C08": cell("错误"), // 公式错误
  "NB-C09": cell("警告"), // 数值过大
  "NB-C10": cell("错误"), // 是否收取信息处理费 不是“是”或“否”
  "NB-C11": cell("警告"), // 金额带单位
  "NB-S01": structure("错误"), // 工作表缺失
  "NB-S02": structure("提示"), // 工作表改名
  "NB-S03": structure("错误"), // 标签被改
  "NB-S04": structure("警告"), // 行移动
  "NB-S05": structure("错误"), // 行缺失
  "NB-S06": structure("警告"), // 列移动
  "NB-S07": structure("错误"), // 列缺失
  "NB-S08": structure("警告"), // 格式与声明不符
  "NB-S09": structure("错误"), // 基本信息缺失
  "NB-S10": structure("错误"), // 2021 年起用了 2019 年格式
  "NB-S11": structure("警告"), // 2021 年前用了 2021 年格式
  "NB-S12": structure("错误"), // 机关名称空白，报告年度空白或不是年份
  "NB-S13": structure("错误"), // 一张表有几个候选工作表
  "NB-S14": structure("警告"), // 标签写法与官方不同（按意思认出）
  "NB-S15": structure("错误"), // 认不出的标签，其中的数未读入
  "NB-S16": structure("警告"), // 有分项的行写成了一行（2019 年格式的写法）
  "NB-R01": sum("错误"), // 表三 行总计
  "NB-R02": sum("错误"), // 表三 （七）总计
  "NB-R03": sum("错误"), // 表三 勾稽
  "NB-R04": sum("错误"), // 表四 总计
  "NB-R05": sum("错误"), // 无法核对
  "NB-R06": sum("错误"), // 信息处理费前后矛盾
  "NB-R07": sum("警告"), // 现行有效件数少于本年制发减废止
  "NB-Y01": year("错误"), // 上年结转
  "NB-Y02": year("警告"), // 现行有效件数
  "NB-Y03": year("警告"), // 与上年相同
  "NB-Y04": year("警告"), // 上年报告年度不符
  "NB-Y05": year("警告"), // 上年年报结构与模板不同
  "NB-T01": text("警告"), // 第五部分空白
  // A contradiction the reader is certain of is published inaccuracy (发布内容不准确): an error.
  "NB-P01": prose("错误"), // 正文数字与表格不符
  "NB-P02": prose("错误"), // “均获维持”而并非全部维持
  "NB-P03": prose("警告"), // 正文分项之和与合计不符
  "NB-P04": prose("错误"), // 占位文字
} as const satisfies Record<string, RuleData>;

export type RuleId = keyof typeof RULE_DATA;

/** Every rule has its words, and no words lack a rule: the compiler holds the two tables together. */
const TEXT: Readonly<Record<RuleId, RuleText>> & Readonly<Record<Exclude<keyof typeof RULE_TEXT, RuleId>, never>> = RULE_TEXT;

/** Every rule, in ID order. */
export const RULES: readonly RuleDef[] = (Object.keys(RULE_DATA) as RuleId[]).map((id) => ({
  id,
  ...RULE_DATA[id],
  title: TEXT[id].title,
  purpose: TEXT[id].purpose,
  reads: TEXT[id].reads,
}));

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): RuleDef {
  return BY_ID.get(id)!;
}

/**
 * IDs rules had before the one scheme: reports, notes and reviews people kept name them, so the
 * rules' documentation says both.
 */
export const FORMER_IDS: Readonly<Partial<Record<RuleId, string>>> = { "NB-P01": "TXT-01", "NB-P02": "TXT-02", "NB-P03": "TXT-03", "NB-P04": "TXT-04" };
