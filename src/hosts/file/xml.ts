// The XML of one part of an .xlsx, read by a conforming XML parser (saxes): well-formed or
// refused. Comments, CDATA, character references and namespaces are the parser's to get right, so
// a comment holding `<c><v>49</v></c>` is a comment, and `x:c` is `c` when `x` names the
// spreadsheet namespace. A document type declaration is refused (entities declared there could
// stand for anything), and so are bytes that are not the UTF-8 or UTF-16 the part declares.
// Parsing is one pass over the text: time and memory grow with the part's size and nothing else.
// Parts go first to a fast reader of the plain XML programs write (xml-scan.ts); what it declines
// is read by saxes, whose verdict stands.
import type { SaxesParser as Parser, SaxesTagNS } from "saxes";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { WorkbookFileError } from "./zip-guard";
import { AttributeLookup, DECLARED_ENCODING, DECLINED, scanXml, ScanSink, Utf8Decoder } from "./xml-scan";

/** The namespaces of the parts read, in their transitional (Excel) and strict (ISO) spellings. */
export const NAMESPACES = {
  main: ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  relationships: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  package: ["http://schemas.openxmlformats.org/package/2006/relationships"],
  coreProperties: ["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"],
} as const;

export type Namespace = keyof typeof NAMESPACES;

/** An element as the reader sees it (its name is the last of the path): its attributes by local name. Valid only while `open` runs. */
export interface XmlElement {
  /** An attribute without a prefix, or in `namespace` (e.g. r:id in `relationships`). */
  attribute(local: string, namespace?: Namespace): string | undefined;
}

/** What reads a part: told of its elements and text, it gives its result at the end. */
export interface XmlReader<T> {
  /**
   * `path`: the local names of the open elements of `namespace`, outermost first, this one last.
   * `false`: what the element holds is of no interest, and is passed over (still checked).
   */
  open?(element: XmlElement, path: readonly string[]): boolean | void;
  /**
   * Character data (text and CDATA) inside the innermost open element: `characters()` gives it,
   * entities resolved, while `text` runs (a string is made only for the text a reader takes).
   */
  text?(characters: () => string, path: readonly string[]): void;
  close?(name: string, path: readonly string[]): void;
  /** What was read, once the part has been read to its end. */
  result(): T;
}

const damaged = (part: string, detail: string) => new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(`${part} ${detail}`));

interface NodeBuffer {
  isUtf8(bytes: Uint8Array): boolean;
  Buffer: { from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: "utf8", start?: number, end?: number): string } };
}
/** Node's buffer module when running in Node (reached without an import, so browser bundles stay free of it). */
const nodeBuffer = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process?.getBuiltinModule?.("buffer") as NodeBuffer | undefined;

/** A part's bytes as UTF-8 checked, without a byte order mark, and how to make strings of them. */
interface Utf8Part {
  readonly bytes: Uint8Array;
  readonly decode: Utf8Decoder;
}

/**
 * Short ASCII strings already made, by a hash of their length and first and last two bytes. A
 * workbook's parts say the same short things thousands of times (element names, style indices,
 * cell types, small numbers), and every workbook of a batch says them again: each is made once
 * and then found by comparing its bytes, which also shows them to be ASCII. A range of up to
 * SHORT_RANGE bytes is built from its bytes, faster than a decoder call; 32 takes in the longest
 * element names (conditionalFormatting). Room for 4,096: a report's cell references alone are
 * about a thousand.
 */
const SHORT_RANGE = 32;
const SHORT_STRINGS: string[] = new Array<string>(4096).fill("");

/** Strings of one and two ASCII characters, by their codes: most asked for are these (c, v, r, s, t, style indices, A1). */
const ONE_CHARACTER = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
const TWO_CHARACTERS: string[] = new Array<string>(0x80 * 0x80).fill("");

