// The pane's 导出 section: the finished report as .docx and HTML, held back with the reasons
// listed while errors remain unless the person ticks the override; in the standalone page also
// the workbook with the findings marked. Where the pane's window cannot save a file (Excel for
// Mac), it says so and points to the standalone page instead of claiming a download.
import { exportBlockers } from "../../export/blockers";
import { ReportDocument, reportDocument } from "../../export/document";
import type { Measure } from "../../narrative/generate";
import { el, say } from "../../hosts/browser/dom";
import { FILE_TYPES, offerDownload } from "../../hosts/browser/download";
import { DownloadFile, Host } from "../../hosts/host";
import { PANE_TEXT as T } from "../../catalogue/pane-messages";
import type { Busy, CheckNow, Serial } from "./section";

type Kind = "docx" | "html";

/** The file of the document that was checked, so what is published is what the gate passed. */
async function reportFile(kind: Kind, document: ReportDocument): Promise<DownloadFile> {
  const name = `${document.title}.${kind}`;
  // Loaded on first use: the Word writer is most of the pane's weight and few open it.
  if (kind === "html") return { name, type: FILE_TYPES.html, bytes: (await import(/* webpackChunkName: "export-html" */ "../../export/html")).documentHtml(document) };
  return { name, type: FILE_TYPES.docx, bytes: await (await import(/* webpackChunkName: "export-docx" */ "../../export/docx")).documentDocx(document) };
}

export function exportSection(
  host: Host | null,
  busy: Busy,
  serial: Serial,
  checkNow: CheckNow,
  measure: () => Measure,
  savesFiles: boolean,
): HTMLElement {
  const docxButton = el("button", { type: "button", className: "primary", disabled: !host || !savesFiles }, T.docxButton);
  const htmlButton = el("button", { type: "button", disabled: !host || !savesFiles }, T.htmlButton);
  const noDownloads = el(
    "div",
    { className: "notice", hidden: savesFiles },
    el("p", {}, T.noDownloads),
    el("p", {}, el("a", { href: "checker.html", target: "_blank", rel: "noopener" }, T.noDownloadsLink)),
  );
  const markedButton = host?.markedWorkbook ? el("button", { type: "button" }, T.markedButton) : null;
  const overrideInput = el("input", { id: "export-override", type: "checkbox", disabled: !host });
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const blockedTitle = el("p", { className: "blocked-title", tabindex: "-1" });
  const reasons = el("ol", { className: "reasons" });
  const blocked = el("div", { className: "blocked", role: "alert", hidden: true }, blockedTitle, reasons);

  const exportAs = (kind: Kind, button: HTMLButtonElement) =>
    void busy(button, status, T.exporting, async () => {
      const { read, result } = await checkNow(false);
      // Placeholders, an empty 五 or a title without the agency hold export back as errors do.
      const document = reportDocument(read.report, { measure: measure(), locations: read.locations });
      const errors = exportBlockers(result.findings, document);
      blocked.hidden = errors.length === 0 || overrideInput.checked;
      if (errors.length > 0 && !overrideInput.checked) {
        say(blockedTitle, T.blockedHeading(errors.length));
        reasons.replaceChildren(...errors.map((reason) => el("li", {}, reason)));
        say(status, "");
        // The reasons take the focus, not the override: Space must not tick 仍然导出.
        blockedTitle.focus();
        return;
      }
      const file = await reportFile(kind, document);
      offerDownload(file);
      say(status, errors.length > 0 ? `${T.overridden(errors.length)} ${T.exported(file.name)}` : T.exported(file.name));
    });
  docxButton.addEventListener("click", () => exportAs("docx", docxButton));
  htmlButton.addEventListener("click", () => exportAs("html", htmlButton));
  markedButton?.addEventListener("click", () =>
    void busy(markedButton, status, T.exporting, async () => {
      // Checked first, so the marks are those of the workbook as it is now.
      await checkNow(true);
      const file = await serial(() => host!.markedWorkbook!());
      offerDownload(file);
      say(status, T.exported(file.name));
    }),
  );

  return el(
    "section",
    { className: "card", "aria-labelledby": "export-heading" },
    el("h2", { id: "export-heading" }, T.exportHeading),
    el("p", { className: "hint" }, T.exportHint),
    noDownloads,
    el("div", { className: "actions" }, docxButton, htmlButton, markedButton),
    el("div", { className: "toggle" }, overrideInput, el("label", { for: "export-override" }, T.override)),
    blocked,
    status,
  );
}
