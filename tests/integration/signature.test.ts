import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SignatureRefusal, verifySignedFile, type SignatureRefusalCode, type SignatureReport } from '../../main/signature';
import { parsePdfDate } from '../../main/signature/pdf-date';
import {
  TEST_CA_NAME,
  createOpensslEcSigner,
  makePdf,
  makeVerbalePdf,
  opensslAvailable,
  signCades,
  signPades,
  testSigners,
  withTamperedSignatureValue,
  type OpensslSigner,
  type TestSigner,
} from '../helpers/signing-fixtures';

// Whole seconds: the PDF /M date and UTCTime have no milliseconds.
const FIRST_SIGNATURE = new Date('2025-03-14T10:30:00Z');
const SECOND_SIGNATURE = new Date('2025-03-15T08:05:00Z');

let mario: TestSigner;
let anna: TestSigner;
let exported: Buffer;
let otherExport: Buffer;
let pades: Buffer;

beforeAll(async () => {
  ({ mario, anna } = testSigners());
  [exported, otherExport] = await Promise.all([makeVerbalePdf(7), makeVerbalePdf(8)]);
  pades = await signPades(exported, mario, { signingTime: FIRST_SIGNATURE });
});

const MARIO: Partial<SignatureReport> = {
  signerName: 'Mario Rossi',
  givenName: 'Mario',
  surname: 'Rossi',
  fiscalCode: 'RSSMRA80A01H501U',
  issuer: TEST_CA_NAME,
  digestAlgorithm: 'sha256',
  digestValid: true,
  signatureValid: true,
};
const ANNA: Partial<SignatureReport> = { ...MARIO, signerName: 'Anna Bianchi', givenName: 'Anna', surname: 'Bianchi', fiscalCode: 'BNCNNA85M41F839K' };

const signedBy = (identity: Partial<SignatureReport>, at: Date): Partial<SignatureReport> => ({ ...identity, signingTime: at.toISOString() });

