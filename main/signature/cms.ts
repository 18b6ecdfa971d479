import { Asn1Error, TAG, child, contextTag, expectTag, octetStringBytes, oidString, readAsn1, timeValue, type Asn1Node } from './asn1';
import { OID } from './algorithms';
import { parseCertificate, type Certificate } from './certificate';

/** CMS SignedData (RFC 5652), reduced to what a verifier needs. */
export interface SignedData {
  /** eContentType: what the signers signed (id-data for a document). */
  readonly contentType: string;
  /** The encapsulated content; absent for a detached signature (PAdES, or a .p7m without the document). */
  readonly content?: Buffer;
  readonly certificates: readonly Certificate[];
  readonly signers: readonly SignerInfo[];
}

export type SignerIdentifier = { readonly issuerEncoded: Buffer; readonly serialNumber: Buffer } | { readonly subjectKeyIdentifier: Buffer };

export interface SignedAttributes {
  /** The attributes re-tagged as a SET (0x31): the bytes that the signature covers (RFC 5652 §5.4). */
  readonly signedBytes: Buffer;
  readonly messageDigest?: Buffer;
  readonly signingTime?: Date;
  /** The contentType attribute, which must equal the SignedData's eContentType (RFC 5652 §5.3, §11.1). */
  readonly contentType?: string;
}

export interface SignerInfo {
  readonly signerId: SignerIdentifier;
  readonly digestOid: string;
  readonly signedAttributes?: SignedAttributes;
  readonly signatureOid: string;
  readonly signature: Buffer;
}

/** Parses a ContentInfo; returns undefined when it holds something other than SignedData. */
export function parseSignedDataContentInfo(der: Buffer): SignedData | undefined {
  const contentInfo = expectTag(readAsn1(der), TAG.SEQUENCE);
  if (oidString(child(contentInfo, 0)) !== OID.signedData) return undefined;
  return parseSignedData(child(child(contentInfo, 1, contextTag(0)), 0, TAG.SEQUENCE));
}

function parseSignedData(signedData: Asn1Node): SignedData {
  // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
  const encapsulated = child(signedData, 2, TAG.SEQUENCE);
  const eContent = encapsulated.children[1];
  const certificates = signedData.children.slice(3, -1).find((element) => element.tag === contextTag(0));
  const signerInfos = child(signedData, signedData.children.length - 1, TAG.SET);
  return {
    contentType: oidString(child(encapsulated, 0)),
    ...(eContent && { content: octetStringBytes(child(expectTag(eContent, contextTag(0)), 0)) }),
    // Other CertificateChoices (attribute certificates, tagged) never identify a signer.
    certificates: (certificates?.children ?? []).filter((element) => element.tag === TAG.SEQUENCE).map(parseCertificate),
    signers: signerInfos.children.map(parseSignerInfo),
  };
}

function parseSignerInfo(signerInfo: Asn1Node): SignerInfo {
  // version, sid, digestAlgorithm, [0] signedAttrs?, signatureAlgorithm, signature, [1] unsignedAttrs?
  const signedAttrs = signerInfo.children[3]?.tag === contextTag(0) ? signerInfo.children[3] : undefined;
  const next = signedAttrs ? 4 : 3;
  return {
    signerId: parseSignerIdentifier(child(signerInfo, 1)),
    digestOid: algorithmOid(child(signerInfo, 2)),
    ...(signedAttrs && { signedAttributes: parseSignedAttributes(signedAttrs) }),
    signatureOid: algorithmOid(child(signerInfo, next)),
    signature: child(signerInfo, next + 1, TAG.OCTET_STRING).value,
  };
}

function parseSignerIdentifier(sid: Asn1Node): SignerIdentifier {
  if (sid.tag === contextTag(0, false)) return { subjectKeyIdentifier: sid.value };
  expectTag(sid, TAG.SEQUENCE);
  return { issuerEncoded: child(sid, 0, TAG.SEQUENCE).encoded, serialNumber: child(sid, 1, TAG.INTEGER).value };
}

const algorithmOid = (algorithmIdentifier: Asn1Node): string => oidString(child(expectTag(algorithmIdentifier, TAG.SEQUENCE), 0));

function parseSignedAttributes(signedAttrs: Asn1Node): SignedAttributes {
  // The signature covers their DER encoding, which has no indefinite lengths.
  if (signedAttrs.encoded[1] === 0x80) throw new Asn1Error('signed attributes must be DER-encoded');
  const signedBytes = Buffer.from(signedAttrs.encoded);
  signedBytes[0] = TAG.SET;
  const firstValue = (oid: string): Asn1Node | undefined => {
    const attribute = signedAttrs.children.find((candidate) => oidString(child(candidate, 0)) === oid);
    return attribute && child(child(attribute, 1, TAG.SET), 0);
  };
  const messageDigest = firstValue(OID.messageDigest);
  const signingTime = firstValue(OID.signingTime);
  const contentType = firstValue(OID.contentType);
  return {
    signedBytes,
    ...(contentType && { contentType: oidString(contentType) }),
    ...(messageDigest && { messageDigest: expectTag(messageDigest, TAG.OCTET_STRING).value }),
    ...(signingTime && { signingTime: timeValue(signingTime) }),
  };
}

/** The certificate that a SignerInfo names, from the certificates carried in the SignedData. */
export function findSignerCertificate(signedData: SignedData, signerId: SignerIdentifier): Certificate | undefined {
  return signedData.certificates.find((certificate) =>
    'subjectKeyIdentifier' in signerId
      ? certificate.subjectKeyIdentifier?.equals(signerId.subjectKeyIdentifier)
      : certificate.issuerEncoded.equals(signerId.issuerEncoded) && certificate.serialNumber.equals(signerId.serialNumber),
  );
}