function shortAscii(bytes: Uint8Array, start: number, end: number): string | undefined {
  const first = bytes[start];
  if (end - start === 1) return first < 0x80 ? ONE_CHARACTER[first] : undefined;
  if (end - start === 2) {
    const second = bytes[start + 1];
    if ((first | second) >= 0x80) return undefined;
    const key = (first << 7) | second;
    return TWO_CHARACTERS[key] || (TWO_CHARACTERS[key] = String.fromCharCode(first, second));
  }
  const length = end - start;
  const hash = ((((length * 31 + first) * 31 + bytes[start + 1]) * 31 + bytes[end - 2]) * 31 + bytes[end - 1]) | 0;
  const slot = hash & (SHORT_STRINGS.length - 1);
  const known = SHORT_STRINGS[slot];
  if (known.length === length) {
    let same = true;
    for (let i = start; i < end && same; i++) same = known.charCodeAt(i - start) === bytes[i];
    if (same) return known;
  }
  let text = "";
  for (let i = start; i < end; i++) {
    if (bytes[i] >= 0x80) return undefined;
    text += String.fromCharCode(bytes[i]);
  }
  return (SHORT_STRINGS[slot] = text);
}

/** Strings of checked UTF-8 bytes: Node's Buffer decodes several times faster than a TextDecoder. */
function utf8Decoder(bytes: Uint8Array): Utf8Decoder {
  const buffer = nodeBuffer?.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = buffer ? undefined : new TextDecoder();
  return (start, end) => {
    const known = end - start <= SHORT_RANGE ? shortAscii(bytes, start, end) : undefined;
    if (known !== undefined) return known;
    return buffer ? buffer.toString("utf8", start, end) : decoder!.decode(bytes.subarray(start, end));
  };
}

