// The fast XML reader against saxes, the conforming parser behind it: on every part of real
// workbooks and on thousands of mutations of parts, whatever the fast reader accepts, saxes
// accepts too and reports the same elements, attributes and text; whatever saxes refuses, the
// fast reader declines, also where a reader passes over what some elements hold. And it must
// decline little of what programs write, or it is no faster.
import assert from "node:assert/strict";
import { SaxesParser } from "saxes";
import { DECLINED, scanXml } from "../../../src/hosts/file/xml-scan";
import { XlsxArchive } from "../../../src/hosts/file/unzip";
import { zipDirectory } from "../../../src/hosts/file/zip-guard";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { consistentReport, prng } from "../../checks/builders";

const MAX_DEPTH = 100;

/** What a reader reported: one line per element opened (namespace, local name, attributes), text run or close. */
type Log = string[];

function pushText(log: Log, data: string): void {
  if (data === "") return;
  // Adjacent runs are one text: saxes and the fast reader may split text differently.
  if (log.length > 0 && log[log.length - 1].startsWith("text ")) log[log.length - 1] += data;
  else log.push(`text ${data}`);
}

/** saxes's account of a document, or "refused" (its error, a DOCTYPE, nesting deeper than we allow). */
function saxesLog(text: string): Log | "refused" {
  const log: Log = [];
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let refused = false;
  parser.on("error", () => {
    refused = true;
    throw new Error("refused");
  });
  parser.on("doctype", () => {
    refused = true;
    throw new Error("refused");
  });
  parser.on("opentag", (tag) => {
    if (++depth > MAX_DEPTH) {
      refused = true;
      throw new Error("refused");
    }
    const attributes = Object.values(tag.attributes).map((attribute) => `${attribute.uri}|${attribute.local}=${attribute.value}`);
    log.push(`open ${tag.uri}|${tag.local} ${attributes.sort().join(" ")}`);
  });
  parser.on("text", (data) => depth > 0 && pushText(log, data));
  parser.on("cdata", (data) => pushText(log, data));
  parser.on("closetag", () => {
    depth--;
    log.push("close");
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (refused) return "refused";
    throw error;
  }
  const { encoding } = parser.xmlDecl;
  if (encoding !== undefined && !/^(utf-8|utf8|utf-16|utf-16le|utf-16be)$/i.test(encoding)) return "refused";
  return log;
}

/** Elements whose content a reader may pass over (ScanSink.open answers true): the scanner then checks it without reporting it. */
const NOTHING_PASSED: ReadonlySet<string> = new Set();
const PASSED = new Set(["row", "rPh", "x", "mergeCells", "dimension", "sheet", "Relationship"]);

/** The fast reader's account of the text as UTF-8 (as xml.ts hands it on), or "declined"; the content of `passed` elements passed over. */
function scanLog(text: string, passed = NOTHING_PASSED): Log | "declined" {
  const log: Log = [];
  const bytes = Buffer.from(text, "utf8");
  try {
    scanXml(
      bytes,
      (start, end) => bytes.toString("utf8", start, end),
      {
        open(uri, local, scanned) {
          const attributes = Array.from({ length: scanned.count }, (_, i) => `${scanned.uri(i)}|${scanned.local(i)}=${scanned.value(i)}`);
          log.push(`open ${uri}|${local} ${attributes.sort().join(" ")}`);
          return passed.has(local);
        },
        text: (characters) => pushText(log, characters()),
        close: () => log.push("close"),
      },
      MAX_DEPTH,
    );
  } catch (error) {
    if (error === DECLINED) return "declined";
    throw error;
  }
  return log;
}

/** saxes's account without what `passed` elements hold: their own open and close stay. */
function withoutPassedContent(log: Log, passed: ReadonlySet<string>): Log {
  const kept: Log = [];
  let inside = 0;
  for (const line of log) {
    const local = line.startsWith("open ") ? line.slice(5).split(" ")[0].split("|").pop()! : undefined;
    if (inside > 0) {
      if (local !== undefined) inside++;
      else if (line === "close" && --inside === 0) kept.push(line);
      continue;
    }
    kept.push(line);
    if (local !== undefined && passed.has(local)) inside = 1;
  }
  return kept;
}

/**
 * Checks the one promise; says whether the fast reader accepted. Passing over content changes
 * what is reported, never what is accepted.
 */
function agrees(text: string, what: string): boolean {
  const fast = scanLog(text);
  const passing = scanLog(text, PASSED);
  const reference = saxesLog(text);
  assert.equal(passing === "declined", fast === "declined", `passing over content changed the verdict: ${what}\n${JSON.stringify(text)}`);
  if (fast === "declined") return false;
  assert.notEqual(reference, "refused", `the fast reader accepted what saxes refuses: ${what}\n${JSON.stringify(text)}`);
  assert.deepEqual(fast, reference, `${what}\n${JSON.stringify(text)}`);
  assert.deepEqual(passing, withoutPassedContent(reference as Log, PASSED), `passing over: ${what}\n${JSON.stringify(text)}`);
  return true;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Parts as Excel writes them (CR LF after the declaration, markup-compatibility namespaces, xml:space, rich text). */
const EXCEL_STYLE_PARTS = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>机关名称</t></si><si><t xml:space="preserve"> 前后空格 </t></si><si><r><rPr><b/><sz val="11"/></rPr><t>加粗</t></r><r><t>普通&amp;&lt;&gt;</t></r><rPh sb="0" eb="1"><t>ひ</t></rPh></si></sst>`,
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="A1:C2"/><sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12</v></c><c r="C1"><f>SUM(A1:B1)&amp;"件"</f><v>12</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>行一&#10;行二</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells></worksheet>`,
  `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${MAIN}"><!-- 注释 --><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[一<二>&三]]></x:t></x:is></x:c><x:c r="B1"><x:v>&#x673A;&#20851;</x:v></x:c></x:row></x:sheetData><ext:x xmlns:ext="urn:other" ext:a='单引号 "双"'>\r\n\t</ext:x></x:worksheet>`,
];

/** Pieces a mutation inserts: XML's markup characters and the constructs around them. */
const PIECES = ["<", ">", "&", ";", '"', "'", "=", "/", "!", "?", "-", "[", "]", ":", "#", " ", "\r", "\n", "\t", "x", "1", "\u0000", "\ufffe", "\uffff", "\ufffd", "１", "中", "&amp;", "&#0;", "&#x41;", "&#X41;", "&bogus;", "<!--", "-->", "<![CDATA[", "]]>", ' xmlns:p="urn:p"', "p:", ' xmlns=""', ' a="1"', "<?pi x?>", "<!DOCTYPE a>", "</c>", "<c>", "<a/>", "xmlns", "xml:"];

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const piece = PIECES[Math.floor(random() * PIECES.length)];
  switch (Math.floor(random() * 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + piece + text.slice(at);
    case 2:
      return text.slice(0, at) + piece + text.slice(at + piece.length);
    case 3: {
      const to = Math.min(text.length, at + Math.floor(random() * 40));
      return text.slice(0, to) + text.slice(at, to) + text.slice(to);
    }
    default:
      return text.slice(0, at) + text.slice(at + 1, at + 2) + text.slice(at, at + 1) + text.slice(at + 2);
  }
}

async function workbookParts(): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const format of ["2021", "2019"] as const) {
    const bytes = await writeReportXlsx({ ...consistentReport(7, format), agency: "某某县“民政”局 <测试> & 单位" });
    const archive = new XlsxArchive(bytes);
    for (const entry of zipDirectory(bytes)) {
      if (!entry.name.endsWith(".xml") && !entry.name.endsWith(".rels")) continue;
      parts.set(`${format} ${entry.name}`, new TextDecoder().decode(await archive.entry(entry.name)));
    }
  }
  return parts;
}

