// The parts a batch's workbooks made from one template hold byte for byte (styles, relationships,
// theme), with what was read of them: an entry whose bytes as stored equal those of one inflated
// and checked before, under the same name, CRC-32 and size, inflates to the same bytes, so neither
// inflating, checking nor reading it again can give another answer. A part is kept from its second
// sighting on (one department's own parts are never kept), as its stored bytes and what was read
// of it: four versions of a name and 128 names at most, oldest out first, parts of up to 256 kB
// and 16 MB in all, whatever a thread is sent.
import { ZipEntry } from "./zip-guard";

/** What the archive reads a part with; the same function gives the same result for the same bytes. */
export type PartReading<T> = (bytes: Uint8Array, name: string) => T;

interface KeptPart {
  readonly crc: number;
  readonly size: number;
  readonly method: number;
  /** The entry's bytes as stored in its zip, copied. */
  readonly stored: Uint8Array;
  readonly readings: Map<PartReading<unknown>, unknown>;
}

/** What is known of the parts of one name: the CRC-32s last seen, and the versions kept. */
interface Named {
  readonly seen: number[];
  readonly kept: KeptPart[];
}

const MOST_NAMES = 128;
const MOST_VERSIONS = 4;
const MOST_SEEN = 16;
/** Bytes kept in all, as stored: past this, no more parts are kept. */
const MOST_KEPT_BYTES = 16 * 1024 * 1024;
const LARGEST_KEPT = 256 * 1024;

const byName = new Map<string, Named>();
let keptBytes = 0;

const bytesOf = (parts: readonly KeptPart[]) => parts.reduce((sum, part) => sum + part.stored.byteLength, 0);

/** Whether two byte arrays hold the same bytes (natively in Node). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const buffer = (globalThis as { Buffer?: { compare(a: Uint8Array, b: Uint8Array): number } }).Buffer;
  if (buffer) return buffer.compare(a, b) === 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The version kept of this entry, whose bytes as stored in its zip are `stored`, moved to the front. */
function keptPart(named: Named | undefined, entry: ZipEntry, stored: Uint8Array): KeptPart | undefined {
  if (!named) return undefined;
  const at = named.kept.findIndex((part) => part.crc === entry.crc && part.size === entry.size && part.method === entry.method && sameBytes(part.stored, stored));
  if (at < 0) return undefined;
  const [part] = named.kept.splice(at, 1);
  named.kept.unshift(part);
  return part;
}

/** What `read` made before of this entry's bytes (`stored`, as in its zip), if it is kept. */
export function recalled<T>(entry: ZipEntry, stored: Uint8Array, read: PartReading<T>): { readonly reading: T } | undefined {
  const part = keptPart(byName.get(entry.name), entry, stored);
  return part?.readings.has(read) ? { reading: part.readings.get(read) as T } : undefined;
}

/** What is known of the parts of this name, a new name taking the place of the oldest. */
function namedFor(name: string): Named {
  let named = byName.get(name);
  if (named) return named;
  if (byName.size >= MOST_NAMES) {
    const oldest = byName.keys().next().value!;
    keptBytes -= bytesOf(byName.get(oldest)!.kept);
    byName.delete(oldest);
  }
  byName.set(name, (named = { seen: [], kept: [] }));
  return named;
}

/** An entry just inflated and checked, with what `read` made of it: kept from its second sighting. */
export function sighting<T>(entry: ZipEntry, stored: Uint8Array, read: PartReading<T>, reading: T): void {
  if (entry.size > LARGEST_KEPT) return;
  const named = namedFor(entry.name);
  const part = keptPart(named, entry, stored);
  if (part) part.readings.set(read, reading);
  else if (named.seen.includes(entry.crc)) {
    if (keptBytes + stored.byteLength > MOST_KEPT_BYTES) return;
    named.kept.unshift({ crc: entry.crc, size: entry.size, method: entry.method, stored: new Uint8Array(stored), readings: new Map([[read, reading]]) });
    keptBytes += stored.byteLength;
    if (named.kept.length > MOST_VERSIONS) keptBytes -= bytesOf(named.kept.splice(MOST_VERSIONS));
  } else {
    named.seen.unshift(entry.crc);
    if (named.seen.length > MOST_SEEN) named.seen.pop();
  }
}
