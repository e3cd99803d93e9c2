import assert from "node:assert/strict";
import { ChangeWatch, CHANGE_DEBOUNCE_MS } from "../../../src/hosts/excel/change-watch";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { FakeWorkbook } from "./fake-excel";
import { SHEET_NAMES } from "../../../src/report/layout";

const PERSON = { triggerSource: "Unknown" } as const;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Excel host: re-checking as people type", () => {
  it("calls back once after a burst of typing stops", async () => {
    let calls = 0;
    const watch = new ChangeWatch(() => calls++);
    for (let i = 0; i < 5; i++) watch.changed(PERSON);
    await pause(CHANGE_DEBOUNCE_MS + 100);
    assert.equal(calls, 1);
  });

  it("ignores the changes the add-in makes itself", async () => {
    let calls = 0;
    const watch = new ChangeWatch(() => calls++);
    await watch.ownWrite(async () => watch.changed(PERSON));
    watch.changed(PERSON); // the echo that arrives just after the write
    watch.changed({ triggerSource: "ThisLocalAddin" });
    await pause(CHANGE_DEBOUNCE_MS + 100);
    assert.equal(calls, 0);
  });

  it("re-checks when a person edits a sheet, but not when the add-in marks cells", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate({ format: "2021", year: 2025, agency: "某局", whenSheetsExist: "ask" });
    let calls = 0;
    const stop = await host.onChange(() => calls++);
    const read = await host.read();
    const where = read.locations["三|（一）予以公开|自然人"];
    await host.mark([{ rule: "x", severity: "错误", message: "x", cells: [{ ...where, table: "三", row: "", column: "", value: null }] }]);
    await book.personEdits(SHEET_NAMES.三, "A1", "标题"); // an echo within the quiet period: ignored
    await pause(CHANGE_DEBOUNCE_MS + 300);
    assert.equal(calls, 0);
    await pause(800);
    await book.personEdits(SHEET_NAMES.三, where.address, 5);
    await pause(CHANGE_DEBOUNCE_MS + 100);
    assert.equal(calls, 1);
    await stop();
    assert.equal(book.changeHandlers.length, 0);
  });
});
