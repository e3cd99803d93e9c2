// The finished report as `nianbao export … --docx|--html`: two output formats registered in
// main.ts. Export is held back while the checks (tables and prose) find errors or the document
// would publish a placeholder, a title without the agency or an empty section, unless --force.
import { runChecks } from "../../checks/run";
import { blockedMessage } from "../../export/blockers";
import { Verdict, verdictOf } from "../../export/verdict";
import { VERDICT_TEXT, VERDICTS } from "../../catalogue/verdict-messages";
import type { documentDocx as DocumentDocx } from "../../export/docx";
import { documentHtml } from "../../export/html";
import { EXPORT_MESSAGES } from "../../catalogue/export-messages";
import { ReportDocument, reportDocument } from "../../export/document";
import { ReadResult } from "../../reading/read";
import { CliError, EXIT } from "./command";
import { ExportFormat } from "./export";

interface Checked {
  readonly document: ReportDocument;
  readonly verdict: Verdict;
}

/** One check and one document per workbook read, however many formats are written from it. */
const checkedReads = new WeakMap<ReadResult, Checked>();

/** Why export is held back, in the words `nianbao check` uses for the same report. */
function heldBack(verdict: Verdict): string {
  if (verdict.kind === VERDICTS.notFilled) return VERDICT_TEXT.line(verdict.kind, 0, 0, 0);
  return blockedMessage(verdict.blockers);
}

/** The document as it will be published, once nothing blocks it (or the person forced it). */
function checkedDocument(result: ReadResult, force: boolean, note: (text: string) => void): ReportDocument {
  const known = checkedReads.get(result);
  // Placeholders name the cells where this workbook holds them.
  const document = known?.document ?? reportDocument(result.report, { locations: result.locations });
  const verdict = known?.verdict ?? verdictOf(result.report, runChecks({ read: result }).findings, document, result.reviews, result.previous);
  checkedReads.set(result, { document, verdict });
  const blocked = verdict.kind !== VERDICTS.publishable;
  if (blocked && !force) throw new CliError(`${heldBack(verdict)}\n${EXPORT_MESSAGES.override}`, EXIT.notWritten);
  // Said once, with the first file written.
  if (!known && blocked) note(EXPORT_MESSAGES.overridden(verdict.blockers.length));
  if (!known && verdict.counts["警告"] > 0) note(EXPORT_MESSAGES.warnings(verdict.counts["警告"]));
  return document;
}

/** An output format of the finished report: checked first, then rendered from the checked document. */
function documentFormat(flag: string, summary: string, render: (document: ReportDocument) => Promise<Uint8Array> | string): ExportFormat {
  return {
    flag,
    summary,
    extension: `.${flag}`,
    binary: true,
    async render(result, options) {
      return render(checkedDocument(result, options.force, options.note));
    },
  };
}

/** The docx library takes about 0.1 s to load: loaded when a .docx is written, not at every start. */
const documentDocx: typeof DocumentDocx = (document) => (require("../../export/docx") as { documentDocx: typeof DocumentDocx }).documentDocx(document);

export const docxExport = documentFormat("docx", "发布用的完整年报（Word 文档：标题、统计期限、一至六部分和三张表格）", documentDocx);
export const htmlExport = documentFormat("html", "发布用的完整年报（网页，供门户网站发布）", documentHtml);
