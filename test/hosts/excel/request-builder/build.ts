// Bundles the request-builder harness into a page beside office.js's Excel request builder.
import fs from "node:fs";
import path from "node:path";
import { bundleHarness } from "../../../apps/taskpane/serve-build";

const ROOT = path.join(__dirname, "..", "..", "..", "..");
export const REQUEST_BUILDER_DIR = path.join(ROOT, "test-output", "request-builder");
const BUILDER = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", "excel-web-16.00.debug.js");

export async function buildRequestBuilderPage(): Promise<void> {
  await bundleHarness(path.join(__dirname, "harness.ts"), REQUEST_BUILDER_DIR);
  fs.copyFileSync(BUILDER, path.join(REQUEST_BUILDER_DIR, "excel.js"));
  fs.writeFileSync(path.join(REQUEST_BUILDER_DIR, "index.html"), '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="excel.js"></script><script src="harness.js"></script></body></html>');
}
