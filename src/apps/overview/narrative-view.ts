// The consolidated text as the overview shows it: each section's title, then its paragraphs.
import { el } from "../../hosts/browser/dom";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";

export function narrativeView(blocks: readonly { readonly section: string; readonly text: string }[]): HTMLElement {
  const sections = [...new Set(blocks.map((block) => block.section))];
  return el(
    "div",
    { className: "narrative" },
    el("p", { className: "hint" }, T.consolidatedText),
    ...sections.flatMap((section) => [el("h3", {}, section), ...blocks.filter((block) => block.section === section).map((block) => el("p", {}, block.text))]),
  );
}
