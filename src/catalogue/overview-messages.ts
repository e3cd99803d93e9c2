// Everything the collecting office's overview says: the roster's notes, the page and
// `nianbao overview`. The verdicts' words are verdict-messages.ts'.

/** Fewer cases than this make a rate that is shown but neither ranked nor marked. */
export const MINIMUM_BASE = 10;

export const ROSTER_NOTES = {
  typo: (written: string, listed: string) => `机关名称“${written}”与名单中的“${listed}”不一致，可能是错字，请核对。`,
  otherAgency: (written: string, listed: string) => `文件名是“${listed}”的年报，机关名称却是“${written}”，可能是从别的单位的年报复制来的，请核对。`,
  noAgency: (listed: string) => `机关名称没有填写；按文件名算作“${listed}”的年报。`,
  notListed: (written: string) => `机关名称“${written}”不在名单中，请核对名称或名单。`,
  twoVersions: (name: string, count: number) => `“${name}”收到了 ${count} 个版本，请确认以哪一份为准。`,
  wrongYear: (year: number, wanted: number) => `这份年报是 ${year} 年度的，不是 ${wanted} 年度的。`,
} as const;

export const ROSTER_MESSAGES = {
  notSupported: (file: string) => `名单“${file}”应为 .txt（每行一个单位）或 .xlsx（第一张工作表的第一列为单位名称）。`,
  empty: (file: string) => `名单“${file}”中没有单位名称。请每行写一个单位，或在 .xlsx 的第一列列出。`,
} as const;

export const OVERVIEW_TEXT = {
  title: "公开年报助手 · 各部门年报总览",
  lead: "汇总各部门报来的政府信息公开工作年度报告：每个部门一行，可排序、筛选，点击一行查看该部门的问题。文件只在这台电脑的浏览器中处理，不会上传。",
  openHeading: "打开各部门的年报",
  openHint: "选择或拖入多个 .xlsx 年报（也可选择整个文件夹）；可再选择一份名单（.txt 每行一个单位，或 .xlsx 第一列）。",
  chooseFiles: "选择年报文件",
  chooseFolder: "选择文件夹",
  chooseRoster: "选择名单",
  dropHere: "或把文件拖到这里",
  reading: (done: number, total: number) => `正在读取 ${done}/${total}……`,
  read: (files: number, ms: number) => `已读取 ${files} 个文件，用时 ${(ms / 1000).toFixed(1)} 秒。`,
  rosterRead: (name: string, count: number) => `名单“${name}”共 ${count} 个单位。`,
  notJson: (name: string) => `“${name}”不是有效的 JSON 文件，未能读取。`,
  skipped: (names: readonly string[]) => `以下文件不是 .xlsx 或 .json 年报，未读取：${names.join("、")}。如是 .xls 或 .et，请在 Excel 或 WPS 中“另存为” .xlsx 后再选入。`,
  nothingToRead: "所选的文件中没有 .xlsx 或 .json 年报。",
  noscript: "总览网页需要启用 JavaScript。",
  summaryHeading: "概况",
  summary: (year: number | undefined, departments: number) => `${year ? `${year} 年度，` : ""}共 ${departments} 个部门的年报`,
  verdictCount: (label: string, count: number) => `${label} ${count}`,
  missingHeading: (count: number) => `名单中尚未报送的单位（${count} 个）`,
  noMissing: "名单中的单位都已报送。",
  noRoster: "没有给出名单，无法列出尚未报送的单位。",
  versionsHeading: "收到两个以上版本的单位",
  tableHeading: "各部门年报",
  filterText: "按名称或文件名筛选",
  filterVerdict: "结论",
  filterAll: "全部",
  filterRoster: "只看名单有问题的",
  filterOutliers: "只看比例异常的",
  shown: (shown: number, total: number) => `显示 ${shown} / ${total} 行`,
  columns: {
    agency: "机关名称",
    file: "文件",
    format: "格式",
    year: "年度",
    verdict: "结论",
    errors: "错误",
    warnings: "警告",
    received: "新收",
    handled: "办结",
    forward: "结转下年",
    review: "复议",
    litigation: "诉讼",
    disclosure: "公开率",
    correction: "纠错率",
    notProvided: "无法提供、不予处理占比",
    change: "新收同比",
    notes: "名单核对",
  },
  sortBy: (column: string) => `按“${column}”排序`,
  smallBase: `办结申请或审结案件不足 ${MINIMUM_BASE} 件的比例（灰色斜体）只显示，不参与排序比较和异常标记：件数太少，比例说明不了什么。`,
  outlier: "明显偏离其他部门",
  outlierFlag: "偏离",
  smallMark: "（件数少）",
  unknown: "—",
  definitions:
    "公开率 =（予以公开 + 部分公开）÷ 办结（表三“（七）总计”）；纠错率 = 行政复议和行政诉讼的结果纠正 ÷ 已审结的复议和诉讼案件；无法提供及不予处理占比 =（无法提供 + 不予处理）÷ 办结；新收同比按同一单位上年的年报计算。数字不干净（文字、空白、占位符）时不计算。",
  chartsHeading: "图表",
  chartVerdicts: "各结论的部门数",
  chartDisclosure: "各部门公开率（%）",
  chartCorrection: "各部门纠错率（%）",
  chartTotals: (departments: number) => `合计与上年对比（两年都有年报的 ${departments} 个部门）`,
  noPrevious: "没有上年的年报，无法对比。把上年的年报一起选入即可。",
  thisYear: (year: number) => `${year} 年`,
  lastYear: (year: number) => `${year} 年`,
  ranked: "参与比较",
  unranked: "件数少，不参与比较",
  outliers: "明显偏离",
  detailHeading: (agency: string) => `${agency} 的问题`,
  details: (count: number) => `详情（${count} 条）`,
  detailNone: "这份年报没有发现问题。",
  detailHint: "点击表格中的一行，在它下面查看该部门的全部问题；再点一次收起。",
  close: "关闭",
  consolidateHeading: "汇总报告",
  consolidateHint: "把可以合并的年报（同一格式、同一年度）逐项相加为一份汇总工作簿，并由汇总数字生成正文段落。合并前的校验与命令行 merge 相同。",
  consolidateButton: "生成汇总工作簿和正文",
  consolidateForce: "有错误或像是重复的年报也照样合并",
  consolidated: (count: number) => `已汇总 ${count} 份年报，汇总工作簿已开始下载。`,
  consolidatedText: "汇总数字生成的正文段落：",
  mergedName: (year: number) => `汇总${year}年政府信息公开工作年度报告.xlsx`,
  mergedAgency: "汇总",
  previousUsed: (count: number) => `另有 ${count} 份上年的年报用于同比。`,
} as const;

