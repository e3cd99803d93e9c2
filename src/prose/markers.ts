// The markers around a generated block of prose: 【自动生成：id #hash】 … 【自动生成结束】. Reading
// prose strips them; the narrative writes and compares them.
export const BLOCK = /【自动生成：([^\s#】]+) #([0-9a-f]{6})】\n?([\s\S]*?)\n?【自动生成结束】/gu;
const END_MARKER = "【自动生成结束】";

/** FNV-1a, 24 bits: enough to notice an edit, short enough to sit in a cell. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text.replace(/\r\n?/gu, "\n").trim()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 0xffffff).toString(16).padStart(6, "0");
}

/** A generated block as it is written into a section's text. */
export function markBlock(id: string, text: string): string {
  return `【自动生成：${id} #${textHash(text)}】\n${text}\n${END_MARKER}`;
}

/** The text a reader sees: markers removed, block bodies kept. */
export function stripMarkers(text: string): string {
  return text.replace(BLOCK, (_whole, _id, _hash, body: string) => body);
}
