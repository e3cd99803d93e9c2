// Hostile and broken report files, forged from a real workbook: entries replaced, and the sizes
// the zip declares able to lie.
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { consistentReport } from "../../checks/builders";
import { zipEntries, zipOf } from "../../hosts/file/zip";

interface Replacement {
  readonly data: Uint8Array;
  /** What the zip's directory claims the entry inflates to (default: the truth). */
  readonly declaredSize?: number;
}

/** A real report workbook, deflated, with some entries replaced. */
export async function forgedWorkbook(replace: Record<string, Replacement>): Promise<Uint8Array> {
  const entries = new Map<string, Replacement>();
  for (const [name, text] of zipEntries(await writeReportXlsx(consistentReport(5)))) entries.set(name, { data: Buffer.from(text, "utf8") });
  for (const [name, entry] of Object.entries(replace)) entries.set(name, entry);
  return zipOf([...entries].map(([name, entry]) => ({ name, ...entry, deflate: true })));
}

/** A worksheet whose sheetData is the given rows. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}
