import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { cellId, inputCells } from "../../../src/model/cells";
import { getFormat } from "../../../src/model/formats";
import { normalizeLabel } from "../../../src/model/labels";
import { reportHtml } from "../../../src/export/html";
import { CellValue, TableId } from "../../../src/model/types";
import { isNianbaoError } from "../../../src/model/errors";
import { noteMessage, readPublished } from "../../../src/reading/published/read-published";
import { FIXTURES, fixturePath, fixtureReport } from "../../fixtures/load";

/** The seed report as copied from its web page (a copy of shared/seeds/xiangzhou-minzheng-2020.txt). */
const utf8 = (text: string) => new TextEncoder().encode(text);
const SEED = fixturePath("seed-xiangzhou-2020.txt");

describe("reading a published report: the seed text copy", () => {
  const seed = fixtureReport("seed-xiangzhou-2020.json");
  const read = readPublished(readFileSync(SEED));

  it("imports to exactly the figures transcribed by hand, blanks as blanks", () => {
    assert.deepEqual(read.report.values, seed.values);
  });

  it("knows it is a 2019-format report on 2020", () => {
    assert.deepEqual([read.report.format, read.report.year], ["2019", 2020]);
  });

  it("takes the prose sections by their titles, 五 under its variant title", () => {
    assert.equal(read.report.text["一、总体情况"], seed.text["一、总体情况"]);
    assert.equal(read.report.text["五、存在的主要问题及改进情况"], seed.text["五、存在的主要问题及改进情况"]);
    // The transcription kept the stray "|" that ends the copied page; it is no part of 六.
    assert.equal(read.report.text["六、其他需要报告的事项"], seed.text["六、其他需要报告的事项"].replace(/\s*\|$/u, ""));
  });

  it("places everything, and names the one title it retitled", () => {
    assert.deepEqual(read.notes, [{ kind: "titleVariant", line: 158, written: "五、存在的主要问题和改进措施", official: "五、存在的主要问题及改进情况" }]);
  });
});

/** Labels a page itself mistyped, as the hand transcription kept them, with the official label they stand for. */
const TYPED_ON_THE_PAGE: Readonly<Record<string, string>> = {
  本年处理绝对数量: "本年处理决定数量",
  "二、上年结转政府信息公开数量": "二、上年结转政府信息公开申请数量",
  现行有效件: "现行有效件数",
  现在行有效件数: "现行有效件数",
  "2.其他法律行政止公开": "2.其他法律行政法规禁止公开",
  "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
  "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "3、其他": "3.其他",
};

interface Transcribed {
  /** By official cell id; a cell the transcription does not have is blank. */
  readonly values: Record<string, CellValue>;
  /** Rows transcribed with figures that the format gives no cells of their own (a 2019-style （六）其他处理 in 2021). */
  readonly withoutCells: readonly string[];
}

/** The hand-transcribed figures of a page (report.json, labels as written). */
function transcribed(json: Record<string, unknown> & { format: "2021" | "2019" }): Transcribed {
  const format = getFormat(json.format);
  const find = (written: string, candidates: readonly string[]) => {
    const wanted = normalizeLabel(TYPED_ON_THE_PAGE[written] ?? written);
    return candidates.find((label) => normalizeLabel(label) === wanted) ?? candidates.find((label) => label === `行政${wanted}`);
  };
  const official = (written: string, candidates: readonly string[]) => {
    const found = find(written, candidates);
    assert.ok(found, `${written} is no label of the ${json.format} format`);
    return found;
  };
  const headings = [...new Set(format.tables.三.rows.flatMap((row) => row.parents))];
  const cells = inputCells(format);
  const values: Record<string, CellValue> = Object.fromEntries(cells.map((cell) => [cell.id, null]));
  const withoutCells: string[] = [];
  for (const table of ["二", "三", "四"] as TableId[]) {
    for (const [writtenRow, columns] of Object.entries((json[table] ?? {}) as Record<string, Record<string, CellValue>>)) {
      if (table === "三" && find(writtenRow, headings)) {
        withoutCells.push(find(writtenRow, headings)!);
        continue;
      }
      const row = official(writtenRow, [...new Set(cells.filter((c) => c.table === table).map((c) => c.row))]);
      for (const [writtenColumn, value] of Object.entries(columns)) {
        const column = official(writtenColumn, cells.filter((c) => c.table === table && c.row === row).map((c) => c.column));
        values[cellId(table, row, column)] = value;
      }
    }
  }
  return { values, withoutCells };
}

