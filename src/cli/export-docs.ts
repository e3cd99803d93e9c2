// The finished report as `nianbao export … --docx|--html`: two output formats registered in
// main.ts. Export is held back while the checks (tables and prose) find errors or the document
// would publish a placeholder, a title without the agency or an empty section, unless --force.
import { runChecks } from "../checks";
import { blockedMessage, documentDocx, documentHtml, exportBlockers, EXPORT_MESSAGES, ReportDocument, reportDocument } from "../export";
import { ReadResult } from "../report/read";
import { CliError, EXIT } from "./command";
import { ExportFormat } from "./export";

/** The document as it will be published, once nothing blocks it (or the person forced it). */
function checkedDocument(result: ReadResult, force: boolean, note: (text: string) => void): ReportDocument {
  // Placeholders name the cells where this workbook holds them.
  const document = reportDocument(result.report, { locations: result.locations });
  const { findings } = runChecks({ read: result });
  const reasons = exportBlockers(findings, document);
  if (reasons.length > 0 && !force) throw new CliError(`${blockedMessage(reasons)}\n${EXPORT_MESSAGES.override}`, EXIT.notWritten);
  if (reasons.length > 0) note(EXPORT_MESSAGES.overridden(reasons.length));
  const warnings = findings.filter((f) => f.severity === "警告").length;
  if (warnings > 0) note(EXPORT_MESSAGES.warnings(warnings));
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

export const docxExport = documentFormat("docx", "发布用的完整年报（Word 文档：标题、统计期限、一至六部分和三张表格）", documentDocx);
export const htmlExport = documentFormat("html", "发布用的完整年报（网页，供门户网站发布）", documentHtml);
