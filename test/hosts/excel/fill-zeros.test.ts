import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { CellLocation } from "../../../src/model/grid";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;

describe("Excel host: 把空白填为 0", () => {
  it("writes 0 into the blank cells only, in two syncs, keeping what a person typed meanwhile", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate(OPTIONS);
    const read = await host.read();
    const at = (id: string): CellLocation => read.locations[id];
    const typed = at("三|（一）予以公开|自然人");
    const blank = at("三|（一）予以公开|商业企业");
    const text = at("三|（一）予以公开|科研机构");
    // Typed after the check listed all three as blank.
    book.sheet(typed.sheet).cell(typed.address).value = 7;
    book.sheet(text.sheet).cell(text.address).value = "/";
    const before = book.syncs;
    assert.equal(await host.fillZeros([typed, blank, text]), 1);
    assert.equal(book.syncs - before, 2);
    assert.deepEqual(
      [typed, blank, text].map((cell) => book.sheet(cell.sheet).cell(cell.address).value),
      [7, 0, "/"],
    );
  });
});
