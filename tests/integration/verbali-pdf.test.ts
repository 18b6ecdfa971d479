import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { expectOk, TEST_NOW, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { normalizeSpaces, pdfFonts, pdfInfo, pdfOutputIntents, pdfPagesText, pdfXmp, xmpValues } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';
import { exportedVerbale as exported } from '../helpers/verbale-fixture';
import { makeVerbalePdf, signCades, signPades, testSigners } from '../helpers/signing-fixtures';
import type { Backend } from '../../main/backend';

/** An exported verbale with the bytes of its PDF/A, as the secretary downloads it to sign. */
async function exportedVerbale(backend: Backend) {
  const { seduta, verbale } = await exported(backend);
  const id = verbale.id;
  const file = expectOk(await backend.invoke('verbali.pdf', { id }));
  return { seduta, verbale, pdf: Buffer.from(file.base64, 'base64'), nomeFile: file.nomeFile };
}

describe('verbale PDF/A', () => {
  const open = useTempBackend();

  test('the exported verbale reads back with its number, every comune, the vote sentence and page numbers', async () => {
    const { backend } = open();
    const { seduta, verbale, pdf, nomeFile } = await exportedVerbale(backend);
    expect(nomeFile).toBe('Verbale_01_2026.pdf');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(verbale.pdfSha256);
    const pages = pdfPagesText(pdf);
    const text = normalizeSpaces(pages.join('\n'));
    expect(text).toContain('VERBALE N. 01/2026');
    expect(text).toContain("L'anno duemilaventisei, addì dieci del mese di dicembre, alle ore 10:30");
    for (const p of seduta.presenze) expect(text).toContain(p.comune);
    expect(text).toContain(normalizeSpaces(verbale.sezioni.find((s) => s.chiave.endsWith('-votazione') && s.testo.includes('favorevoli n. 12'))!.testo));
    expect(text).toContain('LA CONFERENZA DELIBERA');
    expect(text).toContain('Letto, approvato e sottoscritto.');
    expect(text).toContain('Il Segretario verbalizzante');
    expect(pages[0]).toContain(`Pagina 1 di ${pages.length}`);
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} di ${pages.length}`);
    expect(Number(pdfInfo(pdf).Pages)).toBe(pages.length);
  });

  test('PDF/A-2b markers: XMP identification, sRGB output intent, every font embedded, metadata in Info and XMP', async () => {
    const { backend } = open();
    const { pdf, verbale } = await exportedVerbale(backend);
    const xmp = pdfXmp(pdf);
    expect(xmpValues(xmp, 'pdfaid:part')).toEqual(['2']);
    expect(xmpValues(xmp, 'pdfaid:conformance')).toEqual(['B']);
    const [intent] = pdfOutputIntents(pdf);
    expect(intent!.subtype).toBe('GTS_PDFA1');
    expect(intent!.iccProfile.subarray(36, 40).toString('latin1')).toBe('acsp');
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Verbale n. 01/2026 – Conferenza Istituzionale dei Sindaci');
    expect(info.Author).toBe('Ambito Socio-Territoriale Lagonegrese Pollino');
    expect(info.Subject).toBe(verbale.oggetto);
    expect(info.Keywords).toContain('01/2026');
    expect(xmpValues(xmp, 'dc:title')).toEqual([info.Title]);
    expect(xmpValues(xmp, 'pdf:Keywords')[0]).toContain('01/2026');
  });

  test('a character the PDF/A fonts lack is refused in Italian, not an internal error', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    expectOk(await backend.invoke('verbali.updateSezione', { id, chiave: 'chiusura', testo: 'Seduta chiusa 🎉' }));
    const result = await backend.invoke('verbali.pdf', { id });
    expect(result.ok || result.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('🎉') });
  });

  test('the exported file of a verbale is always the same bytes', async () => {
    const { backend } = open();
    const { verbale, pdf } = await exportedVerbale(backend);
    const again = Buffer.from(expectOk(await backend.invoke('verbali.pdf', { id: verbale.id })).base64, 'base64');
    expect(again.equals(pdf)).toBe(true);
  });
});

describe('signed-file round trip', () => {
  const open = useTempBackend();
  const { mario, anna } = testSigners();

  test('a PAdES file signed from the export is archived with its signer, time and verified digest', async () => {
    const { backend } = open();
    const { verbale, pdf } = await exportedVerbale(backend);
    const signed = await signPades(pdf, mario, { signingTime: new Date('2027-03-01T09:30:00Z') });
    const result = expectOk(await backend.invoke('verbali.importaFirmato', { id: verbale.id, nomeFile: 'Verbale_01_2026_firmato.pdf', base64: signed.toString('base64') }));
    // Signed once a file proven to contain the export is archived, on the day the signature says.
    expect(result).toMatchObject({ stato: 'firmato', firmatoIl: '2027-03-01', firmaModo: 'digitale', approvatoIl: '2026-12-10' });
    expect(result.firmati).toHaveLength(1);
    expect(result.firmati[0]).toMatchObject({ formato: 'PAdES', nomeFile: 'Verbale_01_2026_firmato.pdf', sha256: createHash('sha256').update(signed).digest('hex') });
    expect(result.firmati[0]!.firme).toEqual([
      expect.objectContaining({ signerName: 'Mario Rossi', signingTime: '2027-03-01T09:30:00.000Z', digestValid: true, signatureValid: true }),
    ]);
    const back = expectOk(await backend.invoke('verbali.scaricaFirmato', { id: verbale.id, firmatoId: result.firmati[0]!.id }));
    expect(Buffer.from(back.base64, 'base64').equals(signed)).toBe(true);
    const twice = await backend.invoke('verbali.importaFirmato', { id: verbale.id, nomeFile: 'copia.pdf', base64: signed.toString('base64') });
    expect(twice.ok || twice.error).toMatchObject({ code: 'CONFLICT', message: 'Questo file è già archiviato con il verbale n. 01/2026.' });
  });

  test('a signature dated before the export, or in the future, is refused and the verbale stays exported', async () => {
    const { backend, dbPath } = open();
    const { verbale, pdf } = await exportedVerbale(backend);
    const before = snapshotDb(dbPath);
    for (const [signingTime, message] of [
      ['2026-12-09T10:00:00Z', "La firma (09/12/2026) non può precedere l'approvazione del verbale (10/12/2026)."],
      ['2027-02-27T10:00:00Z', "La firma (27/02/2027) non può precedere l'esportazione del verbale per la firma."],
      ['2027-03-05T10:00:00Z', 'La data di firma (05/03/2027) è nel futuro.'],
    ] as const) {
      const signed = await signPades(pdf, mario, { signingTime: new Date(signingTime) });
      const result = await backend.invoke('verbali.importaFirmato', { id: verbale.id, nomeFile: 'f.pdf', base64: signed.toString('base64') });
      expect(result.ok || result.error).toMatchObject({ code: 'VALIDATION', message });
    }
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a .p7m with two signers enveloping the export is archived with both', async () => {
    const { backend } = open();
    const { verbale, pdf } = await exportedVerbale(backend);
    const p7m = signCades(pdf, [mario, anna], { signingTime: new Date(TEST_NOW) });
    const result = expectOk(await backend.invoke('verbali.importaFirmato', { id: verbale.id, nomeFile: 'Verbale_01_2026.pdf.p7m', base64: p7m.toString('base64') }));
    expect(result.firmati[0]!.formato).toBe('CAdES');
    expect(result.firmati[0]!.firme.map((f) => [f.signerName, f.digestValid, f.signatureValid])).toEqual([
      ['Mario Rossi', true, true],
      ['Anna Bianchi', true, true],
    ]);
  });

  test('a random PDF, a PDF signed from another export, and a .p7m of other content are refused, changing nothing', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await exportedVerbale(backend);
    const other = await makeVerbalePdf(7);
    const attempts = [
      { nomeFile: 'casuale.pdf', bytes: other, message: 'Il PDF non contiene firme digitali.' },
      { nomeFile: 'altro_firmato.pdf', bytes: await signPades(other, mario, { signingTime: new Date() }), message: 'aggiornamento incrementale' },
      { nomeFile: 'altro.pdf.p7m', bytes: signCades(other, [anna]), message: 'il contenuto è diverso' },
    ];
    const before = snapshotDb(dbPath);
    for (const a of attempts) {
      const result = await backend.invoke('verbali.importaFirmato', { id: verbale.id, nomeFile: a.nomeFile, base64: a.bytes.toString('base64') });
      expect(result.ok || result.error, a.nomeFile).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining(a.message) });
    }
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a signed file is accepted only for a verbale exported for signing', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    const result = await backend.invoke('verbali.importaFirmato', { id, nomeFile: 'x.pdf', base64: (await makeVerbalePdf(1)).toString('base64') });
    expect(result.ok || result.error.code).toBe('CONFLICT');
  });
});

describe('other documents of the same engine', () => {
  const open = useTempBackend();

  test('convocation letter, sign-in sheet and annual register read back', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const read = async (file: { base64: string }) => normalizeSpaces(pdfPagesText(Buffer.from(file.base64, 'base64')).join('\n'));
    const lettera = await read(expectOk(await backend.invoke('documenti.convocazione', { sedutaId: seduta.seduta.id })));
    expect(lettera).toContain('Oggetto: convocazione della Conferenza Istituzionale dei Sindaci – seduta ordinaria del 10/12/2026.');
    expect(lettera).toContain('in prima convocazione il giorno 10 dicembre 2026 alle ore 10:30');
    expect(lettera).toContain('1. Comunicazioni del Presidente');
    expect(lettera).toContain('San Costantino Albanese');
    const foglio = await read(expectOk(await backend.invoke('documenti.foglioPresenze', { sedutaId: seduta.seduta.id })));
    expect(foglio).toContain('FOGLIO PRESENZE');
    for (const p of seduta.presenze) expect(foglio).toContain(p.comune);
    const registro = await read(expectOk(await backend.invoke('documenti.registro', { organoId: 1, anno: 2018 })));
    expect(registro).toContain('REGISTRO DEI VERBALI – ANNO 2018');
    expect(registro).toContain('02/2018 Non presente in archivio');
    expect(registro).toContain('06/2018 09/08/2018 Approvazione del Regolamento di funzionamento');
  });
});
