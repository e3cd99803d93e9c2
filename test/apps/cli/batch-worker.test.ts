import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { keptOutcome, keptOutcomeOfGrid } from "../../../src/apps/cli/batch-entry";
import { cellsOrOutcome } from "../../../src/apps/cli/batch-worker";
import { consistentReport, withValues } from "../../checks/builders";
import { scratchFolder } from "./helpers";
import { workbookBytes } from "../../hosts/file/helpers";

describe("a batch's file read in a worker and checked in the batch's thread", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  const report = consistentReport(21);
  const wrongTotal = withValues(report, { "四|行政复议|总计": (report.values["四|行政复议|总计"] as number) + 1 });

  it("a workbook comes back as its cells, and checked from them it is judged as the file itself", async () => {
    const file = await folder.xlsx("某某县民政局.xlsx", wrongTotal);
    const answer = await cellsOrOutcome(file, "summary");
    assert.ok("grid" in answer);
    const direct = await keptOutcome(file, "summary");
    assert.deepEqual(await keptOutcomeOfGrid(file, answer.grid, "summary"), direct);
    assert.ok(!("error" in direct) && direct.result.counts["错误"] === 1, "the wrong 总计 is found");
    assert.deepEqual(await keptOutcomeOfGrid(file, answer.grid, "entry"), await keptOutcome(file, "entry"));
  });

  it("a workbook that cannot be read, and a JSON report, come back judged as before", async () => {
    const broken = folder.file("损坏.xlsx");
    writeFileSync(broken, "不是工作簿");
    assert.deepEqual(await cellsOrOutcome(broken, "summary"), { outcome: await keptOutcome(broken, "summary") });
    const json = folder.json("某某县统计局.json", report);
    assert.deepEqual(await cellsOrOutcome(json, "summary"), { outcome: await keptOutcome(json, "summary") });
  });

  it("a workbook that holds no report is said to, as before", async () => {
    const notReport = folder.file("别的表格.xlsx");
    writeFileSync(notReport, await workbookBytes((workbook) => (workbook.addWorksheet("名单").getCell("A1").value = "姓名")));
    const answer = await cellsOrOutcome(notReport, "summary");
    assert.ok("grid" in answer);
    const judged = await keptOutcomeOfGrid(notReport, answer.grid, "summary");
    assert.deepEqual(judged, await keptOutcome(notReport, "summary"));
    assert.ok("error" in judged && /找不到政府信息公开年报的表格/.test(judged.error));
  });

  it("a workbook holding more characters than may be sent is judged where it was read", async () => {
    const file = await folder.xlsx("某某县民政局.xlsx", wrongTotal);
    assert.deepEqual(await cellsOrOutcome(file, "summary", 10), { outcome: await keptOutcome(file, "summary") });
  });
});
