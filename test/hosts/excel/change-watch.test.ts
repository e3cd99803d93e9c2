import assert from "node:assert/strict";
import { ChangeWatch, CHANGE_DEBOUNCE_MS, OWN_WRITE_QUIET_MS } from "../../../src/hosts/excel/change-watch";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { FakeWorkbook } from "./fake-excel";
import { FakeClock } from "./fake-clock";
import { SHEET_NAMES } from "../../../src/model/sheet-names";

const PERSON = { triggerSource: "Unknown" } as const;
/** Excel before ExcelApi 1.14 does not say who made a change. */
const UNTOLD = {} as const;

function watched(): { clock: FakeClock; watch: ChangeWatch; calls: () => number } {
  const clock = new FakeClock();
  let calls = 0;
  const watch = new ChangeWatch(() => calls++, clock);
  return { clock, watch, calls: () => calls };
}

describe("Excel host: re-checking as people type", () => {
  it("calls back once after a burst of typing stops, not before", () => {
    const { clock, watch, calls } = watched();
    for (let i = 0; i < 5; i++) {
      watch.changed(PERSON);
      clock.advance(100);
    }
    clock.advance(CHANGE_DEBOUNCE_MS - 101);
    assert.equal(calls(), 0);
    clock.advance(1);
    assert.equal(calls(), 1);
  });

  it("ignores the changes Excel says the add-in made", async () => {
    const { clock, watch, calls } = watched();
    await watch.ownWrite(async () => watch.changed({ triggerSource: "ThisLocalAddin" }));
    watch.changed({ triggerSource: "ThisLocalAddin" });
    clock.advance(10 * CHANGE_DEBOUNCE_MS);
    assert.equal(calls(), 0);
  });

  /** Calls after the usual pause following an edit made `gap` ms after the add-in's write. */
  async function callsAfterEdit(args: typeof PERSON | typeof UNTOLD, gap: number): Promise<number> {
    const { clock, watch, calls } = watched();
    await watch.ownWrite(async () => undefined);
    clock.advance(gap);
    watch.changed(args);
    clock.advance(CHANGE_DEBOUNCE_MS);
    return calls();
  }

  it("re-checks a person's edit made just after the add-in wrote, when Excel says who made it", async () => {
    assert.equal(await callsAfterEdit(PERSON, 0), 1);
  });

  it("re-checks once the quiet window has passed when an edit may be the add-in's echo", async () => {
    const { clock, watch, calls } = watched();
    await watch.ownWrite(async () => watch.changed(UNTOLD));
    clock.advance(100);
    watch.changed(UNTOLD);
    clock.advance(OWN_WRITE_QUIET_MS - 100 + CHANGE_DEBOUNCE_MS - 1);
    assert.equal(calls(), 0);
    clock.advance(1);
    assert.equal(calls(), 1);
  });

  it("re-checks after the usual pause an edit long after the add-in's last write", async () => {
    assert.equal(await callsAfterEdit(UNTOLD, OWN_WRITE_QUIET_MS), 1);
  });

  it("re-checks when a person edits a sheet of the workbook", async () => {
    const book = new FakeWorkbook();
    const clock = new FakeClock();
    const host = new ExcelHost(book.run, clock);
    await host.insertTemplate({ format: "2021", year: 2025, agency: "某局", whenSheetsExist: "ask" });
    let calls = 0;
    await host.onChange(() => calls++);
    await book.personEdits(SHEET_NAMES.三, "D5", 5);
    clock.advance(CHANGE_DEBOUNCE_MS);
    assert.equal(calls, 1);
  });

  it("stops following edits once unsubscribed, removing its handler within an Excel batch", async () => {
    const book = new FakeWorkbook();
    const clock = new FakeClock();
    const host = new ExcelHost(book.run, clock);
    let calls = 0;
    const stop = await host.onChange(() => calls++);
    await stop();
    assert.equal(book.changeHandlers.length, 0);
    book.addSheet("表");
    await book.personEdits("表", "A1", 1);
    clock.advance(CHANGE_DEBOUNCE_MS);
    assert.equal(calls, 0);
  });
});
