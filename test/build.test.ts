// The production build for an agency's own web server: `BASE_URL=https://host/path/ npm run build`,
// here with OFFICE_JS=bundled, as for an internal network that cannot reach Microsoft's CDN.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "test-output", "production-build");
const WEBPACK = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const BASE_URL = "https://gk.example.gov.cn/nianbao/";

describe("the production build (BASE_URL)", function () {
  this.timeout(600000);
  before(() => {
    // Not minified: what is tested is where the URLs point, and minifying takes most of the time.
    execFileSync(process.execPath, [WEBPACK, "--mode", "production", "--no-optimization-minimize", "--env", `outDir=${OUT}`], { cwd: ROOT, stdio: "pipe", env: { ...process.env, BASE_URL, OFFICE_JS: "bundled" } });
  });

  it("points every URL of the manifest at BASE_URL and its AppDomain at BASE_URL's origin, with no localhost", () => {
    const manifest = fs.readFileSync(path.join(OUT, "manifest.xml"), "utf8");
    assert.doesNotMatch(manifest, /localhost/u);
    const urls = [...manifest.matchAll(/"(https:\/\/[^"]+)"/gu)].map((match) => match[1]);
    assert.ok(urls.length > 5);
    for (const url of urls) assert.ok(url.startsWith(BASE_URL), url);
    assert.match(manifest, /<AppDomain>https:\/\/gk\.example\.gov\.cn<\/AppDomain>/u);
    assert.match(manifest, /<SupportUrl DefaultValue="https:\/\/gk\.example\.gov\.cn\/nianbao\/assets\/support\.html"\/>/u);
  });

  it("points every custom function's help URL at BASE_URL", () => {
    const metadata = fs.readFileSync(path.join(OUT, "functions.json"), "utf8");
    assert.doesNotMatch(metadata, /localhost/u);
    const functions = (JSON.parse(metadata) as { functions: { helpUrl: string }[] }).functions;
    for (const f of functions) assert.ok(f.helpUrl.startsWith(`${BASE_URL}help/functions.html#`), f.helpUrl);
  });

  it("puts every file the manifest names into the build", () => {
    const manifest = fs.readFileSync(path.join(OUT, "manifest.xml"), "utf8");
    for (const url of [...manifest.matchAll(/"(https:\/\/[^"#]+)/gu)].map((match) => match[1]).filter((u) => u.startsWith(BASE_URL)))
      assert.ok(fs.existsSync(path.join(OUT, url.slice(BASE_URL.length))), url);
  });

  it("serves office.js itself when told to, so that no page needs the internet", () => {
    const page = fs.readFileSync(path.join(OUT, "taskpane.html"), "utf8");
    assert.doesNotMatch(page, /appsforoffice\.microsoft\.com\/lib/u);
    assert.match(page, /<script src="?office-js\/office\.js"?>/u);
    assert.ok(fs.existsSync(path.join(OUT, "office-js", "office.js")));
  });

  it("refuses a BASE_URL that is not https, saying so", () => {
    const result = spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--env", `outDir=${OUT}-refused`], { cwd: ROOT, env: { ...process.env, BASE_URL: "http://intranet/nianbao/" }, encoding: "utf8" });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr + result.stdout, /BASE_URL must be an https address/u);
  });
});