describe("file host: the fast XML reader agrees with saxes", function () {
  this.timeout(60000);
  let parts: Map<string, string>;
  before(async () => (parts = await workbookParts()));

  it("reads every part of the workbooks we write itself, as saxes reads them", () => {
    assert.ok(parts.size >= 20, `${parts.size} parts`);
    for (const [name, text] of parts) assert.ok(agrees(text, name), `declined ${name}`);
  });

  it("reads parts as Excel writes them itself, as saxes reads them", () => {
    EXCEL_STYLE_PARTS.forEach((text, i) => assert.ok(agrees(text, `Excel-style part ${i}`), `declined Excel-style part ${i}`));
  });

  it("never accepts a mutated part that saxes refuses, and reads the rest as saxes does", () => {
    const random = prng(20261201);
    const bases = [...EXCEL_STYLE_PARTS, parts.get("2021 xl/workbook.xml")!, parts.get("2021 xl/_rels/workbook.xml.rels")!];
    let accepted = 0;
    let refusedBySaxes = 0;
    const MUTATIONS = 1500;
    for (const base of bases)
      for (let i = 0; i < MUTATIONS; i++) {
        let text = base;
        for (let k = 1 + Math.floor(random() * 3); k > 0; k--) text = mutate(text, random);
        if (saxesLog(text) === "refused") refusedBySaxes++;
        if (agrees(text, `mutation ${i}`)) accepted++;
      }
    // Both kinds must be common, or the comparison proves little.
    assert.ok(refusedBySaxes > bases.length * MUTATIONS * 0.3, `${refusedBySaxes} refused by saxes`);
    assert.ok(accepted > bases.length * MUTATIONS * 0.1, `${accepted} accepted by the fast reader`);
  });

  it("declines what only saxes should judge: a document type, processing instructions, non-ASCII names, unbound prefixes", () => {
    const root = `<a xmlns="${MAIN}">x</a>`;
    for (const text of [`<!DOCTYPE a>${root}`, `<?pi data?>${root}`, `<名 xmlns="${MAIN}"/>`, `<p:a>x</p:a>`, `<a b="&nbsp;"/>`, `<?xml version="1.1"?>${root}`, `<?xml version="1.0" encoding="GBK"?>${root}`])
      assert.equal(scanLog(text), "declined", text);
  });

  it("resolves every element's namespaces in its own scope: a child's declarations end with it, also where a later element sits as deep", () => {
    const scoped = [
      `<a xmlns="urn:1" xmlns:p="urn:p1"><b xmlns:p="urn:p2"><p:c/></b><p:c/><d xmlns="urn:2"/><e/><p:f xmlns:p="urn:p3"/><p:g/></a>`,
      `<a xmlns:p="urn:p1"><b><c xmlns:p="urn:p2"><p:x/></c></b><b><c><p:x/></c></b><p:x/></a>`,
      `<a xmlns="urn:1"><b xmlns=""><c/></b><c/><b><c xmlns="urn:3"><d/></c><c><d/></c></b></a>`,
    ];
    for (const text of scoped) assert.ok(agrees(text, "scopes"), `declined ${text}`);
    assert.match(scanLog(scoped[1]).toString(), /open urn:p2\|x[^]*open urn:p1\|x[^]*open urn:p1\|x/);
  });

  it("takes an end tag only for the element it closes", () => {
    for (const text of ["<a><b></b ></a>", "<a><b></b\t\r\n></a>", "<a:b xmlns:a='urn:a'><c/></a:b>"]) assert.ok(agrees(text, "end tag"), `declined ${text}`);
    for (const text of ["<a><b></c></a>", "<a><bb></b></a>", "<a><b></bb></a>", "<a><b></b x></a>", "<a><b></a></b>", "<a></a></a>", "<a><b></b", "<a:b xmlns:a='urn:a'></b></a:b>"])
      assert.equal(scanLog(text), "declined", text);
  });

  it("declines nesting deeper than the limit, in time linear in the depth", () => {
    const deep = "<a>".repeat(MAX_DEPTH + 1) + "</a>".repeat(MAX_DEPTH + 1);
    assert.equal(scanLog(deep), "declined");
    assert.notEqual(scanLog("<a>".repeat(MAX_DEPTH) + "</a>".repeat(MAX_DEPTH)), "declined");
  });
});
