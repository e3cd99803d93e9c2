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

  const inSheet = async (book: FakeWorkbook, write: (sheet: Excel.Worksheet) => void) =>
    book.run({}, async (context) => {
      write(context.workbook.worksheets.getItem("表"));
      await context.sync();
    });

  it("refuses formatting cells, columns or rows on a protected sheet unless its protection allows each", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表").protection = { allowFormatCells: true };
    await inSheet(book, (sheet) => (sheet.getRange("A1").format.fill.color = "#FFC7CE"));
    await assert.rejects(inSheet(book, (sheet) => sheet.getRange("A1").format.autofitRows()), /AccessDenied.*formatting rows/);
    await assert.rejects(inSheet(book, (sheet) => (sheet.getRange("A1").format.columnWidth = 40)), /AccessDenied.*formatting columns/);
  });

  it("refuses data validation and merging on a protected sheet, and a second protect", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表").protection = { allowFormatCells: true, allowFormatRows: true, allowFormatColumns: true };
    await assert.rejects(inSheet(book, (sheet) => sheet.getRange("A1:B1").merge(false)), /AccessDenied/);
    await assert.rejects(inSheet(book, (sheet) => (sheet.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } })), /AccessDenied/);
    await assert.rejects(inSheet(book, (sheet) => sheet.protection.protect()), /InvalidOperation/);
  });

  it("stops a batch at its first failing action and keeps the writes before it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表");
    await assert.rejects(
      inSheet(book, (sheet) => {
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2:B2").values = [[2]];
        sheet.getRange("A3").values = [[3]];
      }),
      /InvalidArgument/,
    );
    assert.deepEqual([book.sheet("表").value("A1"), book.sheet("表").value("A3")], [1, null]);
  });

  it("fails a batch while a person edits a cell, unless it was run with delayForCellEdit, which waits", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表");
    book.entersCell();
    await assert.rejects(inSheet(book, (sheet) => (sheet.getRange("A1").values = [[1]])), /InvalidOperationInCellEditMode/);
    const waiting = book.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("表").getRange("A1").values = [[2]];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(book.sheet("表").value("A1"), null, "nothing is written while the cell is being edited");
    book.leavesCell();
    await waiting;
    assert.equal(book.sheet("表").value("A1"), 2);
  });

  it("refuses sheet names and defined names Excel refuses", async () => {
    const book = new FakeWorkbook();
    for (const name of ["表[1]", "a".repeat(32), "'表'", "History"])
      await assert.rejects(book.run({}, async (context) => (context.workbook.worksheets.add(name), context.sync())), /InvalidArgument/, name);
    for (const name of ["A1", "1年报", "年报 机关", "R1C1"])
      await assert.rejects(book.run({}, async (context) => (context.workbook.names.add(name, "=1" as never), context.sync())), /InvalidArgument/, name);
  });

  it("refuses a value written into a merged area's other cells, keeping the top-left one", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表").merges.push("A1:C1");
    await inSheet(book, (sheet) => (sheet.getRange("A1").values = [["标题"]]));
    await assert.rejects(inSheet(book, (sheet) => (sheet.getRange("B1").values = [["另一段"]])), /InvalidOperation/);
    assert.equal(book.sheet("表").value("A1"), "标题");
  });

  it("raises onChanged for the add-in's own writes with triggerSource ThisLocalAddin", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表");
    const seen: string[] = [];
    book.changeHandlers.push(async (args) => void seen.push(`${args.address} ${args.triggerSource}`));
    await inSheet(book, (sheet) => (sheet.getRange("B2").values = [[1]]));
    assert.deepEqual(seen, ["B2 ThisLocalAddin"]);
  });

  it("refuses a request above 5 MB, as Excel on the web does", async () => {
    const book = new FakeWorkbook();
    book.addSheet("表");
    const long = "字".repeat(10_000);
    await assert.rejects(
      inSheet(book, (sheet) => {
        for (let row = 1; row <= 600; row++) sheet.getRange(`A${row}`).values = [[long]];
      }),
      /RequestPayloadSizeLimitExceeded/,
    );
    assert.equal(book.sheet("表").value("A1"), null);
  });
});
