/**
 * A minimal BER/DER reader over Buffers, enough for CMS and X.509.
 *
 * Written here rather than using node-forge's `asn1` because forge works on binary strings
 * (a 5 MB .p7m would be copied into a JS string) and its certificate parser rejects EC keys.
 * Every node is a view (`subarray`) on the input: nothing is copied.
 */

/** Thrown on any structural error; callers turn it into a user-facing refusal. */
export class Asn1Error extends Error {
  override readonly name = 'Asn1Error';
}

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Context-specific tag `[n]`, constructed when `constructed` (EXPLICIT tagging or IMPLICIT SET/SEQUENCE). */
export const contextTag = (n: number, constructed = true): number => 0x80 | (constructed ? 0x20 : 0) | n;

const CONSTRUCTED = 0x20;
const MAX_DEPTH = 64;

export interface Asn1Node {
  /** The identifier octet (class, constructed bit and tag number < 31). */
  readonly tag: number;
  /** The whole encoding: identifier, length and value. */
  readonly encoded: Buffer;
  /** The value octets (for indefinite lengths, without the end-of-contents marker). */
  readonly value: Buffer;
  readonly children: readonly Asn1Node[];
}

/** Reads the first element of `input`; trailing bytes are left to the caller (see `encoded.length`). */
export function readAsn1(input: Buffer): Asn1Node {
  return readNode(input, 0, 0);
}

function readNode(input: Buffer, start: number, depth: number): Asn1Node {
  if (depth > MAX_DEPTH) throw new Asn1Error('ASN.1 nesting too deep');
  const tag = byteAt(input, start);
  if ((tag & 0x1f) === 0x1f) throw new Asn1Error('high tag numbers are not used by CMS');
  const constructed = (tag & CONSTRUCTED) !== 0;
  const first = byteAt(input, start + 1);
  let valueStart = start + 2;

  if (first === 0x80) {
    // Indefinite length (BER): children until the end-of-contents octets 00 00.
    if (!constructed) throw new Asn1Error('indefinite length on a primitive value');
    const children: Asn1Node[] = [];
    let offset = valueStart;
    while (byteAt(input, offset) !== 0 || byteAt(input, offset + 1) !== 0) {
      const child = readNode(input, offset, depth + 1);
      children.push(child);
      offset += child.encoded.length;
    }
    return { tag, encoded: input.subarray(start, offset + 2), value: input.subarray(valueStart, offset), children };
  }

  let length = first;
  if (first & 0x80) {
    const lengthBytes = first & 0x7f;
    if (lengthBytes > 4) throw new Asn1Error('length too large');
    length = 0;
    for (let i = 0; i < lengthBytes; i++) length = length * 256 + byteAt(input, valueStart + i);
    valueStart += lengthBytes;
  }
  const end = valueStart + length;
  if (end > input.length) throw new Asn1Error('value runs past the end of the data');
  const value = input.subarray(valueStart, end);
  return { tag, encoded: input.subarray(start, end), value, children: constructed ? readChildren(value, depth) : [] };
}

function readChildren(value: Buffer, depth: number): Asn1Node[] {
  const children: Asn1Node[] = [];
  for (let offset = 0; offset < value.length; ) {
    const child = readNode(value, offset, depth + 1);
    children.push(child);
    offset += child.encoded.length;
  }
  return children;
}

function byteAt(input: Buffer, offset: number): number {
  const byte = input[offset];
  if (byte === undefined) throw new Asn1Error('unexpected end of data');
  return byte;
}

/** The `index`-th child, which must exist and, if given, carry `tag`. */
export function child(node: Asn1Node, index: number, tag?: number): Asn1Node {
  const found = node.children[index];
  if (!found) throw new Asn1Error(`missing element ${index}`);
  if (tag !== undefined) expectTag(found, tag);
  return found;
}

export function expectTag(node: Asn1Node, tag: number): Asn1Node {
  if (node.tag !== tag) throw new Asn1Error(`expected tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
  return node;
}

/** The bytes of an OCTET STRING, joining the chunks of a constructed (BER) one. */
export function octetStringBytes(node: Asn1Node): Buffer {
  if (node.tag === TAG.OCTET_STRING) return node.value;
  if (node.tag === (TAG.OCTET_STRING | CONSTRUCTED)) return Buffer.concat(node.children.map(octetStringBytes));
  throw new Asn1Error('expected an OCTET STRING');
}

/** Dotted form of an OBJECT IDENTIFIER. */
export function oidString(node: Asn1Node): string {
  const bytes = expectTag(node, TAG.OID).value;
  const arcs: number[] = [];
  let arc = 0;
  for (const byte of bytes) {
    arc = arc * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    if (arcs.length === 0) arcs.push(arc < 80 ? Math.floor(arc / 40) : 2, arc < 80 ? arc % 40 : arc - 80);
    else arcs.push(arc);
    arc = 0;
  }
  return arcs.join('.');
}

/** UTCTime (RFC 5280: YY < 50 → 20YY) or GeneralizedTime, as a Date. */
export function timeValue(node: Asn1Node): Date {
  if (node.tag !== TAG.UTC_TIME && node.tag !== TAG.GENERALIZED_TIME) throw new Asn1Error('expected a time');
  const pattern = node.tag === TAG.UTC_TIME ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/ : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/;
  const match = pattern.exec(node.value.toString('latin1'));
  if (!match) throw new Asn1Error('unsupported time encoding');
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const fullYear = node.tag === TAG.UTC_TIME ? (year < 50 ? 2000 + year : 1900 + year) : year;
  return new Date(Date.UTC(fullYear, month - 1, day, hour, minute, second));
}

/** The text of a directory string (UTF8String, PrintableString, IA5String, TeletexString as latin1, BMPString). */
export function stringValue(node: Asn1Node): string {
  switch (node.tag) {
    case 0x0c: // UTF8String
      return node.value.toString('utf8');
    case 0x1e: // BMPString: UTF-16 big-endian
      if (node.value.length % 2) throw new Asn1Error('odd-length BMPString');
      return Buffer.from(node.value).swap16().toString('utf16le');
    default: // PrintableString, IA5String, TeletexString, VisibleString
      return node.value.toString('latin1');
  }
}
