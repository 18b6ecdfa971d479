import { createHash, createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import { digestAlgorithmFor, signatureHashFor, type DigestAlgorithm } from './algorithms';
import { findSignerCertificate, type SignedData } from './cms';
import { SignatureRefusal } from './refusal';
import type { SignatureReport } from './report';
import { signerIdentity } from './signer-identity';

/**
 * The signed bytes as chunks, hashed in place: PAdES signs the two ranges of the file around
 * /Contents, CAdES the whole encapsulated content. Never joined, so a 5 MB file is not copied.
 */
export type SignedContent = readonly Buffer[];

/**
 * Checks every SignerInfo by hand (node-forge's pkcs7.verify is not implemented): the content
 * digest against the messageDigest attribute, then the signature over the signed attributes.
 * The certificate is only read, not trusted: chain, validity dates and revocation are not checked.
 */
export function verifySigners(signedData: SignedData, content: SignedContent, pdfSigningTime?: Date): SignatureReport[] {
  const digests = new Map<DigestAlgorithm, Buffer>();
  const digestOf = (algorithm: DigestAlgorithm): Buffer => {
    let digest = digests.get(algorithm);
    if (!digest) {
      const hash = createHash(algorithm);
      for (const chunk of content) hash.update(chunk);
      digests.set(algorithm, (digest = hash.digest()));
    }
    return digest;
  };

  return signedData.signers.map((signer) => {
    const digestAlgorithm = digestAlgorithmFor(signer.digestOid);
    if (!digestAlgorithm) throw new SignatureRefusal('UNSUPPORTED_ALGORITHM', signer.digestOid);
    const signatureHash = signatureHashFor(signer.signatureOid, digestAlgorithm);
    if (!signatureHash) throw new SignatureRefusal('UNSUPPORTED_ALGORITHM', signer.signatureOid);
    const certificate = findSignerCertificate(signedData, signer.signerId);
    if (!certificate) throw new SignatureRefusal('SIGNER_CERTIFICATE_MISSING');

    const attributes = signer.signedAttributes;
    // Signed attributes without a matching contentType could make the signature stand for another kind of content.
    if (attributes && attributes.contentType !== signedData.contentType) {
      throw new SignatureRefusal('CONTENT_TYPE_MISMATCH', attributes.contentType ? `${attributes.contentType} invece di ${signedData.contentType}` : 'attributo assente');
    }
    // Without signed attributes (allowed by CMS, rare) the signature covers the content itself.
    const signatureValid = verifySignatureValue(
      attributes ? [attributes.signedBytes] : content,
      signer.signature,
      publicKeyOf(certificate.publicKeyInfo),
      signatureHash,
    );
    const digestValid = attributes ? attributes.messageDigest?.equals(digestOf(digestAlgorithm)) === true : signatureValid;
    const signingTime = attributes?.signingTime ?? pdfSigningTime;
    return {
      ...signerIdentity(certificate),
      ...(signingTime && { signingTime: signingTime.toISOString() }),
      digestAlgorithm,
      digestValid,
      signatureValid,
    };
  });
}

function publicKeyOf(publicKeyInfo: Buffer): KeyObject {
  try {
    return createPublicKey({ key: publicKeyInfo, format: 'der', type: 'spki' });
  } catch {
    throw new SignatureRefusal('UNSUPPORTED_ALGORITHM', 'chiave pubblica del certificato');
  }
}

/** RSA PKCS#1 v1.5 or ECDSA, chosen by Node from the key type. */
function verifySignatureValue(signedBytes: SignedContent, signature: Buffer, publicKey: KeyObject, hash: DigestAlgorithm): boolean {
  const verifier = createVerify(hash);
  for (const chunk of signedBytes) verifier.update(chunk);
  try {
    return verifier.verify(publicKey, signature);
  } catch {
    // OpenSSL throws on some malformed signature values instead of returning false.
    return false;
  }
}
