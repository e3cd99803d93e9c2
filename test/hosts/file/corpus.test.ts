// A crafted corpus of odd and damaged workbooks, with LibreOffice as the oracle: for every file
// our reader gives the values LibreOffice shows, or refuses the file; never a third answer. Each
// file is a real report workbook whose first sheet (基本信息) is replaced by crafted XML, so
// LibreOffice's csv of the first sheet is what it shows there.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { WorkbookFileError } from "../../../src/hosts/file/zip-guard";
import { convertWithLibreOffice } from "../../libreoffice";
import { forgedWorkbook } from "../../apps/cli/hostile";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (rows: string, root = `<worksheet xmlns="${MAIN}">`) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}<sheetData>${rows}</sheetData></worksheet>`;
const inline = (address: string, text: string) => `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;

interface Case {
  /** What our reader must do: read (and agree with LibreOffice) or refuse. */
  readonly expect: "read" | "refuse";
  /** The first sheet's XML, as bytes (an odd encoding) or text. */
  readonly sheet: string | Uint8Array;
}

const CORPUS: Record<string, Case> = {
  // A comment is no cell: the 999 Excel and LibreOffice show stays 999.
  comment: { expect: "read", sheet: sheet(`<row r="1"><!-- <c r="A1"><v>49</v></c> --><c r="A1"><v>999</v></c></row>`) },
  cdata: { expect: "read", sheet: sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[一<二>&三]]></t></is></c><c r="B1"><v>7</v></c></row>`) },
  characterReferences: { expect: "read", sheet: sheet(`<row r="1">${inline("A1", "&#x673A;&#20851;&amp;&lt;名称&gt;")}<c r="B1"><v>1.5E1</v></c></row>`) },
  prefixedNamespace: {
    expect: "read",
    sheet: `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>12</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  },
  foreignElements: { expect: "read", sheet: sheet(`<row r="1"><c r="A1"><v>3</v><ext:v xmlns:ext="urn:other">4</ext:v></c></row>`) },
  utf16: { expect: "read", sheet: new Uint8Array([0xff, 0xfe, ...Buffer.from(sheet(`<row r="1">${inline("A1", "文字")}<c r="B1"><v>5</v></c></row>`).replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]) },
  doctypeEntity: { expect: "refuse", sheet: `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY n "49">]>${sheet(`<row r="1"><c r="A1"><v>&n;</v></c></row>`).replace(/^<\?xml[^>]*>\n/, "")}` },
  duplicateCell: { expect: "refuse", sheet: sheet(`<row r="1"><c r="A1"><v>49</v></c><c r="A1"><v>999</v></c></row>`) },
  duplicateRow: { expect: "refuse", sheet: sheet(`<row r="1"><c r="A1"><v>49</v></c></row><row r="1"><c r="B1"><v>999</v></c></row>`) },
  hexNumber: { expect: "refuse", sheet: sheet(`<row r="1"><c r="A1"><v>0x31</v></c></row>`) },
  unclosedTag: { expect: "refuse", sheet: sheet(`<row r="1"><c r="A1"><v>5</v></row>`) },
  cutOff: { expect: "refuse", sheet: sheet(`<row r="1"><c r="A1"><v>5</v></c></row>`).slice(0, 150) },
  undefinedEntity: { expect: "refuse", sheet: sheet(`<row r="1">${inline("A1", "&nbsp;")}</row>`) },
  invalidUtf8: { expect: "refuse", sheet: new Uint8Array([...Buffer.from(sheet(`<row r="1">${inline("A1", "X")}</row>`))].map((byte) => (byte === 0x58 ? 0xff : byte))) },
  gbkDeclared: { expect: "refuse", sheet: sheet(`<row r="1">${inline("A1", "X")}</row>`).replace('encoding="UTF-8"', 'encoding="GBK"') },
};

/** What a sheet shows, as text by address: numbers as LibreOffice's csv writes them. */
type Shown = Record<string, string>;

function csvCells(csv: string): Shown {
  const shown: Shown = {};
  csv.split(/\r?\n/).forEach((line, row) => {
    // The corpus holds no commas or quotes inside cells, so a plain split reads LibreOffice's csv.
    line.split(",").forEach((cell, column) => {
      const text = cell.replace(/^"(.*)"$/, "$1");
      if (text !== "") shown[`${String.fromCharCode(65 + column)}${row + 1}`] = text;
    });
  });
  return shown;
}

async function ours(bytes: Uint8Array): Promise<Shown | WorkbookFileError> {
  try {
    const first = (await readWorkbookGrid(bytes)).sheets[0];
    const shown: Shown = {};
    first.values.forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (value !== null) shown[`${String.fromCharCode(65 + column)}${row + 1}`] = String(value);
      }),
    );
    return shown;
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
}

describe("file host: a crafted corpus agrees with LibreOffice, file by file", function () {
  this.timeout(180_000);
  const files: Record<string, Uint8Array> = {};
  let converted: ReturnType<typeof convertWithLibreOffice>;

  before(async () => {
    for (const [name, { sheet: xml }] of Object.entries(CORPUS))
      files[`${name}.xlsx`] = await forgedWorkbook({ "xl/worksheets/sheet1.xml": { data: typeof xml === "string" ? Buffer.from(xml, "utf8") : xml } });
    converted = convertWithLibreOffice(files, "csv");
  });
  after(() => converted?.remove());

  for (const [name, { expect }] of Object.entries(CORPUS))
    it(`${name}: ${expect === "read" ? "reads what LibreOffice shows" : "refused, in Chinese"}`, async () => {
      const read = await ours(files[`${name}.xlsx`]);
      const csv = converted.file(name);
      const libreOffice = existsSync(csv) ? csvCells(readFileSync(csv, "utf8")) : undefined;
      if (expect === "refuse") {
        assert.ok(read instanceof WorkbookFileError, `应拒绝，却读出 ${JSON.stringify(read)}（LibreOffice：${JSON.stringify(libreOffice)}）`);
        assert.match(read.message, /[\u4e00-\u9fff]/);
        assert.doesNotMatch(read.message, /[A-Za-z]{4,} [a-z]{3,}/, "no English sentence from a library");
        return;
      }
      assert.ok(!(read instanceof WorkbookFileError), `应读出，却拒绝：${read instanceof Error ? read.message : ""}`);
      assert.ok(libreOffice, "LibreOffice 未能打开该文件");
      assert.deepEqual(read, libreOffice);
    });
});

describe("file host: a workbook with one flipped byte is read unchanged or refused", () => {
  it("for 300 flips spread over the file, never reads a value the workbook did not hold", async () => {
    const original = await forgedWorkbook({});
    const expected = await readWorkbookGrid(original);
    const outcomes = { refused: 0, same: 0 };
    for (let i = 0; i < 300; i++) {
      const flipped = new Uint8Array(original);
      flipped[Math.floor((i * flipped.length) / 300)] ^= 1 << i % 8;
      const read = await ours(flipped);
      if (read instanceof WorkbookFileError) outcomes.refused++;
      else {
        assert.deepEqual(await readWorkbookGrid(flipped), expected, `flip ${i} read different values`);
        outcomes.same++;
      }
    }
    // Most bytes are compressed data, which the CRC-32 of every entry guards.
    assert.ok(outcomes.refused > 250, JSON.stringify(outcomes));
  });
});