function refusal(signed: Buffer, original = exported, fileName?: string): SignatureRefusal {
  try {
    verifySignedFile({ signed, original, fileName });
  } catch (error) {
    if (error instanceof SignatureRefusal) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const expectRefused = (signed: Buffer, code: SignatureRefusalCode, original = exported): SignatureRefusal => {
  const refused = refusal(signed, original);
  expect(refused.code).toBe(code);
  return refused;
};

describe('PAdES: signature inside the PDF', () => {
  test('the signing software only appends: the export stays a byte-for-byte prefix', () => {
    expect(pades.subarray(0, exported.length).equals(exported)).toBe(true);
    expect(pades.length).toBeGreaterThan(exported.length);
  });

  test('accepts the signed export and names the signer', () => {
    const report = verifySignedFile({ signed: pades, original: exported, fileName: 'verbale-7.pdf' });
    expect(report.format).toBe('PAdES');
    expect(report.sha256).toBe(createHash('sha256').update(pades).digest('hex'));
    expect(report.signatures).toEqual([signedBy(MARIO, FIRST_SIGNATURE)]);
  });

  test('a second signature appended later is reported too, both valid', async () => {
    const twice = await signPades(pades, anna, { signingTime: SECOND_SIGNATURE });
    const { signatures } = verifySignedFile({ signed: twice, original: exported });
    expect(signatures).toEqual([signedBy(MARIO, FIRST_SIGNATURE), signedBy(ANNA, SECOND_SIGNATURE)]);
  });

  test('PAdES baseline has no signingTime in the CMS: the time comes from the dictionary /M', async () => {
    const baseline = await signPades(exported, mario, { signingTime: SECOND_SIGNATURE, baseline: true });
    expect(verifySignedFile({ signed: baseline, original: exported }).signatures).toEqual([signedBy(MARIO, SECOND_SIGNATURE)]);
  });

  test('refuses a PDF without signatures, the unsigned export included', async () => {
    const randomPdf = await makePdf([['Un documento qualsiasi']]);
    expect(expectRefused(randomPdf, 'NO_SIGNATURES').message).toBe('Il PDF non contiene firme digitali.');
    expectRefused(exported, 'NO_SIGNATURES');
  });

  test('refuses a PDF signed from a different export', async () => {
    const signedOther = await signPades(otherExport, mario, { signingTime: FIRST_SIGNATURE });
    expect(expectRefused(signedOther, 'NOT_INCREMENTAL_UPDATE').message).toBe(
      "Il PDF firmato non è un aggiornamento incrementale dell'esportazione: le firme sono state apposte su un documento diverso.",
    );
  });

  test('refuses when the only signature covers an earlier revision than the export', () => {
    // The "export" here is the signed file plus an update appended after signing.
    const laterRevision = Buffer.concat([pades, Buffer.from('\n% aggiunto dopo la firma\n')]);
    expectRefused(laterRevision, 'EXPORT_NOT_COVERED', laterRevision);
  });

  test('refuses a truncated file', () => {
    expectRefused(pades.subarray(0, pades.length - 10), 'CORRUPTED');
  });

  test('refuses a corrupted signature blob', () => {
    const corrupted = Buffer.from(pades);
    const contents = corrupted.indexOf('/Contents <', exported.length) + '/Contents <'.length;
    corrupted.write('ff', contents, 'latin1'); // the CMS no longer starts with a SEQUENCE
    expectRefused(corrupted, 'CORRUPTED');
  });

  describe('one byte altered after signing', () => {
    test('inside the export: refused, the export is no longer a prefix (the content check comes before the digest)', () => {
      const altered = Buffer.from(pades);
      altered[exported.length - 100]! ^= 0x01;
      expectRefused(altered, 'NOT_INCREMENTAL_UPDATE');
    });

    test('inside the signed update after the export: accepted as containing the export, but digestValid is false', () => {
      const altered = Buffer.from(pades);
      const reason = altered.indexOf('Approvazione', exported.length);
      expect(reason).toBeGreaterThan(exported.length);
      altered.write('B', reason, 'latin1');
      const [signature] = verifySignedFile({ signed: altered, original: exported }).signatures;
      // The signed attributes are intact (signatureValid) but no longer match the signed bytes.
      expect(signature).toMatchObject({ signerName: 'Mario Rossi', digestValid: false, signatureValid: true });
    });
  });
});

describe('CAdES: .p7m envelope', () => {
  test('accepts a DER .p7m with one signer', () => {
    const p7m = signCades(exported, [mario], { signingTime: FIRST_SIGNATURE });
    const report = verifySignedFile({ signed: p7m, original: exported, fileName: 'verbale-7.pdf.p7m' });
    expect(report.format).toBe('CAdES');
    expect(report.sha256).toBe(createHash('sha256').update(p7m).digest('hex'));
    expect(report.signatures).toEqual([signedBy(MARIO, FIRST_SIGNATURE)]);
  });

  test.each(['base64', 'pem'] as const)('accepts a %s .p7m with two parallel signers', (encoding) => {
    const p7m = signCades(exported, [mario, anna], { signingTime: FIRST_SIGNATURE, encoding });
    expect(p7m[0]).not.toBe(0x30);
    expect(verifySignedFile({ signed: p7m, original: exported }).signatures).toEqual([signedBy(MARIO, FIRST_SIGNATURE), signedBy(ANNA, FIRST_SIGNATURE)]);
  });

  test('accepts a nested .pdf.p7m.p7m, innermost signature first', () => {
    const inner = signCades(exported, [mario], { signingTime: FIRST_SIGNATURE });
    const outer = signCades(inner, [anna], { signingTime: SECOND_SIGNATURE, encoding: 'base64' });
    expect(verifySignedFile({ signed: outer, original: exported }).signatures).toEqual([signedBy(MARIO, FIRST_SIGNATURE), signedBy(ANNA, SECOND_SIGNATURE)]);
  });

  test('without signingTime the report has no time rather than a guessed one', () => {
    const [signature] = verifySignedFile({ signed: signCades(exported, [mario]), original: exported }).signatures;
    expect(signature).not.toHaveProperty('signingTime');
  });

  test('refuses a .p7m of different content, nested or not', () => {
    expect(expectRefused(signCades(otherExport, [mario]), 'CONTENT_MISMATCH').message).toBe(
      'Il file firmato non contiene il verbale esportato: il contenuto è diverso.',
    );
    expectRefused(signCades(signCades(otherExport, [mario]), [anna]), 'CONTENT_MISMATCH');
  });

  test('refuses a detached signature, which does not contain the document', () => {
    expectRefused(signCades(exported, [mario], { detached: true }), 'DETACHED_SIGNATURE');
  });

  test('refuses a truncated .p7m', () => {
    const p7m = signCades(exported, [mario]);
    expectRefused(p7m.subarray(0, p7m.length - 300), 'CORRUPTED');
  });

  test('a tampered signature value is reported as signatureValid false, the digest still matching', () => {
    const tampered = withTamperedSignatureValue(signCades(exported, [mario], { signingTime: FIRST_SIGNATURE }));
    const [signature] = verifySignedFile({ signed: tampered, original: exported }).signatures;
    expect(signature).toMatchObject({ signerName: 'Mario Rossi', digestValid: true, signatureValid: false });
  });
});

// Skipped, with this reason, only on a machine without the openssl command.
describe.skipIf(!opensslAvailable)('CAdES from OpenSSL: ECDSA and BER encodings that forge never writes', () => {
  let openssl: OpensslSigner;
  beforeAll(() => {
    openssl = createOpensslEcSigner('/CN=Nicolò Verdi/GN=Nicolò/SN=Verdi/serialNumber=TINIT-VRDNCL75C12G942X');
  });
  afterAll(() => openssl?.cleanup());

  const NICOLO: Partial<SignatureReport> = {
    signerName: 'Nicolò Verdi',
    givenName: 'Nicolò',
    surname: 'Verdi',
    fiscalCode: 'VRDNCL75C12G942X',
    issuer: 'Nicolò Verdi', // self-signed
    digestValid: true,
    signatureValid: true,
  };

  test.each([
    ['ECDSA P-256 with SHA-384', ['-md', 'sha384', '-outform', 'DER'], 'sha384'],
    ['signer named by subjectKeyIdentifier, PEM "BEGIN CMS"', ['-keyid', '-outform', 'PEM'], 'sha256'],
    ['BER streaming: indefinite lengths, the document in chunks', ['-stream', '-outform', 'DER'], 'sha256'],
    ['no signed attributes: the signature covers the document itself', ['-noattr', '-outform', 'DER'], 'sha256'],
  ])('%s', (_, options, digestAlgorithm) => {
    const [signature] = verifySignedFile({ signed: openssl.sign(exported, options), original: exported }).signatures;
    expect(signature).toMatchObject({ ...NICOLO, digestAlgorithm });
  });

  test('a .p7m of a different document is still refused', () => {
    expectRefused(openssl.sign(otherExport, ['-outform', 'DER']), 'CONTENT_MISMATCH');
  });

  test('refuses a signature without the signer certificate: nobody to name', () => {
    expectRefused(openssl.sign(exported, ['-nocerts', '-outform', 'DER']), 'SIGNER_CERTIFICATE_MISSING');
  });
});

describe('files that are neither', () => {
  test.each([
    ['a text file', Buffer.from('Verbale della seduta del 14 marzo 2025\n')],
    ['a zip (docx)', Buffer.from('504b0304140000000800', 'hex')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s, naming the file', (_, signed) => {
    const refused = refusal(signed, exported, 'verbale.docx');
    expect(refused.code).toBe('NOT_SIGNED_FILE');
    expect(refused.message).toBe('Il file non è un PDF firmato né un file .p7m (verbale.docx).');
  });
});

describe('PDF dates (/M)', () => {
  test.each([
    ["D:20250314103000+01'00'", '2025-03-14T09:30:00.000Z'],
    ["D:20250314103000-05'30'", '2025-03-14T16:00:00.000Z'],
    ['D:20250314103000Z', '2025-03-14T10:30:00.000Z'],
    ['D:2025', '2025-01-01T00:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parsePdfDate(text)?.toISOString()).toBe(iso);
  });

  test('not a date', () => {
    expect(parsePdfDate('14/03/2025')).toBeUndefined();
  });
});
