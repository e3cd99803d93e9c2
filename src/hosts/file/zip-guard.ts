// Checks a file's bytes before any zip library inflates them: a hostile or broken file must end
// in a clear message, not in a crash or in gigabytes of memory. Reads only the zip directory.
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { ErrorCode, NianbaoError } from "../../model/errors";

/** The bytes are not a workbook we will read; `message` is Chinese and says what to do. */
export class WorkbookFileError extends NianbaoError {
  constructor(
    override readonly code: WorkbookFileCode,
    message: string,
  ) {
    super(code, message);
  }
}

export type WorkbookFileCode = Extract<ErrorCode, "empty" | "encrypted" | "legacyFormat" | "cellTooLong" | "notZip" | "truncated" | "notWorkbook" | "tooLarge" | "sheetTooLarge" | "unreadable">;

export const LIMITS = {
  /** Uncompressed bytes: the sum the zip directory declares, and what is really inflated. */
  uncompressedBytes: 50 * 1024 * 1024,
  entries: 10_000,
  /** Rows × columns of the area holding a sheet's values (a report uses about 60 × 10). */
  sheetCells: 250_000,
} as const;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const DIRECTORY_ENTRY_SIZE = 46;
const MAX_COMMENT = 0xffff;
/** A size field of all ones means "see the ZIP64 record": only files of gigabytes need it. */
const ZIP64_MARK = 0xffffffff;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The stream an encrypted .xlsx keeps its package in, as an OLE directory spells it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Uint8Array.from([..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]));

/**
 * An OLE compound file is either an .xlsx encrypted with a password to open (its streams
 * EncryptionInfo and EncryptedPackage) or an old binary workbook (.xls, WPS .et).
 */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(ENCRYPTED_PACKAGE[0]); at >= 0; at = bytes.indexOf(ENCRYPTED_PACKAGE[0], at + 1))
    if (ENCRYPTED_PACKAGE.every((byte, i) => bytes[at + i] === byte)) return true;
  return false;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

/** One file inside the zip, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** The name's bytes as the directory holds them: the entry's local header must hold the same. */
  readonly nameBytes: Uint8Array;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As declared: a hostile zip may lie, so inflation counts the real bytes too. */
  readonly size: number;
  /** The CRC-32 of the inflated bytes. */
  readonly crc: number;
  /** Zip encryption (general purpose flag bit 0): Excel never writes it; password tools may. */
  readonly encrypted: boolean;
  readonly localOffset: number;
}

/**
 * The entries of a complete, modest .xlsx zip, read from its directory without inflating
 * anything. Throws WorkbookFileError for anything else.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.byteLength === 0) throw new WorkbookFileError("empty", FILE_MESSAGES.empty);
  if (startsWith(bytes, OLE_SIGNATURE))
    throw isEncryptedPackage(bytes) ? new WorkbookFileError("encrypted", FILE_MESSAGES.encrypted) : new WorkbookFileError("legacyFormat", FILE_MESSAGES.legacyFormat);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4 || view.getUint32(0, true) !== LOCAL_HEADER) throw new WorkbookFileError("notZip", FILE_MESSAGES.notZip);
  const end = bytes.byteLength >= END_RECORD_SIZE ? findEndOfDirectory(view) : -1;
  if (end < 0) throw new WorkbookFileError("truncated", FILE_MESSAGES.truncated);

  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK)
    throw new WorkbookFileError("tooLarge", FILE_MESSAGES.tooLarge(4096, LIMITS.uncompressedBytes / 1024 / 1024));
  if (directoryOffset + directorySize > end) throw new WorkbookFileError("truncated", FILE_MESSAGES.truncated);
  if (count > LIMITS.entries) throw new WorkbookFileError("tooLarge", FILE_MESSAGES.tooManyEntries(count, LIMITS.entries));

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + DIRECTORY_ENTRY_SIZE > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new WorkbookFileError("truncated", FILE_MESSAGES.truncated);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + DIRECTORY_ENTRY_SIZE + nameLength > end) throw new WorkbookFileError("truncated", FILE_MESSAGES.truncated);
    const nameBytes = bytes.subarray(at + DIRECTORY_ENTRY_SIZE, at + DIRECTORY_ENTRY_SIZE + nameLength);
    entries.push({
      name: decoder.decode(nameBytes),
      nameBytes,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressedSize: view.getUint32(at + 20, true),
      size,
      localOffset: view.getUint32(at + 42, true),
    });
    total += size === ZIP64_MARK ? Infinity : size;
    if (total > LIMITS.uncompressedBytes) {
      const megabytes = Number.isFinite(total) ? Math.ceil(total / 1024 / 1024) : 4096;
      throw new WorkbookFileError("tooLarge", FILE_MESSAGES.tooLarge(megabytes, LIMITS.uncompressedBytes / 1024 / 1024));
    }
    at += DIRECTORY_ENTRY_SIZE + nameLength + extraLength + commentLength;
  }
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) throw new WorkbookFileError("notWorkbook", FILE_MESSAGES.notWorkbook);
  return entries;
}
