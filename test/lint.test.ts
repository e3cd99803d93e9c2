// `npm run lint` holds the sources to the Office.js rules: these catch what they are there for.
import assert from "node:assert/strict";
import path from "node:path";
import { ESLint } from "eslint";

const ROOT = path.join(__dirname, "..");
const eslint = new ESLint({ cwd: ROOT });
const rulesBroken = async (code: string) => (await eslint.lintText(code, { filePath: path.join(ROOT, "src", "hosts", "excel", "sample.ts") }))[0].messages.map((m) => m.ruleId);

describe("npm run lint (eslint-plugin-office-addins)", function () {
  this.timeout(60000);

  it("refuses a context.sync() in a loop", async () => {
    const code = "export async function f(context: Excel.RequestContext, names: string[]) { for (const n of names) { context.workbook.worksheets.getItem(n).load('name'); await context.sync(); } }";
    assert.deepEqual(await rulesBroken(code), ["office-addins/no-context-sync-in-loop"]);
  });

  it("refuses reading a property that was not loaded", async () => {
    const code = "export async function f(context: Excel.RequestContext) { const range = context.workbook.worksheets.getItem('a').getRange('A1'); await context.sync(); return range.values; }";
    assert.ok((await rulesBroken(code)).includes("office-addins/load-object-before-read"));
  });

  it("finds nothing in the sources", async () => {
    const results = await eslint.lintFiles(["src"]);
    assert.deepEqual(results.flatMap((result) => result.messages.map((m) => `${path.relative(ROOT, result.filePath)}:${m.line} ${m.ruleId}`)), []);
  });
});
