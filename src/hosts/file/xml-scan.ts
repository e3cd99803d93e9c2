// A fast reader for the XML that spreadsheet programs write, in front of saxes (xml.ts). It reads
// only a plain subset of XML 1.0 with namespaces — ASCII names, the five predefined entities and
// character references, comments, CDATA, one XML declaration — and checks its well-formedness
// itself. Anything outside that subset, and anything malformed, makes it decline: the part is
// then read again by saxes, which reads it or says what is wrong. So it never accepts a document
// saxes refuses, and where it accepts, it reports what saxes reports (test/hosts/file/xml-scan.test.ts
// compares the two on real parts and thousands of mutations).
//
// It exists for speed: saxes goes through every character one function call at a time. This walks
// the part's UTF-8 bytes (markup is ASCII, and no byte of a multi-byte character is), and makes a
// string only for what a reader asks for; on a report's parts it is several times faster. Every
// loop moves forward, and no expression can backtrack over more than one name, so time stays
// linear in the part's size.

/** Thrown when the part is not in the subset (or not well-formed): read it with saxes instead. */
export const DECLINED: unique symbol = Symbol("declined");

/** What the scanner reports, in document order, as saxes would. */
export interface ScanSink {
  /**
   * An element opens: its namespace, its local name, and its attributes. `true`: nothing it holds
   * is wanted, and the scanner checks its content without reporting it, up to its end tag (which
   * it reports). saxes reports everything whatever the answer.
   */
  open(uri: string, local: string, attributes: ScannedAttributes): boolean | void;
  /**
   * Character data (text and CDATA) inside the root. `characters` gives it, line ends and
   * references resolved, while `text` runs: it is made only when asked for.
   */
  text(characters: () => string): void;
  close(): void;
}

/** The string of the part's bytes [start, end), which are UTF-8 already checked. */
export type Utf8Decoder = (start: number, end: number) => string;

/** What a reader asks of an element's attributes, whichever parser read them. */
export interface AttributeLookup {
  /** The value of the attribute named `local` in one of `uris` ("" for no namespace), or undefined. */
  find(local: string, uris: readonly string[]): string | undefined;
}

/**
 * An element's attributes, read only while `open` runs: the scanner reuses one object for every
 * element, and makes a name's or value's string only when it is asked for. Listed in full for the
 * comparison with saxes (test/hosts/file/xml-scan.test.ts).
 */
export interface ScannedAttributes extends AttributeLookup {
  readonly count: number;
  /** The local name, namespace and value of the attribute at position `index`. */
  local(index: number): string;
  uri(index: number): string;
  value(index: number): string;
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/** ASCII characters that may start a name (without a colon), and that may stand in one. */
const NAME_START = 1;
const NAME_PART = 2;
const NAME_CHARACTERS = new Uint8Array(256);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z_]/.test(char)) NAME_CHARACTERS[code] = NAME_START | NAME_PART;
  else if (/[0-9.-]/.test(char)) NAME_CHARACTERS[code] = NAME_PART;
}
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const AMPERSAND = 0x26;
const COLON = 0x3a;
const SLASH = 0x2f;
const CARRIAGE_RETURN = 0x0d;
/** Up to this many attributes, duplicates are looked for by comparing each pair in place; beyond, with a set. */
const FEW_ATTRIBUTES = 16;
const DECLARATION = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"([A-Za-z][\w.-]*)"|'([A-Za-z][\w.-]*)'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/;
const DECIMAL_DIGITS = /^[0-9]{1,7}$/;
const HEX_DIGITS = /^[0-9a-fA-F]{1,6}$/;
/** The names of the five predefined entities, each as one number of its bytes (see Scanner.referenceEnd). */
const [LT, GT, AMP, QUOT, APOS] = ["lt", "gt", "amp", "quot", "apos"].map((name) => [...name].reduce((packed, char) => packed * 256 + char.charCodeAt(0), 0));
/** The longest reference read here, `&#x10FFFF;`, from its `&` to its `;`. */
const MAX_REFERENCE = 9;
/** The encodings a part may declare: those a workbook's parts are decoded from. */
export const DECLARED_ENCODING = /^(utf-8|utf8|utf-16|utf-16le|utf-16be)$/i;
/** Longer than any declaration a program writes; a longer one goes to saxes. */
const MAX_DECLARATION = 200;

