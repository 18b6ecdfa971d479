/** Verifies the signed verbale that the secretary brings back (PAdES .pdf or CAdES .p7m) against the export. */
export { verifySignedFile, type SignedFileInput } from './verify-signed-file';
export { SignatureRefusal, type SignatureRefusalCode } from './refusal';
export type { SignedFileReport, SignatureReport } from './report';
export type { DigestAlgorithm } from './algorithms';
