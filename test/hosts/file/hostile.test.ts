// Crafted sheet XML: the reader parses each part in one pass, so a hostile megabyte is read or
// refused at once (the lazy patterns of an earlier reader took minutes on these), and odd but
// valid XML reads as Excel shows it.
import assert from "node:assert/strict";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { CellValue } from "../../../src/model/types";
import { refusal as refused } from "./helpers";
import { storedZip } from "./zip";

const MEGABYTE = 1024 * 1024;
const megabyteOf = (unit: string) => unit.repeat(Math.ceil(MEGABYTE / unit.length));

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELATIONS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

/** A workbook of one sheet named 表 with the given parts' XML. */
function workbook(parts: { sheet?: string; strings?: string; styles?: string; sheets?: string }): Uint8Array {
  return storedZip({
    "xl/workbook.xml": `<workbook ${MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${parts.sheets ?? '<sheet name="表" r:id="rId1"/>'}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": RELATIONS,
    "xl/worksheets/sheet1.xml": parts.sheet ?? sheetOf(""),
    "xl/sharedStrings.xml": parts.strings ?? `<sst ${MAIN}/>`,
    "xl/styles.xml": parts.styles ?? `<styleSheet ${MAIN}/>`,
  });
}

const sheetOf = (data: string, after = "") => `<worksheet ${MAIN}><sheetData>${data}</sheetData>${after}</worksheet>`;

/** Rows of 1s, `columns` (at most 26) wide. */
const figures = (rows: number, columns: number) =>
  Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${Array.from({ length: columns }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>1</v></c>`).join("")}</row>`).join("");

async function values(bytes: Uint8Array): Promise<readonly (readonly CellValue[])[]> {
  return (await readWorkbookGrid(bytes)).sheets[0].values;
}

/** The Chinese message a damaged file is refused with. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await refused(readWorkbookGrid(bytes));
  assert.equal(error.code, "unreadable");
  return error.message;
}

describe("file host: a crafted megabyte of sheet XML is read or refused at once", function () {
  // Each case takes well under a second; the patterns the scanner replaced took minutes.
  this.timeout(10_000);

  it("refuses rows that never close, naming the sheet", async () => {
    assert.match(await refusal(workbook({ sheet: sheetOf(megabyteOf("<row>")) })), /工作表“表”.*嵌套超过 100 层/);
  });

  it("refuses cells that never close", async () => {
    assert.match(await refusal(workbook({ sheet: sheetOf(`<row r="1">${megabyteOf('<c r="A1">')}</row>`) })), /工作表“表”.*嵌套超过 100 层/);
  });

  it("refuses start tags that never end", async () => {
    assert.match(await refusal(workbook({ sheet: sheetOf(megabyteOf('<row r="1" ')) })), /XML 格式有误/);
  });

  it("refuses a cell of value tags that never close", async () => {
    assert.match(await refusal(workbook({ sheet: sheetOf(`<row r="1"><c r="A1">${megabyteOf("<v>")}</c></row>`) })), /嵌套超过 100 层/);
  });

  it("refuses shared strings that never close, naming the part", async () => {
    assert.match(await refusal(workbook({ strings: `<sst ${MAIN}>${megabyteOf("<si>")}</sst>` })), /sharedStrings\.xml.*嵌套超过 100 层/);
  });

  it("refuses number formats whose start tags never end", async () => {
    assert.match(await refusal(workbook({ styles: `<styleSheet ${MAIN}><numFmts>${megabyteOf('<numFmt numFmtId="164" ')}` })), /styles\.xml.*XML 格式有误/);
  });

  it("reads a sheet with a megabyte of merged areas, keeping each area's value in its top-left cell", async () => {
    const distant = Array.from({ length: 30_000 }, (_, i) => `<mergeCell ref="AA${2 * i + 1000}:AA${2 * i + 1001}"/>`).join("");
    const read = await values(workbook({ sheet: sheetOf(figures(1000, 26), `<mergeCells><mergeCell ref="A1:B2"/>${distant}</mergeCells>`) }));
    assert.deepEqual([read.length, read[0].slice(0, 3), read[1].slice(0, 3)], [1000, [1, null, 1], [null, null, 1]]);
  });

  it("refuses merged areas that overlap one another, which Excel never writes", async () => {
    const overlapping = megabyteOf('<mergeCell ref="A1:XFD1048576"/>');
    assert.match(await refusal(workbook({ sheet: sheetOf(figures(10, 10), `<mergeCells>${overlapping}</mergeCells>`) })), /工作表“表”.*合并单元格相互重叠/);
  });
});

describe("file host: odd but valid XML reads as Excel shows it", () => {
  const cells = (...refs: string[]) => sheetOf(`<row r="1">${refs.map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${s}</v></c>`).join("")}</row>`);

  it("an empty shared string written as <si/> does not shift the strings after it", async () => {
    const strings = `<sst ${MAIN}><si/><si><t>机关名称</t></si></sst>`;
    assert.deepEqual(await values(workbook({ strings, sheet: cells("0", "1") })), [[null, "机关名称"]]);
  });

  it("an empty rich-text run written as <t/> adds nothing to the label", async () => {
    const strings = `<sst ${MAIN}><si><r><t/></r><r><t>机关名称</t></r></si></sst>`;
    assert.deepEqual(await values(workbook({ strings, sheet: cells("0") })), [["机关名称"]]);
  });

  it("a character reference past the last code point is not XML: refused, never read as its text", async () => {
    const sheet = sheetOf('<row r="1"><c r="A1" t="str"><v>&#99999999;</v></c></row>');
    assert.match(await refusal(workbook({ sheet })), /工作表“表”.*第 1 行第 \d+ 个字符处的 XML 格式有误/);
  });

  it("reads cell references by their letters and row, and refuses any that is not an A1 reference of its row", async () => {
    const row = (ref: string) => sheetOf(`<row r="12"><c r="${ref}"><v>7</v></c></row>`);
    assert.deepEqual((await values(workbook({ sheet: row("C12") })))[11], [null, null, 7]);
    assert.deepEqual((await values(workbook({ sheet: row("AB12") })))[11].length, 28);
    for (const ref of ["c12", "C012", "C13", "C", "12", "ABCD12", "C12 ", "C1.2", "C12345678"])
      assert.match(await refusal(workbook({ sheet: row(ref) })), new RegExp(`工作表“表”中第 12 行的单元格位置“${ref.replace(".", "\\.")}”无效`), ref);
  });

  it("a merged area is two A1 references: anything else merges nothing", async () => {
    const merged = (ref: string) => values(workbook({ sheet: sheetOf(figures(3, 3), `<mergeCells><mergeCell ref="${ref}"/></mergeCells>`) }));
    assert.deepEqual(await merged("B2:C3"), [[1, 1, 1], [1, 1], [1]]);
    for (const ref of ["B2", "B2:C3:C3", "b2:c3", "B2:C", ":C3"]) assert.deepEqual(await merged(ref), [[1, 1, 1], [1, 1, 1], [1, 1, 1]], ref);
  });

  it("what a sheet holds beside its cells is passed over but still checked: cells there are no values, and broken XML there is refused", async () => {
    const aside = `<extLst><ext uri="x"><row r="1"><c r="A1"><v>49</v></c></row></ext></extLst>`;
    assert.deepEqual(await values(workbook({ sheet: sheetOf('<row r="1"><c r="A1"><v>999</v></c></row>', aside) })), [[999]]);
    const broken = `<conditionalFormatting sqref="A1"><cfRule type="expression"><formula>A1>0</formula></conditionalFormatting>`;
    assert.match(await refusal(workbook({ sheet: sheetOf('<row r="1"><c r="A1"><v>999</v></c></row>', broken) })), /工作表“表”.*XML 格式有误/);
  });

  it("the styles beside the number formats are passed over but still checked", async () => {
    const styles = (fonts: string) => `<styleSheet ${MAIN}><fonts>${fonts}</fonts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const sheet = sheetOf('<row r="1"><c r="A1" s="1"><v>45658</v></c></row>');
    assert.deepEqual(await values(workbook({ styles: styles('<font><xf numFmtId="0"/></font>'), sheet })), [["2025-01-01"]]);
    assert.match(await refusal(workbook({ styles: styles("<font><b></font>"), sheet })), /styles\.xml.*XML 格式有误/);
  });

  it("a date-formatted number too large for a date stays a number", async () => {
    const styles = `<styleSheet ${MAIN}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
    const sheet = sheetOf('<row r="1"><c r="A1" s="1"><v>1e20</v></c></row>');
    assert.deepEqual(await values(workbook({ styles, sheet })), [[1e20]]);
  });
});
