import { TAG, child, contextTag, octetStringBytes, oidString, readAsn1, stringValue, type Asn1Node } from './asn1';
import { OID } from './algorithms';

/** Attribute OID → first value, e.g. '2.5.4.3' → 'Mario Rossi'. */
export type DistinguishedName = ReadonlyMap<string, string>;

/** The parts of an X.509 certificate that identify a signer and check a signature. */
export interface Certificate {
  /** DER of the issuer Name, compared byte for byte with a SignerInfo's IssuerAndSerialNumber. */
  readonly issuerEncoded: Buffer;
  readonly serialNumber: Buffer;
  readonly issuer: DistinguishedName;
  readonly subject: DistinguishedName;
  readonly subjectKeyIdentifier?: Buffer;
  /** DER SubjectPublicKeyInfo, for `crypto.createPublicKey`. */
  readonly publicKeyInfo: Buffer;
}

export function parseCertificate(node: Asn1Node): Certificate {
  const tbs = child(node, 0, TAG.SEQUENCE);
  // The version field [0] is optional (absent in v1 certificates): shift every later index.
  const at = tbs.children[0]?.tag === contextTag(0) ? 1 : 0;
  const issuerNode = child(tbs, at + 2, TAG.SEQUENCE);
  const extensions = tbs.children.find((element) => element.tag === contextTag(3));
  const subjectKeyIdentifier = extensions && findSubjectKeyIdentifier(child(extensions, 0, TAG.SEQUENCE));
  return {
    serialNumber: child(tbs, at, TAG.INTEGER).value,
    issuerEncoded: issuerNode.encoded,
    issuer: parseName(issuerNode),
    subject: parseName(child(tbs, at + 4, TAG.SEQUENCE)),
    publicKeyInfo: child(tbs, at + 5, TAG.SEQUENCE).encoded,
    ...(subjectKeyIdentifier && { subjectKeyIdentifier }),
  };
}

function parseName(name: Asn1Node): DistinguishedName {
  const attributes = new Map<string, string>();
  for (const relativeName of name.children) {
    for (const attribute of relativeName.children) {
      const type = oidString(child(attribute, 0));
      if (!attributes.has(type)) attributes.set(type, stringValue(child(attribute, 1)));
    }
  }
  return attributes;
}

function findSubjectKeyIdentifier(extensions: Asn1Node): Buffer | undefined {
  const extension = extensions.children.find((candidate) => oidString(child(candidate, 0)) === OID.subjectKeyIdentifier);
  if (!extension) return undefined;
  // extnValue is the last element (after the optional `critical` flag) and wraps an OCTET STRING.
  const extnValue = child(extension, extension.children.length - 1, TAG.OCTET_STRING);
  return octetStringBytes(readAsn1(extnValue.value));
}
