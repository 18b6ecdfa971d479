import { OID } from './algorithms';
import type { Certificate } from './certificate';
import type { SignatureReport } from './report';

type SignerIdentity = Pick<SignatureReport, 'signerName' | 'givenName' | 'surname' | 'fiscalCode' | 'issuer'>;

/**
 * Italian qualified certificates carry the codice fiscale in the subject serialNumber, as the
 * ETSI semantics identifier "TINIT-<cf>" (EN 319 412-1) or, in older cards, "IT:<cf>".
 * Anything else there (e.g. a card serial) is not a fiscal code.
 */
const FISCAL_CODE_IN_SERIAL_NUMBER = /^(?:TINIT-|IT:)([A-Z0-9]{11}|[A-Z0-9]{16})$/i;

export function signerIdentity(certificate: Certificate): SignerIdentity {
  const { subject, issuer } = certificate;
  const givenName = subject.get(OID.givenName);
  const surname = subject.get(OID.surname);
  const fiscalCode = FISCAL_CODE_IN_SERIAL_NUMBER.exec(subject.get(OID.serialNumber) ?? '')?.[1]?.toUpperCase();
  return {
    signerName: subject.get(OID.commonName) ?? [givenName, surname].filter(Boolean).join(' '),
    ...(givenName && { givenName }),
    ...(surname && { surname }),
    ...(fiscalCode && { fiscalCode }),
    issuer: issuer.get(OID.commonName) ?? issuer.get(OID.organizationName) ?? '',
  };
}