/** What each page's title says of its agency; "" where the title was not retrieved or names none. */
const AGENCY_IN_TITLE: Readonly<Record<string, string>> = {
  "2019-shanghai-szfbgt": "上海市人民政府办公厅",
  "2021-gaoling-xzspfwj": "西安市高陵区行政审批服务局",
  "2021-lintong-kfqgwh": "",
  "2022-jiaxian-xizhen": "螅镇",
  "2023-changan-tjj": "",
  "2023-changtu-qijiazizhen": "",
  "2023-gaoping-luoxijd": "高坪区螺溪街道",
  "2023-haizhu-guanzhoujd": "",
  "2023-hongze-qzf": "洪泽区人民政府",
  "2023-jiaxing-szfbgs": "嘉兴市人民政府办公室",
  "2023-sichuan-zrzyt": "四川省自然资源厅",
  "2023-xiashan-haibinjd": "海滨街道",
  "2024-changchun-szfbgt": "",
  "2024-hongze-qzf": "淮安市洪泽区人民政府",
  "2024-huaian-szf": "淮安市人民政府",
};

/** The line that stands for what the search corpus did not store of a page: no text of the page itself. */
const NOT_RETRIEVED = "【此处原文未能取得】";

describe("reading a published report: real pages of other agencies and years", () => {
  const folder = path.join(FIXTURES, "published");
  const slugs = readdirSync(folder).sort();

  it("covers at least 6 real pages", () => {
    assert.ok(slugs.length >= 6, String(slugs.length));
    assert.deepEqual(Object.keys(AGENCY_IN_TITLE).sort(), slugs);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const json = JSON.parse(readFileSync(path.join(folder, slug, "report.json"), "utf8"));
      const lines = readFileSync(path.join(folder, slug, "source.txt"), "utf8").split("\n");
      const read = readPublished(readFileSync(path.join(folder, slug, "source.txt")));
      const hand = transcribed(json);
      const lastIndex = (list: readonly string[], wanted: (line: string) => boolean) => list.map(wanted).lastIndexOf(true);
      const marker = lastIndex(lines, (line) => line.startsWith(NOT_RETRIEVED));
      /** The last line before the text breaks off, where a label may be cut short. */
      const cutLine = marker < 0 ? 0 : lastIndex(lines.slice(0, marker), (line) => line.trim() !== "") + 1;

      it("imports to the figures checked by hand, cell for cell", () => {
        assert.equal(read.report.format, json.format);
        assert.deepEqual(read.report.values, hand.values);
      });

      it("takes the prose sections as written and the year and agency its title states", () => {
        // Where the transcription left a section empty, the page is the truth (two pages' 六 has a sentence the transcription omits).
        for (const [title, body] of Object.entries(json.text as Record<string, string>).filter(([, body]) => body !== "")) {
          const official = getFormat(json.format).sections.find((s) => normalizeLabel(s) === normalizeLabel(title)) ?? getFormat(json.format).sections[4];
          assert.equal(read.report.text[official]?.replace(new RegExp(`\\n${NOT_RETRIEVED}.*$`, "su"), ""), body, title);
        }
        // One page's title was not retrieved and the words before 一 name no year: the year is left unknown, not guessed.
        assert.equal(read.report.year, slug === "2021-lintong-kfqgwh" ? 0 : json.year);
        assert.equal(read.report.agency, AGENCY_IN_TITLE[slug]);
      });

      it("names the variant labels and titles the reviewer found, and otherwise only labels cut where the text breaks off", () => {
        const expected = JSON.parse(readFileSync(path.join(folder, slug, "expected.json"), "utf8")) as { findings: { kind: string; written?: string; official?: string }[] };
        const variants = read.notes.flatMap((note) => ((note.kind === "variant" || note.kind === "titleVariant") && note.line !== cutLine ? [[note.written, normalizeLabel(note.official)]] : []));
        const reviewed = expected.findings.flatMap((f) => (f.kind === "label" ? [[f.written, normalizeLabel(f.official!)]] : []));
        assert.deepEqual(variants, reviewed);
      });

      it("places every other figure, and says which row has none of its own", () => {
        const others = read.notes.filter((note) => note.kind !== "variant" && note.kind !== "titleVariant");
        assert.deepEqual(others.map((note) => note.kind === "noCells" && note.label), hand.withoutCells, others.map(noteMessage).join("\n"));
      });
    });
  }
});

