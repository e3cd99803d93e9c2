import assert from "node:assert/strict";
import { FakeWorkbook } from "./fake-excel";

// The adapter's sync counts are only worth something if the fake behaves like Excel here.
describe("the counting Excel fake", () => {
  it("applies no write before sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表");
    await book.run({}, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").values = [[5]];
      assert.equal(book.sheet("表").value("A1"), null);
      await context.sync();
    });
    assert.equal(book.sheet("表").value("A1"), 5);
  });

  it("throws when a property is read before it is loaded and synced", async () => {
    const book = new FakeWorkbook();
    await book.run({}, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      assert.throws(() => sheets.items, /PropertyNotLoaded/);
    });
  });

  it("counts every sync", async () => {
    const book = new FakeWorkbook();
    await book.run({}, async (context) => {
      await context.sync();
      await context.sync();
    });
    assert.equal(book.syncs, 2);
  });

  it("refuses to write a value into a locked cell of a protected sheet, as Excel does", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表").protection = { allowFormatCells: true };
    await assert.rejects(
      book.run({}, async (context) => {
        context.workbook.worksheets.getItem("表").getRange("A1").values = [[1]];
        await context.sync();
      }),
      /AccessDenied/,
    );
  });
});
