// The entries of an .xlsx, inflated with a hard cap on their real size (the sizes a zip declares
// can lie, so the cap counts the bytes as they come out of the inflater) and each checked against
// the CRC-32 and size its directory records: a flipped byte is refused, never read as a value.
// Node inflates synchronously through its zlib (reached without an import, so bundles for the
// browser stay free of it); browsers use DecompressionStream.
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { LIMITS, WorkbookFileError, zipDirectory, ZipEntry } from "./zip-guard";
import { PartReading, recalled, sighting } from "./template-parts";

const MEGABYTE = 1024 * 1024;
/**
 * The output buffers made for an entry's declared size: at least 4 kB, so that an entry lying
 * small costs at most some thousands of buffers before the cap, and at most 1 MB at once.
 */
const MIN_CHUNK = 4 * 1024;
const MAX_CHUNK = MEGABYTE;

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }): Uint8Array;
  /** Node 20.15+. */
  crc32?(data: Uint8Array): number;
}
/** Node's zlib when running in Node (20.16+), else undefined. */
const nodeZlib = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process?.getBuiltinModule?.("zlib") as
  | NodeZlib
  | undefined;

function tooLarge(bytes: number): WorkbookFileError {
  return new WorkbookFileError("tooLarge", FILE_MESSAGES.tooLarge(Math.ceil(bytes / MEGABYTE), LIMITS.uncompressedBytes / MEGABYTE));
}

const damaged = (detail: string) => new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(detail));

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The zip's CRC-32 (IEEE), where Node's zlib does not offer it (browsers). */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inflating and checking an entry is all that is done with it. */
const checkedOnly: PartReading<undefined> = () => undefined;

/** An opened .xlsx: its entries by name, inflated on demand within one shared budget. */
export class XlsxArchive {
  /** Every entry as the directory lists it, a name given twice included. */
  private readonly directory: readonly ZipEntry[];
  private readonly entries: Map<string, ZipEntry>;
  private readonly byLowerName: Map<string, ZipEntry>;
  private inflated = 0;
  /** Entries inflated so far: each counts against the budget once. */
  private readonly read = new Set<ZipEntry>();

  /** `zlib`: Node's, by default when running in Node; undefined inflates as browsers do. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly zlib: NodeZlib | undefined = nodeZlib,
  ) {
    this.directory = zipDirectory(bytes);
    this.entries = new Map(this.directory.map((entry) => [entry.name, entry]));
    this.byLowerName = new Map([...this.entries.values()].map((entry) => [entry.name.toLowerCase(), entry]));
  }

  private named(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  /** The bytes of an entry, or undefined when the zip has none of that name. */
  async entry(name: string): Promise<Uint8Array | undefined> {
    const entry = this.named(name);
    return entry && this.inflate(entry, this.stored(entry));
  }

  /**
   * What `read` makes of an entry most workbooks of a batch hold byte for byte (styles,
   * relationships), undefined when the zip has none of that name: for the bytes of a part read
   * before in this thread, what it made of them then (template-parts.ts).
   */
  async templatePart<T>(name: string, read: PartReading<T>): Promise<T | undefined> {
    const entry = this.named(name);
    return entry && this.readPart(entry, read);
  }

  private async readPart<T>(entry: ZipEntry, read: PartReading<T>): Promise<T> {
    const stored = this.stored(entry);
    const known = recalled(entry, stored, read);
    if (known) {
      this.countBytes(entry.size);
      return known.reading;
    }
    const reading = read(await this.inflate(entry, stored), entry.name);
    sighting(entry, stored, read, reading);
    return reading;
  }

  /**
   * Inflates and checks every entry not read yet, within the budget: a damaged entry the reader
   * does not look at still means a damaged file, and a zip library that trusts the declared sizes
   * (exceljs's JSZip) may then open the file without inflating a bomb. What is left is mostly the
   * template's (theme, content types), so it is taken as template parts: nothing of it is kept but
   * the stored bytes of those seen before.
   */
  async inflateTheRest(): Promise<void> {
    for (const entry of this.directory) if (!this.read.has(entry)) await this.readPart(entry, checkedOnly);
  }

  private data(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.byteLength || view.getUint32(local, true) !== 0x04034b50) throw damaged(FILE_MESSAGES.entryDamaged(entry.name));
    const nameLength = view.getUint16(local + 26, true);
    const start = local + 30 + nameLength + view.getUint16(local + 28, true);
    // The local header names the entry again; a different name is a damaged header.
    if (nameLength !== entry.nameBytes.length || entry.nameBytes.some((byte, i) => this.bytes[local + 30 + i] !== byte)) throw damaged(FILE_MESSAGES.entryDamaged(entry.name));
    if (start + entry.compressedSize > this.bytes.byteLength) throw new WorkbookFileError("truncated", FILE_MESSAGES.truncated);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The entry's bytes as stored, once it is known that they can be read. */
  private stored(entry: ZipEntry): Uint8Array {
    if (entry.encrypted) throw new WorkbookFileError("encrypted", FILE_MESSAGES.encrypted);
    this.read.add(entry);
    const data = this.data(entry);
    if (entry.method !== 0 && entry.method !== 8) throw damaged(FILE_MESSAGES.unsupportedMethod(entry.name, entry.method));
    return data;
  }

  private async inflate(entry: ZipEntry, data: Uint8Array): Promise<Uint8Array> {
    const inflated = entry.method === 0 ? this.count(data) : this.zlib ? this.inflateInNode(this.zlib, entry, data) : await this.inflateStream(entry, data);
    const crc = this.zlib?.crc32 ? this.zlib.crc32(inflated) >>> 0 : crc32(inflated);
    if (inflated.byteLength !== entry.size || crc !== entry.crc) throw damaged(FILE_MESSAGES.entryDamaged(entry.name));
    return inflated;
  }

  private inflateInNode(zlib: NodeZlib, entry: ZipEntry, data: Uint8Array): Uint8Array {
    const budget = LIMITS.uncompressedBytes - this.inflated;
    try {
      // Output in one buffer of the declared size and a byte (zlib then finds room left and stops):
      // no second buffer to join.
      const chunkSize = Math.min(Math.max(entry.size + 1, MIN_CHUNK), MAX_CHUNK);
      return this.count(zlib.inflateRawSync(data, { maxOutputLength: budget + 1, chunkSize }));
    } catch (error) {
      if (error instanceof WorkbookFileError) throw error;
      // zlib stops at maxOutputLength with a RangeError: the entry inflates past the cap.
      if (error instanceof RangeError) throw tooLarge(LIMITS.uncompressedBytes + 1);
      // zlib's own words are English: the person learns which part is damaged.
      throw damaged(FILE_MESSAGES.entryDamaged(entry.name));
    }
  }

  private async inflateStream(entry: ZipEntry, data: Uint8Array): Promise<Uint8Array> {
    const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.count(value);
        chunks.push(value);
        length += value.byteLength;
      }
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      if (error instanceof WorkbookFileError) throw error;
      throw damaged(FILE_MESSAGES.entryDamaged(entry.name));
    }
    if (chunks.length === 1) return chunks[0];
    const joined = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) joined.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
    return joined;
  }

  /** Adds inflated bytes to the budget; past the cap the file is refused mid-inflation. */
  private count(chunk: Uint8Array): Uint8Array {
    this.countBytes(chunk.byteLength);
    return chunk;
  }

  private countBytes(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > LIMITS.uncompressedBytes) throw tooLarge(this.inflated);
  }
}
