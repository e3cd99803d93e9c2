// The finished report as `nianbao export … --docx|--html`: two output formats registered in
// main.ts. Export is held back while the checks (tables and prose) find errors, unless --force.
import { runChecks } from "../checks";
import { assertExportable, ExportBlockedError, exportBlockers, EXPORT_MESSAGES, reportDocx, reportHtml } from "../export";
import { Report } from "../report";
import { ReadResult } from "../report/read";
import { CliError, EXIT } from "./command";
import { ExportFormat } from "./export";

function checked(result: ReadResult, force: boolean, note: (text: string) => void): void {
  const { findings } = runChecks({ read: result });
  try {
    assertExportable(findings, force);
  } catch (error) {
    if (error instanceof ExportBlockedError) throw new CliError(`${error.message}\n${EXPORT_MESSAGES.override}`, EXIT.notWritten);
    throw error;
  }
  const errors = exportBlockers(findings).length;
  if (errors > 0) note(EXPORT_MESSAGES.overridden(errors));
}

/** An output format of the finished report: checked first, then rendered from the report. */
function documentFormat(flag: string, summary: string, render: (report: Report) => Promise<Uint8Array> | string): ExportFormat {
  return {
    flag,
    summary,
    extension: `.${flag}`,
    binary: true,
    async render(result, options) {
      checked(result, options.force, options.note);
      return render(result.report);
    },
  };
}

export const docxExport = documentFormat("docx", "发布用的完整年报（Word 文档：标题、统计期限、一至六部分和三张表格）", (report) => reportDocx(report));
export const htmlExport = documentFormat("html", "发布用的完整年报（网页，供门户网站发布）", (report) => reportHtml(report));
