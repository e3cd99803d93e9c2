// The few entries of an .xlsx the reader needs, inflated with a hard cap on their real size: the
// sizes a zip declares can lie, so the cap counts the bytes as they come out of the inflater.
// Node inflates synchronously through its zlib (reached without an import, so bundles for the
// browser stay free of it); browsers use DecompressionStream.
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { LIMITS, WorkbookFileError, zipDirectory, ZipEntry } from "./zip-guard";

const MEGABYTE = 1024 * 1024;

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}
/** Node's zlib when running in Node (20.16+), else undefined. */
const nodeZlib = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process?.getBuiltinModule?.("zlib") as
  | NodeZlib
  | undefined;

function tooLarge(bytes: number): WorkbookFileError {
  return new WorkbookFileError("tooLarge", FILE_MESSAGES.tooLarge(Math.ceil(bytes / MEGABYTE), LIMITS.uncompressedBytes / MEGABYTE));
}

const damaged = (detail: string) => new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(detail));

/** An opened .xlsx: its entries by name, inflated on demand within one shared budget. */
export class XlsxArchive {
  /** Every entry as the directory lists it, a name given twice included. */
  private readonly directory: readonly ZipEntry[];
  private readonly entries: Map<string, ZipEntry>;
  private readonly byLowerName: Map<string, ZipEntry>;
  private inflated = 0;

  /** `zlib`: Node's, by default when running in Node; undefined inflates as browsers do. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly zlib: NodeZlib | undefined = nodeZlib,
  ) {
    this.directory = zipDirectory(bytes);
    this.entries = new Map(this.directory.map((entry) => [entry.name, entry]));
    this.byLowerName = new Map([...this.entries.values()].map((entry) => [entry.name.toLowerCase(), entry]));
  }

  /** The text of an entry, or undefined when the zip has none of that name. */
  async text(name: string): Promise<string | undefined> {
    const entry = this.entries.get(name) ?? this.byLowerName.get(name.toLowerCase());
    if (!entry) return undefined;
    return new TextDecoder().decode(await this.inflate(entry));
  }

  /**
   * Inflates every entry within the budget and keeps nothing: a zip library that trusts the
   * declared sizes (exceljs's JSZip) may then open the file without inflating a bomb.
   */
  async inflateEvery(): Promise<void> {
    for (const entry of this.directory) await this.inflate(entry);
  }

  private data(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.byteLength || view.getUint32(local, true) !== 0x04034b50) throw damaged(entry.name);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + entry.compressedSize > this.bytes.byteLength) throw new WorkbookFileError("truncated", FILE_MESSAGES.truncated);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  private async inflate(entry: ZipEntry): Promise<Uint8Array> {
    const data = this.data(entry);
    if (entry.method === 0) return this.count(data);
    if (entry.method !== 8) throw damaged(`${entry.name}：不支持的压缩方式 ${entry.method}`);
    return this.zlib ? this.inflateInNode(this.zlib, entry, data) : this.inflateStream(entry, data);
  }

  private inflateInNode(zlib: NodeZlib, entry: ZipEntry, data: Uint8Array): Uint8Array {
    const budget = LIMITS.uncompressedBytes - this.inflated;
    try {
      return this.count(zlib.inflateRawSync(data, { maxOutputLength: budget + 1 }));
    } catch (error) {
      if (error instanceof WorkbookFileError) throw error;
      // zlib stops at maxOutputLength with a RangeError: the entry inflates past the cap.
      if (error instanceof RangeError) throw tooLarge(LIMITS.uncompressedBytes + 1);
      throw damaged(`${entry.name}：${error instanceof Error ? error.message : String(error)}`);
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
      throw damaged(`${entry.name}：${error instanceof Error ? error.message : String(error)}`);
    }
    if (chunks.length === 1) return chunks[0];
    const joined = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) joined.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
    return joined;
  }

  /** Adds inflated bytes to the budget; past the cap the file is refused mid-inflation. */
  private count(chunk: Uint8Array): Uint8Array {
    this.inflated += chunk.byteLength;
    if (this.inflated > LIMITS.uncompressedBytes) throw tooLarge(this.inflated);
    return chunk;
  }
}
