import { Asn1Error, TAG } from './asn1';
import { parseSignedDataContentInfo, type SignedData } from './cms';
import { SignatureRefusal } from './refusal';
import type { SignatureReport } from './report';
import { verifySigners } from './verify-signers';

/** .pdf.p7m.p7m is common (a second signer signs the whole envelope); more than this is not a real file. */
const MAX_NESTING = 8;

const PEM_ARMOUR = /-----[^-]+-----/g;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;

/**
 * A CAdES file is accepted when its encapsulated content, after unwrapping nested envelopes,
 * is exactly the export. The signatures of every envelope are reported, innermost first
 * (the order in which they were applied).
 */
export function verifyCades(file: Buffer, original: Buffer): SignatureReport[] {
  const der = decodeP7m(file);
  const outermost = der && parseSignedDataContentInfo(der);
  if (!outermost) throw new SignatureRefusal('NOT_SIGNED_FILE');

  const envelopes: { signedData: SignedData; content: Buffer }[] = [];
  for (let signedData = outermost; ; ) {
    const content = signedData.content;
    if (!content) throw new SignatureRefusal('DETACHED_SIGNATURE');
    envelopes.unshift({ signedData, content });
    if (content.equals(original)) break;
    const inner = envelopes.length < MAX_NESTING ? parseInnerEnvelope(content) : undefined;
    if (!inner) throw new SignatureRefusal('CONTENT_MISMATCH');
    signedData = inner;
  }
  return envelopes.flatMap(({ signedData, content }) => verifySigners(signedData, [content]));
}

/** DER of a .p7m, which signing tools write as DER or as base64 text (with or without PEM armour). */
function decodeP7m(file: Buffer): Buffer | undefined {
  if (file[0] === TAG.SEQUENCE) return file;
  const text = file.toString('latin1').replace(PEM_ARMOUR, '');
  if (!BASE64_TEXT.test(text)) return undefined;
  const der = Buffer.from(text, 'base64'); // Node's decoder skips the line breaks
  return der[0] === TAG.SEQUENCE ? der : undefined;
}

/** Content that is not a readable envelope is simply not the export: a mismatch, not a damaged file. */
function parseInnerEnvelope(content: Buffer): SignedData | undefined {
  const der = decodeP7m(content);
  try {
    return der && parseSignedDataContentInfo(der);
  } catch (error) {
    if (error instanceof Asn1Error) return undefined;
    throw error;
  }
}
