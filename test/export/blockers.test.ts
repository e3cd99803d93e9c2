import assert from "node:assert/strict";
import { Finding } from "../../src/checks";
import { assertExportable, ExportBlockedError, exportBlockers } from "../../src/export";

const finding = (severity: Finding["severity"], message: string): Finding => ({ rule: "NB-R02", severity, message, cells: [] });

describe("export: held back while errors remain", () => {
  it("lists the message of every error, and no warning", () => {
    assert.deepEqual(exportBlockers([finding("错误", "表三 J28 合计不符。"), finding("警告", "正文数字与表格不符。")]), ["表三 J28 合计不符。"]);
  });

  it("refuses to export while errors remain, naming them", () => {
    assert.throws(() => assertExportable([finding("错误", "表三 J28 合计不符。")], false), (e: unknown) => e instanceof ExportBlockedError && /1\. 表三 J28 合计不符。/u.test(e.message));
  });

  it("exports anyway when the person overrides", () => {
    assert.doesNotThrow(() => assertExportable([finding("错误", "表三 J28 合计不符。")], true));
  });

  it("exports with warnings only", () => {
    assert.doesNotThrow(() => assertExportable([finding("警告", "x")], false));
  });
});
