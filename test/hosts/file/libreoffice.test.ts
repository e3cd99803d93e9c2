// A real spreadsheet application must accept what we write: LibreOffice converts the template
// and a filled report to PDF in one run, and the printed pages must carry the official labels.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { getFormat } from "../../../src/model/formats";
import { parseAddress } from "../../../src/model/address";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { writeReportXlsx, writeTemplateXlsx } from "../../../src/hosts/file/write";
import { fixtureReport } from "../../fixtures/load";
import { convertWithLibreOffice } from "../../libreoffice";

const compact = (text: string) => text.replace(/\s+/gu, "");

/**
 * Whether a label is printed: whole, or, where it wraps inside a narrow cell and the PDF's text
 * interleaves it with its neighbours' lines, with its characters in order close together.
 */
function printed(text: string, label: string): boolean {
  if (text.includes(label)) return true;
  const chars = [...label];
  for (let start = text.indexOf(chars[0]); start >= 0; start = text.indexOf(chars[0], start + 1)) {
    let at = start;
    const within = start + chars.length * 4;
    if (chars.every((ch) => (at = text.indexOf(ch, at)) >= 0 && at++ < within)) return true;
  }
  return false;
}

/** Whether a cell lies inside a sheet's print area (the check cells beside the tables do not). */
function inPrintArea(cell: string, area: string): boolean {
  const [from, to] = area.split(":").map(parseAddress);
  const { row, column } = parseAddress(cell);
  return row >= from.row && row <= to.row && column >= from.column && column <= to.column;
}

describe("file host: LibreOffice opens and prints the workbooks", function () {
  this.timeout(120_000);
  const pdf: Record<"template" | "filled", { text: string; info: string }> = {} as never;
  const filled = fixtureReport("consistent-2021.json");

  before(async () => {
    const converted = convertWithLibreOffice({ "template.xlsx": await writeTemplateXlsx("2021", 2025, "某某局"), "filled.xlsx": await writeReportXlsx(filled) }, "pdf");
    try {
      for (const name of ["template", "filled"] as const) {
        const file = converted.file(name);
        pdf[name] = { text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }), info: execFileSync("pdfinfo", [file], { encoding: "utf8" }) };
      }
    } finally {
      converted.remove();
    }
  });

  const layout = workbookLayout(getFormat("2021"), 2025);

  it("prints the template's sheets on one A4 page each", () => {
    assert.match(pdf.template.info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    assert.equal(Number(/Pages:\s+(\d+)/.exec(pdf.template.info)![1]), layout.sheets.length);
  });

  it("prints every official label and title of the template", () => {
    const text = compact(pdf.template.text);
    const missing = layout.sheets.flatMap((sheet) =>
      sheet.statics
        .filter((cell) => cell.text && inPrintArea(cell.address, sheet.print.area) && !printed(text, compact(cell.text)))
        .map((cell) => `${sheet.name}!${cell.address} ${cell.text}`),
    );
    assert.deepEqual(missing, []);
  });

  it("leaves the check cells beside the tables off the printed page", () => {
    const text = compact(pdf.template.text);
    const checks = layout.sheets.flatMap((sheet) => sheet.statics.filter((cell) => cell.role === "checkHeader" && cell.text && text.includes(compact(cell.text))));
    assert.deepEqual(checks, []);
  });

  it("prints a filled report's agency, figures and prose as typed", () => {
    const text = compact(pdf.filled.text);
    for (const expected of [filled.agency, "12.5", "120", compact(filled.text["六、其他需要报告的事项"])]) assert.ok(text.includes(expected), expected);
  });
});
