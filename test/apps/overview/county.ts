// A county's January, written as files: 60 department workbooks (some wrong, one empty, one
// unreadable, two versions of one department, another agency's name pasted into one, a typo in
// one), one department's report of last year, and the roster of the 62 departments expected. Every figure is typed here by hand through
// the JSON contract (test/checks/departments.ts); the workbooks are written by the file host.
import fs from "node:fs";
import path from "node:path";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { emptyReport, Report } from "../../../src/model/report";
import { withValues } from "../../checks/builders";
import { departmentReport, DepartmentShape } from "../../checks/departments";

/** No two names one character apart, so that a typo of one can only be that one. */
export const ROSTER = [
  "县发展和改革局", "县教育局", "县科学技术局", "县工业和信息化局", "县公安局", "县民政局", "县司法局", "县财政局",
  "县人力资源和社会保障局", "县自然资源局", "县生态环境局", "县住房和城乡建设局", "县交通运输局", "县水利局", "县农业农村局", "县商务局",
  "县文化和旅游局", "县卫生健康委员会", "县退役军人事务局", "县应急管理局", "县市场监督管理局", "县统计局", "县医疗保障局", "县林业局",
  "县城市管理局", "县信访局", "县行政审批局", "县档案馆", "县机关事务管理局", "县人民防空办公室", "县供销合作社", "县气象局",
  "县外事办公室", "县烟草专卖局", "县消防救援大队", "县融媒体中心", "县地方志办公室", "县投资促进局", "县粮食和物资储备局", "县数据局",
  "县残疾人联合会", "县总工会", "县妇女联合会", "县科学技术协会", "县工商业联合会", "县红十字会", "县公共资源交易中心", "县住房公积金管理中心",
  "县不动产登记中心", "县疾病预防控制中心", "县民族宗教事务局", "县国有资产服务中心", "县经济开发区管理委员会", "县城乡规划服务中心", "县邮政管理局", "县人民政府办公室",
  "县融资担保中心", "县退休干部服务中心", "县乡村振兴局", "县文物保护中心", "县图书馆", "县老年大学",
];
/** The roster's last three send nothing. */
export const MISSING = ROSTER.slice(-3);
export const OUTLIER = "县生态环境局";
export const CORRECTED_OUTLIER = "县自然资源局";
export const WRONG = ["县水利局", "县商务局", "县信访局"];
export const EMPTY = "县统计局";
export const UNREADABLE_FILE = "县档案馆.xlsx";
export const TYPO = { listed: "县市场监督管理局", written: "县市场监督管里局" };
export const PASTED = { file: "县民政局.xlsx", agency: "县教育局" };
export const SECOND_VERSION = "县财政局（修改稿）.xlsx";
/** 县教育局's report of the year before, sent with this year's: 24 new, 24 handled. */
export const LAST_YEAR_FILE = "县教育局2024.xlsx";
/** Six departments with enough 复议 cases concluded to compare their correction rates. */
const MANY_CASES = ["县公安局", "县司法局", "县交通运输局", "县农业农村局", "县应急管理局", "县城市管理局"];

/** Department i's figures: 新收 between 22 and 60, a few with fewer than 10, the two outliers. */
function shape(name: string, i: number): DepartmentShape {
  if (name === OUTLIER) return { disclosed: 5, unprovided: 40, refused: 5 };
  if (name === CORRECTED_OUTLIER) return { disclosed: 30, unprovided: 4, review: [2, 12, 0, 0] };
  if (MANY_CASES.includes(name)) return { disclosed: 30 + i, partial: 2, unprovided: 3, review: [11, 1, 0, 1] };
  if (i % 9 === 4) return { disclosed: 3, unprovided: 1 };
  return { disclosed: 18 + ((i * 7) % 25), partial: i % 4, unprovided: 2 + (i % 5), refused: i % 3, review: [i % 3, 0, 0, i % 2] };
}

function reportOf(name: string, i: number): Report {
  const report = departmentReport(name, shape(name, i));
  if (name === "县水利局") return withValues(report, { "三|（一）予以公开|自然人": (report.values["三|（一）予以公开|自然人"] as number) + 1 });
  if (name === "县商务局") return withValues(report, { "四|行政复议|结果维持": "/" });
  if (name === "县信访局") return { ...report, agency: "" };
  if (name === EMPTY) return emptyReport("2021", 2025, EMPTY);
  if (name === TYPO.listed) return { ...report, agency: TYPO.written };
  if (`${name}.xlsx` === PASTED.file) return { ...report, agency: PASTED.agency };
  return report;
}

export interface County {
  readonly folder: string;
  readonly files: readonly string[];
  readonly roster: string;
}

/** Writes the county's 60 workbooks and its roster (名单.txt, with a heading line) into `folder`. */
export async function writeCounty(folder: string): Promise<County> {
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  const sent = ROSTER.slice(0, -3);
  for (const [i, name] of sent.entries()) {
    const file = path.join(folder, `${name}.xlsx`);
    fs.writeFileSync(file, `${name}.xlsx` === UNREADABLE_FILE ? "这不是工作簿" : await writeReportXlsx(reportOf(name, i)));
    files.push(file);
  }
  const second = path.join(folder, SECOND_VERSION);
  fs.writeFileSync(second, await writeReportXlsx(departmentReport("县财政局", { disclosed: 40, unprovided: 3 })));
  files.push(second);
  const lastYear = path.join(folder, LAST_YEAR_FILE);
  fs.writeFileSync(lastYear, await writeReportXlsx(departmentReport("县教育局", { disclosed: 20, unprovided: 4, year: 2024 })));
  files.push(lastYear);
  const roster = path.join(folder, "..", "名单.txt");
  fs.writeFileSync(roster, ["单位名称", ...ROSTER].join("\n"));
  return { folder, files, roster };
}

/** 100 consistent workbooks for timing, 2021 format, each its own department. */
export async function writeHundred(folder: string): Promise<string[]> {
  fs.mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    const file = path.join(folder, `第${i + 1}号单位.xlsx`);
    fs.writeFileSync(file, await writeReportXlsx(departmentReport(`第${i + 1}号单位`, { disclosed: 10 + (i % 40), unprovided: i % 6 })));
    files.push(file);
  }
  return files;
}
