// Fix hints are right or absent: one is offered only when exactly one change to one cell (a
// digit, two neighbouring digits swapped, a blank filled) makes every sum that cell takes part
// in hold. Held to that over every single-cell change of real published reports.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { oneDigitApart, sumRules, transposed } from "../../src/checks/sum-rules";
import { cellRules } from "../../src/checks/cell-rules";
import { runRuleSets } from "../../src/checks/engine";
import { runChecks } from "../../src/checks/run";
import { readReportJson } from "../../src/reading/json";
import { Report } from "../../src/model/report";
import { CellValue } from "../../src/model/types";
import { inputCells } from "../../src/model/cells";
import { getFormat } from "../../src/model/formats";
import { templateLocations } from "../../src/reading/read";
import { fixtureReport } from "../fixtures/load";
import { withValues } from "./builders";

const published = (slug: string): Report =>
  readReportJson(JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", "published", slug, "report.json"), "utf8"))).report;
/** The hints of a report: only the cell rules and the reconciliations offer any. */
const hints = (report: Report) => runRuleSets({ report }, {}, [cellRules, sumRules]).findings.flatMap((f) => (f.suggestion ? [f.suggestion] : []));
const NEW_PERSON = "三|一、本年新收政府信息公开申请数量|自然人";

/** Every single change a person makes by slip: each digit to each other digit, each neighbouring pair swapped, the cell left blank. */
function slips(value: number): CellValue[] {
  const digits = String(value);
  const changed = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    for (const d of "0123456789") if (d !== digits[i] && !(i === 0 && d === "0" && digits.length > 1)) changed.add(Number(digits.slice(0, i) + d + digits.slice(i + 1)));
    if (i + 1 < digits.length && digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === "0"))
      changed.add(Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
  }
  return [...changed, null];
}

describe("fix hints", () => {
  it("names the transposed cell of a real figure: 821 typed as 812 (上海市 2019)", () => {
    const shanghai = published("2019-shanghai-szfbgt");
    assert.equal(shanghai.values[NEW_PERSON], 821);
    const before = new Set(hints(shanghai));
    assert.deepEqual([...new Set(hints(withValues(shanghai, { [NEW_PERSON]: 812 })).filter((hint) => !before.has(hint)))], ["三、依申请公开!D5 可能应为 821，而不是 812（把颠倒的两位数字换回来，它所在的各项合计即全部成立）。"]);
  });

  it("offers no hint where a blank 总计 breaks two sums that no one number mends, and never “fill 0” there (上海市 2019)", () => {
    const findings = runChecks({ report: published("2019-shanghai-szfbgt") }).findings;
    assert.deepEqual(findings.filter((f) => f.suggestion && f.cells[0]?.address === "J7").map((f) => f.suggestion), []);
  });

  it("fills a blank 总计 with the number every sum it is in needs, not 0 (淮安市 2024)", () => {
    const huaian = published("2024-huaian-szf");
    const blanked = withValues(huaian, { "三|（一）予以公开|总计": null });
    const before = new Set(hints(huaian));
    assert.deepEqual(
      hints(blanked).filter((hint) => !before.has(hint)),
      // Once per sum the blank breaks: its row's total and its column's （七）总计.
      ["三、依申请公开!J7 是空白，可能应填 1362（填入后它所在的各项合计全部成立）。", "三、依申请公开!J7 是空白，可能应填 1362（填入后它所在的各项合计全部成立）。"],
    );
  });

  it("knows a digit apart from a swap", () => {
    assert.deepEqual([oneDigitApart(37, 33), oneDigitApart(37, 73), oneDigitApart(5, 15), oneDigitApart(10, 0), oneDigitApart(2.5, 3.5)], [true, false, false, false, false]);
    assert.deepEqual([transposed(821, 812), transposed(1259, 1295), transposed(37, 73), transposed(1259, 1260), transposed(12, 12)], [true, true, true, false, false]);
  });

  const reports: readonly [string, Report][] = [
    ["淮安市人民政府 2024", published("2024-huaian-szf")],
    ["洪泽区人民政府 2024", published("2024-hongze-qzf")],
    ["襄州区民政局 2020", fixtureReport("seed-xiangzhou-2020.json")],
  ];
  for (const [name, report] of reports)
    it(`over every single-cell slip of ${name}'s 表三 and 表四, every hint names the changed cell and its original value`, () => {
      // Only the reconciliations' hints and "fill 0" for blanks exist; those the report already has stand apart.
      const before = new Set(hints(report));
      assert.ok([...before].every((hint) => / 应改为 0。$/u.test(hint)), [...before].join("\n"));
      const locations = templateLocations(getFormat(report.format));
      const wrong: string[] = [];
      let changes = 0;
      let offered = 0;
      for (const cell of inputCells(getFormat(report.format)).filter((c) => c.table !== "二")) {
        const original = report.values[cell.id] ?? null;
        const at = `${locations[cell.id].sheet}!${locations[cell.id].address} `;
        for (const slip of typeof original === "number" ? slips(original) : []) {
          changes += 1;
          const fresh = hints(withValues(report, { [cell.id]: slip })).filter((h) => !before.has(h));
          if (fresh.length > 0) offered += 1;
          for (const hint of fresh) {
            if (!hint.startsWith(at) || !new RegExp(`(应为|应填) ${original}（|应为 ${original}，|应改为 ${original}。`).test(hint)) wrong.push(`${cell.id}: ${original}→${slip}: ${hint}`);
          }
        }
      }
      assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} wrong hints; hints on ${offered} of ${changes} changes`);
      assert.ok(offered > 0, `no hint in ${changes} changes`);
      if (process.env.CORPUS_REPORT) console.log(`      ${name}: ${changes} single-cell changes, a hint offered on ${offered}, every one naming the changed cell and its original value`);
    });
});
