import assert from "node:assert/strict";
import { BIG_SHEET, BatchWeight, weighEveryBatch } from "./largest-workbook";

/** Excel on the web refuses a request or a response above 5 MB. */
const LIMIT = 5_000_000;

describe("Excel host: every batch stays within Excel on the web's 5 MB on the largest workbook", function () {
  this.timeout(120000);
  let weights: BatchWeight[];
  before(async () => (weights = await weighEveryBatch()));

  it("weighs insert, read, mark, write text, the functions' read and filling zeros", () => {
    assert.equal(weights.length, 6);
    assert.ok(weights.every((weight) => weight.syncs > 0), JSON.stringify(weights));
  });

  it("sends no request and receives no response above 5 MB", () => {
    for (const weight of weights) {
      assert.ok(weight.requestBytes < LIMIT, `${weight.operation}: request ${weight.requestBytes}`);
      assert.ok(weight.responseBytes < LIMIT, `${weight.operation}: response ${weight.responseBytes}`);
    }
  });

  it(`reads the report without the ${BIG_SHEET.rows}-row sheet beside it for the functions`, () => {
    const pane = weights.find((weight) => weight.operation.startsWith("读取"))!;
    const functions = weights.find((weight) => weight.operation === "自定义函数读取")!;
    assert.ok(functions.responseBytes * 5 < pane.responseBytes, `${functions.responseBytes} vs ${pane.responseBytes}`);
  });
});
