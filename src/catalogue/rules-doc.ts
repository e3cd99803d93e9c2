// docs/RULES.md, generated from the catalogue so that the document and the engine cannot drift.
// `npm run docs:rules` writes it; a test fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fill, RULE_TEXT } from "./check-messages";
import { FORMER_IDS, RuleId, RULES } from "./rules";

export const RULES_DOC_PATH = path.join(__dirname, "..", "..", "docs", "RULES.md");

/** The Markdown text of docs/RULES.md. */
export function rulesMarkdown(): string {
  const lines = [
    "# 校验规则",
    "",
    "本文件由 `npm run docs:rules` 从规则目录（src/catalogue/rules.ts、src/catalogue/check-messages.ts）生成，请勿手工修改。",
    "",
    "- 严重程度：**错误**须改正后才能发布；**警告**请核对；**提示**仅供参考。",
    "- 空白单元格在核对合计时按 0 计（并另报“空白单元格”警告）；不是数字的单元格不计入合计，相关的合计关系报“合计关系无法核对”，绝不默认为通过。",
    "- 每条发现列出参与的每个单元格（`表!单元格 = 值`）、应为值、实际值和差额；只改一位数字就能使等式成立且只有一种改法时，给出修改建议。",
    "",
    `共 ${RULES.length} 条规则。`,
  ];
  // Groups in the order their first rule appears in the catalogue, so a new group cannot be left out.
  for (const group of new Set(RULES.map((rule) => rule.group))) {
    lines.push("", `## ${group}`, "", "| 编号 | 严重程度 | 规则 | 读取 | 容差 |", "|---|---|---|---|---|");
    for (const rule of RULES.filter((r) => r.group === group)) lines.push(`| ${rule.id} | ${rule.severity} | ${rule.title} | ${rule.reads} | ${rule.tolerance} |`);
    for (const rule of RULES.filter((r) => r.group === group)) {
      const text = RULE_TEXT[rule.id as keyof typeof RULE_TEXT];
      const former = FORMER_IDS[rule.id as RuleId];
      lines.push("", `### ${rule.id} ${rule.title}`, "", ...(former ? [`- 原编号：${former}`] : []), `- 严重程度：${rule.severity}`, `- 目的：${rule.purpose}`, `- 读取：${rule.reads}`, `- 示例：${fill(text.template, text.example)}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** Writes docs/RULES.md. */
export function writeRulesDoc(): void {
  writeFileSync(RULES_DOC_PATH, rulesMarkdown());
}
