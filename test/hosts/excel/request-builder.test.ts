// Every batch the add-in sends, on the largest workbook a user may have, as office.js's own request
// builder writes it and as Excel would answer it (request-builder/office-run.ts): Excel on the web
// refuses a request or a response above 5 MB.
import assert from "node:assert/strict";
import { Page } from "playwright-core";
import { getFormat } from "../../../src/model/formats";
import { servedBrowser, urlOf } from "../../apps/taskpane/serve-build";
import { BatchWeight, BIG_SHEET, Done, FAKE_METER, PAYLOAD_LIMIT, weighEveryBatch } from "./largest-workbook";
import { buildRequestBuilderPage, REQUEST_BUILDER_DIR } from "./request-builder/build";

const SECTIONS = getFormat("2021").sections.length;

describe("Excel host: every batch as office.js's request builder sends it, on the largest workbook", function () {
  this.timeout(180000);
  const served = servedBrowser(REQUEST_BUILDER_DIR, buildRequestBuilderPage);
  let page: Page;
  let weights: BatchWeight[];
  let done: Done;
  /** One of the harness's functions (request-builder/harness.ts), run in the page. */
  const inPage = <T>(name: string, ...args: unknown[]) =>
    page.evaluate(({ name, args }) => (window as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args), { name, args }) as Promise<T>;
  const weight = (prefix: string) => weights.find((w) => w.operation.startsWith(prefix))!;

  before(async () => {
    page = await served.browser.newPage();
    await page.goto(urlOf(served.server, "index.html"));
    ({ weights, done } = await inPage<{ weights: BatchWeight[]; done: Done }>("weighEveryBatch"));
  });

  it("runs insert, mark, write text, read, the functions' read and filling zeros to their end", () => {
    assert.deepEqual(
      weights.map((w) => w.operation.replace(/[（ ].*$/u, "")),
      ["插入模板", "标记", "写入正文", "读取", "自定义函数读取", "把空白填为"],
    );
    for (const w of weights) assert.ok(w.syncs > 0 && w.failed === undefined, JSON.stringify(w));
  });

  it("sends no request and receives no response above 5 MB", () => {
    for (const w of weights) {
      assert.ok(w.requestBytes < PAYLOAD_LIMIT, `${w.operation}: request ${w.requestBytes}`);
      assert.ok(w.responseBytes < PAYLOAD_LIMIT, `${w.operation}: response ${w.responseBytes}`);
    }
  });

  it("inserts the 2019 template within 5 MB too", async () => {
    const insert = await inPage<BatchWeight>("weighInsert", "2019");
    assert.ok(insert.failed === undefined && insert.requestBytes < PAYLOAD_LIMIT, JSON.stringify(insert));
  });

  it("inserted the template, painted every cell the findings name and wrote every 正文 section whole", () => {
    assert.equal(done.inserted, "inserted");
    assert.ok(done.marked.cells >= 200, `${done.marked.cells} cells`);
    assert.equal(done.marked.painted, done.marked.cells);
    assert.deepEqual(done.text, { sections: SECTIONS, inCells: SECTIONS });
  });

  it("reads back, in the pane and in the functions, every figure filled in and the text written", () => {
    for (const read of [done.read, done.functionsRead]) {
      assert.ok(read.values >= 200, `${read.values} figures`);
      assert.deepEqual(read, { values: read.values, valuesAsFilled: read.values, sections: SECTIONS, sectionsAsWritten: SECTIONS });
    }
  });

  it("fills every emptied input with 0", () => {
    assert.ok(done.zeros.blank >= 200, JSON.stringify(done.zeros));
    assert.deepEqual(done.zeros, { blank: done.zeros.blank, filled: done.zeros.blank, zeroNow: done.zeros.blank });
  });

  it(`reads the report without the ${BIG_SHEET.rows}-row sheet beside it for the functions`, () => {
    assert.ok(weight("自定义函数读取").responseBytes * 3 < weight("读取").responseBytes, JSON.stringify(weights));
  });

  it("finds the read's response growing with the big sheet, and refused above 5 MB", async () => {
    const half = await inPage<BatchWeight>("weighFirstRead", BIG_SHEET.rows / 2);
    const triple = await inPage<BatchWeight>("weighFirstRead", BIG_SHEET.rows * 3);
    assert.ok(half.failed === undefined && half.responseBytes < weight("读取").responseBytes, JSON.stringify(half));
    assert.equal(triple.failed, "ResponsePayloadSizeLimitExceeded");
    assert.ok(triple.responseBytes > PAYLOAD_LIMIT, JSON.stringify(triple));
  });

  it("has the counting fake estimate each batch's heaviest request and response within a fifth", async () => {
    const estimated = (await weighEveryBatch(FAKE_METER)).weights;
    // Small bodies are far below the limit whatever their error: 50 kB of slack.
    const close = (estimate: number, measured: number) => Math.abs(estimate - measured) <= Math.max(measured / 5, 50_000);
    for (const [i, measured] of weights.entries()) {
      const estimate = estimated[i];
      assert.equal(estimate.operation, measured.operation);
      assert.ok(close(estimate.requestBytes, measured.requestBytes), `${measured.operation}: request estimated ${estimate.requestBytes}, measured ${measured.requestBytes}`);
      assert.ok(close(estimate.responseBytes, measured.responseBytes), `${measured.operation}: response estimated ${estimate.responseBytes}, measured ${measured.responseBytes}`);
    }
  });
});
