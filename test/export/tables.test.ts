import assert from "node:assert/strict";
import { officialTables } from "../../src/export/tables";
import { sampleReport } from "../narrative/sample";

describe("export: the official tables", () => {
  it("prints amounts without binary noise: 0.1 + 0.2 万元 as 0.3", () => {
    const report = sampleReport({ 二: { 行政事业性收费: { "本年收费金额（单位：万元）": 0.1 + 0.2 } } });
    const figures = officialTables(report).flatMap((table) => table.rows.flat().filter((cell) => cell.figure).map((cell) => cell.text));
    assert.deepEqual([figures.includes("0.3"), figures.some((text) => text.includes("0000"))], [true, false]);
  });
});
