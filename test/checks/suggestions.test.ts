import assert from "node:assert/strict";
import { oneDigitApart } from "../../src/checks/sum-rules";
import { runChecks } from "../../src/checks/run";
import { withValues, zeroReport } from "./builders";

const ROW = "三|（一）予以公开|";
const rowTotal = (values: Record<string, number>) =>
  runChecks({ report: withValues(zeroReport(), Object.fromEntries(Object.entries(values).map(([c, v]) => [ROW + c, v]))) }).findings.find((f) => f.rule === "NB-R01")!;

describe("single-digit suggestions", () => {
  it("names the one cell whose single changed digit makes the total hold", () => {
    const finding = rowTotal({ 自然人: 38, 商业企业: 25, 科研机构: 16, 社会公益组织: 17, 法律服务机构: 18, 其他: 19, 总计: 138 });
    assert.equal(finding.suggestion, "三、依申请公开!J7 可能应为 133，而不是 138（只改这一位数字，等式即成立）。");
    assert.deepEqual([finding.expected, finding.actual, finding.difference], [133, 138, 5]);
  });

  it("does not suggest a digit swap (73 for 37)", () => {
    assert.equal(rowTotal({ 自然人: 73, 总计: 37 }).suggestion, undefined);
  });

  it("does not suggest when two cells could each be the slip", () => {
    assert.equal(rowTotal({ 自然人: 31, 商业企业: 21, 总计: 62 }).suggestion, undefined);
  });

  it("one digit apart means the same number of digits, differing in one place", () => {
    assert.deepEqual([oneDigitApart(37, 33), oneDigitApart(37, 73), oneDigitApart(5, 15), oneDigitApart(10, 0), oneDigitApart(2.5, 3.5)], [true, false, false, false, false]);
  });
});
