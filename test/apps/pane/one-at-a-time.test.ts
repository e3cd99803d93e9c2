import assert from "node:assert/strict";
import { OneAtATime } from "../../../src/apps/pane/one-at-a-time";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("host operations one at a time", () => {
  it("starts an operation only once the one asked for before it has finished", async () => {
    const queue = new OneAtATime();
    const log: string[] = [];
    const op = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([queue.run(op("check")), queue.run(op("clear"))]);
    assert.deepEqual(log, ["check start", "check end", "clear start", "clear end"]);
  });

  it("goes on after an operation fails, and gives the failure to its caller only", async () => {
    const queue = new OneAtATime();
    const failed = queue.run(async () => {
      throw new Error("sheet vanished");
    });
    const next = queue.run(async () => "read");
    await assert.rejects(failed, /sheet vanished/u);
    assert.equal(await next, "read");
  });
});
