// The pane's 正文 section: generate the text from the current figures, preview it, and write it
// into the 正文 sheet. Only generated blocks change; a block a person edited is replaced only
// when they say so, asked one at a time. Should the person type into the 正文 sheet while a
// question is open, the host writes nothing; the text is read and merged again, their answers
// kept, and only what is new is asked.
import { TextChangedError, TextWritten } from "../../hosts/host";
import { BlockConflict, conflictKey, mergeGenerated } from "../../narrative/blocks";
import { GeneratedBlock, MEASURES, Measure, generateNarrative } from "../../narrative/generate";
import { el, say } from "../../hosts/browser/dom";
import { Host } from "../../hosts/host";
import { PANE_TEXT as T } from "../../catalogue/pane-messages";
import type { Busy, Serial } from "./section";
import { NianbaoError } from "../../model/errors";

/** Reads and merges at most this often before giving up on a sheet that keeps changing. */
const WRITE_ATTEMPTS = 3;

type Choice = "replace" | "keep";

/** The 正文 sheet kept changing under every attempt to write it. */
export class TextKeepsChangingError extends NianbaoError {
  constructor(message: string) {
    super("textKeepsChanging", message);
  }
}

/** The 正文 card, and the measure word the person chose (export words its generated text the same way). */
export function textSection(host: Host | null, busy: Busy, serial: Serial): { element: HTMLElement; measure: () => Measure } {
  const measureSelect = el("select", { id: "measure", name: "measure" }, ...MEASURES.map((m) => el("option", { value: m }, m)));
  const generateButton = el("button", { type: "button", className: "primary", disabled: !host }, T.generateButton);
  const writeButton = el("button", { type: "button", disabled: true }, T.writeButton);
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const preview = el("div", { className: "preview", "aria-label": T.previewLabel, tabindex: "0", hidden: true });
  const question = el("p", { id: "block-question" });
  const current = el("blockquote", { className: "current" });
  const generated = el("blockquote", { className: "generated" });
  const replaceButton = el("button", { type: "button" }, T.replaceBlock);
  const keepButton = el("button", { type: "button", className: "primary" }, T.keepBlock);
  const ask = el(
    "div",
    { className: "conflict", role: "alertdialog", "aria-labelledby": "block-question", hidden: true },
    question,
    el("p", { className: "label" }, T.conflictCurrent),
    current,
    el("p", { className: "label" }, T.conflictGenerated),
    generated,
    el("div", { className: "actions" }, keepButton, replaceButton),
  );

  const generate = async (): Promise<{ blocks: readonly GeneratedBlock[]; text: Readonly<Record<string, string>>; said: string }> => {
    const read = await serial(() => host!.read());
    const narrative = generateNarrative(read.report, { measure: measureSelect.value as Measure, locations: read.locations });
    const sections = [...new Set(narrative.blocks.map((b) => b.section))];
    preview.replaceChildren(
      ...sections.map((section) =>
        el("section", {}, el("h3", {}, section), ...narrative.blocks.filter((b) => b.section === section).flatMap((b) => b.text.split("\n").map((line) => el("p", {}, line)))),
      ),
    );
    preview.hidden = false;
    const said = [T.generated(narrative.blocks.length), narrative.problems.length ? T.textProblems(narrative.problems.length) : ""].join(" ").trim();
    return { blocks: narrative.blocks, text: read.report.text, said };
  };

  /** Shows one conflict and waits for the person's answer. */
  const decide = (conflict: BlockConflict, index: number, total: number) =>
    new Promise<Choice>((resolve) => {
      say(question, T.conflictQuestion(conflict.section, conflict.id, index, total));
      say(current, conflict.current);
      say(generated, conflict.generated);
      ask.hidden = false;
      // The safe answer takes the focus: Enter keeps the person's paragraph.
      keepButton.focus();
      const answer = (choice: Choice) => () => {
        replaceButton.onclick = keepButton.onclick = null;
        ask.hidden = true;
        resolve(choice);
      };
      replaceButton.onclick = answer("replace");
      keepButton.onclick = answer("keep");
    });

  /** Answers already given in this write: asked again only if the paragraph or its new text differs. */
  const answered: (BlockConflict & { choice: Choice })[] = [];
  const earlierAnswer = (conflict: BlockConflict) =>
    answered.find((a) => a.section === conflict.section && a.id === conflict.id && a.current === conflict.current && a.generated === conflict.generated)?.choice;

  /** Generates from what the workbook holds now, asks about new conflicts, writes; false when the sheet changed meanwhile. */
  const mergeAndWrite = async (): Promise<boolean> => {
    const { blocks, text } = await generate();
    const decisions: Record<string, Choice> = {};
    const open = mergeGenerated(text, blocks).conflicts.filter((conflict) => {
      const choice = earlierAnswer(conflict);
      if (choice) decisions[conflictKey(conflict.section, conflict.id)] = choice;
      return !choice;
    });
    for (const [i, conflict] of open.entries()) {
      const choice = await decide(conflict, i + 1, open.length);
      decisions[conflictKey(conflict.section, conflict.id)] = choice;
      answered.push({ ...conflict, choice });
    }
    const merged = mergeGenerated(text, blocks, decisions);
    const changed = Object.fromEntries(Object.entries(merged.text).filter(([section, value]) => value !== (text[section] ?? "")));
    if (Object.keys(changed).length === 0) {
      say(status, T.nothingToWrite);
      return true;
    }
    let written: TextWritten;
    try {
      written = await serial(() => host!.writeText(changed, text));
    } catch (error) {
      if (!(error instanceof TextChangedError)) throw error;
      say(status, T.textChanged);
      return false;
    }
    // The standalone page changed its copy only: say so, and how to keep it.
    const where = host!.kind === "file" ? T.writtenInPage : written.rowsFitted ? "" : T.rowsNotFitted;
    say(status, `${T.written(Object.keys(changed))}${where}`);
    return true;
  };

  generateButton.addEventListener("click", () =>
    void busy(generateButton, status, T.generating, async () => {
      say(status, (await generate()).said);
      writeButton.disabled = false;
    }),
  );
  writeButton.addEventListener("click", () =>
    void busy(writeButton, status, T.writing, async () => {
      answered.length = 0;
      generateButton.disabled = true;
      try {
        for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) if (await mergeAndWrite()) return;
        throw new TextKeepsChangingError(T.textKeepsChanging);
      } finally {
        generateButton.disabled = false;
      }
    }),
  );

  const element = el(
    "section",
    { className: "card", "aria-labelledby": "text-heading" },
    el("h2", { id: "text-heading" }, T.textHeading),
    el("p", { className: "hint" }, T.textHint),
    el("div", { className: "field inline" }, el("label", { for: "measure" }, T.measureLabel), measureSelect),
    el("div", { className: "actions" }, generateButton, writeButton),
    ask,
    status,
    preview,
  );
  return { element, measure: () => measureSelect.value as Measure };
}