/** XML's white space: space, tab, line feed, carriage return. A table, so that loops over it need no call (the command line compiles without inlining). */
const SPACE = new Uint8Array(256);
for (const code of [0x20, 0x09, 0x0a, 0x0d]) SPACE[code] = 1;

/**
 * The bytes that end a run of plain character data or of a plain attribute value: markup,
 * references, quotes, line ends, control characters and the first byte of U+FFFE/U+FFFF. Every
 * other byte is passed over with one look at this table.
 */
const STOPS_TEXT = new Uint8Array(256);
for (let code = 0; code < 0x20; code++) STOPS_TEXT[code] = 1;
for (const code of [LESS_THAN, AMPERSAND, 0x5d /* ] */, 0x22 /* " */, 0x27 /* ' */, 0xef]) STOPS_TEXT[code] = 1;

/**
 * Whether the byte at `at` starts a character XML 1.0 forbids: a control character but tab and
 * line ends, or U+FFFE or U+FFFF (EF BF BE, EF BF BF in UTF-8).
 */
function isForbiddenAt(bytes: Uint8Array, at: number): boolean {
  const code = bytes[at];
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code === 0xef && bytes[at + 1] === 0xbf && (bytes[at + 2] & 0xfe) === 0xbe;
}

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

/** Whether `bytes` hold the ASCII characters of `name` at `at`. */
function holdsAt(bytes: Uint8Array, at: number, name: string): boolean {
  if (at + name.length > bytes.length) return false;
  for (let i = 0; i < name.length; i++) if (bytes[at + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** Whether the ranges [a, aEnd) and [b, b + aEnd - a) hold the same bytes. */
function sameRange(bytes: Uint8Array, a: number, aEnd: number, b: number): boolean {
  for (; a < aEnd; a++, b++) if (bytes[a] !== bytes[b]) return false;
  return true;
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

/** Namespace bindings in effect: prefix → namespace, "" for the default namespace. */
type Scope = ReadonlyMap<string, string>;
const ROOT_SCOPE: Scope = new Map([["xml", XML_NAMESPACE]]);

/** How a run of character data is handed on: as it stands, with line ends and references resolved, or as CDATA (line ends only). */
const TEXT_AS_IT_STANDS = 0;
const TEXT_TO_NORMALISE = 1;
const CDATA = 2;

/** The run of character data being reported, kept as its place in the part: its string is made only when asked for. */
class Characters {
  private start = 0;
  private end = 0;
  private kind = TEXT_AS_IT_STANDS;
  /** The run's characters as the parser hands them on; one function for every run of the part. */
  private readonly read = (): string => {
    const raw = this.decode(this.start, this.end);
    return this.kind === TEXT_AS_IT_STANDS ? raw : this.kind === CDATA ? lineEnds(raw) : characterData(raw);
  };

  constructor(private readonly decode: Utf8Decoder) {}

  at(start: number, end: number, kind: number): () => string {
    this.start = start;
    this.end = end;
    this.kind = kind;
    return this.read;
  }
}

/** See Attributes.keys. */
const nameKey = (length: number, first: number, last: number) => (length << 16) | (first << 8) | last;

/**
 * The attributes of the element being read, kept as places in the part: a part holds thousands
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
  /** A number from each local name's length and first and last characters: names that differ mostly differ here, so most comparisons end at one number. */
  readonly keys: number[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly decode: Utf8Decoder,
  ) {}

  private localStart(index: number): number {
    const colon = this.colons[index];
    return colon < 0 ? this.nameStarts[index] : colon + 1;
  }

  local(index: number): string {
    return this.decode(this.localStart(index), this.nameEnds[index]);
  }

  uri(index: number): string {
    return this.uris[index];
  }

  value(index: number): string {
    return this.normalised[index] ?? this.decode(this.valueStarts[index], this.valueEnds[index]);
  }

  find(local: string, uris: readonly string[]): string | undefined {
    const { bytes, keys, colons, nameStarts } = this;
    const length = local.length;
    const key = nameKey(length, local.charCodeAt(0), local.charCodeAt(length - 1));
    // Written out rather than through localStart, holdsAt and includes: readers ask this for
    // nearly every cell, and the command line compiles without inlining.
    search: for (let i = 0; i < this.count; i++) {
      if (keys[i] !== key) continue;
      const start = colons[i] < 0 ? nameStarts[i] : colons[i] + 1;
      for (let j = 1; j < length - 1; j++) if (bytes[start + j] !== local.charCodeAt(j)) continue search;
      const uri = this.uris[i];
      for (let u = 0; u < uris.length; u++) if (uris[u] === uri) return this.value(i);
    }
    return undefined;
  }
}

/** One part being read. Positions are passed and returned rather than kept in fields, so they stay in registers. */
class Scanner {
  private readonly length: number;
  /** Where the qualified names of the open elements start and end, outermost first. */
  private readonly openStarts: number[] = [];
  private readonly openEnds: number[] = [];
  private depth = 0;
  /** The depth of the element whose content is being passed over (ScanSink.open said so), or -1. */
  private passingAt = -1;
  /**
   * The scope in effect at each depth: [0] the document's, [d] the open element's at depth d.
   * Written by depth rather than pushed and popped (no call for either); entries deeper than the
   * current depth are left over and written over. Never empty, so its first write finds an array
   * of objects (an empty one cost the start-tag reader a deoptimisation and a second compile).
   */
  private readonly scopes: Scope[] = [ROOT_SCOPE];
  private rootSeen = false;
  private readonly attributes: Attributes;
  private readonly characters: Characters;
  /** The last prefix looked up, in which scope, and its namespace. */
  private lastPrefix = "";
  private lastPrefixScope: Scope | undefined = undefined;
  private lastPrefixUri = "";
  /** The default namespace of the last scope asked about: most parts have one scope for all their elements. */
  private lastScope: Scope | undefined = undefined;
  private lastDefault = "";

  constructor(
    private readonly bytes: Uint8Array,
    private readonly decode: Utf8Decoder,
    private readonly sink: ScanSink,
    private readonly maxDepth: number,
  ) {
    this.length = bytes.length;
    this.attributes = new Attributes(bytes, decode);
    this.characters = new Characters(decode);
  }

  scan(): void {
    const { bytes, length, sink } = this;
    let at = 0;
    if (holdsAt(bytes, 0, "<?xml")) {
      const declaration = DECLARATION.exec(this.decode(0, Math.min(length, MAX_DECLARATION)));
      if (!declaration) throw DECLINED;
      const encoding = declaration[1] ?? declaration[2];
      if (encoding !== undefined && !DECLARED_ENCODING.test(encoding)) throw DECLINED;
      at = declaration[0].length; // ASCII: as many bytes as characters
    }
    while (at < length) {
      let markup = at;
      let plain = true;
      for (;;) {
        // The plain bytes first, in a loop of their own: with no call in it, it runs in registers.
        while (markup < length && STOPS_TEXT[bytes[markup]] === 0) markup++;
        if (markup === length) break;
        const code = bytes[markup];
        if (code === LESS_THAN) break;
        if (code === AMPERSAND) {
          markup = this.referenceEnd(markup) | 0;
          plain = false;
          continue;
        }
        if (code === CARRIAGE_RETURN) plain = false;
        else if (code === 0x5d /* ] */ && bytes[markup + 1] === 0x5d && bytes[markup + 2] === GREATER_THAN) throw DECLINED; // ]]>
        else if ((code < 0x20 || code === 0xef) && isForbiddenAt(bytes, markup)) throw DECLINED;
        markup++;
      }
      if (markup > at) {
        // Outside the root only white space may stand.
        if (this.depth === 0 && this.spaceEnd(at) < markup) throw DECLINED;
        if (this.depth > 0 && this.passingAt < 0) sink.text(this.characters.at(at, markup, plain ? TEXT_AS_IT_STANDS : TEXT_TO_NORMALISE));
        at = markup;
      }
      if (markup === length) break;
      const next = bytes[markup + 1];
      if (next === SLASH) {
        // An end tag, read here rather than by a method: one ends every element. It names the
        // open element: the same bytes, then white space or ">". That name was read as a name
        // when the element opened, so comparing the bytes checks this one as well.
        const depth = this.depth;
        if (depth === 0) throw DECLINED;
        const openStart = this.openStarts[depth - 1];
        const end = markup + 2 + this.openEnds[depth - 1] - openStart;
        if (end > length) throw DECLINED;
        // Compared here, not by sameRange: a call for every end tag was 2 % of the scanner.
        for (let a = markup + 2, b = openStart; a < end; a++, b++) if (bytes[a] !== bytes[b]) throw DECLINED;
        at = end;
        while (at < length && SPACE[bytes[at]]) at++;
        if (bytes[at] !== GREATER_THAN) throw DECLINED;
        at++;
        this.depth = depth - 1;
        if (this.passingAt < 0) sink.close();
        else if (depth === this.passingAt) {
          // The end of the element passed over, reported as its start was.
          this.passingAt = -1;
          sink.close();
        }
      } else if (next === 0x21 /* ! */) {
        if (holdsAt(bytes, markup, "<!--")) at = this.commentEnd(markup + 4) | 0;
        else if (holdsAt(bytes, markup, "<![CDATA[") && this.depth > 0) at = this.cdata(markup + 9) | 0;
        else throw DECLINED; // a document type declaration, or CDATA outside the root
      } else if (next === 0x3f /* ? */) throw DECLINED; // processing instructions are saxes's to judge
      else at = this.openTag(markup) | 0;
    }
    if (!this.rootSeen || this.depth > 0) throw DECLINED;
  }

  /** The end of the white space from `at` on. */
  private spaceEnd(at: number): number {
    const { bytes, length } = this;
    while (at < length && SPACE[bytes[at]]) at++;
    return at;
  }

  /**
   * Where the reference whose `&` is at `at` ends (after its `;`); declines unless it is one read
   * here. The predefined five are recognised in place, without making a string.
   */
  private referenceEnd(at: number): number {
    const { bytes } = this;
    let semicolon = at + 1;
    while (semicolon - at <= MAX_REFERENCE && semicolon < this.length && bytes[semicolon] !== 0x3b /* ; */) semicolon++;
    if (semicolon - at > MAX_REFERENCE || semicolon >= this.length) throw DECLINED;
    const name = at + 1;
    const length = semicolon - name;
    // The name as one number, compared with the five: formulas are full of &quot; and &gt;, and
    // comparing their bytes through a call each cost more than the rest of the reference.
    let packed = 0;
    for (let i = name; i < semicolon && i - name < 4; i++) packed = packed * 256 + bytes[i];
    const predefined = length <= 4 && (packed === LT || packed === GT || packed === AMP || packed === QUOT || packed === APOS);
    if (!predefined) referenced(this.decode(name, semicolon));
    return semicolon + 1;
  }

  /** Reads the comment whose text starts at `at`; returns where it ends. "--" may only close it. */
  private commentEnd(at: number): number {
    const { bytes, length } = this;
    for (let i = at; i + 1 < length; i++) {
      if (bytes[i] === 0x2d /* - */ && bytes[i + 1] === 0x2d) {
        if (bytes[i + 2] !== GREATER_THAN) throw DECLINED;
        return i + 3;
      }
      if ((bytes[i] < 0x20 || bytes[i] === 0xef) && isForbiddenAt(bytes, i)) throw DECLINED;
    }
    throw DECLINED;
  }

  /** Reports the CDATA section whose text starts at `at`; returns where it ends. */
  private cdata(at: number): number {
    const { bytes, length } = this;
    for (let i = at; i + 2 < length; i++) {
      if (bytes[i] === 0x5d && bytes[i + 1] === 0x5d && bytes[i + 2] === GREATER_THAN) {
        if (this.passingAt < 0) this.sink.text(this.characters.at(at, i, CDATA)); // CDATA holds no references
        return i + 3;
      }
      if ((bytes[i] < 0x20 || bytes[i] === 0xef) && isForbiddenAt(bytes, i)) throw DECLINED;
    }
    throw DECLINED;
  }

  /**
   * Reads the start tag at `at` (its `<`); returns where it ends. One loop reads the element's
   * name and then each attribute's, so that the name reader is written once and runs without a
   * call (the command line compiles without inlining). A name is ASCII characters with at most
   * one colon, neither first nor last.
   */
  private openTag(at: number): number {
    const { bytes, length, scopes, attributes } = this;
    const { nameStarts, nameEnds, colons, keys, valueStarts, valueEnds, normalised, uris } = attributes;
    if (this.rootSeen && this.depth === 0) throw DECLINED; // a second root
    const nameStart = ++at;
    let qualifiedEnd = nameStart;
    let colon = -1;
    /** -1 while the element's own name is read, then the index of the attribute being read. */
    let count = -1;
    /** Whether every attribute is without a prefix and cannot be a namespace declaration (xmlns starts with x): then none has a namespace. */
    let plainNames = true;
    for (;;) {
      const start = at;
      if (at >= length || !(NAME_CHARACTERS[bytes[at]] & NAME_START)) throw DECLINED;
      let nameColon = -1;
      for (at++; at < length; at++) {
        const code = bytes[at];
        if (NAME_CHARACTERS[code] & NAME_PART) continue;
        if (code !== COLON || nameColon >= 0) break;
        nameColon = at;
        if (at + 1 >= length || !(NAME_CHARACTERS[bytes[at + 1]] & NAME_START)) throw DECLINED;
      }
      if (count < 0) {
        qualifiedEnd = at;
        colon = nameColon;
      } else {
        nameStarts[count] = start;
        nameEnds[count] = at;
        colons[count] = nameColon;
        uris[count] = "";
        if (nameColon >= 0 || bytes[start] === 0x78 /* x */) plainNames = false;
        const localStart = nameColon < 0 ? start : nameColon + 1;
        keys[count] = ((at - localStart) << 16) | (bytes[localStart] << 8) | bytes[at - 1]; // nameKey, without a call
        while (at < length && SPACE[bytes[at]]) at++;
        if (bytes[at] !== 0x3d /* = */) throw DECLINED;
        at++;
        while (at < length && SPACE[bytes[at]]) at++;
        const quote = bytes[at];
        if (quote !== 0x22 && quote !== 0x27) throw DECLINED;
        let end = at + 1;
        let plain = true;
        for (;;) {
          while (end < length && STOPS_TEXT[bytes[end]] === 0) end++; // as in the text loop
          if (end >= length) throw DECLINED;
          const char = bytes[end];
          if (char === quote) break;
          if (char === LESS_THAN) throw DECLINED;
          if (char === AMPERSAND) {
            end = this.referenceEnd(end) | 0;
            plain = false;
            continue;
          }
          if (char === 0x09 || char === 0x0a || char === CARRIAGE_RETURN) plain = false;
          else if ((char < 0x20 || char === 0xef) && isForbiddenAt(bytes, end)) throw DECLINED;
          end++;
        }
        valueStarts[count] = at + 1;
        valueEnds[count] = end;
        normalised[count] = plain ? undefined : normalisedValue(this.decode(at + 1, end));
        at = end + 1;
      }
      count++;
      const before = at;
      while (at < length && SPACE[bytes[at]]) at++;
      const code = bytes[at];
      if (code === GREATER_THAN || code === SLASH) break;
      if (at === before) throw DECLINED; // attributes are separated by white space, and the part may not end here
    }
    const selfClosing = bytes[at] === SLASH;
    if (selfClosing) at++;
    if (bytes[at] !== GREATER_THAN) throw DECLINED;
    const depth = this.depth;
    if (depth >= this.maxDepth) throw DECLINED;
    attributes.count = count;
    const scope = plainNames ? scopes[depth] : this.attributesRead(count);
    if (count > FEW_ATTRIBUTES) this.eachOnceByKey(count);
    else if (count > 1) this.eachOnce(count);
    let uri: string;
    if (colon < 0) {
      if (qualifiedEnd - nameStart === 5 && holdsAt(bytes, nameStart, "xmlns")) throw DECLINED;
      if (scope !== this.lastScope) {
        this.lastScope = scope;
        this.lastDefault = scope.get("") ?? "";
      }
      uri = this.lastDefault;
    } else {
      if (colon - nameStart === 3 && holdsAt(bytes, nameStart, "xml")) throw DECLINED;
      uri = this.prefixNamespace(scope, nameStart, colon); // declines for xmlns: it is never bound
    }
    this.rootSeen = true;
    if (!selfClosing) {
      // It stays open: its name is kept for its end tag, its scope for what it holds.
      this.openStarts[depth] = nameStart;
      this.openEnds[depth] = qualifiedEnd;
      scopes[depth + 1] = scope;
      this.depth = depth + 1;
    }
    // Inside content passed over: checked as everywhere, but its name is not even made.
    if (this.passingAt >= 0) return at + 1;
    const passes = this.sink.open(uri, this.decode(colon < 0 ? nameStart : colon + 1, qualifiedEnd), attributes);
    if (selfClosing) this.sink.close();
    else if (passes === true) this.passingAt = depth + 1;
    return at + 1;
  }

  /** Whether the attribute at `index` is named xmlns, or has the prefix xmlns. */
  private isXmlns(index: number): boolean {
    const { nameStarts, nameEnds, colons } = this.attributes;
    const start = nameStarts[index];
    const end = colons[index] < 0 ? nameEnds[index] : colons[index];
    return end - start === 5 && holdsAt(this.bytes, start, "xmlns");
  }

  /** The namespaces of the tag's `count` attributes, some with a prefix or declaring one; returns the scope the tag opens. */
  private attributesRead(count: number): Scope {
    const { bytes, scopes, attributes } = this;
    const { nameStarts, nameEnds, colons, uris } = attributes;
    // Namespace declarations first: they apply to the element and its own attributes. Each is
    // marked by its namespace as it is read (openTag left every attribute's empty).
    const parent = scopes[this.depth];
    let scope = parent;
    for (let i = 0; i < count; i++) {
      if (bytes[nameStarts[i]] !== 0x78 /* x */ || !this.isXmlns(i)) continue;
      uris[i] = XMLNS_NAMESPACE;
      const prefix = colons[i] < 0 ? "" : this.decode(colons[i] + 1, nameEnds[i]);
      const uri = attributes.value(i);
      // What the namespaces recommendation forbids, or what only saxes should judge.
      if (prefix === "xml" || prefix === "xmlns" || (prefix !== "" && uri === "") || uri === XML_NAMESPACE || uri === XMLNS_NAMESPACE || /\s/.test(uri)) throw DECLINED;
      if (scope === parent) scope = new Map(parent);
      (scope as Map<string, string>).set(prefix, uri);
    }
    // The others: one without a prefix has no namespace; a bound prefix never binds "".
    for (let i = 0; i < count; i++) if (colons[i] >= 0 && uris[i] === "") uris[i] = this.prefixNamespace(scope, nameStarts[i], colons[i]);
    return scope;
  }

  /**
   * Each attribute once: by its name when it has no prefix, else by namespace and local name (a:x
   * and b:x with a and b bound alike are one attribute given twice). One without a prefix has no
   * namespace, so it never equals one with a prefix (bound prefixes have a namespace).
   */
  private eachOnce(count: number): void {
    const { bytes, attributes } = this;
    const { nameStarts, nameEnds, colons, uris, keys } = attributes;
    for (let i = 1; i < count; i++) {
      for (let j = 0; j < i; j++) {
        if (keys[i] !== keys[j] || colons[i] < 0 !== colons[j] < 0 || uris[i] !== uris[j]) continue;
        const start = colons[i] < 0 ? nameStarts[i] : colons[i] + 1;
        if (sameRange(bytes, start, nameEnds[i], colons[j] < 0 ? nameStarts[j] : colons[j] + 1)) throw DECLINED;
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
    const { lastPrefix } = this;
    if (scope === this.lastPrefixScope && end - start === lastPrefix.length && holdsAt(this.bytes, start, lastPrefix)) return this.lastPrefixUri;
    const prefix = this.decode(start, end);
    const uri = scope.get(prefix);
    if (uri === undefined) throw DECLINED;
    this.lastPrefix = prefix;
    this.lastPrefixScope = scope;
    return (this.lastPrefixUri = uri);
  }
}

/**
 * Reads a part from its UTF-8 bytes (already checked to be UTF-8, without a byte order mark),
 * calling `sink` as it goes; `decode` makes the strings asked for. Throws DECLINED on the first
 * thing outside the subset. `maxDepth`: deeper nesting declines, so saxes can refuse it with its place.
 */
export function scanXml(bytes: Uint8Array, decode: Utf8Decoder, sink: ScanSink, maxDepth: number): void {
  new Scanner(bytes, decode, sink, maxDepth).scan();
}
