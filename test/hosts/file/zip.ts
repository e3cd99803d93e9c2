// A minimal zip reader and writer for tests: to look inside written workbooks and to forge
// hostile files, without depending on a zip library the project does not declare.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/** The text of every entry of a zip, by name. */
export function zipEntries(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressed);
    entries.set(name, (method === 0 ? data : inflateRawSync(data)).toString("utf8"));
    at += 46 + skip;
  }
  return entries;
}

export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
  /** Deflate the data (method 8) instead of storing it. */
  readonly deflate?: boolean;
  /** What the directory claims the entry inflates to; a hostile zip lies. */
  readonly declaredSize?: number;
}

/** A zip of the parts, in order. */
export function zipOf(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const nameBytes = Buffer.from(part.name, "utf8");
    const data = part.deflate ? deflateRawSync(part.data) : Buffer.from(part.data);
    const size = part.declaredSize ?? part.data.byteLength;
    const method = part.deflate ? 8 : 0;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    directory.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

/** A stored (uncompressed) zip of the given files; `declaredSize` lies about their size. */
export function storedZip(files: Record<string, string>, declaredSize?: number): Uint8Array {
  return zipOf(Object.entries(files).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8"), declaredSize })));
}

/**
 * The start of an OLE compound file naming the given streams in its directory (UTF-16LE, from
 * byte 1024, as the first directory sector of a 512-byte-sector file holds them): an encrypted
 * .xlsx has EncryptionInfo and EncryptedPackage, an old .xls a Workbook stream.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(1024 + streams.length * 128);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  streams.forEach((name, i) => bytes.set(Buffer.from(name, "utf16le"), 1024 + i * 128));
  return bytes;
}

/** Where an entry's bytes sit in a zip, and where its directory record keeps their CRC-32. */
export function entryPlace(bytes: Uint8Array, name: string): { readonly start: number; readonly length: number; readonly directoryCrc: number } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const nameLength = buffer.readUInt16LE(at + 28);
    if (buffer.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const local = buffer.readUInt32LE(at + 42);
      const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      return { start, length: buffer.readUInt32LE(at + 20), directoryCrc: at + 16 };
    }
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  throw new Error(`no entry ${name}`);
}
