// Every label the finished report must show, from the model.
import { Report } from "../../src/model/report";
import { getFormat } from "../../src/model/formats";

/** Section titles, table row and column labels, 表三's corner note and headers, 表四's groups. */
export function expectedLabels(report: Report): string[] {
  const format = getFormat(report.format);
  const { 二: two, 三: three, 四: four } = format.tables;
  return [
    ...format.sections,
    ...two.blocks.flatMap((b) => [b.article, ...b.rows, ...b.columns.map((c) => c.label)]),
    two.rowHeader,
    three.cornerNote,
    three.applicantHeader,
    three.organisationHeader,
    ...three.columns.map((c) => c.label),
    ...three.rows.flatMap((r) => [r.label, ...r.parents]),
    four.litigationHeader,
    ...four.groups.map((g) => g.label),
    ...four.columns.map((c) => c.label),
  ];
}

export const squeeze = (text: string) => text.replace(/\s+/gu, "");

/**
 * Whether `label` appears in rendered text, allowing its characters to be spread out: a label
 * in a tall merged cell wraps over lines that the PDF's text interleaves with its neighbours.
 */
export function showsLabel(text: string, label: string): boolean {
  const wanted = [...squeeze(label)];
  for (let start = text.indexOf(wanted[0]); start >= 0; start = text.indexOf(wanted[0], start + 1)) {
    let at = start;
    const limit = start + wanted.length * 40;
    if (wanted.every((ch) => (at = text.indexOf(ch, at)) >= 0 && at < limit && ++at > 0)) return true;
  }
  return false;
}
