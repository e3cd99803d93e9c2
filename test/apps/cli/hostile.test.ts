import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { LIMITS, WorkbookFileError } from "../../../src/hosts/file/zip-guard";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { XlsxArchive } from "../../../src/hosts/file/unzip";
import { compoundFile } from "../../hosts/file/zip";
import { consistentReport } from "../../checks/builders";
import { refusal as refused } from "../../hosts/file/helpers";
import { forgedWorkbook, sheetXml } from "./hostile";
import { nianbao, scratchFolder } from "./helpers";

/** The WorkbookFileError reading these bytes is refused with (its message Chinese). */
const refusal = (bytes: Uint8Array) => refused(readReportXlsx(bytes));

const ZEROS = 200 * 1024 * 1024;
/** 200 MB of zeros that the zip's directory claims are 1 KB: the declared sizes pass, the real ones must not. */
const zipBomb = () => forgedWorkbook({ "xl/worksheets/sheet2.xml": { data: new Uint8Array(ZEROS), declaredSize: 1024 } });
const farCell = () => forgedWorkbook({ "xl/worksheets/sheet1.xml": { data: Buffer.from(sheetXml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')) } });
const millionRows = () => {
  const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
  return forgedWorkbook({ "xl/worksheets/sheet1.xml": { data: Buffer.from(sheetXml(rows)) } });
};

describe("hostile and broken workbooks", () => {
  it("refuses a zip bomb whose directory lies about its size, stopping at the cap", async () => {
    const error = await refusal(await zipBomb());
    assert.equal(error.code, "tooLarge");
    assert.match(error.message, /超过上限 50 MB/);
  });

  it("refuses the same zip bomb where the browser inflates (DecompressionStream)", async () => {
    const bomb = await zipBomb();
    const archive = new XlsxArchive(bomb, undefined);
    await assert.rejects(archive.entry("xl/worksheets/sheet2.xml"), (error: unknown) => error instanceof WorkbookFileError && error.code === "tooLarge");
  });

  it("reads the same text where the browser inflates as where Node does", async () => {
    const bytes = await writeReportXlsx(consistentReport(5));
    const name = "xl/worksheets/sheet3.xml";
    assert.deepEqual(new Uint8Array((await new XlsxArchive(bytes, undefined).entry(name))!), new Uint8Array((await new XlsxArchive(bytes).entry(name))!));
  });

  it("refuses a sheet with a value in its last cell (XFD1048576), naming the sheet and its size", async () => {
    const error = await refusal(await farCell());
    assert.equal(error.code, "sheetTooLarge");
    // sheet1.xml is the first tab, 表二.
    assert.match(error.message, /工作表“二、主动公开”中有数值的区域至少达 1048576 行 × 16384 列/);
  });

  it("refuses a sheet of a million rows before building it", async () => {
    const error = await refusal(await millionRows());
    assert.equal(error.code, "sheetTooLarge");
    assert.match(error.message, new RegExp(`${LIMITS.sheetCells + 1} 行 × 1 列`));
  });

  it("reads a sheet that only claims an enormous dimension but holds a report's values", async () => {
    const bytes = await writeReportXlsx(consistentReport(5));
    const { zipEntries } = await import("../../hosts/file/zip");
    const sheet = zipEntries(bytes).get("xl/worksheets/sheet3.xml")!.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>');
    assert.match(sheet, /XFD1048576/);
    const read = await readReportXlsx(await forgedWorkbook({ "xl/worksheets/sheet3.xml": { data: Buffer.from(sheet) } }));
    assert.deepEqual(read.report.values, consistentReport(5).values);
  });

  it("refuses a truncated workbook as incomplete", async () => {
    const bytes = await writeReportXlsx(consistentReport(5));
    assert.equal((await refusal(bytes.subarray(0, bytes.byteLength - 100))).code, "truncated");
  });

  it("refuses a workbook whose sheet data is garbage as damaged", async () => {
    const broken = new Uint8Array(await forgedWorkbook({}));
    // Garbage over the deflated bytes of 表三's sheet, just after its name in the local header.
    const at = Buffer.from(broken).indexOf("xl/worksheets/sheet3.xml") + 24;
    broken.fill(0xff, at, at + 40);
    assert.equal((await refusal(broken)).code, "unreadable");
  });
});

describe("nianbao check over a folder of hostile files", () => {
  let folder: ReturnType<typeof scratchFolder>;
  before(async () => {
    folder = scratchFolder();
    // A finished report: 信息处理费 answered, so that nothing holds back export.
    const bytes = await writeReportXlsx({ ...consistentReport(5), fee: { charged: "否", cases: 0, amount: 0 } });
    writeFileSync(folder.file("01-good.xlsx"), bytes);
    writeFileSync(folder.file("02-text.xlsx"), "改了扩展名的文本文件");
    writeFileSync(folder.file("03-truncated.xlsx"), bytes.subarray(0, 4000));
    writeFileSync(folder.file("04-encrypted.xlsx"), compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    writeFileSync(folder.file("05-bomb.xlsx"), await zipBomb());
    writeFileSync(folder.file("06-far-cell.xlsx"), await farCell());
    writeFileSync(folder.file("07-garbage.json"), "\u0000\u0001{{{ 乱码");
    writeFileSync(folder.file("08-not-a-report.json"), "[1, 2, 3]");
  });
  after(() => folder.remove());

  it("says why each file could not be read, checks the good one, and exits 2", async () => {
    const result = await nianbao("check", folder.file(""));
    assert.equal(result.code, 2);
    const lines = result.stdout.split("\n");
    const reasons = [/01-good\.xlsx：可以发布/, /不是 \.xlsx 工作簿/, /不完整或已损坏/, /设有打开密码（已加密）/, /超过上限 50 MB/, /工作表“二、主动公开”中有数值的区域/, /不是有效的 JSON/, /08-not-a-report\.json：无法读取：/];
    reasons.forEach((reason, i) => assert.match(lines[i], reason));
    assert.match(result.stdout, /合计 8 个文件：可以发布 1 个（其中有警告 0 个），有错误 0 个，尚未填写 0 个，无法读取 7 个/);
  });
});
