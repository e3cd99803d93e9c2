// The pane's 新建下一年度 card: next year's workbook from the open one, which is left as it is.
// Excel opens it as a new workbook; the standalone page offers it as a file to save.
import { el, say } from "../../hosts/browser/dom";
import { offerDownload } from "../../hosts/browser/download";
import { Host } from "../../hosts/host";
import { NEXT_YEAR_MESSAGES as T } from "../../catalogue/next-year-messages";
import type { Busy, Serial } from "./section";

export function nextYearSection(host: Host | null, busy: Busy, serial: Serial): HTMLElement {
  const button = el("button", { type: "button", id: "next-year", disabled: !host }, T.button);
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  button.addEventListener("click", () =>
    void busy(button, status, T.making, async () => {
      const result = await serial(() => host!.nextYear());
      if (result.status === "file") {
        offerDownload(result.file);
        say(status, T.downloaded(result.file.name, result.previousYear));
      } else say(status, T.opened(result.year, result.previousYear));
    }),
  );
  return el(
    "section",
    { className: "card", "aria-labelledby": "next-year-heading" },
    el("h2", { id: "next-year-heading" }, T.heading),
    el("p", { className: "hint" }, T.hint),
    el("div", { className: "actions" }, button),
    status,
  );
}
