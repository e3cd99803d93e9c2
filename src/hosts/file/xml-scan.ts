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
  /**
   * Character data (text and CDATA) inside the root. `characters` gives it, line ends and
   * references resolved, while `text` runs: it is made only when asked for.
   */
  text(characters: () => string): void;
  close(): void;
}

/**
 * An element's attributes, read only while `open` runs: the scanner reuses one object for every
 * element, and makes a name's or value's string only when it is asked for.
 */
export interface ScannedAttributes {
  readonly count: number;
  /** The local name, namespace and value of the attribute at position `index`. */
  local(index: number): string;
  uri(index: number): string;
  value(index: number): string;
  /** The value of the attribute named `local` in one of `uris` ("" for no namespace), or undefined. */
  find(local: string, uris: readonly string[]): string | undefined;
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
/** Whether a UTF-16 code unit is one of those, tested character by character where the scanner walks text itself. */
const isForbidden = (code: number) => (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d : code >= 0xfffe);
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

/**
 * Where the reference whose `&` is at `at` ends (after its `;`); declines unless it is one read
 * here. The predefined five are recognised in place, without making a string.
 */
function referenceEnd(text: string, at: number): number {
  let semicolon = at + 1;
  while (semicolon - at <= MAX_REFERENCE && text.charCodeAt(semicolon) !== 0x3b /* ; */) semicolon++;
  if (semicolon - at > MAX_REFERENCE) throw DECLINED;
  const length = semicolon - at - 1;
  const name = at + 1;
  const predefined =
    length === 2 ? (holdsAt(text, name, "lt") || holdsAt(text, name, "gt")) : length === 3 ? holdsAt(text, name, "amp") : length === 4 && (holdsAt(text, name, "quot") || holdsAt(text, name, "apos"));
  if (!predefined) referenced(text.slice(name, semicolon));
  return semicolon + 1;
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

/** An attribute value with a reference or a tab or line end, as normalised by XML 1.0 §3.3.3 (no DTD: every attribute is CDATA). */
function normalisedValue(raw: string): string {
  const spaced = lineEnds(raw).replace(/[\t\n]/g, " ");
  return spaced.includes("&") ? resolveReferences(spaced) : spaced;
}

/** Whether `text` holds the characters of `name` at `at`. */
function holdsAt(text: string, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (text.charCodeAt(at + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** Whether the ranges [a, aEnd) and [b, b + aEnd - a) of `text` hold the same characters. */
function sameRange(text: string, a: number, aEnd: number, b: number): boolean {
  for (; a < aEnd; a++, b++) if (text.charCodeAt(a) !== text.charCodeAt(b)) return false;
  return true;
}

/** Namespace bindings in effect: prefix → namespace, "" for the default namespace. */
type Scope = ReadonlyMap<string, string>;
const ROOT_SCOPE: Scope = new Map([["xml", XML_NAMESPACE]]);

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

/** The colon of the name [start, end), or -1. */
function colonIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === COLON) return i;
  return -1;
}

/**
 * The attributes of the element being read, kept as places in the text: a part holds thousands
 * of attributes and its reader asks for a few, so strings are made only for those asked for.
 */
class Attributes implements ScannedAttributes {
  count = 0;
  readonly nameStarts: number[] = [];
  readonly nameEnds: number[] = [];
  /** Where the name's colon stands, or -1 for a name without a prefix. */
  readonly colons: number[] = [];
  readonly valueStarts: number[] = [];
  readonly valueEnds: number[] = [];
  /** A value normalised when read (it had a reference, a tab or a line end); undefined for one taken as it stands. */
  readonly normalised: (string | undefined)[] = [];
  readonly uris: string[] = [];

  constructor(private readonly text: string) {}

  local(index: number): string {
    const colon = this.colons[index];
    return this.text.slice(colon < 0 ? this.nameStarts[index] : colon + 1, this.nameEnds[index]);
  }

  uri(index: number): string {
    return this.uris[index];
  }

  value(index: number): string {
    return this.normalised[index] ?? this.text.slice(this.valueStarts[index], this.valueEnds[index]);
  }

  find(local: string, uris: readonly string[]): string | undefined {
    const { text, nameStarts, nameEnds, colons } = this;
    for (let i = 0; i < this.count; i++) {
      const start = colons[i] < 0 ? nameStarts[i] : colons[i] + 1;
      if (nameEnds[i] - start === local.length && holdsAt(text, start, local) && uris.includes(this.uris[i])) return this.value(i);
    }
    return undefined;
  }
}

/** How a run of character data is handed on: as it stands, with line ends and references resolved, or as CDATA (line ends only). */
const TEXT_AS_IT_STANDS = 0;
const TEXT_TO_NORMALISE = 1;
const CDATA = 2;

/** The run of character data being reported, kept as its place in the text: its string is made only when asked for. */
class Characters {
  private start = 0;
  private end = 0;
  private kind = TEXT_AS_IT_STANDS;
  /** The run's characters as the parser hands them on; one function for every run of the part. */
  private readonly read = (): string => {
    const raw = this.text.slice(this.start, this.end);
    return this.kind === TEXT_AS_IT_STANDS ? raw : this.kind === CDATA ? lineEnds(raw) : characterData(raw);
  };

  constructor(private readonly text: string) {}

  at(start: number, end: number, kind: number): () => string {
    this.start = start;
    this.end = end;
    this.kind = kind;
    return this.read;
  }
}

/** How many names are kept for reuse: a part uses a few dozen element names thousands of times. */
const NAME_SLOTS = 256;

/** One part being read. Positions are passed and returned rather than kept in fields, so they stay in registers. */
class Scanner {
  /** Where the qualified names of the open elements start and end, outermost first. */
  private readonly openStarts: number[] = [];
  private readonly openEnds: number[] = [];
  private depth = 0;
  private readonly scopes: Scope[] = [];
  private rootSeen = false;
  private readonly attributes: Attributes;
  private readonly characters: Characters;
  /** Local names made so far, by a hash of their characters: the same name is one string, made once. */
  private readonly names: string[] = new Array<string>(NAME_SLOTS).fill("");
  /** The last prefix looked up, in which scope, and its namespace. */
  private lastPrefix = "";
  private lastPrefixScope: Scope | undefined;
  private lastPrefixUri = "";

  constructor(
    private readonly text: string,
    private readonly sink: ScanSink,
    private readonly maxDepth: number,
  ) {
    this.attributes = new Attributes(text);
    this.characters = new Characters(text);
  }

  scan(): void {
    const { text, sink } = this;
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
      // Text, up to the next markup: walked here rather than with indexOf, which costs a call for
      // the few characters that mostly stand between two tags.
      let markup = at;
      let plain = true;
      for (; markup < length; markup++) {
        const code = text.charCodeAt(markup);
        if (code === 0x3c /* < */) break;
        if (code === 0x26 /* & */) {
          markup = referenceEnd(text, markup) - 1;
          plain = false;
        } else if (code === 0x0d) plain = false;
        else if (isForbidden(code)) throw DECLINED;
        else if (code === 0x5d /* ] */ && text.charCodeAt(markup + 1) === 0x5d && text.charCodeAt(markup + 2) === 0x3e) throw DECLINED; // ]]>
      }
      if (markup > at) {
        // Outside the root only white space may stand.
        if (this.depth === 0 && spaceEnd(text, at) < markup) throw DECLINED;
        if (this.depth > 0) sink.text(this.characters.at(at, markup, plain ? TEXT_AS_IT_STANDS : TEXT_TO_NORMALISE));
        at = markup;
      }
      if (markup === length) break;
      const next = text.charCodeAt(markup + 1);
      if (next === 0x2f /* / */) at = this.closeTag(markup);
      else if (next === 0x21 /* ! */) {
        if (text.startsWith("<!--", markup)) {
          const close = text.indexOf("-->", markup + 4);
          if (close < 0) throw DECLINED;
          const comment = text.slice(markup + 4, close);
          if (comment.includes("--") || comment.endsWith("-") || FORBIDDEN_CHARACTER.test(comment)) throw DECLINED;
          at = close + 3;
        } else if (text.startsWith("<![CDATA[", markup) && this.depth > 0) {
          const close = text.indexOf("]]>", markup + 9);
          if (close < 0) throw DECLINED;
          if (FORBIDDEN_CHARACTER.test(text.slice(markup + 9, close))) throw DECLINED;
          sink.text(this.characters.at(markup + 9, close, CDATA)); // CDATA holds no references
          at = close + 3;
        } else throw DECLINED; // a document type declaration, or CDATA outside the root
      } else if (next === 0x3f /* ? */) throw DECLINED; // processing instructions are saxes's to judge
      else at = this.openTag(markup);
    }
    if (!this.rootSeen || this.depth > 0) throw DECLINED;
  }

  /** Reads the start tag at `at` (its `<`); returns where it ends. */
  private openTag(at: number): number {
    const { text, scopes, attributes } = this;
    const { nameStarts, nameEnds, valueStarts, valueEnds, normalised } = attributes;
    if (this.rootSeen && this.depth === 0) throw DECLINED; // a second root
    const nameStart = at + 1;
    const qualifiedEnd = (at = nameEnd(text, nameStart));
    let count = 0;
    for (;;) {
      const before = at;
      at = spaceEnd(text, at);
      const code = text.charCodeAt(at);
      if (code === 0x3e /* > */ || code === 0x2f /* / */) break;
      if (at === before) throw DECLINED; // attributes are separated by white space
      nameStarts[count] = at;
      nameEnds[count] = at = nameEnd(text, at);
      at = spaceEnd(text, at);
      if (text.charCodeAt(at) !== 0x3d /* = */) throw DECLINED;
      at = spaceEnd(text, at + 1);
      const quote = text.charCodeAt(at);
      if (quote !== 0x22 && quote !== 0x27) throw DECLINED;
      let end = at + 1;
      let plain = true;
      for (; ; end++) {
        const char = text.charCodeAt(end);
        if (char === quote) break;
        if (char === 0x3c /* < */ || Number.isNaN(char)) throw DECLINED; // NaN: the part ends inside the value
        if (char === 0x26 /* & */) {
          end = referenceEnd(text, end) - 1;
          plain = false;
        } else if (char === 0x09 || char === 0x0a || char === 0x0d) plain = false;
        else if (isForbidden(char)) throw DECLINED;
      }
      valueStarts[count] = at + 1;
      valueEnds[count] = end;
      normalised[count] = plain ? undefined : normalisedValue(text.slice(at + 1, end));
      count++;
      at = end + 1;
    }
    const selfClosing = text.charCodeAt(at) === 0x2f;
    if (selfClosing) at++;
    if (text.charCodeAt(at) !== 0x3e) throw DECLINED;
    if (this.depth >= this.maxDepth) throw DECLINED;
    attributes.count = count;
    const scope = this.attributesRead(count);
    const colon = colonIn(text, nameStart, qualifiedEnd);
    let uri: string;
    if (colon < 0) {
      if (qualifiedEnd - nameStart === 5 && holdsAt(text, nameStart, "xmlns")) throw DECLINED;
      uri = this.defaultNamespace(scope);
    } else {
      if (colon - nameStart === 3 && holdsAt(text, nameStart, "xml")) throw DECLINED;
      uri = this.prefixNamespace(scope, nameStart, colon); // declines for xmlns: it is never bound
    }
    this.rootSeen = true;
    this.openStarts[this.depth] = nameStart;
    this.openEnds[this.depth] = qualifiedEnd;
    this.depth++;
    scopes.push(scope);
    this.sink.open(uri, this.name(colon < 0 ? nameStart : colon + 1, qualifiedEnd), attributes);
    if (selfClosing) {
      this.depth--;
      scopes.pop();
      this.sink.close();
    }
    return at + 1;
  }

  /** The local name [start, end) as a string, the same string each time it comes. */
  private name(start: number, end: number): string {
    const { text, names } = this;
    const length = end - start;
    const slot = (text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + length) & (NAME_SLOTS - 1);
    const known = names[slot];
    if (known.length === length && holdsAt(text, start, known)) return known;
    return (names[slot] = text.slice(start, end));
  }

  /** The namespace and local name of the tag's `count` attributes, each given once; returns the scope the tag opens. */
  private attributesRead(count: number): Scope {
    const { text, scopes, attributes } = this;
    const { nameStarts, nameEnds, colons, uris } = attributes;
    // Namespace declarations first: they apply to the element and its own attributes.
    const parent = scopes.length > 0 ? scopes[scopes.length - 1] : ROOT_SCOPE;
    let scope = parent;
    for (let i = 0; i < count; i++) {
      const start = nameStarts[i];
      const length = nameEnds[i] - start;
      if (!holdsAt(text, start, "xmlns") || (length > 5 && text.charCodeAt(start + 5) !== COLON)) continue;
      const prefix = text.slice(start + 6, nameEnds[i]);
      const uri = attributes.value(i);
      // What the namespaces recommendation forbids, or what only saxes should judge.
      if (prefix === "xml" || prefix === "xmlns" || (prefix !== "" && uri === "") || uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE || /\s/.test(uri)) throw DECLINED;
      if (scope === parent) scope = new Map(parent);
      (scope as Map<string, string>).set(prefix, uri);
    }
    for (let i = 0; i < count; i++) {
      const start = nameStarts[i];
      const colon = (colons[i] = colonIn(text, start, nameEnds[i]));
      if (colon < 0) uris[i] = nameEnds[i] - start === 5 && holdsAt(text, start, "xmlns") ? XMLNS_NAMESPACE : "";
      else uris[i] = colon - start === 5 && holdsAt(text, start, "xmlns") ? XMLNS_NAMESPACE : this.prefixNamespace(scope, start, colon);
    }
    if (count > FEW_ATTRIBUTES) this.eachOnceByKey(count);
    else this.eachOnce(count);
    return scope;
  }

  /**
   * Each attribute once: by its name when it has no prefix, else by namespace and local name (a:x
   * and b:x with a and b bound alike are one attribute given twice). One without a prefix has no
   * namespace, so it never equals one with a prefix (bound prefixes have a namespace).
   */
  private eachOnce(count: number): void {
    const { text, attributes } = this;
    const { nameStarts, nameEnds, colons, uris } = attributes;
    for (let i = 1; i < count; i++) {
      const start = colons[i] < 0 ? nameStarts[i] : colons[i] + 1;
      const length = nameEnds[i] - start;
      for (let j = 0; j < i; j++) {
        if (colons[i] < 0 !== colons[j] < 0 || uris[i] !== uris[j]) continue;
        const other = colons[j] < 0 ? nameStarts[j] : colons[j] + 1;
        if (nameEnds[j] - other === length && sameRange(text, start, nameEnds[i], other)) throw DECLINED;
      }
    }
  }

  /** The same, with a set of keys, for elements with many attributes. */
  private eachOnceByKey(count: number): void {
    const { attributes } = this;
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const key = attributes.colons[i] < 0 ? attributes.local(i) : `{${attributes.uris[i]}}${attributes.local(i)}`;
      if (seen.has(key)) throw DECLINED;
      seen.add(key);
    }
  }

  /** The namespace the prefix [start, end) is bound to; an unbound prefix declines. */
  private prefixNamespace(scope: Scope, start: number, end: number): string {
    const { text, lastPrefix } = this;
    if (scope === this.lastPrefixScope && end - start === lastPrefix.length && holdsAt(text, start, lastPrefix)) return this.lastPrefixUri;
    const prefix = text.slice(start, end);
    const uri = scope.get(prefix);
    if (uri === undefined) throw DECLINED;
    this.lastPrefix = prefix;
    this.lastPrefixScope = scope;
    return (this.lastPrefixUri = uri);
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
    const { text, depth } = this;
    const start = at + 2;
    const end = nameEnd(text, start);
    at = spaceEnd(text, end);
    if (text.charCodeAt(at) !== 0x3e || depth === 0) throw DECLINED;
    const openStart = this.openStarts[depth - 1];
    if (this.openEnds[depth - 1] - openStart !== end - start || !sameRange(text, start, end, openStart)) throw DECLINED;
    this.depth--;
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
