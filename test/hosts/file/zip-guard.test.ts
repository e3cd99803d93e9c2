import assert from "node:assert/strict";
import { LIMITS, WorkbookFileError } from "../../../src/hosts/file/zip-guard";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { writeTemplateXlsx } from "../../../src/hosts/file/write";
import { refusal as refused } from "./helpers";
import { compoundFile, storedZip } from "./zip";

const refusal = (bytes: Uint8Array): Promise<WorkbookFileError> => refused(readWorkbookGrid(bytes));

describe("file host: refusing files that are not a modest .xlsx", () => {
  it("refuses an empty file", async () => {
    assert.equal((await refusal(new Uint8Array())).code, "empty");
  });

  it("refuses a text file saved as .xlsx", async () => {
    assert.equal((await refusal(new TextEncoder().encode("机关名称,报告年度\n某某局,2025\n"))).code, "notZip");
  });

  it("refuses an encrypted workbook (an OLE compound file with an EncryptedPackage) and says to remove the password", async () => {
    const error = await refusal(compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    assert.deepEqual([error.code, /设有打开密码/.test(error.message), /损坏|\.xls/.test(error.message)], ["encrypted", true, false]);
  });

  it("refuses an old .xls workbook (an OLE compound file without an encrypted package), saying to save it as .xlsx", async () => {
    const error = await refusal(compoundFile(["Root Entry", "Workbook", "\u0005SummaryInformation"]));
    assert.deepEqual([error.code, /“另存为” \.xlsx/.test(error.message), /密码/.test(error.message)], ["legacyFormat", true, false]);
  });

  it("refuses a truncated workbook", async () => {
    const bytes = await writeTemplateXlsx("2021", 2025, "某某局");
    assert.equal((await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)))).code, "truncated");
  });

  it("refuses a zip that is not a workbook", async () => {
    assert.equal((await refusal(storedZip({ "word/document.xml": "<w:document/>" }))).code, "notWorkbook");
  });

  it("refuses a zip bomb by the sizes its directory declares, before inflating it", async () => {
    const bomb = storedZip({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>" }, LIMITS.uncompressedBytes / 2 + 1);
    const error = await refusal(bomb);
    assert.deepEqual([error.code, /MB/.test(error.message)], ["tooLarge", true]);
  });

  it("refuses an entry whose local header names another entry than the directory does, naming the entry", async () => {
    const bytes = Uint8Array.from(await writeTemplateXlsx("2021", 2025, "某某局"));
    const name = new TextEncoder().encode("xl/workbook.xml");
    // The first local header naming the workbook part: its signature 30 bytes before the name.
    let at = -1;
    for (let i = 30; i < bytes.length - name.length && at < 0; i++)
      if (bytes[i - 30] === 0x50 && bytes[i - 29] === 0x4b && bytes[i - 28] === 3 && bytes[i - 27] === 4 && name.every((byte, j) => bytes[i + j] === byte)) at = i;
    assert.ok(at > 0, "the workbook part has a local header");
    bytes[at + name.length - 1] = "m".charCodeAt(0); // xl/workbook.xmm
    const error = await refusal(bytes);
    assert.deepEqual([error.code, error.message.includes("xl/workbook.xml")], ["unreadable", true], error.message);
  });

  it("refuses a damaged workbook whose zip is well formed", async () => {
    assert.equal((await refusal(storedZip({ "xl/workbook.xml": "<not xml" }))).code, "unreadable");
  });
});
