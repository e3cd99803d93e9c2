// Generated blocks on the prose sheet. Each block sits between two markers; the start marker
// carries the block's id and a short hash of the text as generated, so that regenerating can
// tell an untouched block (refresh it) from one a person has edited (ask first). Everything
// outside the markers is a person's and is never touched.
import { GeneratedBlock } from "./generate";
import { BLOCK, markBlock, textHash } from "../prose/markers";

interface FoundBlock {
  readonly id: string;
  readonly hash: string;
  readonly body: string;
  readonly start: number;
  readonly end: number;
}

function findBlocks(text: string): FoundBlock[] {
  return [...text.matchAll(BLOCK)].map((m) => ({ id: m[1], hash: m[2], body: m[3], start: m.index!, end: m.index! + m[0].length }));
}

/** A generated block that a person has edited since it was generated. */
export interface BlockConflict {
  readonly section: string;
  readonly id: string;
  /** The block as it stands now, edited. */
  readonly current: string;
  /** What regenerating would put there. */
  readonly generated: string;
}

/** The host's answer for a conflict, by `${section}|${id}`. */
export type ConflictDecisions = Readonly<Record<string, "replace" | "keep">>;

export function conflictKey(section: string, id: string): string {
  return `${section}|${id}`;
}

export interface MergeResult {
  /** Every section's new text (sections without generated blocks unchanged). */
  readonly text: Record<string, string>;
  /** Edited blocks left as they were; ask the person, then merge again with decisions. */
  readonly conflicts: readonly BlockConflict[];
}

/** The text with a block taken out, and the line break that set it apart, so no blank line is left. */
function withoutBlock(text: string, block: FoundBlock): string {
  const start = text[block.end] !== "\n" && text[block.start - 1] === "\n" ? block.start - 1 : block.start;
  const end = text[block.end] === "\n" ? block.end + 1 : block.end;
  return text.slice(0, start) + text.slice(end);
}

/**
 * Refreshes the generated blocks in the section texts and keeps every word a person wrote.
 * An untouched block is replaced by its new text; an edited one is kept and reported as a
 * conflict unless `decisions` says to replace it; a block new to a section is appended to it.
 */
export function mergeGenerated(
  existing: Readonly<Record<string, string>>,
  generated: readonly GeneratedBlock[],
  decisions: ConflictDecisions = {},
): MergeResult {
  const text: Record<string, string> = { ...existing };
  const conflicts: BlockConflict[] = [];
  const sections = [...new Set(generated.map((block) => block.section))];
  for (const section of sections) {
    let current = existing[section] ?? "";
    const found = findBlocks(current);
    const fresh = generated.filter((block) => block.section === section);
    // Replace from the end so earlier offsets stay valid.
    for (const block of [...found].reverse()) {
      const next = fresh.find((g) => g.id === block.id);
      const edited = textHash(block.body) !== block.hash;
      let replacement: string | undefined;
      if (!next) replacement = edited ? undefined : "";
      else if (block.body.trim() === next.text) replacement = markBlock(next.id, next.text);
      else if (!edited || decisions[conflictKey(section, block.id)] === "replace") replacement = markBlock(next.id, next.text);
      else if (decisions[conflictKey(section, block.id)] !== "keep")
        conflicts.push({ section, id: block.id, current: block.body, generated: next.text });
      if (replacement === "") current = withoutBlock(current, block);
      else if (replacement !== undefined) current = current.slice(0, block.start) + replacement + current.slice(block.end);
    }
    const present = new Set(found.map((block) => block.id));
    const added = fresh.filter((block) => !present.has(block.id)).map((block) => markBlock(block.id, block.text));
    if (added.length > 0) current = [current.trimEnd(), ...added].filter((part) => part !== "").join("\n");
    text[section] = current;
  }
  return { text, conflicts: conflicts.reverse() };
}
