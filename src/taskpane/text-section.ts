// The pane's 正文 section: generate the text from the current figures, preview it, and write it
// into the 正文 sheet. Only generated blocks change; a block a person edited is replaced only
// when they say so, asked one at a time.
import { BlockConflict, ConflictDecisions, GeneratedBlock, MEASURES, Measure, conflictKey, generateNarrative, mergeGenerated } from "../narrative";
import { FormatId } from "../report/types";
import { el, say } from "./dom";
import { Host } from "./host";
import { PANE_TEXT as T } from "./messages";
import type { Busy } from "./pane";

/** The 正文 card, and the measure word the person chose (export words its generated text the same way). */
export function textSection(host: Host | null, busy: Busy): { element: HTMLElement; measure: () => Measure } {
  const measureSelect = el("select", { id: "measure", name: "measure" }, ...MEASURES.map((m) => el("option", { value: m }, m)));
  const generateButton = el("button", { type: "button", className: "primary", disabled: !host }, T.generateButton);
  const writeButton = el("button", { type: "button", disabled: true }, T.writeButton);
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const preview = el("div", { className: "preview", "aria-label": T.previewLabel, tabindex: "0", hidden: true });
  const question = el("p", { id: "block-question" });
  const current = el("blockquote", { className: "current" });
  const generated = el("blockquote", { className: "generated" });
  const replaceButton = el("button", { type: "button", className: "primary" }, T.replaceBlock);
  const keepButton = el("button", { type: "button" }, T.keepBlock);
  const ask = el(
    "div",
    { className: "conflict", role: "alertdialog", "aria-labelledby": "block-question", hidden: true },
    question,
    el("p", { className: "label" }, T.conflictCurrent),
    current,
    el("p", { className: "label" }, T.conflictGenerated),
    generated,
    el("div", { className: "actions" }, replaceButton, keepButton),
  );

  const generate = async (): Promise<{ format: FormatId; blocks: readonly GeneratedBlock[]; text: Readonly<Record<string, string>> }> => {
    const read = await host!.read();
    const narrative = generateNarrative(read.report, { measure: measureSelect.value as Measure, locations: read.locations });
    const sections = [...new Set(narrative.blocks.map((b) => b.section))];
    preview.replaceChildren(
      ...sections.map((section) =>
        el("section", {}, el("h3", {}, section), ...narrative.blocks.filter((b) => b.section === section).flatMap((b) => b.text.split("\n").map((line) => el("p", {}, line)))),
      ),
    );
    preview.hidden = false;
    say(status, [T.generated(narrative.blocks.length), narrative.problems.length ? T.textProblems(narrative.problems.length) : ""].join(" ").trim());
    return { format: read.report.format, blocks: narrative.blocks, text: read.report.text };
  };

  /** Shows one conflict and waits for the person's answer. */
  const decide = (conflict: BlockConflict, index: number, total: number) =>
    new Promise<"replace" | "keep">((resolve) => {
      say(question, T.conflictQuestion(conflict.section, conflict.id, index, total));
      say(current, conflict.current);
      say(generated, conflict.generated);
      ask.hidden = false;
      replaceButton.focus();
      const answer = (choice: "replace" | "keep") => () => {
        replaceButton.onclick = keepButton.onclick = null;
        ask.hidden = true;
        resolve(choice);
      };
      replaceButton.onclick = answer("replace");
      keepButton.onclick = answer("keep");
    });

  generateButton.addEventListener("click", () =>
    void busy(generateButton, status, T.generating, async () => {
      await generate();
      writeButton.disabled = false;
    }),
  );
  writeButton.addEventListener("click", () =>
    void busy(writeButton, status, T.writing, async () => {
      // Generated again from what the workbook holds now, so nothing typed meanwhile is lost.
      const { format, blocks, text } = await generate();
      const first = mergeGenerated(text, blocks);
      const decisions: Record<string, "replace" | "keep"> = {};
      generateButton.disabled = true;
      try {
        for (const [i, conflict] of first.conflicts.entries())
          decisions[conflictKey(conflict.section, conflict.id)] = await decide(conflict, i + 1, first.conflicts.length);
      } finally {
        generateButton.disabled = false;
      }
      const merged = mergeGenerated(text, blocks, decisions as ConflictDecisions);
      const changed = Object.fromEntries(Object.entries(merged.text).filter(([section, value]) => value !== (text[section] ?? "")));
      if (Object.keys(changed).length === 0) {
        say(status, T.nothingToWrite);
        return;
      }
      await host!.writeText(format, changed);
      say(status, T.written(Object.keys(changed)));
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
