import { parsePdfDate } from './pdf-date';
import { SignatureRefusal } from './refusal';

/** [offset, length, offset, length]: the signed bytes are the file minus the /Contents hex string between the two ranges. */
export type ByteRange = readonly [number, number, number, number];

export interface PdfSignatureField {
  readonly byteRange: ByteRange;
  /** The hex-decoded /Contents: the CMS followed by zero padding, which the ASN.1 reader ignores. */
  readonly cms: Buffer;
  /** The dictionary's /M, used when the CMS carries no signingTime. */
  readonly pdfSigningTime?: Date;
  /** A PAdES document timestamp (/DocTimeStamp, RFC 3161): it certifies a time, not a signer. */
  readonly isDocumentTimestamp: boolean;
}

const BYTE_RANGE = Buffer.from('/ByteRange');
const BYTE_RANGE_ARRAY = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/;
const HEX_STRING = /^<[0-9A-Fa-f]*>$/;

/**
 * Finds signature dictionaries by their /ByteRange, searching the Buffer natively so a large
 * PDF is never turned into a string. No full PDF parser: the ByteRange itself says where the
 * /Contents hex string is (the gap between the two ranges), and that is all a verifier needs.
 */
export function findSignatureFields(pdf: Buffer): PdfSignatureField[] {
  const fields: PdfSignatureField[] = [];
  for (let at = pdf.indexOf(BYTE_RANGE); at !== -1; at = pdf.indexOf(BYTE_RANGE, at + BYTE_RANGE.length)) {
    const numbers = BYTE_RANGE_ARRAY.exec(pdf.toString('latin1', at, at + 100));
    // An unsigned placeholder ("[0 /********** …]") or the word in some text: not a signature.
    if (!numbers) continue;
    const byteRange = numbers.slice(1, 5).map(Number) as [number, number, number, number];
    assertFitsFile(byteRange, pdf.length);
    const [, gapStart, gapEnd] = byteRange;
    const contents = pdf.toString('latin1', gapStart, gapEnd);
    if (!HEX_STRING.test(contents)) throw new SignatureRefusal('CORRUPTED');
    const dictionary = dictionaryText(pdf, at, gapStart, gapEnd);
    const pdfSigningTime = /\/M\s*\((D:[^)]*)\)/.exec(dictionary)?.[1];
    const date = pdfSigningTime === undefined ? undefined : parsePdfDate(pdfSigningTime);
    fields.push({
      byteRange,
      cms: Buffer.from(contents.slice(1, -1), 'hex'),
      ...(date && { pdfSigningTime: date }),
      isDocumentTimestamp: /\/Type\s*\/DocTimeStamp\b|\/SubFilter\s*\/ETSI\.RFC3161\b/.test(dictionary),
    });
  }
  return fields;
}

/** The ranges must start the file, leave a gap and end inside it: a truncated file fails here. */
function assertFitsFile([start1, length1, start2, length2]: ByteRange, fileLength: number): void {
  if (start1 !== 0 || length1 < 1 || start2 <= length1 || start2 + length2 > fileLength) throw new SignatureRefusal('CORRUPTED');
}

/** The signature dictionary's text ("N 0 obj … endobj") without the long /Contents hex string. */
function dictionaryText(pdf: Buffer, at: number, gapStart: number, gapEnd: number): string {
  const objectStart = Math.max(pdf.lastIndexOf('obj', Math.min(at, gapStart)), 0);
  const objectEnd = pdf.indexOf('endobj', Math.max(at, gapEnd));
  return pdf.toString('latin1', objectStart, gapStart) + pdf.toString('latin1', gapEnd, objectEnd === -1 ? pdf.length : objectEnd);
}

/** The two signed ranges, as views on the file. */
export const signedRanges = (pdf: Buffer, [start1, length1, start2, length2]: ByteRange): Buffer[] => [
  pdf.subarray(start1, start1 + length1),
  pdf.subarray(start2, start2 + length2),
];
