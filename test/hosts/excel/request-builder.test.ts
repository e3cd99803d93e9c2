// The template's insertion as office.js itself builds the request (not the fake's estimate).
import assert from "node:assert/strict";
import { Page } from "playwright-core";
import { servedBrowser, urlOf } from "../../apps/taskpane/serve-build";
import { buildRequestBuilderPage, REQUEST_BUILDER_DIR } from "./request-builder/build";

/** Excel on the web refuses a request above 5 MB. */
const LIMIT = 5_000_000;

describe("Excel host: inserting the template, measured with office.js's request builder", function () {
  this.timeout(180000);
  const served = servedBrowser(REQUEST_BUILDER_DIR, buildRequestBuilderPage);
  let page: Page;
  before(async () => {
    page = await served.browser.newPage();
    await page.goto(urlOf(served.server, "index.html"));
  });

  for (const format of ["2021", "2019"] as const)
    it(`sends the ${format} template in two requests, each under 5 MB`, async () => {
      const requests = await page.evaluate((format) => (window as unknown as { measureInsert(f: string): Promise<{ bytes: number; actions: number }[]> }).measureInsert(format), format);
      assert.equal(requests.length, 2);
      for (const request of requests) assert.ok(request.bytes < LIMIT, `${request.bytes} bytes, ${request.actions} actions`);
    });
});
