import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { mayCheckBatch, WORKER_BATCH } from "../../../src/apps/cli/worker-pool";
import { consistentReport } from "../../checks/builders";
import { nianbaoProcess, scratchFolder } from "./helpers";

describe("workers started before the command line loads", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  /** A folder holding `count` files. */
  const folderOf = (name: string, count: number) => {
    mkdirSync(folder.file(name));
    for (let i = 0; i < count; i++) writeFileSync(folder.file(`${name}/${i}.txt`), "");
    return folder.file(name);
  };

  it("start for check or merge of a folder holding a batch's worth of names", () => {
    const many = folderOf("many", WORKER_BATCH);
    assert.equal(mayCheckBatch(["check", many]), true);
    assert.equal(mayCheckBatch(["merge", many, "--out", folder.file("合计.xlsx")]), true);
  });

  it("start for a batch's worth of names given one by one or in several folders", () => {
    const names = Array.from({ length: WORKER_BATCH }, (_, i) => `${i}.xlsx`);
    assert.equal(mayCheckBatch(["check", ...names]), true);
    assert.equal(mayCheckBatch(["check", folderOf("a", WORKER_BATCH / 2), folderOf("b", WORKER_BATCH / 2)]), true);
  });

  it("do not start for fewer names, for other commands, or for names that cannot be listed", () => {
    const few = folderOf("few", WORKER_BATCH - 2);
    assert.equal(mayCheckBatch(["check", few, folder.file("x.xlsx")]), false);
    assert.equal(mayCheckBatch(["export", folderOf("many", WORKER_BATCH)]), false);
    assert.equal(mayCheckBatch(["check", folder.file("没有这个文件夹")]), false);
    assert.equal(mayCheckBatch(["check", "--help"]), false);
    assert.equal(mayCheckBatch([]), false);
  });

  it("started for a folder that turns out to hold few reports, are stopped: the command ends with its verdict", async () => {
    const notes = folderOf("收到的文件", WORKER_BATCH);
    await folder.xlsx("收到的文件/某某县民政局.xlsx", { ...consistentReport(21), fee: { charged: "否", cases: 0, amount: 0 } });
    const result = nianbaoProcess(["check", notes], { timeoutMs: 20_000 });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /某某县民政局\.xlsx：可以发布/);
    assert.match(result.stdout, /合计 1 个文件/);
  });
});
