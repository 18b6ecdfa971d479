import type { DigestAlgorithm } from './algorithms';

export interface SignatureReport {
  /** Certificate subject CN, else given name and surname. */
  signerName: string;
  givenName?: string;
  surname?: string;
  /** Codice fiscale from the subject serialNumber ("TINIT-…" or the older "IT:…"). */
  fiscalCode?: string;
  /** Issuer CN (the certification authority), else its organization. */
  issuer: string;
  /** ISO 8601: the signingTime signed attribute, else the PDF signature's /M date. Claimed by the signer, not a timestamp. */
  signingTime?: string;
  digestAlgorithm: DigestAlgorithm;
  /** The signed content hashes to the messageDigest signed attribute. */
  digestValid: boolean;
  /** The signature value verifies with the signer certificate's public key. */
  signatureValid: boolean;
}

export interface SignedFileReport {
  format: 'PAdES' | 'CAdES';
  /** SHA-256 (hex) of the signed file as received. */
  sha256: string;
  /** PAdES: in file order. CAdES: innermost envelope first, i.e. in signing order. */
  signatures: SignatureReport[];
}
