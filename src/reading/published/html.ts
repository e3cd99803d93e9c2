// An HTML page as saved from a government site, read with a real HTML parser: every table cell
// is a piece (an empty cell a blank one), every other block of text a piece of its own.
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { Piece } from "./pieces";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Elements whose content is no text of the report. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "select", "button", "iframe", "svg"]);
/** Elements that end a line of text before and after them. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "tbody", "thead", "tfoot", "tr", "ul", "title",
]);

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): readonly Node[] => ("childNodes" in node ? node.childNodes : []);
const lineOf = (node: Node): number => node.sourceCodeLocation?.startLine ?? 1;

function hasTable(node: Node): boolean {
  return childrenOf(node).some((child) => isElement(child) && (child.tagName === "table" || hasTable(child)));
}

/** A cell's text, its line breaks kept as spaces for the label comparison to drop. */
function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if (isElement(node) && SKIPPED.has(node.tagName)) return "";
  if (isElement(node) && node.tagName === "br") return "\n";
  return childrenOf(node).map(textOf).join("");
}

/** The pieces of an HTML page in reading order; the page's <title> comes first. */
export function piecesOfHtml(html: string): Piece[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const pieces: Piece[] = [];
  let buffer = "";
  let bufferLine = 1;
  const flush = () => {
    if (buffer.trim() !== "") pieces.push({ text: buffer, line: bufferLine, delimited: false, spaced: false });
    buffer = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeName === "#text") {
      if (buffer.trim() === "") bufferLine = lineOf(node);
      buffer += (node as DefaultTreeAdapterMap["textNode"]).value;
      return;
    }
    if (!isElement(node)) return childrenOf(node).forEach(walk);
    if (node.tagName === "title") {
      flush();
      pieces.push({ text: textOf(node), line: lineOf(node), delimited: false, spaced: false });
      return;
    }
    if (SKIPPED.has(node.tagName)) return;
    // A cell that holds a table of its own is page layout, not a cell of the report.
    if ((node.tagName === "td" || node.tagName === "th") && !hasTable(node)) {
      flush();
      pieces.push({ text: textOf(node), line: lineOf(node), delimited: true, spaced: false });
      return;
    }
    const block = BLOCKS.has(node.tagName) || node.tagName === "td" || node.tagName === "th";
    if (block) flush();
    childrenOf(node).forEach(walk);
    if (block) flush();
  };
  const head = document.childNodes.find(isElement)?.childNodes.find((n) => isElement(n) && n.tagName === "head");
  const title = head && childrenOf(head).find((n) => isElement(n) && n.tagName === "title");
  if (title) walk(title);
  walk(document);
  flush();
  return pieces;
}