describe("reading a published report: a saved HTML page", () => {
  /** A page as government sites lay it out: a layout table around the report, the 表三 header in three levels with spans. */
  const page = (charset: string) => `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>某某县统计局2023年政府信息公开工作年度报告</title><script>var x = "一、总体情况";</script></head>
<body><table class="layout"><tr><td>
<h1>某某县统计局2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>2023年，我局共收到申请&nbsp;5 件。</p>
<p>二、主动公开政府信息情况</p>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>2</td><td></td><td>5件</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1,062</td></tr>
</table>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1">
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业<br>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td></tr>
<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>１</td><td></td><td></td><td></td><td></td><td></td><td>1</td></tr>
<tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>
<p>五、政府信息公开工作存在的主要问题及改进情况</p><p>一是……</p><p>二是……</p>
<p>六、其他需要报告的事项</p><p>本机关未收取信息处理费。</p>
</td></tr></table></body></html>`;
  const v = (read: ReturnType<typeof readPublished>, table: TableId, row: string, column: string) => read.report.values[cellId(table, row, column)];

  for (const [charset, encode] of [
    ["utf-8", utf8],
    ["gb2312", (text: string) => new Uint8Array(iconv.encode(text, "gbk"))],
  ] as const) {
    describe(`in ${charset}`, () => {
      const read = readPublished(encode(page(charset)));

      it("reads the title's year and agency", () => {
        assert.deepEqual([read.report.format, read.report.year, read.report.agency], ["2021", 2023, "某某县统计局"]);
      });

      it("keeps every figure as written: blank, “/”, “5件”, “1,062”, full-width digits", () => {
        assert.deepEqual(
          [v(read, "二", "规章", "本年制发件数"), v(read, "二", "行政规范性文件", "本年制发件数"), v(read, "二", "行政规范性文件", "本年废止件数"), v(read, "二", "行政规范性文件", "现行有效件数"), v(read, "二", "行政许可", "本年处理决定数量")],
          [0, 2, null, "5件", "1,062"],
        );
        assert.deepEqual(getFormat("2021").tables.三.columns.map((c) => v(read, "三", "一、本年新收政府信息公开申请数量", c.label)), [4, 1, 0, 0, 0, 0, 5]);
        assert.equal(v(read, "三", "二、上年结转政府信息公开申请数量", "总计"), "/");
        assert.deepEqual(getFormat("2021").tables.三.columns.map((c) => v(read, "三", "1.属于国家秘密", c.label)), ["１", null, null, null, null, null, 1]);
      });

      it("reads 表四's line of fifteen under its three-level header", () => {
        assert.deepEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((c) => v(read, "四", "行政复议", c)), [1, 0, 0, 1, 2]);
        assert.equal(v(read, "四", "复议后起诉", "总计"), 0);
      });

      it("takes prose by section, never the script's text, and places everything", () => {
        assert.equal(read.report.text["一、总体情况"], "2023年，我局共收到申请\u00a05 件。");
        assert.equal(read.report.text["五、存在的主要问题及改进情况"], "一是……\n二是……");
        assert.equal(read.report.text["六、其他需要报告的事项"], "本机关未收取信息处理费。");
        assert.deepEqual(read.notes.map((n) => n.kind), ["titleVariant"]);
      });
    });
  }
});

