// A CMS signature whose signed contentType attribute does not name the encapsulated content (id-data) is refused,
// saying why, even though its digest and signature value are intact.
import { beforeAll, describe, expect, test } from 'vitest';
import { SignatureRefusal, verifySignedFile } from '../../main/signature';
import { makeVerbalePdf, signCades, testSigners, type TestSigner } from '../helpers/signing-fixtures';

const ID_DATA = '1.2.840.113549.1.7.1';
const ID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const ID_ENVELOPED_DATA = '1.2.840.113549.1.7.3';

let mario: TestSigner;
let exported: Buffer;

beforeAll(async () => {
  ({ mario } = testSigners());
  exported = await makeVerbalePdf(7);
});

function refusal(signed: Buffer): SignatureRefusal {
  try {
    verifySignedFile({ signed, original: exported, fileName: 'verbale.pdf.p7m' });
  } catch (error) {
    if (error instanceof SignatureRefusal) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const REASON =
  'Una firma dichiara, tra gli attributi firmati, un tipo di contenuto diverso da quello del documento (attributo contentType): la firma non è conforme e non può essere verificata';

describe('CMS contentType signed attribute', () => {
  test('id-data, as the content is: accepted (the fixture is otherwise the same)', () => {
    const report = verifySignedFile({ signed: signCades(exported, [mario], { contentTypeAttribute: ID_DATA }), original: exported });
    expect(report.signatures).toMatchObject([{ signerName: 'Mario Rossi', digestValid: true, signatureValid: true }]);
  });

  test.each([
    ['signedData', ID_SIGNED_DATA],
    ['envelopedData', ID_ENVELOPED_DATA],
  ])('a forged contentType (%s) over id-data content is refused, saying why', (_label, forged) => {
    const refused = refusal(signCades(exported, [mario], { contentTypeAttribute: forged }));
    expect(refused.code).toBe('CONTENT_TYPE_MISMATCH');
    expect(refused.message).toBe(`${REASON} (${forged} invece di ${ID_DATA}).`);
  });
});
