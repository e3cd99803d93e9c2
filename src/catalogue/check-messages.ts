// Every sentence the checks show a person, in one place. Templates name their operands with
// {placeholders}; `fill` substitutes them. Rule data (severity, tolerance) is in rules.ts.
import { SHEET_NAMES } from "../model/sheet-names";
import { FEE_ANSWERS, INFO_FIELDS, isReportYear } from "../model/report";

export interface RuleText {
  readonly title: string;
  readonly purpose: string;
  readonly reads: string;
  readonly template: string;
  /** Values for the placeholders, for the example in docs/RULES.md. */
  readonly example: Readonly<Record<string, string | number>>;
}

const CELL = "三、依申请公开!D5（表三“一、本年新收政府信息公开申请数量”·自然人）";

export const RULE_TEXT = {
  "NB-C01": {
    title: "数字单元格里是文字",
    purpose: "文字无法计入合计，评议时视为数据不规范。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}填的是文字“{value}”，不是数字，合计时无法计入。请只填数字（{kind}），没有的填 0。",
    example: { cell: CELL, value: "12件", kind: "不小于 0 的整数" },
  },
  "NB-C02": {
    title: "全角数字",
    purpose: "全角数字在 Excel 中是文字，合计和公式都不计入。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}的“{value}”用了全角数字，Excel 把它当作文字，合计时不计入。请改为半角数字 {number}。",
    example: { cell: CELL, value: "１２", number: 12 },
  },
  "NB-C03": {
    title: "以文本存储的数字",
    purpose: "以文本存储的数字打印出来没有问题，但 Excel 的合计不计入它。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}的“{value}”是以文本存储的数字，Excel 合计时不计入。请重新输入为数字 {number}。",
    example: { cell: CELL, value: "12", number: 12 },
  },
  "NB-C04": {
    title: "用占位符代替 0",
    purpose: "年报格式要求没有的数写 0，不写“/”“—”“_”或“无”。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}填的是“{value}”。按年报格式，没有的数应写 0，不写“/”“—”“_”或“无”。请改为 0。",
    example: { cell: CELL, value: "/" },
  },
  "NB-C05": {
    title: "空白单元格",
    purpose: "年报格式要求没有的数写 0；空白在核对合计时按 0 计。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}是空白。按年报格式，没有的数应写 0，不留空白（核对合计时已按 0 计）。请填 0。",
    example: { cell: CELL },
  },
  "NB-C06": {
    title: "负数",
    purpose: "件数、申请数、案件数都不能小于 0。",
    reads: "表二、表三、表四的件数单元格（2019 年格式的“本年增/减”除外）",
    template: "{cell}是负数 {value}。这里应填{kind}，请核对后改正。",
    example: { cell: CELL, value: -3, kind: "不小于 0 的整数" },
  },
  "NB-C07": {
    title: "件数带小数",
    purpose: "件数、申请数、案件数都是整数。",
    reads: "表二、表三、表四的件数单元格（金额除外）",
    template: "{cell}是小数 {value}。这里应填整数，请核对后改正。",
    example: { cell: CELL, value: 2.5 },
  },
  "NB-C08": {
    title: "公式错误",
    purpose: "显示错误值的单元格读不出数，打印出来也是错误值。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}显示公式错误 {value}，读不出数。请修正该单元格的公式，或直接填入数字。",
    example: { cell: CELL, value: "#REF!" },
  },
  "NB-C09": {
    title: "数值大得不合常理",
    purpose: "多输一两位数字是常见的录入错误。",
    reads: "表二、表三、表四的每个数字单元格",
    template: "{cell}的 {value} 大得不合常理（超过 {limit}），请核对是否多输了位数。",
    example: { cell: CELL, value: 260000000, limit: 10000000 },
  },
  "NB-C10": {
    title: "是否收取信息处理费填写有误",
    purpose: "第六部分据此说明是否收取信息处理费，这一项只能填“是”或“否”。",
    reads: "基本信息的“是否收取信息处理费”",
    template: `{cell}填的是“{value}”。这里只能填“${FEE_ANSWERS.yes}”或“${FEE_ANSWERS.no}”，请改正。`,
    example: { cell: "基本信息!B7（是否收取信息处理费）", value: "收取" },
  },
  "NB-C11": {
    title: "金额带了单位",
    purpose: "金额连同单位填进单元格，打印出来能看懂，但 Excel 把它当作文字。",
    reads: "表二的金额单元格（2021 年格式的本年收费金额，2019 年格式的采购总金额）",
    template: "{cell}填的是“{value}”，数字连着单位“{unit}”，Excel 把它当作文字。已按 {number}{unit} 理解；请只填数字 {number}，单位写在表头。",
    example: { cell: "二、主动公开!B15（表二“行政事业性收费”·本年收费金额（单位：万元））", value: "43.788万元", unit: "万元", number: 43.788 },
  },
  "NB-S01": {
    title: "找不到表格",
    purpose: "缺了一张表，年报就不完整，该表的数也无法核对。",
    reads: "工作簿中的各工作表及其标签",
    template: "找不到表{table}（模板中的工作表名为“{expected}”），也没有哪个工作表带有它的标签。请从模板重新插入表{table}，或把它的标签恢复为官方格式。",
    example: { table: "三", expected: "三、依申请公开" },
  },
  "NB-S02": {
    title: "工作表改了名",
    purpose: "按标签仍能找到表格，只是提醒工作表名与模板不同。",
    reads: "工作表名",
    template: "表{table}所在的工作表名为“{found}”，模板中为“{expected}”。已按标签找到并读取该表；如需与模板一致，可改回原名。",
    example: { table: "三", found: "Sheet3", expected: "三、依申请公开" },
  },
  "NB-S03": {
    title: "标签与官方格式不符",
    purpose: "年报的标题、表头和行名须与官方格式一字不差；改动过的标签会被评议扣分。",
    reads: "表格的标题、表头和行名",
    template: "表{table} {at} 的标签应为“{expected}”，现为{found}。请改回官方格式的“{expected}”。",
    example: { table: "二", at: "二、主动公开!A4", expected: "行政规范性文件", found: "“规范性文件”" },
  },
  "NB-S04": {
    title: "行的位置变了",
    purpose: "插入或删除行后，数可能错位；已按标签读取，但请确认。",
    reads: "表格的行名",
    template: "表{table}的行“{label}”原在 {expected}，现在 {found}，可能插入或删除了行。已按标签读取，请确认该行及其下方的数没有错位。",
    example: { table: "三", label: "（一）予以公开", expected: "三、依申请公开!B7", found: "三、依申请公开!B8" },
  },
  "NB-S05": {
    title: "缺少一行",
    purpose: "缺了一行，年报就不完整，该行的数也无法核对。",
    reads: "表格的行名",
    template: "表{table}缺少行“{label}”（应在 {at} 附近），该行的数无法读取。请按官方格式恢复这一行。",
    example: { table: "三", label: "2.重复申请", at: "三、依申请公开!C20" },
  },
  "NB-S06": {
    title: "列的位置变了",
    purpose: "插入或删除列后，数可能错位；已按标签读取，但请确认。",
    reads: "表格的列名",
    template: "表{table}的列“{label}”原在 {expected}，现在 {found}，可能插入或删除了列。已按标签读取，请确认该列及其右侧的数没有错位。",
    example: { table: "三", label: "商业企业", expected: "三、依申请公开!E4", found: "三、依申请公开!F4" },
  },
  "NB-S07": {
    title: "缺少一列",
    purpose: "缺了一列，年报就不完整，该列的数也无法核对。",
    reads: "表格的列名",
    template: "表{table}缺少列“{label}”（应在 {at} 附近），该列的数无法读取。请按官方格式恢复这一列。",
    example: { table: "三", label: "科研机构", at: "三、依申请公开!F4" },
  },
  "NB-S08": {
    title: "表格格式与基本信息不符",
    purpose: "基本信息写明的格式与表格实际的格式不同，说明其中之一有误。",
    reads: "基本信息的“格式”与各表的标签",
    template: `${SHEET_NAMES.info}写明使用 {stated} 年格式，但表格的标签属于 {found} 年格式。已按 {found} 年格式核对；请改正${SHEET_NAMES.info}中的格式，或换用 {stated} 年格式的表格。`,
    example: { stated: "2021", found: "2019" },
  },
  "NB-S09": {
    title: "基本信息缺项",
    purpose: "机关名称和报告年度决定了用哪种格式、跟哪一年核对。",
    reads: "基本信息表",
    template: "工作表“{sheet}”中找不到“{field}”。请填写{field}。",
    example: { sheet: "基本信息", field: "报告年度" },
  },
  "NB-S10": {
    title: "2021 年起的年报用了 2019 年格式",
    purpose: "2021 年起的年报必须使用 2021 年格式；沿用旧表是评议中常见的扣分项。",
    reads: "报告年度与表格格式",
    template: "这是 {year} 年的年报，却用了 2019 年试行格式（{old}）。{from} 年起的年报必须使用 2021 年格式（{new}）。请插入 2021 年格式的模板，把数据移过去。",
    example: { year: 2023, old: "国办公开办函〔2019〕60号", from: 2021, new: "国办公开办函〔2021〕30号" },
  },
  "NB-S11": {
    title: "2021 年以前的年报用了 2021 年格式",
    purpose: "2019、2020 年的年报按当时的试行格式编制；可能是年度或格式填错了。",
    reads: "报告年度与表格格式",
    template: "这是 {year} 年的年报，却用了 2021 年格式（{new}）。{from} 年以前的年报按 2019 年试行格式（{old}）编制，请确认报告年度和格式。",
    example: { year: 2020, new: "国办公开办函〔2021〕30号", from: 2021, old: "国办公开办函〔2019〕60号" },
  },
  "NB-S12": {
    title: "机关名称或报告年度未填、填错",
    purpose: "机关名称是年报的标题；报告年度印在标题和统计期限中，也决定用哪种格式、与哪一年核对。",
    reads: "基本信息的机关名称和报告年度",
    template: "{at}的“{field}”{problem}。{fix}",
    example: {
      at: "基本信息!B4",
      field: "报告年度",
      problem: "填的是“2025.5”，不是年份",
      fix: "请填写报告所述年度的四位数字，如 2025（不是发布年度）。填写之前无法判断应使用的格式，也无法做跨年度核对。",
    },
  },
  "NB-S13": {
    title: "一张表有几个候选工作表",
    purpose: "工作簿里同时有上年的表或别的副本时，不能凭工作表的先后顺序猜该读哪一张。",
    reads: "工作簿中的各工作表及其标签",
    template: "表{table}有 {count} 个候选工作表（{found}），其中没有名为“{expected}”的，无法确定该读哪一张，表{table}未读取。请删除不用的工作表（如上年的表），或把本年的表改名为“{expected}”。",
    example: { table: "三", count: 2, found: "2024年表三、2025年表三", expected: "三、依申请公开" },
  },
  "NB-S14": {
    title: "标签写法与官方格式不同",
    purpose: "真实年报常把标签写成别的样子（少字、错字、旧格式的叫法）；按意思认出后照常核对，但发布的年报应使用官方写法。",
    reads: "表格的行名、列名和正文各部分的标题",
    template: "{place}的标签写作“{found}”，官方格式为“{expected}”。已按“{expected}”读取并核对；发布前请改为官方写法。",
    example: { place: "表二 二、主动公开!A5", found: "规范性文件", expected: "行政规范性文件" },
  },
  "NB-S15": {
    title: "认不出的标签",
    purpose: "认不出的行或列，其中的数无法读入，年报据此核对并不完整。",
    reads: "表格的行名和列名",
    template: "{place}有一个认不出的{axis}“{found}”，它不是{format}年格式的任何{axis}，其中的数没有读入。请把它改为官方格式的标签。",
    example: { place: "表三", axis: "行", found: "三、办理结果合计", format: "2021" },
  },
  "NB-S16": {
    title: "有分项的行写成了一行",
    purpose: "沿用 2019 年格式的表格时，2021 年格式分项的行常被写成一行；分项的数无从核对。",
    reads: "表三的行名",
    template: "表{table}把“{label}”写成了一行（2019 年格式的写法），缺少 {format} 年格式的分项{rows}。这一行的数没有读入，经过这些分项的合计未核对。请按 {format} 年格式分项填写。",
    example: { table: "三", label: "（六）其他处理", format: "2021", rows: "“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”、“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”、“3.其他”" },
  },
  "NB-R01": {
    title: "表三每行的总计等于各类申请人之和",
    purpose: "总计列是各类申请人之和；不符说明总计或某一类填错了。",
    reads: "表三每一行的六类申请人和总计",
    template: "表三“{row}”行的总计与各类申请人之和不符：{left}；{right}；相差 {difference}。请核对该行各数。",
    example: {
      row: "一、本年新收政府信息公开申请数量",
      left: "总计 三、依申请公开!J5 = 26",
      right: "自然人 三、依申请公开!D5 = 25，商业企业 三、依申请公开!E5 = 0，科研机构 三、依申请公开!F5 = 0，社会公益组织 三、依申请公开!G5 = 0，法律服务机构 三、依申请公开!H5 = 0，其他 三、依申请公开!I5 = 0，合计 25",
      difference: 1,
    },
  },
  "NB-R02": {
    title: "表三每列的（七）总计等于各项办理结果之和",
    purpose: "（七）总计是（一）至（六）各项办理结果之和。",
    reads: "表三每一列的各项办理结果和（七）总计",
    template: "表三“{column}”列的（七）总计与各项办理结果之和不符：{left}；{right}；相差 {difference}。请核对该列各项办理结果。",
    example: {
      column: "自然人",
      left: "（七）总计 三、依申请公开!D28 = 26",
      right: "（一）予以公开 三、依申请公开!D7 = 20，（二）部分公开…… 三、依申请公开!D8 = 5，……，合计 25",
      difference: 1,
    },
  },
  "NB-R03": {
    title: "表三每列的勾稽关系",
    purpose: "格式本身规定：第一项加第二项之和，等于第三项加第四项之和。",
    reads: "表三每一列的 一、二、（七）总计、四",
    template: "表三“{column}”列的勾稽关系不成立（第一项加第二项之和，应等于第三项加第四项之和）：{left}；{right}；相差 {difference}。",
    example: {
      column: "总计",
      left: "一、本年新收政府信息公开申请数量 三、依申请公开!J5 = 26，二、上年结转政府信息公开申请数量 三、依申请公开!J6 = 2，合计 28",
      right: "（七）总计 三、依申请公开!J28 = 25，四、结转下年度继续办理 三、依申请公开!J29 = 2，合计 27",
      difference: 1,
    },
  },
  "NB-R04": {
    title: "表四每组的总计等于各项结果之和",
    purpose: "行政复议、未经复议直接起诉、复议后起诉，各组的总计是四项结果之和。",
    reads: "表四每组的结果维持、结果纠正、其他结果、尚未审结和总计",
    template: "表四“{row}”的总计与各项结果之和不符：{left}；{right}；相差 {difference}。请核对这一组的数。",
    example: {
      row: "行政复议",
      left: "总计 四、复议诉讼!E5 = 2",
      right: "结果维持 四、复议诉讼!A5 = 0，结果纠正 四、复议诉讼!B5 = 0，其他结果 四、复议诉讼!C5 = 0，尚未审结 四、复议诉讼!D5 = 1，合计 1",
      difference: 1,
    },
  },
  "NB-R05": {
    title: "合计关系无法核对",
    purpose: "有的数不是数字时，不能确认合计是否正确；不会默认为通过。",
    reads: "参与合计关系的单元格",
    template: "{title}无法核对：{unreadable} 不能作为数字读取，未计入。{operands}请先改正这些单元格。",
    example: {
      title: "表三“一、本年新收政府信息公开申请数量”行的总计",
      unreadable: "商业企业 三、依申请公开!E5 = “/”",
      operands: "其余各数：总计 三、依申请公开!J5 = 26，自然人 三、依申请公开!D5 = 26，……。",
    },
  },
  "NB-R06": {
    title: "信息处理费前后矛盾",
    purpose: "是否收取、收取件数和金额须彼此一致，第六部分据此说明收费情况。",
    reads: "基本信息的是否收取信息处理费、收取信息处理费件数和金额",
    template: "{charged}，但{detail}。{fix}",
    example: {
      charged: "是否收取信息处理费 基本信息!B7 = “否”",
      detail: "收取信息处理费件数 基本信息!B8 = 3",
      fix: "未收取时件数和金额都应为 0；如确有收取，请把“是否收取信息处理费”改为“是”。",
    },
  },
  "NB-R07": {
    title: "现行有效件数少于本年制发减废止",
    purpose: "本年制发而未废止的文件年底仍然有效，现行有效件数不会少于本年制发件数减本年废止件数；少了多是漏填。",
    reads: "表二第（一）项每一行（2021 年格式）",
    template: "表二“{row}”：本年制发 {issued} 件、废止 {repealed} 件，现行有效件数 {cell} 却只有 {valid}，至少应为 {least}。请核对。",
    example: { row: "行政规范性文件", issued: 3, repealed: 0, cell: "二、主动公开!D5", valid: 0, least: 3 },
  },
  "NB-Y01": {
    title: "上年结转等于上年的结转下年度继续办理",
    purpose: "本年的“上年结转”就是上一年报告的“结转下年度继续办理”，两种格式之间也一样。",
    reads: "本年表三“二、上年结转”和上年表三“四、结转下年度继续办理”的每一列",
    template: "表三“{column}”列：本年的 {left}，应等于 {previousYear} 年报的 {right}；相差 {difference}。",
    example: {
      column: "自然人",
      left: "二、上年结转政府信息公开申请数量 三、依申请公开!D6 = 3",
      previousYear: 2024,
      right: "四、结转下年度继续办理 2024年报·三、依申请公开!D29 = 2",
      difference: 1,
    },
  },
  "NB-Y02": {
    title: "现行有效件数与上年衔接",
    purpose: "现行有效件数应等于上年的现行有效件数加本年制发、减本年废止；不符多是漏报或误填。",
    reads: "本年和上年表二第（一）项",
    template: "表二“{row}”：本年现行有效件数加本年废止件数（{left}），应等于 {previousYear} 年的现行有效件数加本年制发件数（{right}）；相差 {difference}。请核对。",
    example: {
      row: "行政规范性文件",
      previousYear: 2024,
      left: "现行有效件数 二、主动公开!D5 = 20，本年废止件数 二、主动公开!C5 = 0，合计 20",
      right: "现行有效件数 2024年报·二、主动公开!D5 = 18，本年制发件数 二、主动公开!B5 = 8，合计 26",
      difference: 6,
    },
  },
  "NB-Y03": {
    title: "表格与上年完全相同",
    purpose: "整张表与上年一模一样，常是沿用了上年的数据（内容雷同会被追责）。",
    reads: "本年和上年的表二、表三、表四（全为 0 或空白的表不计）",
    template: "表{table}的 {count} 个数与 {previousYear} 年报完全相同，可能沿用了上年的数据。请确认。",
    example: { table: "三", count: 175, previousYear: 2024 },
  },
  "NB-Y04": {
    title: "上年报告的年度不对",
    purpose: "跨年度核对需要紧接着的上一年的报告。",
    reads: "两份报告的报告年度",
    template: "所给的上年报告{previous}，本报告{current}；{verdict}",
    example: { previous: "是 2022 年的", current: "是 2024 年的", verdict: "跨年度核对需要 2023 年的报告，已跳过。" },
  },
  "NB-Y05": {
    title: "上年年报的结构与模板不同",
    purpose: "上年年报的表格改动过时，部分数可能读不出或读错，跨年度核对因此可能不完整。",
    reads: "上年年报的各工作表及其标签",
    template: "上年年报结构与模板有 {count} 处不同，跨年度核对可能不完整：{list}请核对上年年报，或改用按模板填写的上年年报。",
    example: {
      count: 1,
      list: "（1）表三缺少行“四、结转下年度继续办理”（应在 2024年报·三、依申请公开!A29 附近），该行的数无法读取。请按官方格式恢复这一行。",
    },
  },
  "NB-T01": {
    title: "第五部分“存在的主要问题及改进情况”空白",
    purpose: "条例第五十条要求年报写明存在的主要问题及改进情况；这一部分无法由表格生成，须由机关撰写。",
    reads: "正文“五、存在的主要问题及改进情况”",
    template: "正文“{section}”是空白（{at}）。条例第五十条要求写明存在的主要问题及改进情况，这一部分无法由表格生成，请在发布前撰写。",
    example: { section: "五、存在的主要问题及改进情况", at: "正文!B8" },
  },
  "NB-P01": {
    title: "正文数字与表格不符",
    purpose: "正文与表格矛盾是公开年报最常见的差错，评议时按“内容不准确”处理。",
    reads: "正文各部分写到的申请、办理结果、行政复议、行政诉讼的件数，与表三、表四对应单元格",
    template: "正文“{section}”写道“{sentence}”，其中{name}为 {stated}，但{table}为 {actual}（{cells}）。请核对后改正正文或表格。",
    example: {
      section: "一、总体情况",
      sentence: "本年度依申请公开中，无法提供265件。",
      name: "“无法提供”",
      stated: 265,
      table: "表三对应各格合计",
      actual: 337,
      cells: "三、依申请公开!J17、三、依申请公开!J18、三、依申请公开!J19",
    },
  },
  "NB-P02": {
    title: "正文称“均获维持”而表中并非全部维持",
    purpose: "“均获维持”“全部维持”只在结果维持等于总计时成立。",
    reads: "正文中“均获维持”等说法，与表四对应组的结果维持和总计",
    template: "正文“{section}”写道“{sentence}”，但{detail}（{cells}）。请改写正文，如实写明各项结果。",
    example: { section: "四、政府信息公开行政复议、行政诉讼情况", sentence: "本年度发生行政复议2件，均获维持。", detail: "表四“行政复议”共 2 件，结果维持只有 1 件", cells: "四、复议诉讼!D5" },
  },
  "NB-P03": {
    title: "正文分项之和与正文合计不符",
    purpose: "正文自己列出的分项加起来不等于它写的合计，读者一眼就能看出。",
    reads: "同一段正文中写到的合计与各分项件数",
    template: "正文“{section}”写道“{sentence}”，{total}为 {stated}，但同段所写{parts}合计为 {sum}。请核对后改正。",
    example: {
      section: "三、收到和处理政府信息公开申请情况",
      sentence: "办结32件，其中予以公开20件、部分公开2件、不予公开0件、无法提供7件、不予处理5件、其他处理0件。",
      total: "“办结”",
      stated: 32,
      parts: "“予以公开”、“部分公开”、“不予公开”、“无法提供”、“不予处理”、“其他处理”",
      sum: 34,
    },
  },
  "NB-P04": {
    title: "正文仍有待填写的占位文字",
    purpose: "自动生成的正文在数据有误时留下【……】占位文字，发布前必须补正。",
    reads: "正文各部分中自动生成的【……】占位文字（本人写的【……】小标题不算）",
    template: "正文“{section}”仍有占位文字“{placeholder}”，不能照此发布。请按占位文字所说填写或更正所指的单元格，再重新生成正文。",
    example: { section: "三、收到和处理政府信息公开申请情况", placeholder: "【三、依申请公开!J28 数据有误，请先更正】" },
  },
} satisfies Readonly<Record<string, RuleText>>;