describe("reading a published report: what cannot be placed is listed, never guessed", () => {
  const text = (lines: readonly string[]) => readPublished(utf8(lines.join("\n")));
  const table2 = ["二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"];

  it("a row that lost a blank cell in a copy without separators is not placed, and says where", () => {
    const read = text([...table2, "规章", "0 0 0", "行政规范性文件", "3 18"]);
    assert.deepEqual(["本年制发件数", "本年废止件数", "现行有效件数"].map((c) => read.report.values[cellId("二", "规章", c)]), [0, 0, 0]);
    assert.deepEqual(["本年制发件数", "本年废止件数", "现行有效件数"].map((c) => read.report.values[cellId("二", "行政规范性文件", c)]), [null, null, null]);
    assert.deepEqual(read.notes, [{ kind: "rowIncomplete", line: 9, table: "二", row: "行政规范性文件", found: 2, wanted: 3 }]);
    assert.match(noteMessage(read.notes[0]), /^第9行：表二“行政规范性文件”后只有 2 个数（应有 3 个）/u);
  });

  it("figures beyond a row's cells and figures under a heading that has no cells are listed with their lines", () => {
    const read = text([...table2, "规章 | 0 | 0 | 0 | 7", "三、收到和处理政府信息公开申请情况", "申请人情况", "12"]);
    assert.deepEqual(
      read.notes.map((n) => [n.kind, n.line]),
      [["extra", 7], ["noCells", 9]],
    );
  });

  it("a label near an official one is read as it and named as a variant; a word near two labels is not", () => {
    const read = text([...table2.slice(0, 3), "本年度发件数", "本年废止件数", "现行有效件数", "规范性文件 | 1 | 0 | 9"]);
    assert.deepEqual(read.report.values[cellId("二", "行政规范性文件", "现行有效件数")], 9);
    assert.deepEqual(read.notes.map((n) => n.kind === "variant" && [n.written, n.official]), [["本年度发件数", "本年制发件数"], ["规范性文件", "行政规范性文件"]]);
  });

  it("表三 under a header in another order is not placed", () => {
    const header = ["三、收到和处理政府信息公开申请情况", "申请人情况", "总计", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
    const read = text([...header, "一、本年新收政府信息公开申请数量 | 5 | 4 | 1 | 0 | 0 | 0 | 0"]);
    assert.ok(getFormat("2021").tables.三.columns.every((c) => read.report.values[cellId("三", "一、本年新收政府信息公开申请数量", c.label)] === null));
    assert.deepEqual(read.notes.map((n) => n.kind), ["columnsUnknown"]);
  });

  it("a file with no table and no section title is refused in Chinese", () => {
    assert.throws(
      () => text(["会议纪要", "今天开会。"]),
      (error: unknown) => isNianbaoError(error) && error.code === "notAReport" && /年度报告/u.test(error.message),
    );
  });
});

describe("reading a published report: workbook → HTML export → import", () => {
  for (const name of ["consistent-2021.json", "seed-xiangzhou-2020.json"]) {
    it(`gives back the figures of ${name}`, async () => {
      const { writeReportXlsx } = await import("../../../src/hosts/file/write");
      const { readReportXlsx } = await import("../../../src/hosts/file/report-file");
      const report = fixtureReport(name);
      const workbook = (await readReportXlsx(await writeReportXlsx(report))).report;
      const read = readPublished(utf8(reportHtml(workbook)));
      assert.deepEqual(read.report.values, report.values);
      assert.deepEqual([read.report.format, read.report.year, read.report.agency], [report.format, report.year, report.agency]);
      assert.deepEqual(read.notes.map(noteMessage), []);
    });
  }
});
