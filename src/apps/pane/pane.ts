// The pane: one UI over a Host. It knows nothing of Office.js, so a file host can drive it too.
import { CheckResult, Finding, FindingCell, Severity } from "../../model/findings";
import { reference, showValue } from "../../checks/findings";
import { canReview, isBlankProblem, Problem, reviewOf } from "../../checks/problems";
import { verdictOfChecked } from "../../export/verdict";
import { VERDICT_TEXT, VERDICTS } from "../../catalogue/verdict-messages";
import { defaultReportYear, FORMATS, formatForYear, isFormatId } from "../../model/formats";
import { SHEET_NAMES } from "../../model/sheet-names";
import { ReadResult } from "../../reading/read";
import { isReportYear, REPORT_YEARS } from "../../model/report";
import { el, say } from "../../hosts/browser/dom";
import { failureMessage } from "./failure";
import { Host, InsertOptions } from "../../hosts/host";
import { PANE_TEXT as T } from "../../catalogue/pane-messages";
import { NEXT_YEAR_MESSAGES } from "../../catalogue/next-year-messages";
import { offerDownload } from "../../hosts/browser/download";
import { exportSection } from "./export-section";
import { OneAtATime } from "./one-at-a-time";
import { textSection } from "./text-section";
import { nextYearSection } from "./next-year-section";
import { Busy, Checked, CheckNow, Serial } from "./section";

export interface PaneOptions {
  /** null outside Excel: the form shows, the actions say why they cannot run. */
  readonly host: Host | null;
  /** Shown at the top when there is no host (outside Excel, Excel too old). */
  readonly notice?: string;
  readonly check: (read: ReadResult) => CheckResult;
  readonly today?: Date;
  /** null: the page has its own banner (the standalone page). */
  readonly banner?: null;
  /** Shown first (the standalone page's file picker). */
  readonly lead?: HTMLElement;
  /** false where the pane's window cannot save a download (Excel for Mac): export points elsewhere. */
  readonly savesFiles?: boolean;
}

export interface Pane {
  /** Runs the checks, as the 校验 button does (the ribbon command calls this). */
  check(): Promise<void>;
}

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = { 错误: "error", 警告: "warning", 提示: "hint" };
const TABLE_ORDER = ["info", "二", "三", "四", "text"] as const;

function groupTitle(table: string): string {
  if (table === "info") return SHEET_NAMES.info;
  if (table === "text") return SHEET_NAMES.text;
  if (table === "二" || table === "三" || table === "四") return `表${SHEET_NAMES[table]}`;
  return T.groupOther;
}

function groupOf(problem: Problem): string {
  return problem.cells[0]?.table ?? "other";
}

/** 2025-01-20: the date a review is stamped with, in the person's own calendar day. */
function isoDate(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
}

