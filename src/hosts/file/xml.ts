// The XML of one part of an .xlsx, read by a conforming XML parser (saxes): well-formed or
// refused. Comments, CDATA, character references and namespaces are the parser's to get right, so
// a comment holding `<c><v>49</v></c>` is a comment, and `x:c` is `c` when `x` names the
// spreadsheet namespace. A document type declaration is refused (entities declared there could
// stand for anything), and so are bytes that are not the UTF-8 or UTF-16 the part declares.
// Parsing is one pass over the text: time and memory grow with the part's size and nothing else.
import { SaxesParser, SaxesTagNS } from "saxes";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { WorkbookFileError } from "./zip-guard";

/** The namespaces of the parts read, in their transitional (Excel) and strict (ISO) spellings. */
export const NAMESPACES = {
  main: ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  relationships: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  package: ["http://schemas.openxmlformats.org/package/2006/relationships"],
  coreProperties: ["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"],
} as const;

export type Namespace = keyof typeof NAMESPACES;

/** An element as the reader sees it: its local name, and its attributes by local name. */
export interface XmlElement {
  /** The local name when the element is in `namespace`, else undefined (a foreign element). */
  readonly name: string | undefined;
  /** An attribute without a prefix, or in `namespace` (e.g. r:id in `relationships`). */
  attribute(local: string, namespace?: Namespace): string | undefined;
}

export interface XmlHandler {
  /** `path`: the local names of the open elements of `namespace`, outermost first, this one last. */
  open?(element: XmlElement, path: readonly string[]): void;
  /** Character data (text and CDATA), entities resolved, inside the innermost open element. */
  text?(text: string, path: readonly string[]): void;
  close?(name: string, path: readonly string[]): void;
}

const damaged = (part: string, detail: string) => new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(`${part} ${detail}`));

/** The part's text, decoded as its byte order mark or declaration says; undecodable bytes are refused. */
function decode(bytes: Uint8Array, part: string): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  try {
    return new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw damaged(part, FILE_MESSAGES.xmlEncoding);
  }
}

/**
 * SpreadsheetML nests a dozen elements deep at most; a part nested deeper is refused at once,
 * which also keeps the parser linear (it resolves namespaces through every open element).
 */
const MAX_DEPTH = 100;

const DECLARED = /^(utf-8|utf8|utf-16|utf-16le|utf-16be)$/i;

/**
 * Parses the part, calling `handler` for the elements of `namespace` (foreign elements and all
 * they hold are passed over). Throws WorkbookFileError with the line and column of the first error.
 */
export function parseXml(bytes: Uint8Array, part: string, namespace: Namespace, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  // Six handlers at most: saxes adds each as a property of the parser, and past six V8 turns the
  // parser into a slow dictionary object, which made every part five times slower to read.
  const wanted: readonly string[] = NAMESPACES[namespace];
  const path: string[] = [];
  /** How deep inside a foreign element the parser is; 0 when inside none. */
  let foreign = 0;
  let depth = 0;
  const fail = (detail: string) => damaged(part, FILE_MESSAGES.xmlAt(parser.line, parser.column + 1, detail));
  parser.on("error", () => {
    // saxes words its errors in English for developers; the person gets where it happened.
    throw fail(FILE_MESSAGES.xmlMalformed);
  });
  parser.on("doctype", () => {
    throw fail(FILE_MESSAGES.xmlDoctype);
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (++depth > MAX_DEPTH) throw fail(FILE_MESSAGES.xmlTooDeep(MAX_DEPTH));
    // The declaration, if any, has been read by the time the root element opens.
    const { encoding } = parser.xmlDecl;
    if (depth === 1 && encoding !== undefined && !DECLARED.test(encoding)) throw fail(FILE_MESSAGES.xmlDeclaredEncoding(encoding));
    if (foreign > 0 || !wanted.includes(tag.uri)) {
      foreign++;
      return;
    }
    path.push(tag.local);
    handler.open?.(
      {
        name: tag.local,
        attribute(local, attributeNamespace) {
          // An attribute without a prefix has no namespace and is keyed by its name alone.
          if (!attributeNamespace) return tag.attributes[local]?.value;
          const uris: readonly string[] = NAMESPACES[attributeNamespace];
          for (const key in tag.attributes) {
            const attribute = tag.attributes[key];
            if (attribute.local === local && uris.includes(attribute.uri)) return attribute.value;
          }
          return undefined;
        },
      },
      path,
    );
  });
  const text = (data: string) => {
    if (foreign === 0 && path.length > 0) handler.text?.(data, path);
  };
  parser.on("text", text);
  parser.on("cdata", text);
  parser.on("closetag", () => {
    depth--;
    if (foreign > 0) {
      foreign--;
      return;
    }
    handler.close?.(path[path.length - 1], path);
    path.pop();
  });
  parser.write(decode(bytes, part)).close();
}
