// Seeded fuzzing: the engine never crashes, catches every single-count change, and stays
// silent on consistent reports. Deterministic: the same seeds every run.
import assert from "node:assert/strict";
import { CellValue, FormatId } from "../../src/model/types";
import { getFormat } from "../../src/model/formats";
import { inputCells } from "../../src/model/cells";
import { Report } from "../../src/model/report";
import { runChecks } from "../../src/checks/run";
import { consistentReport, prng, randomInt, withValues } from "./builders";

const JUNK: readonly CellValue[] = [null, "", " ", "/", "—", "－", "_", "无", "-", "#REF!", "#VALUE!", "#DIV/0!", "#N/A", "#NAME?", "１２", "12", "+19", "12件", "约30", "abc", -1, 0.5, 1e9, -0, 1e-12, Number.MAX_SAFE_INTEGER, "１２.５", "1,234", "\u0000", "<script>"];

function randomValue(random: () => number): CellValue {
  return random() < 0.5 ? JUNK[randomInt(random, JUNK.length - 1)] : randomInt(random, 1000) - (random() < 0.1 ? 500 : 0);
}

/** Every whole number one typed digit away from `value`, and a few other nearby numbers. */
function replacements(value: number): number[] {
  const digits = String(value);
  const found = new Set<number>([value + 1, value - 1, value + 9, value + 100, value * 10, -value - 1, value + 0.5, 0]);
  for (let i = 0; i < digits.length; i++) for (let d = 0; d <= 9; d++) found.add(Number(digits.slice(0, i) + d + digits.slice(i + 1)));
  found.delete(value);
  return [...found];
}

const FORMATS: readonly FormatId[] = ["2021", "2019"];

describe("fuzzing the engine", () => {
  it("thousands of random and mutated reports (with random last years) never crash it, and findings come in the same order every time", () => {
    const random = prng(20240601);
    for (let n = 0; n < 2000; n++) {
      const format = FORMATS[n % 2];
      const base = consistentReport(n, format, 2015 + randomInt(random, 12));
      const changes: Record<string, CellValue> = {};
      const cells = inputCells(getFormat(format));
      // Most reports get a few bad cells; one in ten is junk throughout.
      const count = n % 10 === 0 ? cells.length : randomInt(random, 5);
      for (let i = 0; i < count; i++) changes[cells[randomInt(random, cells.length - 1)].id] = randomValue(random);
      const report = withValues(base, changes);
      const previous = random() < 0.5 ? { report: withValues(consistentReport(n + 1, FORMATS[randomInt(random, 1)], report.year - 1), {}) } : undefined;
      const first = runChecks({ report }, { previous });
      if (n % 20 === 0) assert.deepEqual(runChecks({ report }, { previous }), first);
      assert.equal(first.findings.length, first.counts["错误"] + first.counts["警告"] + first.counts["提示"]);
    }
  });

  it("checking never changes a value", () => {
    const report = withValues(consistentReport(9), { "三|（一）予以公开|自然人": "１２", "四|行政复议|总计": null });
    const before = JSON.stringify(report);
    runChecks({ report: Object.freeze(report) }, { previous: { report: consistentReport(8, "2019", 2023) } });
    assert.equal(JSON.stringify(report), before);
  });

  it("consistent reports raise no error (500 per format)", () => {
    for (const format of FORMATS)
      for (let seed = 0; seed < 500; seed++) assert.equal(runChecks({ report: consistentReport(seed, format) }).counts["错误"], 0, `${format} seed ${seed}`);
  });

  it("every change of one count in 表三 or 表四 of a consistent report to another number is caught by an error (recall 100%)", () => {
    let changes = 0;
    let caught = 0;
    const missed: string[] = [];
    for (const format of FORMATS)
      for (const seed of [1]) {
        const report: Report = consistentReport(seed, format);
        for (const cell of inputCells(getFormat(format)).filter((c) => c.table !== "二")) {
          for (const value of replacements(report.values[cell.id] as number)) {
            changes += 1;
            if (runChecks({ report: withValues(report, { [cell.id]: value }) }).counts["错误"] > 0) caught += 1;
            else missed.push(`${format} ${cell.id} → ${value}`);
          }
        }
      }
    assert.ok(changes > 4000, `only ${changes} changes`);
    assert.deepEqual(missed, [], `recall ${caught}/${changes}`);
  });
});
