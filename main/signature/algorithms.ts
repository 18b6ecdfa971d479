/** Object identifiers of CMS, X.509 and the algorithms that Italian signing tools use. */
export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  organizationName: '2.5.4.10',
  givenName: '2.5.4.42',
  subjectKeyIdentifier: '2.5.29.14',
} as const;

/** Names as Node's `crypto` spells them, which is also how the report shows them. */
export type DigestAlgorithm = 'sha1' | 'sha256' | 'sha384' | 'sha512';

const DIGEST_BY_OID: Record<string, DigestAlgorithm> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/**
 * Supported signature algorithm OIDs (RSASSA-PSS is not among them). `undefined` means the OID names only the key type (rsaEncryption,
 * id-ecPublicKey, as many tools write it) and the hash is the SignerInfo's digest algorithm.
 * RSA PKCS#1 v1.5 and ECDSA need no further options: Node's `crypto.verify` picks the scheme
 * from the key, so one code path serves both.
 */
const SIGNATURE_HASH_BY_OID: Record<string, DigestAlgorithm | undefined> = {
  '1.2.840.113549.1.1.1': undefined,
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.2.1': undefined,
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

export const digestAlgorithmFor = (oid: string): DigestAlgorithm | undefined => DIGEST_BY_OID[oid];

/** The hash that the signature algorithm implies, else the SignerInfo's digest; undefined if the algorithm is not supported. */
export const signatureHashFor = (signatureOid: string, digest: DigestAlgorithm): DigestAlgorithm | undefined =>
  Object.hasOwn(SIGNATURE_HASH_BY_OID, signatureOid) ? (SIGNATURE_HASH_BY_OID[signatureOid] ?? digest) : undefined;
