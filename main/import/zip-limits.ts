// A .docx or .odt is a ZIP: its central directory says how big every part becomes once inflated.
// Reading it first lets a decompression bomb be refused before a single byte is inflated; inflating each
// part once with a ceiling at its declared size then catches a directory that lies about it.
import { inflateRawSync } from 'node:zlib';
import { ImportRefusal, unreadable } from './refusal';

/** Far above any regolamento (a 300-page .docx with images is a few MB), far below what exhausts memory. */
export const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
export const MAX_ENTRIES = 2000;
/** The part holding the text is parsed whole: a 300-page regolamento's is a few MB. */
export const MAX_TEXT_PART_BYTES = 16 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const STORED = 0;
const DEFLATED = 8;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

class Damaged extends Error {}

const MB = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Refuses, saying why, a package with too many parts, too large once inflated (the whole, or the part holding the
 * text, `textPart`), or whose parts inflate
 * to more than the directory declares. Nothing is kept: the readers inflate the (now bounded) parts again.
 */
export function checkZipLimits(bytes: Buffer, fileName: string, textPart: string): void {
  try {
    const entries = centralDirectory(bytes, fileName);
    const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (total > MAX_UNCOMPRESSED_BYTES) {
      throw new ImportRefusal(
        `Il file «${fileName}» una volta decompresso occuperebbe ${MB(total)} MB, oltre il limite di ${MB(MAX_UNCOMPRESSED_BYTES)} MB per un regolamento: ` +
          'non è stato aperto. Salvarlo senza immagini o oggetti incorporati e riprovare.',
      );
    }
    const text = entries.find((entry) => entry.name === textPart);
    if (text && text.uncompressedSize > MAX_TEXT_PART_BYTES) {
      throw new ImportRefusal(
        `Il testo del file «${fileName}» occuperebbe ${MB(text.uncompressedSize)} MB, oltre il limite di ${MB(MAX_TEXT_PART_BYTES)} MB per un regolamento: non è stato aperto.`,
      );
    }
    if (entries.some((entry) => inflatesBeyondDeclared(bytes, entry))) {
      throw new ImportRefusal(
        `Il file «${fileName}» è danneggiato o costruito ad arte: una sua parte decompressa è più grande di quanto dichiara. Non è stato aperto.`,
      );
    }
  } catch (error) {
    if (error instanceof Damaged) throw unreadable(fileName);
    throw error;
  }
}

function centralDirectory(bytes: Buffer, fileName: string): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  let count = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) ({ count, size, offset } = zip64Directory(bytes, eocd));
  if (count > MAX_ENTRIES) {
    throw new ImportRefusal(
      `Il file «${fileName}» contiene ${count} parti, oltre il limite di ${MAX_ENTRIES} per un regolamento: non è stato aperto.`,
    );
  }
  const entries: ZipEntry[] = [];
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Damaged();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    entries.push(withZip64Sizes({
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    }, extra));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The record sits in the last 64 KB (after it only a comment of at most 65 535 bytes). */
function findEndOfCentralDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new Damaged();
}

function zip64Directory(bytes: Buffer, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new Damaged();
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) throw new Damaged();
  return {
    count: safeNumber(bytes.readBigUInt64LE(record + 32)),
    size: safeNumber(bytes.readBigUInt64LE(record + 40)),
    offset: safeNumber(bytes.readBigUInt64LE(record + 48)),
  };
}

/** ZIP64 stores the sizes that do not fit 32 bits in an extra field, in this order. */
function withZip64Sizes(entry: ZipEntry, extra: Buffer): ZipEntry {
  if (entry.uncompressedSize !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localHeaderOffset !== 0xffffffff) return entry;
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA_ID) continue;
    let field = at + 4;
    const next = () => {
      if (field + 8 > extra.length) throw new Damaged();
      const value = safeNumber(extra.readBigUInt64LE(field));
      field += 8;
      return value;
    };
    const uncompressedSize = entry.uncompressedSize === 0xffffffff ? next() : entry.uncompressedSize;
    const compressedSize = entry.compressedSize === 0xffffffff ? next() : entry.compressedSize;
    const localHeaderOffset = entry.localHeaderOffset === 0xffffffff ? next() : entry.localHeaderOffset;
    return { ...entry, uncompressedSize, compressedSize, localHeaderOffset };
  }
  throw new Damaged();
}

const safeNumber = (value: bigint): number => {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Damaged();
  return Number(value);
};

/** Inflates the part with its declared size as a ceiling: a part that would grow past it lies about its size. */
function inflatesBeyondDeclared(bytes: Buffer, entry: ZipEntry): boolean {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new Damaged();
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data.length > entry.uncompressedSize;
  // Other methods are not used by office files; the ZIP reader refuses them as unreadable.
  if (entry.method !== DEFLATED) return false;
  try {
    inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return true;
    throw new Damaged();
  }
}