/** Whether the bytes are UTF-8: Node checks as strictly as a fatal TextDecoder, and without making the string. */
function isUtf8(bytes: Uint8Array): boolean {
  if (nodeBuffer) return nodeBuffer.isUtf8(bytes);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 bytes (with their byte order mark) as UTF-8; undefined when they are not UTF-16. */
function fromUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Uint8Array | undefined {
  try {
    return new TextEncoder().encode(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/**
 * The part as UTF-8, as its byte order mark says (UTF-16 is re-encoded); bytes that are not the
 * encoding they claim are refused.
 */
function utf8Part(bytes: Uint8Array, part: string): Utf8Part {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  let utf8 = utf16 ? fromUtf16(bytes, utf16) : isUtf8(bytes) ? bytes : undefined;
  if (!utf8) throw damaged(part, FILE_MESSAGES.xmlEncoding);
  if (utf8[0] === 0xef && utf8[1] === 0xbb && utf8[2] === 0xbf) utf8 = utf8.subarray(3);
  return { bytes: utf8, decode: utf8Decoder(utf8) };
}

/**
 * SpreadsheetML nests a dozen elements deep at most; a part nested deeper is refused at once,
 * which also keeps the parser linear (it resolves namespaces through every open element).
 */
const MAX_DEPTH = 100;

/**
 * The elements of `namespace` and their text, handed to `reader` with their paths; the rest
 * passed over. Both parsers report to it as the fast reader does (saxes's tags through
 * SaxesAttributes), so that the fast reader's calls reach the reader with no layer between.
 */
class Dispatcher<T> implements ScanSink {
  private readonly path: string[] = [];
  /** How deep inside a foreign element (or one the reader passes over) the reader is; 0 when inside none. */
  private foreign = 0;
  /** The last namespace asked about: elements of one part share one namespace string, so a hit costs no comparison of its characters. */
  private lastUri: string | undefined = undefined;
  private lastWanted = false;
  /** One element object for every element of the part, valid only while the reader's `open` runs. */
  private readonly element = new ElementRead();
  /**
   * The reader's handlers, kept here: readers of different parts are objects of different
   * shapes, and looking their handlers up on each element was a lookup that V8 cannot cache.
   */
  private readonly opened: XmlReader<T>["open"];
  private readonly characters: XmlReader<T>["text"];
  private readonly closed: XmlReader<T>["close"];

  constructor(
    private readonly wanted: readonly string[],
    private readonly reader: XmlReader<T>,
  ) {
    this.opened = reader.open;
    this.characters = reader.text;
    this.closed = reader.close;
  }

  /** `true` when what the element holds is passed over: the fast reader then does not report it (saxes does, and it is counted). */
  open(uri: string, local: string, attributes: AttributeLookup): boolean {
    if (uri !== this.lastUri) {
      this.lastUri = uri;
      this.lastWanted = this.wanted.includes(uri);
    }
    if (this.foreign > 0 || !this.lastWanted) {
      this.foreign++;
      return true;
    }
    this.path.push(local);
    const { element } = this;
    element.attributes = attributes;
    if (this.opened?.call(this.reader, element, this.path) === false) {
      // Passed over as a foreign element is, its own end included.
      this.path.pop();
      this.foreign = 1;
      return true;
    }
    return false;
  }

  text(characters: () => string): void {
    if (this.foreign === 0 && this.path.length > 0) this.characters?.call(this.reader, characters, this.path);
  }

  close(): void {
    if (this.foreign > 0) {
      this.foreign--;
      return;
    }
    this.closed?.call(this.reader, this.path[this.path.length - 1], this.path);
    this.path.pop();
  }
}

/** An element as a reader sees it: its attributes as the parser reported them. */
class ElementRead implements XmlElement {
  attributes: AttributeLookup | undefined = undefined;

  attribute(local: string, namespace?: Namespace): string | undefined {
    return this.attributes!.find(local, namespace ? NAMESPACES[namespace] : NO_NAMESPACE);
  }
}

const NO_NAMESPACE: readonly string[] = [""];

/** A saxes tag's attributes, looked up as the fast reader's are. */
class SaxesAttributes implements AttributeLookup {
  constructor(private readonly tag: SaxesTagNS) {}

  find(local: string, uris: readonly string[]): string | undefined {
    // An attribute without a prefix has no namespace and is keyed by its name alone.
    if (uris === NO_NAMESPACE) return this.tag.attributes[local]?.value;
    return Object.values(this.tag.attributes).find((attribute) => attribute.local === local && uris.includes(attribute.uri))?.value;
  }
}

/** The part read by the fast reader; undefined when it declines (the reader made is then dropped). */
function scanned<T>({ bytes, decode }: Utf8Part, wanted: readonly string[], reader: XmlReader<T>): { result: T } | undefined {
  try {
    scanXml(bytes, decode, new Dispatcher(wanted, reader), MAX_DEPTH);
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
  return { result: reader.result() };
}

/**
 * saxes, loaded when a part first needs it: the fast reader reads the parts programs write, and
 * loading saxes took 3 ms of every thread's start.
 */
const saxesParser = () => (require("saxes") as { SaxesParser: typeof Parser }).SaxesParser;

/** The part read by saxes: its result, or WorkbookFileError with the line and column of the first error. */
function parsed<T>(text: string, part: string, wanted: readonly string[], reader: XmlReader<T>): T {
  // Six handlers at most: saxes adds each as a property of the parser, and past six V8 turns the
  // parser into a slow dictionary object, which made every part five times slower to read.
  const parser = new (saxesParser())({ xmlns: true, position: true });
  const dispatcher = new Dispatcher(wanted, reader);
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
    if (depth === 1 && encoding !== undefined && !DECLARED_ENCODING.test(encoding)) throw fail(FILE_MESSAGES.xmlDeclaredEncoding(encoding));
    dispatcher.open(tag.uri, tag.local, new SaxesAttributes(tag));
  });
  const characters = (data: string) => dispatcher.text(() => data);
  parser.on("text", characters);
  parser.on("cdata", characters);
  parser.on("closetag", () => {
    depth--;
    dispatcher.close();
  });
  parser.write(text).close();
  return reader.result();
}

/**
 * Reads the part with a reader made by `makeReader`, told of the elements of `namespace` (foreign
 * elements and all they hold are passed over). A reader is made afresh if the fast reader
 * declines half way, so nothing it was told then counts. Throws WorkbookFileError with the line
 * and column of the first error.
 */
export function readXml<T>(bytes: Uint8Array, part: string, namespace: Namespace, makeReader: () => XmlReader<T>): T {
  const utf8 = utf8Part(bytes, part);
  const wanted: readonly string[] = NAMESPACES[namespace];
  return (scanned(utf8, wanted, makeReader()) ?? { result: parsed(utf8.decode(0, utf8.bytes.length), part, wanted, makeReader()) }).result;
}
