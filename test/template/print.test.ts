// The template as it prints, read back from LibreOffice's PDF: the three tables first, each on a
// page of its own, then 基本信息 and 正文 at full size; and every label on lines that break only
// between words, never inside one ("社会公益组/织" and "三、本年/度办理结/果" were seen before).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { FormatId } from "../../src/model/types";
import { getFormat } from "../../src/model/formats";
import { writeTemplateXlsx } from "../../src/hosts/file/write";
import { labelLines } from "../../src/template/wrap-points";
import { convertWithLibreOffice } from "../libreoffice";

interface PrintedLine {
  readonly text: string;
  /** Height of the line's box in points: the printed size of its type. */
  readonly height: number;
}

/** Each page's text lines as pdftotext lays them out (one line of a cell is one line). */
function printedPages(pdf: string): PrintedLine[][] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  return [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/gu)].map((page) =>
    [...page[1].matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/gu)].map((line) => ({
      text: [...line[3].matchAll(/<word[^>]*>([^<]*)<\/word>/gu)].map((word) => word[1]).join(""),
      height: Number(line[2]) - Number(line[1]),
    })),
  );
}

/** Every label of the three tables of a format, and the section titles 正文 prints. */
function tableLabels(formatId: FormatId): string[] {
  const { tables, sections } = getFormat(formatId);
  return [
    ...tables.二.blocks.flatMap((b) => [b.article, ...b.rows, ...b.columns.map((c) => c.label)]),
    tables.三.cornerNote,
    tables.三.applicantHeader,
    tables.三.organisationHeader,
    ...tables.三.columns.map((c) => c.label),
    ...new Set(tables.三.rows.flatMap((r) => [r.label, ...r.parents])),
    tables.四.litigationHeader,
    ...tables.四.groups.map((g) => g.label),
    ...tables.四.columns.map((c) => c.label),
    ...sections,
  ];
}

for (const formatId of ["2021", "2019"] as const) {
  describe(`the ${formatId} template as printed (LibreOffice PDF)`, function () {
    this.timeout(120_000);
    let pages: PrintedLine[][] = [];
    before(async () => {
      const converted = convertWithLibreOffice({ "template.xlsx": await writeTemplateXlsx(formatId, 2025, "某某局") }, "pdf");
      try {
        pages = printedPages(converted.file("template"));
      } finally {
        converted.remove();
      }
    });

    it("prints 表二, 表三 and 表四 first, each on its own page, then 基本信息 and 正文", () => {
      const tables = getFormat(formatId).tables;
      assert.deepEqual(
        pages.map((page) => page[0]?.text),
        [tables.二.title, tables.三.title, tables.四.title, "政府信息公开工作年度报告·基本信息", "政府信息公开工作年度报告·正文"],
      );
    });

    it("breaks no label inside a word: 社会/公益/组织, 三、/本年度/办理结果, 法律/服务/机构, each line as planned", () => {
      const lines = new Set(pages.flat().map((line) => line.text));
      for (const [label, expected] of [
        ["社会公益组织", ["社会", "公益", "组织"]],
        ["法律服务机构", ["法律", "服务", "机构"]],
        ["三、本年度办理结果", ["三、", "本年度", "办理结果"]],
      ] as const)
        assert.ok(expected.every((line) => lines.has(line)), `${label}: ${expected.join("/")}`);
      // Every label prints on exactly the lines its wrap points give: the columns hold each one.
      const broken = tableLabels(formatId).filter((label) => labelLines(label).some((line) => !lines.has(line)));
      assert.deepEqual(broken, []);
    });

    it("joins each label's printed lines back into the official label", () => {
      assert.deepEqual(
        tableLabels(formatId).filter((label) => labelLines(label).join("") !== label),
        [],
      );
    });

    it("prints 基本信息 and 正文 at full size (10.5 pt type, not shrunk to fit)", () => {
      // 10.5 pt 宋体 gives a line box of about 12 pt; the tables, fitted to their page, print smaller.
      for (const page of pages.slice(3)) {
        const body = page.slice(1, 3);
        assert.ok(body.every((line) => line.height > 11.5), body.map((line) => `${line.text} ${line.height.toFixed(1)}`).join("; "));
      }
    });
  });
}
