// The workbooks of a batch made from one template hold their styles and relationships byte for
// byte: what was read of such a part is kept from its second sighting on (template-parts.ts), and
// used again only for the very same bytes under the same CRC-32.
import assert from "node:assert/strict";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { CellValue } from "../../../src/model/types";
import { WorkbookGrid } from "../../../src/model/grid";
import { refusal } from "./helpers";
import { entryPlace, zipOf } from "./zip";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELATIONS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;
/** Style 1 shows a date, or a plain number. */
const DATE_STYLES = `<styleSheet ${MAIN}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`;
const NUMBER_STYLES = `<styleSheet ${MAIN}><cellXfs><xf numFmtId="0"/><xf numFmtId="3"/></cellXfs></styleSheet>`;

/** A workbook of one sheet whose A1 holds 45658 in style 1; parts stored or deflated. */
function workbook(styles: string, deflate: boolean, relations = RELATIONS, sheetName = "表"): Uint8Array {
  const parts = {
    "xl/workbook.xml": `<workbook ${MAIN} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": relations,
    "xl/worksheets/sheet1.xml": `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" s="1"><v>45658</v></c></row></sheetData></worksheet>`,
    "xl/styles.xml": styles,
  };
  return zipOf(Object.entries(parts).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8"), deflate })));
}

/** Reads a workbook as Node does, or as a browser does: without Buffer, kept bytes are compared one by one. */
async function grid(bytes: Uint8Array, inBrowser: boolean): Promise<WorkbookGrid> {
  const buffer = globalThis.Buffer;
  if (inBrowser) Reflect.deleteProperty(globalThis, "Buffer");
  try {
    return await readWorkbookGrid(bytes);
  } finally {
    Object.assign(globalThis, { Buffer: buffer });
  }
}

for (const [deflate, inBrowser] of [[false, false], [true, false], [true, true]])
  describe(`file host: parts read before in a batch (${deflate ? "deflated" : "stored"} entries${inBrowser ? ", compared as a browser does" : ""})`, () => {
    const a1 = async (bytes: Uint8Array): Promise<CellValue> => (await grid(bytes, inBrowser)).sheets[0].values[0][0];

    it("reads each workbook by its own number formats, whichever was read before", async () => {
      const dated = workbook(DATE_STYLES, deflate);
      const numbered = workbook(NUMBER_STYLES, deflate);
      const read = [];
      for (let round = 0; round < 3; round++) read.push(await a1(dated), await a1(numbered));
      assert.deepEqual(read, ["2025-01-01", 45658, "2025-01-01", 45658, "2025-01-01", 45658]);
    });

    it("reads a part that is read twice, as the workbook and as its styles, each way for itself", async () => {
      // A workbook part of its own: no other test's is kept already.
      const crafted = workbook(DATE_STYLES, deflate, RELATIONS.replace('Target="styles.xml"', 'Target="workbook.xml"'), `表${deflate}${inBrowser}`);
      const read = [];
      for (let round = 0; round < 3; round++) read.push(await a1(crafted));
      assert.deepEqual(read, [45658, 45658, 45658]);
    });

    it("refuses a damaged copy of a part read before: a changed byte, or a CRC-32 that is not the part's", async () => {
      const good = workbook(DATE_STYLES, deflate);
      assert.deepEqual([await a1(good), await a1(good)], ["2025-01-01", "2025-01-01"]);
      const styles = entryPlace(good, "xl/styles.xml");
      const flipped = Uint8Array.from(good);
      flipped[styles.start + Math.floor(styles.length / 2)] ^= 0x01;
      const otherCrc = Uint8Array.from(good);
      otherCrc[styles.directoryCrc] ^= 0x01;
      for (const damaged of [flipped, otherCrc]) {
        const error = await refusal(grid(damaged, inBrowser));
        assert.deepEqual([error.code, error.message.includes("xl/styles.xml")], ["unreadable", true], error.message);
      }
      assert.equal(await a1(good), "2025-01-01");
    });
  });