export function startPane(root: HTMLElement, options: PaneOptions): Pane {
  const { host } = options;
  const year = defaultReportYear(options.today);
  const fileMode = host?.kind === "file";

  // Notice
  // Where the pane cannot work, the standalone page served beside it can.
  const notice = el(
    "div",
    { className: "notice", role: "alert", hidden: !options.notice },
    el("p", {}, options.notice ?? ""),
    ...(options.host ? [] : [el("p", {}, el("a", { href: "checker.html", target: "_blank", rel: "noopener" }, T.checkerLink))]),
  );

  // 插入年报模板
  const formatSelect = el("select", { id: "format", name: "format" }, ...Object.values(FORMATS).map((format) => el("option", { value: format.id }, T.formatOption(format))));
  formatSelect.value = formatForYear(year);
  const yearInput = el("input", { id: "year", name: "year", type: "number", inputmode: "numeric", min: String(REPORT_YEARS.first), max: String(REPORT_YEARS.last), step: "1", value: String(year), "aria-describedby": "year-hint" });
  const agencyInput = el("input", { id: "agency", name: "agency", type: "text", autocomplete: "organization", placeholder: T.agencyPlaceholder });
  const insertButton = el("button", { type: "submit", className: "primary", disabled: !host }, fileMode ? T.templateButton : T.insertButton);
  const insertStatus = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const keepButton = el("button", { type: "button" }, T.keepExisting);
  const besideButton = el("button", { type: "button", className: "primary" }, T.insertBeside);
  const conflictText = el("p");
  const conflict = el("div", { className: "conflict", role: "alertdialog", "aria-labelledby": "conflict-text", hidden: true }, conflictText, el("div", { className: "actions" }, keepButton, besideButton));
  conflictText.id = "conflict-text";
  const insertForm = el(
    "form",
    { className: "card", "aria-labelledby": "insert-heading", novalidate: true },
    el("h2", { id: "insert-heading" }, fileMode ? T.templateHeading : T.insertHeading),
    el("p", { className: "hint" }, fileMode ? T.templateHint : T.insertHint),
    el("div", { className: "field" }, el("label", { for: "format" }, T.formatLabel), formatSelect),
    el("div", { className: "field" }, el("label", { for: "year" }, T.yearLabel), yearInput, el("p", { id: "year-hint", className: "hint" }, T.yearHint)),
    el("div", { className: "field" }, el("label", { for: "agency" }, T.agencyLabel), agencyInput),
    el("div", { className: "actions" }, insertButton),
    conflict,
    insertStatus,
  );

  // 校验
  const checkButton = el("button", { type: "button", className: "primary", disabled: !host }, T.checkButton);
  const clearButton = el("button", { type: "button", disabled: !host }, T.clearButton);
  const autoInput = el("input", { id: "auto-check", type: "checkbox", checked: true, disabled: !host });
  const checkStatus = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const summary = el("div", { className: "summary", hidden: true });
  // A live region present from the start, so that screen readers announce each result as it arrives.
  const announced = el("div", { role: "status", "aria-live": "polite" }, summary);
  const results = el("div", { className: "results" });
  const checkSection = el(
    "section",
    { className: "card", "aria-labelledby": "check-heading" },
    el("h2", { id: "check-heading" }, T.checkHeading),
    el("p", { className: "hint" }, T.checkHint),
    el("div", { className: "actions" }, checkButton, clearButton),
    // A file changes only when the page writes it: there is nothing to follow.
    el("div", { className: "toggle", hidden: fileMode }, autoInput, el("label", { for: "auto-check" }, T.autoCheck)),
    checkStatus,
    announced,
    results,
  );

  const busy: Busy = async (button, status, working, work) => {
    button.disabled = true;
    say(status, working);
    status.className = "status";
    try {
      await work();
    } catch (error) {
      say(status, failureMessage(error));
      status.className = "status failed";
    } finally {
      button.disabled = false;
    }
  };

  // The format follows the year unless a person chose one.
  let formatChosen = false;
  formatSelect.addEventListener("change", () => (formatChosen = true));
  yearInput.addEventListener("input", () => {
    const typed = Number(yearInput.value);
    if (!formatChosen && Number.isInteger(typed) && typed >= REPORT_YEARS.first) formatSelect.value = formatForYear(typed);
  });

  const insert = async (whenSheetsExist: InsertOptions["whenSheetsExist"]) => {
    if (!host) return;
    const typedYear = Number(yearInput.value);
    const agency = agencyInput.value.trim();
    const format = formatSelect.value;
    const invalid = !isReportYear(typedYear) ? yearInput : !agency ? agencyInput : null;
    yearInput.setAttribute("aria-invalid", String(invalid === yearInput));
    agencyInput.setAttribute("aria-invalid", String(invalid === agencyInput));
    if (invalid || !isFormatId(format)) {
      say(insertStatus, invalid === yearInput ? T.yearInvalid : T.agencyMissing);
      insertStatus.className = "status failed";
      invalid?.focus();
      return;
    }
    await busy(insertButton, insertStatus, T.inserting, async () => {
      const result = await serial(() => host.insertTemplate({ format, year: typedYear, agency, whenSheetsExist }));
      if (result.status === "file") {
        offerDownload(result.file);
        say(insertStatus, T.templateDownloaded(result.file.name));
        return;
      }
      conflict.hidden = result.status !== "conflict";
      if (result.status === "conflict") {
        say(conflictText, T.conflict(result.existing));
        say(insertStatus, "");
        // The safe answer first: Enter keeps the workbook as it is.
        keepButton.focus();
        return;
      }
      const advice = formatForYear(typedYear) !== format ? ` ${T.formatForYear(typedYear, formatForYear(typedYear))}` : "";
      say(insertStatus, T.inserted(result.sheets) + advice);
    });
  };
  insertForm.addEventListener("submit", (event) => {
    event.preventDefault();
    void insert("ask");
  });
  besideButton.addEventListener("click", () => void insert("beside"));
  keepButton.addEventListener("click", () => {
    conflict.hidden = true;
    say(insertStatus, T.keptExisting);
    insertButton.focus();
  });

  /** Selects a finding's cell; a failure is said under 校验, never left unhandled. */
  const select = (cell: FindingCell) => () =>
    void serial(() => host!.select({ sheet: cell.sheet, address: cell.address })).catch((error) => {
      say(checkStatus, failureMessage(error));
      checkStatus.className = "status failed";
    });
  const operand = (cell: FindingCell) => {
    const text = `${reference(cell)} = ${showValue(cell.value)}`;
    if (!cell.address) return el("li", {}, text, T.notLocated);
    const button = el("button", { type: "button", className: "link", title: T.selectCell(reference(cell)) }, text);
    button.addEventListener("click", select(cell));
    return el("li", {}, button);
  };
  /** One rule firing inside a problem: its full sentence, its numbers and fix, and its operands. */
  const findingDetail = (finding: Finding): HTMLElement =>
    el(
      "li",
      { className: "detail" },
      el("span", { className: "rule" }, finding.rule),
      el("p", { className: "sentence" }, finding.message),
      finding.suggestion ? el("p", { className: "suggestion" }, finding.suggestion) : null,
      finding.cells.length ? el("ul", { className: "operands", "aria-label": T.operandsLabel }, ...finding.cells.map(operand)) : null,
    );
  /** 把空白填为 0: one batch, only cells still blank, then the list is checked again. */
  const fillButton = (cells: readonly FindingCell[]) => {
    const button = el("button", { type: "button", className: "fill", disabled: !host }, T.fillZeros);
    button.addEventListener("click", () =>
      void busy(button, checkStatus, T.fillingZeros, async () => {
        const filled = await serial(() => host!.fillZeros(cells.filter((cell) => cell.address)));
        await checkNow(false);
        say(checkStatus, T.filledZeros(filled));
      }),
    );
    return button;
  };
  /** 已核实: a warning a person confirmed, with the reason, stored in the workbook. */
  const reviewForm = (problem: Problem) => {
    const reason = el("input", { type: "text", className: "reason", placeholder: T.reviewReasonPlaceholder, "aria-label": T.reviewReasonLabel });
    const save = el("button", { type: "submit" }, T.reviewSave);
    const form = el("form", { className: "review-form", hidden: true }, reason, save);
    const open = el("button", { type: "button", className: "review-open", disabled: !host }, T.reviewButton);
    open.addEventListener("click", () => {
      form.hidden = false;
      reason.focus();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const why = reason.value.trim();
      if (!why) {
        say(checkStatus, T.reviewNeedsReason);
        checkStatus.className = "status failed";
        reason.focus();
        return;
      }
      void busy(save, checkStatus, T.checking, async () => {
        await serial(() => host!.addReview(reviewOf(problem, why, isoDate(options.today ?? new Date()))));
        await checkNow(false);
        say(checkStatus, T.reviewSaved);
      });
    });
    return el("div", { className: "review-actions" }, open, form);
  };
  /** A problem: its one-line headline selects its cell; the rule firings and operands are folded under it. */
  const problemItem = (problem: Problem): HTMLElement => {
    const first = problem.cells.find((cell) => cell.address);
    const message = el("button", { type: "button", className: "message", disabled: !first }, problem.headline);
    if (first) message.addEventListener("click", select(first));
    const blanks = isBlankProblem(problem);
    const details = blanks
      ? el("ul", { className: "operands", "aria-label": T.operandsLabel }, ...problem.cells.map(operand))
      : el("ul", { className: "details" }, ...problem.findings.map(findingDetail));
    return el(
      "li",
      { className: `finding ${SEVERITY_CLASS[problem.severity]}${problem.reviewed ? " reviewed" : ""}` },
      el("span", { className: "badge" }, problem.reviewed ? T.reviewButton : problem.severity),
      message,
      problem.reviewed ? el("p", { className: "review" }, T.reviewed(problem.reviewed.reason, problem.reviewed.date)) : null,
      problem.reviewed ? null : el("div", { className: "problem-actions" }, blanks ? fillButton(problem.cells) : null, canReview(problem) ? reviewForm(problem) : null),
      el("details", {}, el("summary", {}, blanks ? T.cellsLabel(problem.cells.length) : T.detailsLabel(problem.findings.length, problem.cells.length)), details),
    );
  };

  const show = (read: ReadResult, result: CheckResult) => {
    const verdict = verdictOfChecked({ read }, result);
    const { 错误: errors, 警告: warnings, 提示: hints } = verdict.counts;
    summary.hidden = false;
    const passed = verdict.kind === VERDICTS.publishable && warnings === 0;
    summary.className = `summary ${passed ? "passed" : verdict.kind !== VERDICTS.publishable ? "error" : "warning"}`;
    // The counts are of problems, then the one verdict every host says.
    // A workbook made by 新建下一年度 says that its cross-year checks ran against the figures it keeps.
    const stored = read.previous ? `　${NEXT_YEAR_MESSAGES.usingStored(read.previous.year)}` : "";
    say(summary, (passed ? T.allPassed : `${T.summary(errors, warnings, hints)}　${VERDICT_TEXT.line(verdict.kind, errors, warnings, verdict.blockers.length)}`) + stored);
    const groups = new Map<string, Problem[]>();
    for (const problem of verdict.problems) groups.set(groupOf(problem), [...(groups.get(groupOf(problem)) ?? []), problem]);
    const ordered = [...groups.keys()].sort((a, b) => (TABLE_ORDER.indexOf(a as never) + 99) % 99 - (TABLE_ORDER.indexOf(b as never) + 99) % 99);
    results.replaceChildren(
      ...ordered.map((table) =>
        el("section", { className: "group" }, el("h3", {}, `${groupTitle(table)}（${groups.get(table)!.filter((p) => !p.reviewed).length}）`), el("ul", { className: "findings" }, ...groups.get(table)!.map(problemItem))),
      ),
    );
  };

  const queue = new OneAtATime();
  const serial: Serial = (operation) => queue.run(operation);

  let checkedOnce = false;
  /** A check asked for but not started yet: later requests join it instead of queueing another. */
  let waiting: { paint: boolean; checked: Promise<Checked> } | null = null;
  /** Reads, checks and lists the findings (marking the cells when `paint`); export uses the same result. */
  const checkNow: CheckNow = (paint) => {
    if (waiting) {
      waiting.paint ||= paint;
      return waiting.checked;
    }
    const request = { paint, checked: undefined as unknown as Promise<Checked> };
    request.checked = serial(async () => {
      // Started: the workbook may change while this one reads, so the next request queues anew.
      waiting = null;
      const read = await host!.read();
      const result = options.check(read);
      checkedOnce = true;
      // The findings first: marking is best effort, and what it could not do is said, not thrown.
      show(read, result);
      return { read, result, unmarked: request.paint ? await markBestEffort(result.findings) : undefined };
    });
    waiting = request;
    return request.checked;
  };
  const markBestEffort = async (findings: readonly Finding[]): Promise<string | undefined> => {
    try {
      const { refused } = await host!.mark(findings);
      return refused.length > 0 ? T.marksRefused(refused) : undefined;
    } catch (error) {
      return T.marksFailed(failureMessage(error));
    }
  };
  const check = async (paint = true) => {
    if (!host) return;
    await busy(checkButton, checkStatus, T.checking, async () => {
      const { unmarked } = await checkNow(paint);
      say(checkStatus, unmarked ?? (paint ? "" : T.autoChecked));
    });
  };
  checkButton.addEventListener("click", () => void check());
  clearButton.addEventListener("click", () =>
    void busy(clearButton, checkStatus, T.checking, async () => {
      await serial(() => host!.clearMarks());
      say(checkStatus, T.cleared);
    }),
  );

  const { element: text, measure } = textSection(host, busy, serial);
  const exports = exportSection(host, busy, serial, checkNow, measure, options.savesFiles ?? true);
  // With a file, checking comes first; a blank template is the rarer need.
  const nextYear = nextYearSection(host, busy, serial);
  const cards = fileMode ? [notice, options.lead, checkSection, text, exports, nextYear, insertForm] : [notice, options.lead, insertForm, checkSection, text, exports, nextYear];
  root.replaceChildren(
    ...(options.banner === null ? [] : [el("header", { className: "banner" }, el("h1", {}, T.title), el("p", {}, T.subtitle))]),
    el("main", {}, ...cards),
  );

  // Re-check as people type, once they have checked at least once.
  let unsubscribe: (() => Promise<void>) | null = null;
  const follow = async () => {
    if (!host) return;
    // Lists only: painting after every pause would wipe the person's Undo history.
    // Subscribing is an Excel batch too: it waits its turn like every other.
    if (autoInput.checked && !unsubscribe) unsubscribe = await serial(() => host.onChange(() => void (checkedOnce && check(false))));
    else if (!autoInput.checked && unsubscribe) {
      const stop = unsubscribe;
      unsubscribe = null;
      await serial(stop);
    }
  };
  autoInput.addEventListener("change", () => void follow());
  void follow().catch((error) => say(checkStatus, failureMessage(error)));

  return { check: () => check() };
}
