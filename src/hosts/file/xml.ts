// A forward scanner over the XML of one part of an .xlsx. Every search starts where the last one
// ended and none looks back, so reading a part costs one pass over its text whatever its shape:
// a crafted part (thousands of start tags that never close) cannot make the reader crawl.
// Well-formed XML always closes what it opens, so the first tag left open ends the reading with
// the file's name in a Chinese message.
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { WorkbookFileError } from "./zip-guard";

/** One element found by the scanner. */
export interface XmlElement {
  readonly name: string;
  /** The text of the start tag after the element's name, e.g. ` r="A1" t="s"`. */
  readonly attributes: string;
  /** The text between the start and end tags; undefined when the element closes itself (`<t/>`). */
  readonly body: string | undefined;
}

const isNameEnd = (char: string | undefined) => char === undefined || char === ">" || char === "/" || char === " " || char === "\t" || char === "\n" || char === "\r";

const unclosed = (part: string, name: string, what: string) =>
  new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(`${part} 中的 <${name}> ${what}`));

/**
 * The elements named `names` in `xml`, in document order, each taken whole: what lies inside one
 * (a <t> inside a skipped <rPh>) is not visited again. `part` names the file in messages.
 */
export function* elements(xml: string, names: string | readonly string[], part: string): Generator<XmlElement> {
  const wanted = typeof names === "string" ? [names] : names;
  let at = 0;
  for (;;) {
    const open = xml.indexOf("<", at);
    if (open < 0) return;
    const name = wanted.find((candidate) => xml.startsWith(candidate, open + 1) && isNameEnd(xml[open + 1 + candidate.length]));
    if (name === undefined) {
      at = open + 1;
      continue;
    }
    const tagEnd = xml.indexOf(">", open);
    if (tagEnd < 0) throw unclosed(part, name, "标记不完整");
    const selfClosing = xml[tagEnd - 1] === "/";
    const attributes = xml.slice(open + 1 + name.length, selfClosing ? tagEnd - 1 : tagEnd);
    if (selfClosing) {
      at = tagEnd + 1;
      yield { name, attributes, body: undefined };
      continue;
    }
    const closing = `</${name}>`;
    const close = xml.indexOf(closing, tagEnd + 1);
    if (close < 0) throw unclosed(part, name, `缺少结束标记 ${closing}`);
    at = close + closing.length;
    yield { name, attributes, body: xml.slice(tagEnd + 1, close) };
  }
}

/** The first element named `name`, or undefined. */
export function firstElement(xml: string, name: string, part: string): XmlElement | undefined {
  for (const element of elements(xml, name, part)) return element;
  return undefined;
}
