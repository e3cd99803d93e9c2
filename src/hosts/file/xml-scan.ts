// A fast reader for the XML that spreadsheet programs write, in front of saxes (xml.ts). It reads
// only a plain subset of XML 1.0 with namespaces — ASCII names, the five predefined entities and
// character references, comments, CDATA, one XML declaration — and checks its well-formedness
// itself. Anything outside that subset, and anything malformed, makes it decline: the part is
// then read again by saxes, which reads it or says what is wrong. So it never accepts a document
// saxes refuses, and where it accepts, it reports what saxes reports (test/hosts/file/xml-scan.test.ts
// compares the two on real parts and thousands of mutations). It exists for speed: saxes goes
// through every character one function call at a time; this jumps with indexOf and tight loops
// over character codes, about two and a half times faster on a report's parts. Every loop moves forward, and no
// expression can backtrack over more than one name, so time stays linear in the part's size.

/** Thrown when the part is not in the subset (or not well-formed): read it with saxes instead. */
export const DECLINED: unique symbol = Symbol("declined");

/** What the scanner reports, in document order, as saxes would. */
export interface ScanSink {
  /** An element opens: its namespace, its local name, and its attributes. */
  open(uri: string, local: string, attributes: ScannedAttributes): void;
  /** Character data (text and CDATA) inside the root, line ends and references resolved. */
  text(data: string): void;
  close(): void;
}

/**
 * An element's attributes by position: local names, namespaces and values.
 * The arrays are the scanner's own and are reused: they hold this element's attributes only
 * while `open` runs, and only the first `count` entries.
 */
export interface ScannedAttributes {
  readonly count: number;
  readonly locals: readonly string[];
  readonly uris: readonly string[];
  readonly values: readonly string[];
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** ASCII characters that may start a name (without a colon), and that may stand in one. */
const NAME_START = 1;
const NAME_PART = 2;
const NAME_CHARACTERS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z_]/.test(char)) NAME_CHARACTERS[code] = NAME_START | NAME_PART;
  else if (/[0-9.-]/.test(char)) NAME_CHARACTERS[code] = NAME_PART;
}
const COLON = 0x3a;
/** Beyond this many attributes, duplicates are looked for with a set rather than by comparing. */
const FEW_ATTRIBUTES = 8;
/** Characters XML 1.0 forbids anywhere (decoding has already refused unpaired surrogates). */
const FORBIDDEN_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][\w.-]*)"|'([A-Za-z][\w.-]*)'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/;
const DECIMAL_DIGITS = /^[0-9]{1,7}$/;
const HEX_DIGITS = /^[0-9a-fA-F]{1,6}$/;
/** The longest reference read here, `&#x10FFFF;`, from its `&` to its `;`. */
const MAX_REFERENCE = 9;
/** The encodings a part may declare: those a workbook's parts are decoded from. */
export const DECLARED_ENCODING = /^(utf-8|utf8|utf-16|utf-16le|utf-16be)$/i;
/** Longer than any declaration a program writes; a longer one goes to saxes. */
const MAX_DECLARATION = 200;

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Whether a code point is a Char of XML 1.0 (what a character reference may stand for). */
function isCharacter(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** What one reference (the text between `&` and `;`) stands for; anything but the predefined five and character references declines. */
function referenced(name: string): string {
  switch (name) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  const hex = name.startsWith("#x");
  const digits = name.slice(hex ? 2 : 1);
  if (!name.startsWith("#") || !(hex ? HEX_DIGITS : DECIMAL_DIGITS).test(digits)) throw DECLINED;
  const code = parseInt(digits, hex ? 16 : 10);
  if (!isCharacter(code)) throw DECLINED;
  return String.fromCodePoint(code);
}

/** Text with its references replaced; a bare `&` declines. */
function resolveReferences(raw: string): string {
  let resolved = "";
  let from = 0;
  for (let ampersand = raw.indexOf("&"); ampersand >= 0; ampersand = raw.indexOf("&", from)) {
    const semicolon = raw.indexOf(";", ampersand + 1);
    if (semicolon < 0 || semicolon - ampersand > MAX_REFERENCE) throw DECLINED;
    resolved += raw.slice(from, ampersand) + referenced(raw.slice(ampersand + 1, semicolon));
    from = semicolon + 1;
  }
  return resolved + raw.slice(from);
}

/** Line ends as the parser hands them on (XML 1.0 §2.11): CR LF and a lone CR become LF. */
const lineEnds = (raw: string) => (raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw);

/** Character data as the parser hands it on: line ends normalised, references resolved. */
function characterData(raw: string): string {
  const lines = lineEnds(raw);
  return lines.includes("&") ? resolveReferences(lines) : lines;
}

/** An attribute value as normalised by XML 1.0 §3.3.3 (no DTD: every attribute is CDATA). */
function attributeValue(text: string, start: number, end: number): string {
  let plain = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3c /* < */) throw DECLINED;
    if (code === 0x26 /* & */ || code === 0x09 || code === 0x0a || code === 0x0d) plain = false;
  }
  const raw = text.slice(start, end);
  if (plain) return raw;
  const spaced = lineEnds(raw).replace(/[\t\n]/g, " ");
  return spaced.includes("&") ? resolveReferences(spaced) : spaced;
}

