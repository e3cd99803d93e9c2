import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { fixtureReport } from "../../fixtures/load";
import { withValues } from "../../checks/builders";
import { nianbao, scratchFolder } from "./helpers";

describe("nianbao fill-zeros", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("fills the seed's 140 blank cells with 0 in a new file, leaving every typed value and the original as they were", async () => {
    const seed = fixtureReport("seed-xiangzhou-2020.json");
    const input = await folder.xlsx("seed.xlsx", seed);
    const before = readFileSync(input);
    const out = folder.file("seed-0.xlsx");
    const result = await nianbao("fill-zeros", input, "--out", out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已把 140 个空白单元格填为 0/);
    assert.deepEqual(readFileSync(input), before, "the input is untouched");
    const filled = (await readReportXlsx(readFileSync(out))).report.values;
    for (const [id, value] of Object.entries(seed.values)) assert.equal(filled[id], value === null ? 0 : value, id);
    assert.equal((await nianbao("check", out)).code, 0);
  });

  it("never writes over text a person typed in a number cell", async () => {
    const seed = withValues(fixtureReport("seed-xiangzhou-2020.json"), { "三|一、本年新收政府信息公开申请数量|自然人": "/" });
    const out = folder.file("out.xlsx");
    assert.equal((await nianbao("fill-zeros", await folder.xlsx("seed.xlsx", seed), "--out", out)).code, 0);
    assert.equal((await readReportXlsx(readFileSync(out))).report.values["三|一、本年新收政府信息公开申请数量|自然人"], "/");
  });

  it("refuses to write over its input, and asks for --out", async () => {
    const input = await folder.xlsx("seed.xlsx", fixtureReport("seed-xiangzhou-2020.json"));
    const before = readFileSync(input);
    const same = await nianbao("fill-zeros", input, "--out", input, "--overwrite");
    assert.equal(same.code, 2);
    assert.deepEqual(readFileSync(input), before);
    const none = await nianbao("fill-zeros", input);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /请用 --out 给出输出文件/);
  });
});
