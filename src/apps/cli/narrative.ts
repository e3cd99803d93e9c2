// nianbao narrative: prints the text generated from a report's figures, section by section.
import { MEASURES, Measure, generateNarrative } from "../../narrative/generate";
import { locationsOf, reportOf } from "../../checks/engine";
import { readReportFile } from "./report-file";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";
import { Command, onePositional, parseOptions, UsageError } from "./command";


export const narrativeCommand: Command = {
  name: "narrative",
  summary: "由表格数据生成年报正文中复述数字的段落",
  usage: `用法：npx nianbao narrative 年报.xlsx|数据.json [--previous 上年年报] [--measure 件|宗|份]

按表格数据生成正文中复述数字的段落：一、总体情况的主动公开和依申请公开段落，二、三、四的导语，
六的信息处理费说明。数据有误或未填写的单元格不会被写成数字，而是以【……】标出，请先更正。

选项：
  --previous  上年的年报（.xlsx 或 .json），用于写出同比增减。
  --measure   量词，默认“件”，也可用“宗”“份”。

示例：npx nianbao narrative report.xlsx --previous report-2024.xlsx`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { previous: { type: "string" }, measure: { type: "string" } });
    const input = await readReportFile(onePositional(positionals, "年报工作簿（.xlsx）或数据文件（.json）"));
    const measure = values.measure ?? "件";
    if (!MEASURES.includes(measure as Measure)) throw new UsageError(CLI_MESSAGES.badMeasure(measure, MEASURES));
    const previous = values.previous ? reportOf(await readReportFile(values.previous)) : undefined;
    const locations = locationsOf(input);
    const { blocks } = generateNarrative(reportOf(input), { previous, measure: measure as Measure, locations });
    const sections = [...new Set(blocks.map((b) => b.section))];
    io.stdout(sections.map((section) => [section, ...blocks.filter((b) => b.section === section).map((b) => b.text)].join("\n")).join("\n\n"));
  },
};
