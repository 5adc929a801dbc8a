import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';

/** A file's entry in a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * Thrown when the file is not a workbook this reader can read: not a zip (or a zip64 one), cut
 * short, a part missing or unfinished.
 */
export class UnreadableFile extends Error {}

/** Inflated bytes allowed per entry: a few MB of deflate can otherwise expand to many GB. */
const maxInflatedBytes = 1 << 30;

const chunkSize = 256 * 1024;
const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const zip64LocatorSignature = 0x07064b50;

/**
 * The entries of a zip by name, read from its central directory: the directory, not the order of
 * the files, says where each one is.
 */
export function zipEntries(file: Buffer): Map<string, ZipEntry> {
  const end = endOfCentralDirectory(file);
  const count = file.readUInt16LE(end + 10);
  const size = file.readUInt32LE(end + 12);
  const offset = file.readUInt32LE(end + 16);
  if (file.readUInt16LE(end + 4) !== 0 || file.readUInt16LE(end + 6) !== 0)
    throw new UnreadableFile('multi-disk zip');
  if (
    count === 0xffff ||
    size === 0xffffffff ||
    offset === 0xffffffff ||
    (end >= 20 && file.readUInt32LE(end - 20) === zip64LocatorSignature)
  )
    throw new UnreadableFile('zip64');
  if (offset + size > end) throw new UnreadableFile('central directory out of bounds');
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || file.readUInt32LE(at) !== centralSignature)
      throw new UnreadableFile('bad central directory entry');
    const flags = file.readUInt16LE(at + 8);
    const nameLength = file.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    if (next > end) throw new UnreadableFile('bad central directory entry');
    const name = file.toString('utf8', at + 46, at + 46 + nameLength).replace(/\\/g, '/');
    if ((flags & 1) === 0)
      entries.set(name, {
        name,
        method: file.readUInt16LE(at + 10),
        compressedSize: file.readUInt32LE(at + 20),
        localHeaderOffset: file.readUInt32LE(at + 42),
      });
    at = next;
  }
  return entries;
}

function endOfCentralDirectory(file: Buffer): number {
  const last = file.length - 22;
  const first = Math.max(0, last - 0xffff); // the record ends with a comment of up to 64 KB
  for (let at = last; at >= first; at--) {
    if (
      file.readUInt32LE(at) === endSignature &&
      at + 22 + file.readUInt16LE(at + 20) <= file.length
    )
      return at;
  }
  throw new UnreadableFile('not a zip');
}

/**
 * An entry by its part name. OPC part names are case-insensitive, and some zippers write
 * backslashes, so an exact miss falls back to a case-insensitive match.
 */
export function findEntry(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  const exact = entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

/** The entry's compressed bytes, found through its local header (its extra field may differ). */
function compressedBytes(file: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== localSignature)
    throw new UnreadableFile('bad local header');
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  if (start + entry.compressedSize > file.length) throw new UnreadableFile('entry out of bounds');
  return file.subarray(start, start + entry.compressedSize);
}

/** The entry's bytes, in chunks as they inflate; never more than `limit` of them. */
export async function* entryChunks(
  file: Buffer,
  entry: ZipEntry,
  limit = maxInflatedBytes,
): AsyncGenerator<Buffer> {
  const compressed = compressedBytes(file, entry);
  if (entry.method === 0) {
    if (compressed.length > limit) throw new UnreadableFile('entry too large');
    for (let at = 0; at < compressed.length; at += chunkSize)
      yield compressed.subarray(at, at + chunkSize);
    return;
  }
  if (entry.method !== 8) throw new UnreadableFile(`compression method ${entry.method}`);
  const inflate = createInflateRaw({ chunkSize });
  inflate.end(compressed);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new UnreadableFile('entry too large');
      yield chunk;
    }
  } finally {
    inflate.destroy();
  }
}

/** The entry as text chunks; a character split between two chunks is decoded whole. */
export async function* entryText(
  file: Buffer,
  entry: ZipEntry,
  limit = maxInflatedBytes,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of entryChunks(file, entry, limit)) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** The whole entry as text, for the small parts (workbook, relationships, styles). */
export async function entryString(file: Buffer, entry: ZipEntry, limit: number): Promise<string> {
  let text = '';
  for await (const chunk of entryText(file, entry, limit)) text += chunk;
  return text;
}
