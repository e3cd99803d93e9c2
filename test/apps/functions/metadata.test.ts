import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_NAMESPACE } from "../../../src/template/formulas";

const ROOT = join(__dirname, "../../..");
const FUNCTIONS = "src/apps/functions/functions.ts";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  options?: { volatile?: boolean };
  parameters: { name: string; description?: string }[];
}

/** functions.json as the build's metadata plugin generates it from the JSDoc. */
async function metadata(): Promise<{ functions: FunctionMetadata[]; errors: string[] }> {
  const result = await generateCustomFunctionsMetadata(join(ROOT, FUNCTIONS));
  return { functions: JSON.parse(result.metadataJson).functions, errors: result.errors };
}

const CHINESE = /[\u4e00-\u9fff]/;

describe("custom functions metadata (functions.json)", () => {
  it("generates without errors, with the functions the template and users call", async () => {
    const { functions, errors } = await metadata();
    assert.deepEqual([errors, functions.map((f) => f.name).sort()], [[], ["CHECK", "SUMCHECK", "TEXT", "TOTAL"]]);
  });

  it("gives every function a help URL on the add-in's own domain, to an anchor of the shipped help page", async () => {
    const { functions } = await metadata();
    const page = readFileSync(join(ROOT, "src/apps/functions/help/functions.html"), "utf8");
    for (const f of functions) {
      const url = new URL(f.helpUrl ?? "");
      assert.equal(`${url.origin}${url.pathname}`, "https://localhost:3000/help/functions.html", f.name);
      assert.ok(page.includes(`id="${url.hash.slice(1)}"`), `${f.name}: no anchor ${url.hash}`);
    }
  });

  it("describes every function and parameter in Chinese", async () => {
    const { functions } = await metadata();
    const texts = functions.flatMap((f) => [f.description, ...f.parameters.map((p) => p.description)]);
    assert.deepEqual(texts.filter((text) => !CHINESE.test(text ?? "")), []);
  });

  it("declares no function volatile", async () => {
    const { functions } = await metadata();
    assert.deepEqual(functions.filter((f) => f.options?.volatile).map((f) => f.name), []);
  });

  it("is served under the namespace the manifest declares, the one the template's formulas use", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const namespace = /<bt:String id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    assert.equal(namespace, FUNCTION_NAMESPACE);
  });

  it("is built to functions.json from the same entry the manifest's metadata URL points to", () => {
    const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    assert.ok(config.includes(`"./${FUNCTIONS}"`) && config.includes('output: "functions.json"'));
    assert.match(manifest, /id="Functions\.Metadata\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.json"/);
  });
});
