import assert from "node:assert/strict";
import { FORMATS } from "../../src/model/formats";
import { proseRowHeight } from "../../src/template/text";
import { workbookLayout } from "../../src/template/workbook-layout";

const sheet = (key: string) => workbookLayout(FORMATS["2021"], 2025).sheets.find((s) => s.key === key)!;
const textAt = (key: string, address: string) => sheet(key).statics.find((s) => s.address === address)?.text;

describe("the template's layout", () => {
  it("puts 表三's corner note over three label columns and three header rows", () => {
    assert.ok(sheet("三").merges.includes("A2:C4") && textAt("三", "A2")?.replaceAll("\n", "") === FORMATS["2021"].tables.三.cornerNote);
  });

  it("runs 三、本年度办理结果 down column A over every result row", () => {
    assert.ok(sheet("三").merges.includes("A7:A28"));
  });

  it("heads 表四's litigation groups with 行政诉讼 across ten columns", () => {
    assert.ok(sheet("四").merges.includes("F2:O2") && textAt("四", "F2") === "行政诉讼");
  });

  it("spreads a one-column block of 表二 to the table's edge", () => {
    assert.ok(sheet("二").merges.includes("B8:D8"));
  });

  it("gives every input block of the tables a defined name", () => {
    const names = ["二", "三", "四"].flatMap((key) => sheet(key).names.map((n) => n.name));
    assert.deepEqual(names, ["表二_第一项", "表二_第五项", "表二_第六项", "表二_第八项", "表三_申请情况", "表四_复议诉讼"]);
  });
});

describe("the height of a prose row", () => {
  it("keeps an empty section's room for writing, seven of them on one printed page", () => {
    assert.equal(proseRowHeight(""), 96);
  });

  it("grows with a long section", () => {
    assert.ok(proseRowHeight("申".repeat(600)) > proseRowHeight("申".repeat(300)));
  });

  it("stops at Excel's largest row height", () => {
    assert.equal(proseRowHeight("申".repeat(5000)), 409);
  });
});
