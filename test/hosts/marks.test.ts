import assert from "node:assert/strict";
import { MarkRecord, planMarks } from "../../src/hosts/marks";
import { MARK_FILLS } from "../../src/template/style";
import { Finding } from "../../src/model/findings";

const SHEETS = new Set(["表"]);
const finding = (severity: Finding["severity"]): Finding => ({ rule: "测试", severity, message: "测试", cells: [{ sheet: "表", address: "B2", table: "三", row: "", column: "", value: null }] });

describe("planning marks", () => {
  it("keeps a recorded 'no fill' when the cell, now painted, is marked again", () => {
    const previous: MarkRecord[] = [{ sheet: "表", address: "B2", severity: "错误", originalFill: null }];
    const plan = planMarks([finding("警告")], previous, () => MARK_FILLS["错误"], SHEETS);
    assert.equal(plan.records[0].originalFill, null);
  });
});
