import { parseSignedDataContentInfo } from './cms';
import { findSignatureFields, signedRanges } from './pdf-signature-fields';
import { SignatureRefusal } from './refusal';
import type { SignatureReport } from './report';
import { verifySigners } from './verify-signers';

/**
 * A PAdES file is accepted when the export is a byte-for-byte prefix (the signing tool only
 * appended incremental updates) and at least one signature covers all of it (its /Contents gap
 * lies after the export). What the appended updates change is not inspected.
 */
export function verifyPades(signed: Buffer, original: Buffer): SignatureReport[] {
  const fields = findSignatureFields(signed).filter((field) => !field.isDocumentTimestamp);
  if (fields.length === 0) throw new SignatureRefusal('NO_SIGNATURES');
  if (signed.length < original.length || !signed.subarray(0, original.length).equals(original)) {
    throw new SignatureRefusal('NOT_INCREMENTAL_UPDATE');
  }
  // byteRange[1] is where the /Contents gap starts: everything before it is signed.
  if (!fields.some(({ byteRange }) => byteRange[1] >= original.length)) throw new SignatureRefusal('EXPORT_NOT_COVERED');

  return fields.flatMap((field) => {
    const signedData = parseSignedDataContentInfo(field.cms);
    if (!signedData) throw new SignatureRefusal('CORRUPTED');
    return verifySigners(signedData, signedRanges(signed, field.byteRange), field.pdfSigningTime);
  });
}