/** What a cell of each kind should hold, for messages. */
export const KIND_TEXT = {
  count: "不小于 0 的整数",
  amount: "不小于 0 的数，可带小数",
  signedCount: "整数，减少时为负数",
  freeAmount: "不小于 0 的数，可带小数",
} as const;

export const FRAGMENTS = {
  /** `sheet!address（表X“row”·column）` */
  cell: (reference: string, table: string, row: string, column: string) =>
    table === "info" || table === "text" ? `${reference}（${row}）` : `${reference}（表${table}“${row}”${column ? `·${column}` : ""}）`,
  reference: (sheet: string, address: string) => (address ? `${sheet}!${address}` : `${sheet}（未找到该单元格）`),
  operand: (label: string, reference: string, value: string) => `${label} ${reference} = ${value}`,
  missingOperand: (label: string, reference: string) => `${label} ${reference}`,
  otherOperands: (list: string) => (list ? `其余各数：${list}。` : ""),
  sum: (total: string) => `合计 ${total}`,
  list: (parts: readonly string[]) => parts.join("，"),
  blank: "空白（按 0 计）",
  text: (value: string) => `“${value}”`,
  emptyLabel: "空白",
  /** NB-P02: one group that was not upheld throughout. */
  upheldOnly: (group: string, total: number, upheld: number) => `表四“${group}”共 ${total} 件，结果维持只有 ${upheld} 件`,
  /** NB-S14, NB-S15: where a label stands, `表二 sheet!A5` or `正文`. */
  labelPlace: (table: string, reference: string) => `${table === "text" ? "正文" : `表${table}`}${reference ? ` ${reference}` : ""}`,
  /** A fix hint: the one change to one cell that makes every sum it takes part in hold. */
  suggestion: (reference: string, suggested: number, current: number | null, how: "digit" | "swap" | "blank") =>
    how === "blank"
      ? `${reference} 是空白，可能应填 ${suggested}（填入后它所在的各项合计全部成立）。`
      : `${reference} 可能应为 ${suggested}，而不是 ${current}（${how === "digit" ? "只改这一位数字" : "把颠倒的两位数字换回来"}，它所在的各项合计即全部成立）。`,
  fixTo: (reference: string, value: number) => `${reference} 应改为 ${value}。`,
  rowTitle: (table: string, row: string) => `表${table}“${row}”行的总计`,
  groupTitle: (table: string, group: string) => `表${table}“${group}”的总计`,
  columnTitle: (table: string, column: string, what: string) => `表${table}“${column}”列的${what}`,
  balance: "勾稽关系",
  carryOver: "上年结转",
  validTitle: (row: string) => `表二“${row}”的现行有效件数`,
  /** Prefix for the sheets of last year's report, so that hosts never mark them in this one. */
  previousSheet: (year: number) => (isReportYear(year) ? `${year}年报·` : "上年年报·"),
  /** NB-S12: what is wrong with a field, by what was found there. */
  infoProblem: (found: string) => (found.trim() === "" ? "是空白" : `填的是“${found}”，不是年份`),
  infoFix: {
    [INFO_FIELDS.agency]: "请填写发布年报的机关全称，它是年报的标题。",
    [INFO_FIELDS.year]: "请填写报告所述年度的四位数字，如 2025（不是发布年度）。填写之前无法判断应使用的格式，也无法做跨年度核对。",
  } as Readonly<Record<string, string>>,
  /** NB-Y04: a report's year as the message states it. */
  yearOf: (year: number) => (isReportYear(year) ? `是 ${year} 年的` : `的${INFO_FIELDS.year}不明（${SHEET_NAMES.info}未填或填错）`),
  wantedYear: (year: number) => `跨年度核对需要 ${year} 年的报告，已跳过。`,
  unknownYear: `无法确定所给报告是否紧接的上一年，跨年度核对已跳过。请在年度不明的那份报告的${SHEET_NAMES.info}中填写${INFO_FIELDS.year}。`,
  /** NB-R06 */
  feeSaysNo: `未收取时件数和金额都应为 0；如确有收取，请把“${INFO_FIELDS.feeCharged}”改为“${FEE_ANSWERS.yes}”。`,
  feeSaysYes: `收取了信息处理费，件数应至少为 1；如并未收取，请把“${INFO_FIELDS.feeCharged}”改为“${FEE_ANSWERS.no}”。`,
  /** NB-Y05: one difference of last year's workbook, numbered. */
  numbered: (items: readonly string[]) => items.map((item, i) => `（${i + 1}）${item}`).join(""),
} as const;

/** Replaces every {name} in `template` with params[name]; an unknown name stays visible. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
