// manifest.xml checked offline: `office-addin-manifest validate` needs Microsoft's service.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { REQUIRED_SETS } from "../src/hosts/excel/requirements";

const ROOT = path.join(__dirname, "..");
// xml2js is what office-addin-manifest itself parses manifests with.
const xml2js = require(require.resolve("xml2js", { paths: [path.dirname(require.resolve("office-addin-manifest"))] }));

type Node = { $?: Record<string, string>; _?: string; [child: string]: unknown };

function parse(): Node {
  let root: Node | undefined;
  xml2js.parseString(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), { async: false }, (error: Error | null, result: { OfficeApp: Node }) => {
    if (error) throw error;
    root = result.OfficeApp;
  });
  return root!;
}

/** Every element below `node`, with its name. */
function walk(node: Node, name = "OfficeApp"): { name: string; node: Node }[] {
  const children = Object.entries(node).filter(([key]) => key !== "$" && key !== "_");
  return [{ name, node }, ...children.flatMap(([key, list]) => (Array.isArray(list) ? list.filter((c) => typeof c === "object").flatMap((c) => walk(c as Node, key)) : []))];
}

const manifest = parse();
const elements = walk(manifest);
const named = (name: string) => elements.filter((e) => e.name === name).map((e) => e.node);
/** The text of every `name` element (xml2js gives text-only elements as plain strings). */
const texts = (name: string) =>
  elements.flatMap((e) => (Array.isArray(e.node[name]) ? (e.node[name] as (string | Node)[]).map((c) => (typeof c === "string" ? c : (c._ ?? ""))) : []));
const attribute = (name: string, key: string) => named(name).map((n) => n.$?.[key]);
const resources = new Map(
  elements.filter((e) => ["bt:Image", "bt:Url", "bt:String"].includes(e.name) && e.node.$?.id).map((e) => [e.node.$!.id, e.node.$!.DefaultValue]),
);

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString("ascii"), "PNG", `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("declares exactly the requirement sets the pane checks at start", () => {
    assert.deepEqual(
      named("Set").map((set) => ({ name: set.$!.Name, version: set.$!.MinVersion })),
      REQUIRED_SETS.map((set) => ({ ...set })),
    );
  });

  it("uses https for every URL", () => {
    const urls = elements.flatMap((e) => Object.values(e.node.$ ?? {}).concat(typeof e.node._ === "string" ? [e.node._] : [])).filter((v) => /^\w+:\/\//.test(v));
    assert.ok(urls.length > 5);
    for (const url of urls.filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org"))) assert.match(url, /^https:\/\//, url);
  });

  it("has 16, 32 and 80 px ribbon icons and a 32 px icon with a 64 px high-resolution one, all in assets/ at their size", () => {
    const icons: [string, number][] = [
      [attribute("IconUrl", "DefaultValue")[0]!, 32],
      [attribute("HighResolutionIconUrl", "DefaultValue")[0]!, 64],
      ...[16, 32, 80].map((size): [string, number] => [resources.get(`Icon.${size}x${size}`)!, size]),
    ];
    for (const [url, size] of icons) {
      const file = path.join(ROOT, new URL(url).pathname);
      assert.ok(fs.existsSync(file), `${url} has no file in assets/`);
      assert.deepEqual(pngSize(file), { width: size, height: size }, url);
    }
  });

  it("has a SupportUrl whose page we ship", () => {
    const url = attribute("SupportUrl", "DefaultValue")[0]!;
    assert.ok(fs.existsSync(path.join(ROOT, new URL(url).pathname)), url);
  });

  it("defines every resid it references", () => {
    const referenced = elements.map((e) => e.node.$?.resid).filter((r): r is string => !!r);
    assert.ok(referenced.length > 10);
    for (const resid of referenced) assert.ok(resources.has(resid), `resid ${resid} is not defined`);
  });

  it("keeps ids and resids within the 32 characters Office allows", () => {
    for (const id of [...resources.keys(), ...elements.map((e) => e.node.$?.resid).filter((r): r is string => !!r)]) assert.ok(id.length <= 32, id);
  });

  it("requires the shared runtime and runs it for the whole session", () => {
    const sets = named("Set").map((s) => s.$!);
    assert.ok(sets.some((s) => s.Name === "SharedRuntime" && s.MinVersion === "1.1"));
    assert.deepEqual(attribute("Runtime", "lifetime"), ["long"]);
    assert.equal(named("Runtime")[0].$!.resid, named("Page").flatMap((p) => (p.SourceLocation as Node[]).map((s) => s.$!.resid))[0], "functions and pane share one page");
  });

  it("gives the custom functions the namespace NIANBAO", () => {
    const resid = named("Namespace")[0].$!.resid;
    assert.equal(resources.get(resid), "NIANBAO");
  });

  it("asks only for ReadWriteDocument", () => {
    assert.deepEqual(texts("Permissions"), ["ReadWriteDocument"]);
  });

  it("has a four-part version", () => {
    assert.match(texts("Version")[0], /^\d+\.\d+\.\d+\.\d+$/);
  });

  it("is in Chinese by default, named 公开年报助手", () => {
    assert.deepEqual(texts("DefaultLocale"), ["zh-CN"]);
    assert.equal(attribute("DisplayName", "DefaultValue")[0], "公开年报助手");
  });

  it("puts a button on the Home tab that opens the pane", () => {
    const home = named("OfficeTab").find((tab) => tab.$!.id === "TabHome");
    assert.ok(home);
    const actions = walk(home).filter((e) => e.name === "Action").map((e) => e.node.$!["xsi:type"]);
    assert.ok(actions.includes("ShowTaskpane"));
  });
});