/** Namespace bindings in effect: prefix → namespace, "" for the default namespace. */
type Scope = ReadonlyMap<string, string>;
const ROOT_SCOPE: Scope = new Map([["xml", XML_NAMESPACE]]);

/** The namespace of a prefix; an unbound prefix declines. */
function namespaceOf(scope: Scope, prefix: string): string {
  const uri = scope.get(prefix);
  if (uri === undefined) throw DECLINED;
  return uri;
}

/** The end of the white space from `at` on. */
function spaceEnd(text: string, at: number): number {
  while (isSpace(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The end of the qualified name at `at`: ASCII characters, at most one colon and neither first
 * nor last. Declines when no name starts there.
 */
function nameEnd(text: string, at: number): number {
  let code = text.charCodeAt(at);
  if (!(code < 128 && NAME_CHARACTERS[code] & NAME_START)) throw DECLINED;
  let colon = false;
  for (at++; ; at++) {
    code = text.charCodeAt(at);
    if (code < 128 && NAME_CHARACTERS[code] & NAME_PART) continue;
    if (code !== COLON || colon) return at;
    colon = true;
    const next = text.charCodeAt(at + 1);
    if (!(next < 128 && NAME_CHARACTERS[next] & NAME_START)) throw DECLINED;
  }
}

/** One part being read. Positions are passed and returned rather than kept in fields, so they stay in registers. */
class Scanner {
  /** Qualified names of the open elements, outermost first. */
  private readonly open: string[] = [];
  private readonly scopes: Scope[] = [];
  private rootSeen = false;
  private readonly names: string[] = [];
  private readonly locals: string[] = [];
  private readonly uris: string[] = [];
  private readonly values: string[] = [];
  /** Each attribute's identity (its name, or {namespace}local when prefixed), by position. */
  private readonly keys: string[] = [];
  /** Where each attribute's value starts and ends, by position. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly attributes = { count: 0, locals: this.locals, uris: this.uris, values: this.values };

  constructor(
    private readonly text: string,
    private readonly sink: ScanSink,
    private readonly maxDepth: number,
  ) {}

  scan(): void {
    const { text, open, sink } = this;
    if (FORBIDDEN_CHARACTER.test(text)) throw DECLINED;
    let at = 0;
    if (text.startsWith("<?xml")) {
      const declaration = DECLARATION.exec(text.slice(0, MAX_DECLARATION));
      if (!declaration) throw DECLINED;
      const encoding = declaration[1] ?? declaration[2];
      if (encoding !== undefined && !DECLARED_ENCODING.test(encoding)) throw DECLINED;
      at = declaration[0].length;
    }
    const length = text.length;
    while (at < length) {
      const markup = text.indexOf("<", at);
      const end = markup < 0 ? length : markup;
      if (end > at) {
        if (open.length === 0) {
          // Outside the root only white space may stand.
          if (spaceEnd(text, at) < end) throw DECLINED;
        } else {
          const raw = text.slice(at, end);
          if (raw.includes("]]>")) throw DECLINED;
          sink.text(characterData(raw));
        }
        at = end;
      }
      if (markup < 0) break;
      const next = text.charCodeAt(markup + 1);
      if (next === 0x2f /* / */) at = this.closeTag(markup);
      else if (next === 0x21 /* ! */) {
        if (text.startsWith("<!--", markup)) {
          const close = text.indexOf("-->", markup + 4);
          if (close < 0) throw DECLINED;
          const comment = text.slice(markup + 4, close);
          if (comment.includes("--") || comment.endsWith("-")) throw DECLINED;
          at = close + 3;
        } else if (text.startsWith("<![CDATA[", markup) && open.length > 0) {
          const close = text.indexOf("]]>", markup + 9);
          if (close < 0) throw DECLINED;
          sink.text(lineEnds(text.slice(markup + 9, close))); // CDATA holds no references
          at = close + 3;
        } else throw DECLINED; // a document type declaration, or CDATA outside the root
      } else if (next === 0x3f /* ? */) throw DECLINED; // processing instructions are saxes's to judge
      else at = this.openTag(markup);
    }
    if (!this.rootSeen || open.length > 0) throw DECLINED;
  }

  /** Reads the start tag at `at` (its `<`); returns where it ends. */
  private openTag(at: number): number {
    const { text, open, scopes, names, starts, ends } = this;
    if (this.rootSeen && open.length === 0) throw DECLINED; // a second root
    const nameStart = at + 1;
    at = nameEnd(text, nameStart);
    const qualified = text.slice(nameStart, at);
    let count = 0;
    for (;;) {
      const before = at;
      at = spaceEnd(text, at);
      const code = text.charCodeAt(at);
      if (code === 0x3e /* > */ || code === 0x2f /* / */) break;
      if (at === before) throw DECLINED; // attributes are separated by white space
      const attributeEnd = nameEnd(text, at);
      names[count] = text.slice(at, attributeEnd);
      at = spaceEnd(text, attributeEnd);
      if (text.charCodeAt(at) !== 0x3d /* = */) throw DECLINED;
      at = spaceEnd(text, at + 1);
      const quote = text.charCodeAt(at);
      if (quote !== 0x22 && quote !== 0x27) throw DECLINED;
      const end = text.indexOf(quote === 0x22 ? '"' : "'", at + 1);
      if (end < 0) throw DECLINED;
      starts[count] = at + 1;
      ends[count] = end;
      count++;
      at = end + 1;
    }
    const selfClosing = text.charCodeAt(at) === 0x2f;
    if (selfClosing) at++;
    if (text.charCodeAt(at) !== 0x3e) throw DECLINED;
    if (open.length >= this.maxDepth) throw DECLINED;
    const scope = this.attributesRead(count);
    const colon = qualified.indexOf(":");
    const prefix = colon < 0 ? "" : qualified.slice(0, colon);
    if (prefix === "xmlns" || prefix === "xml" || qualified === "xmlns") throw DECLINED;
    const uri = colon < 0 ? this.defaultNamespace(scope) : namespaceOf(scope, prefix);
    this.rootSeen = true;
    open.push(qualified);
    scopes.push(scope);
    this.attributes.count = count;
    this.sink.open(uri, colon < 0 ? qualified : qualified.slice(colon + 1), this.attributes);
    if (selfClosing) {
      open.pop();
      scopes.pop();
      this.sink.close();
    }
    return at + 1;
  }

  /** The values, local names and namespaces of the tag's `count` attributes; returns the scope the tag opens. */
  private attributesRead(count: number): Scope {
    const { text, scopes, names, locals, uris, values, keys, starts, ends } = this;
    // Namespace declarations first: they apply to the element and its own attributes.
    const parent = scopes.length > 0 ? scopes[scopes.length - 1] : ROOT_SCOPE;
    let scope = parent;
    for (let i = 0; i < count; i++) {
      values[i] = attributeValue(text, starts[i], ends[i]);
      const attribute = names[i];
      if (!attribute.startsWith("xmlns") || (attribute.length > 5 && attribute.charCodeAt(5) !== COLON)) continue;
      const prefix = attribute.slice(6);
      const uri = values[i];
      // What the namespaces recommendation forbids, or what only saxes should judge.
      if (prefix === "xml" || prefix === "xmlns" || (prefix !== "" && uri === "") || uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE || /\s/.test(uri)) throw DECLINED;
      if (scope === parent) scope = new Map(parent);
      (scope as Map<string, string>).set(prefix, uri);
    }
    // Each attribute once, by its qualified name and, when prefixed, by namespace and local name
    // (a:x and b:x with a and b bound alike are one attribute given twice).
    const seen = count > FEW_ATTRIBUTES ? new Set<string>() : undefined;
    for (let i = 0; i < count; i++) {
      const attribute = names[i];
      const colon = attribute.indexOf(":");
      let key = attribute;
      if (colon < 0) {
        locals[i] = attribute;
        uris[i] = attribute === "xmlns" ? XMLNS_NAMESPACE : "";
      } else {
        const prefix = attribute.slice(0, colon);
        locals[i] = attribute.slice(colon + 1);
        uris[i] = prefix === "xmlns" ? XMLNS_NAMESPACE : namespaceOf(scope, prefix);
        key = `{${uris[i]}}${locals[i]}`;
      }
      if (seen) {
        if (seen.has(key)) throw DECLINED;
        seen.add(key);
      } else {
        for (let j = 0; j < i; j++) if (keys[j] === key) throw DECLINED;
        keys[i] = key;
      }
    }
    return scope;
  }

  /** The default namespace of the last scope asked about: most parts have one scope for all their elements. */
  private lastScope: Scope | undefined;
  private lastDefault = "";

  private defaultNamespace(scope: Scope): string {
    if (scope !== this.lastScope) {
      this.lastScope = scope;
      this.lastDefault = scope.get("") ?? "";
    }
    return this.lastDefault;
  }

  /** Reads the end tag at `at` (its `<`); returns where it ends. */
  private closeTag(at: number): number {
    const { text, open } = this;
    const end = nameEnd(text, at + 2);
    const qualified = text.slice(at + 2, end);
    at = spaceEnd(text, end);
    if (text.charCodeAt(at) !== 0x3e || open.length === 0 || open[open.length - 1] !== qualified) throw DECLINED;
    open.pop();
    this.scopes.pop();
    this.sink.close();
    return at + 1;
  }
}

/**
 * Reads `text` (a decoded part), calling `sink` as it goes; throws DECLINED on the first thing
 * outside the subset. `maxDepth`: deeper nesting declines, so saxes can refuse it with its place.
 */
export function scanXml(text: string, sink: ScanSink, maxDepth: number): void {
  new Scanner(text, sink, maxDepth).scan();
}
