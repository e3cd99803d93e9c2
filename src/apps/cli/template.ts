// nianbao template: the empty template workbook of a format and year.
import { defaultReportYear, formatForYear, isFormatId } from "../../model/formats";
import { writeTemplateXlsx } from "../../hosts/file/write";
import { Command, noPositionals, parseOptions, UsageError } from "./command";
import { OVERWRITE_OPTION, writeOutput } from "./files";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";
import { isReportYear } from "../../model/report";


/** The --year option: a report year, last year when absent. */
export function reportYear(written: string | undefined): number {
  if (written === undefined) return defaultReportYear();
  const year = Number(written);
  if (!/^\d{4}$/.test(written) || !isReportYear(year)) throw new UsageError(CLI_MESSAGES.badYear(written));
  return year;
}

export const templateCommand: Command = {
  name: "template",
  summary: "生成空白的年报模板工作簿（.xlsx）",
  usage: `用法：npx nianbao template [--format 2021|2019] [--year 年度] [--agency 机关名称] [--out 文件.xlsx] [--overwrite]

生成与加载项插入的相同的年报模板：表二、表三、表四、基本信息、正文五张工作表，
按官方格式排版，可直接填写和打印。

选项：
  --format     格式：2021（国办公开办函〔2021〕30号）或 2019（〔2019〕60号，试行）。
               默认按年度选择：2021 年起用 2021 格式。
  --year       报告所述的年度（不是发布年度），默认为上一年。
  --agency     机关名称，写入“基本信息”表。
  --out        输出文件，默认为“政府信息公开工作年度报告-年度.xlsx”。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。

示例：npx nianbao template --format 2021 --year 2025 --agency 某某局 --out report.xlsx`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: "string" },
      year: { type: "string" },
      agency: { type: "string" },
      out: { type: "string" },
      ...OVERWRITE_OPTION,
    });
    noPositionals(positionals);
    const year = reportYear(values.year);
    const format = values.format ?? formatForYear(year);
    if (!isFormatId(format)) throw new UsageError(CLI_MESSAGES.badFormat(format));
    const out = values.out ?? `政府信息公开工作年度报告-${year}.xlsx`;
    await writeOutput(out, await writeTemplateXlsx(format, year, values.agency ?? ""), values.overwrite === true);
    io.stdout(CLI_MESSAGES.wrote(out));
  },
};
