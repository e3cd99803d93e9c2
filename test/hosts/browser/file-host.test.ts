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
  // Every entry is inflated and checked when the file is opened, the ones holding no values too:
  // a file that 写入正文 or 下载 could not load again is refused before anything is shown of it.
  it("refuses on opening a file whose picture inflates past the cap though its directory says it is small", async () => {
    const bomb = { name: "xl/media/image1.png", data: Buffer.alloc(LIMITS.uncompressedBytes + 1024 * 1024), deflate: true, declaredSize: 100 };
    assert.equal((await refusal(opened(await withEntry(bomb)))).code, "tooLarge");
  });

  it("refuses on opening, in Chinese, a file whose picture is not the size its directory records", async () => {
    const lying = { name: "xl/media/image1.png", data: Buffer.alloc(1000), deflate: true, declaredSize: 100 };
    const error = await refusal(opened(await withEntry(lying)));
    assert.deepEqual([error.code, /xl\/media\/image1\.png 的数据已损坏/.test(error.message)], ["unreadable", true]);
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
