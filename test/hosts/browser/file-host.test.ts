// The standalone page's Host in Node: what it does to a workbook's bytes, without a browser.
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { CellMark, FileHost, WorkbookView } from "../../../src/hosts/browser/file-host";
import { Finding } from "../../../src/model/findings";
import { LIMITS } from "../../../src/hosts/file/zip-guard";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { cellId } from "../../../src/model/cells";
import { emptyReport } from "../../../src/model/report";
import { loadWorkbook, refusal } from "../file/helpers";
import { zipEntries, zipOf, ZipPart } from "../file/zip";

const SILENT_VIEW: WorkbookView = { showWorkbook: () => undefined, showMarks: (_: readonly CellMark[]) => undefined, showCell: () => undefined };
const REPORT = emptyReport("2021", 2025, "某某局");

/** A report workbook with one more entry, e.g. a picture. */
async function withEntry(part: ZipPart): Promise<Uint8Array> {
  const entries = [...zipEntries(await writeReportXlsx(REPORT))].map(([name, text]) => ({ name, data: Buffer.from(text, "utf8"), deflate: true }));
  return zipOf([...entries, part]);
}

async function opened(bytes: Uint8Array): Promise<FileHost> {
  const host = new FileHost(SILENT_VIEW);
  await host.open("年报.xlsx", bytes);
  return host;
}

describe("checker page host: changing the workbook's copy", () => {
  it("写入正文 refuses a file whose picture inflates past the cap though its directory says it is small", async () => {
    const bomb = { name: "xl/media/image1.png", data: Buffer.alloc(LIMITS.uncompressedBytes + 1024 * 1024), deflate: true, declaredSize: 100 };
    const host = await opened(await withEntry(bomb));
    assert.equal((await refusal(host.writeText({ "一、总体情况": "本年度……" }))).code, "tooLarge");
  });

  it("下载标记后的工作簿 of a file exceljs cannot open says so in Chinese", async () => {
    const lying = { name: "xl/media/image1.png", data: Buffer.alloc(1000), deflate: true, declaredSize: 100 };
    const host = await opened(await withEntry(lying));
    assert.equal((await refusal(host.markedWorkbook())).code, "unreadable");
  });

  it("marking keeps a person's note on the cell and adds the finding below it", async () => {
    const bytes = await writeReportXlsx(REPORT);
    const location = (await readReportXlsx(bytes)).locations[cellId("三", "（一）予以公开", "自然人")];
    const original = await loadWorkbook(bytes);
    original.getWorksheet(location.sheet)!.getCell(location.address).note = "数据来自登记台账";
    const noted = await opened(new Uint8Array(await original.xlsx.writeBuffer()));
    await noted.read();
    const finding: Finding = {
      rule: "NB-R01",
      severity: "错误",
      message: "总计与各项之和不符",
      cells: [{ ...location, table: "三", row: "（一）予以公开", column: "自然人", value: null }],
    };
    await noted.mark([finding]);
    const marked = await loadWorkbook((await noted.markedWorkbook()).bytes as Uint8Array);
    const note = marked.getWorksheet(location.sheet)!.getCell(location.address).note as ExcelJS.Comment | string;
    const text = typeof note === "string" ? note : note.texts!.map((run) => run.text).join("");
    assert.equal(text, "数据来自登记台账\n总计与各项之和不符");
  });
});