export const OVERVIEW_CLI = {
  summary: "各部门年报总览：每个部门一行、名单核对和图表，输出一个可离线打开的网页",
  usage: `用法：npx nianbao overview 文件夹|年报.xlsx … --out 总览.html [--roster 名单.txt|名单.xlsx] [--overwrite]

读取各部门报来的年报（文件夹中的 .xlsx 和 .json），逐份校验，写出一个网页：每个部门一行
（机关名称、格式和年度、结论、错误和警告数、新收、办结、结转、复议、诉讼，公开率、纠错率、
无法提供及不予处理占比，有上年年报时的新收同比），可排序和筛选，点击一行看该部门的问题；
图表有各结论的部门数、各部门的比例（明显偏离的标出）和与上年的合计对比。
件数不足 ${MINIMUM_BASE} 件的比例只显示、不参与比较。上年的年报可以放在同一文件夹中，用于同比。
网页是一个完整的文件，数据和图表程序都在其中，离线可用、可以作为邮件附件发送，打开时不联网。

选项：
  --out        输出的 .html 文件（必填）。
  --roster     应报送单位的名单：.txt 每行一个单位名称，或 .xlsx 第一张工作表的第一列。
               总览会列出尚未报送的、报送了两个版本的，以及机关名称与名单不一致的。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。

退出码：0 已写出；1 未能写出；2 用法有误或名单无法读取。`,
  missingOut: "请用 --out 给出总览网页的 .html 文件名。",
  missingInput: "请给出各部门年报所在的文件夹，或各部门的年报文件。",
  missing: (names: readonly string[]) => `名单中尚未报送：${names.join("、")}`,
  versions: (name: string, files: readonly string[]) => `“${name}”收到了 ${files.length} 个版本：${files.join("、")}`,
  outNotHtml: (out: string) => `--out 应为 .html 文件，而不是“${out}”。`,
  written: (out: string, departments: number, missing: number | undefined) =>
    `已写出总览 ${out}：${departments} 个部门${missing === undefined ? "" : `，名单中尚未报送 ${missing} 个`}。`,
  verdictLine: (label: string, count: number) => `  ${label}：${count} 个`,
  noBundle: "总览网页的程序未能生成，请重新安装（npm ci）后再试。",
} as const;
