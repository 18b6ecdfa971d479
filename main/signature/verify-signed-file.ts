import { createHash } from 'node:crypto';
import { Asn1Error } from './asn1';
import { verifyCades } from './cades';
import { verifyPades } from './pades';
import { SignatureRefusal } from './refusal';
import type { SignedFileReport } from './report';

export interface SignedFileInput {
  /** The file the secretary brings back from the signing software. */
  signed: Buffer;
  /** The exported PDF/A whose SHA-256 was stored when the verbale was signed. */
  original: Buffer;
  /** Shown in the refusal when the file is neither a PDF nor a .p7m. */
  fileName?: string;
}

/**
 * Accepts a PAdES PDF or a CAdES .p7m only if it provably contains `original` byte for byte,
 * and reports every signature found; throws `SignatureRefusal` otherwise. A report can still
 * carry signatures with `digestValid` or `signatureValid` false: the caller decides.
 */
export function verifySignedFile({ signed, original, fileName }: SignedFileInput): SignedFileReport {
  const sha256 = createHash('sha256').update(signed).digest('hex');
  try {
    return signed.subarray(0, 5).toString('latin1') === '%PDF-'
      ? { format: 'PAdES', sha256, signatures: verifyPades(signed, original) }
      : { format: 'CAdES', sha256, signatures: verifyCades(signed, original) };
  } catch (error) {
    if (error instanceof Asn1Error) throw new SignatureRefusal('CORRUPTED');
    if (error instanceof SignatureRefusal && error.code === 'NOT_SIGNED_FILE' && fileName) throw new SignatureRefusal(error.code, fileName);
    throw error;
  }
}
