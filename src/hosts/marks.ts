// Which cells the findings mark and with what, and which marked cells get their own fill back:
// pure planning, shared by the Excel host (which queues it, excel/marks.ts) and the offline page.
import { Finding, Severity } from "../model/findings";

/** A marked cell and the fill it had before (null: no fill). */
export interface MarkRecord {
  readonly sheet: string;
  readonly address: string;
  readonly severity: Severity;
  readonly originalFill: string | null;
}

const RANK: Readonly<Record<Severity, number>> = { 错误: 0, 警告: 1, 提示: 2 };
const key = (sheet: string, address: string) => `${sheet}!${address}`;

/** What a cell looks like now: its fill from the last read (null: no fill). */
export type FillLookup = (sheet: string, address: string) => string | null;

export interface MarkPlan {
  readonly restore: readonly MarkRecord[];
  readonly paint: readonly MarkRecord[];
  readonly records: readonly MarkRecord[];
}

/** A cell the findings mark, with its most severe finding and every finding's message, in order. */
export interface MarkedCell extends Omit<MarkRecord, "originalFill"> {
  readonly messages: readonly string[];
}

/** The cells the findings mark, each with its most severe finding; prompts (提示) are not marked. */
function markedCells(findings: readonly Finding[], sheets: ReadonlySet<string>): Map<string, MarkedCell> {
  const wanted = new Map<string, { sheet: string; address: string; severity: Severity; messages: string[] }>();
  for (const finding of findings) {
    if (finding.severity === "提示") continue;
    const seen = new Set<string>();
    for (const cell of finding.cells) {
      if (!cell.address || !sheets.has(cell.sheet)) continue;
      const at = key(cell.sheet, cell.address);
      if (seen.has(at)) continue;
      seen.add(at);
      const held = wanted.get(at);
      if (!held) wanted.set(at, { sheet: cell.sheet, address: cell.address, severity: finding.severity, messages: [finding.message] });
      else {
        if (RANK[finding.severity] < RANK[held.severity]) held.severity = finding.severity;
        held.messages.push(finding.message);
      }
    }
  }
  return wanted;
}

/** Every cell the findings mark, with the messages of the findings that mark it. */
export function cellsToMark(findings: readonly Finding[], sheets: ReadonlySet<string>): MarkedCell[] {
  return [...markedCells(findings, sheets).values()];
}

/** The cells about to be marked for the first time: only their current fill needs reading. */
export function unrecordedCells(findings: readonly Finding[], previous: readonly MarkRecord[], sheets: ReadonlySet<string>): MarkedCell[] {
  const recorded = new Set(previous.map((record) => key(record.sheet, record.address)));
  return [...markedCells(findings, sheets)].filter(([at]) => !recorded.has(at)).map(([, cell]) => cell);
}

/**
 * Which cells to paint and which to give back their fill. A cell already marked keeps the
 * original fill recorded when it was first marked, "no fill" included.
 */
export function planMarks(findings: readonly Finding[], previous: readonly MarkRecord[], currentFill: FillLookup, sheets: ReadonlySet<string>): MarkPlan {
  const before = new Map(previous.map((record) => [key(record.sheet, record.address), record]));
  const wanted = new Map(
    [...markedCells(findings, sheets)].map(([at, { sheet, address, severity }]): [string, MarkRecord] => [
      at,
      { sheet, address, severity, originalFill: before.has(at) ? before.get(at)!.originalFill : currentFill(sheet, address) },
    ]),
  );
  const restore = previous.filter((record) => !wanted.has(key(record.sheet, record.address)) && sheets.has(record.sheet));
  const paint = [...wanted.values()].filter((record) => before.get(key(record.sheet, record.address))?.severity !== record.severity);
  return { restore, paint, records: [...wanted.values()] };
}

/** True when the plan would write nothing new: no fill changes and the same records. */
export function changesNothing(plan: MarkPlan, previous: readonly MarkRecord[]): boolean {
  return plan.restore.length === 0 && plan.paint.length === 0 && plan.records.length === previous.length;
}

/** The records kept with a workbook, ignoring anything that is not one (a hand-edited file, say). */
export function parseMarks(value: unknown): MarkRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is MarkRecord => !!r && typeof r.sheet === "string" && typeof r.address === "string" && r.severity in RANK && (r.originalFill === null || typeof r.originalFill === "string"),
  );
}
