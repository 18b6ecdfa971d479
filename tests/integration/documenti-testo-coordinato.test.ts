import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { expectOk, useTempBackend } from '../helpers/backend';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta } from '../helpers/seduta-fixture';

const REG_CONFERENZA = 2;
const TESTO = [
  'REGOLAMENTO DELLA CONFERENZA DEI SINDACI',
  'TITOLO I – DISPOSIZIONI GENERALI',
  'Art. 1 – Oggetto',
  'Il presente regolamento disciplina il funzionamento della Conferenza.',
  'CAPO II',
  'ORGANI',
  'Sezione 1 – Il Presidente',
  'Art. 2 – Presidente',
  'Il Presidente è il Sindaco del Comune capofila.',
  'Art. 3 – Sede',
  "La Conferenza ha sede presso l'Ufficio di Piano.",
].join('\n');

describe('testo coordinato', () => {
  const open = useTempBackend();

  test('TITOLO, CAPO and Sezione headings of an imported text are kept as structure, stored with the version, and printed before their article', async () => {
    const { backend, dbPath } = open();
    const imported = expectOk(await backend.invoke('regolamenti.importa', { nomeFile: 'regolamento.txt', base64: Buffer.from(TESTO, 'utf8').toString('base64') }));
    expect(imported.articoli.map((a) => [a.numero, a.intestazioni ?? []])).toEqual([
      ['1', ['TITOLO I – DISPOSIZIONI GENERALI']],
      ['2', ['CAPO II – ORGANI', 'Sezione 1 – Il Presidente']],
      ['3', []],
    ]);
    expect(imported.articoli[0]!.testo).not.toContain('CAPO');

    const reg = expectOk(await backend.invoke('regolamenti.get', { id: REG_CONFERENZA }));
    expectOk(await backend.invoke('regolamenti.completaTesto', { versioneId: reg.elencoVersioni[0]!.id, articoli: imported.articoli }));
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT numero, intestazioni FROM regolamento_articoli WHERE versione_id = ? ORDER BY posizione').all(reg.elencoVersioni[0]!.id)).toEqual([
        { numero: '1', intestazioni: 'TITOLO I – DISPOSIZIONI GENERALI' },
        { numero: '2', intestazioni: 'CAPO II – ORGANI\nSezione 1 – Il Presidente' },
        { numero: '3', intestazioni: '' },
      ]);
    } finally {
      db.close();
    }

    const vigente = expectOk(await backend.invoke('regolamenti.vigente', { id: REG_CONFERENZA, data: '2019-01-01' }));
    expect(vigente.articoli.find((a) => a.numero === '2')!.intestazioni).toEqual(['CAPO II – ORGANI', 'Sezione 1 – Il Presidente']);
    const pdf = expectOk(await backend.invoke('regolamenti.pdf', { id: REG_CONFERENZA, data: '2019-01-01' }));
    const text = normalizeSpaces(pdfPagesText(Buffer.from(pdf.base64, 'base64')).join('\n'));
    expect(text).toContain('TITOLO I – DISPOSIZIONI GENERALI Art. 1 – Oggetto Il presente regolamento');
    expect(text).toContain('Conferenza. CAPO II – ORGANI Sezione 1 – Il Presidente Art. 2 – Presidente');
  });

  test("an amended article's note gives the verbale's own date, not the date the change took effect", async () => {
    const { backend } = open();
    const reg = expectOk(await backend.invoke('regolamenti.get', { id: REG_CONFERENZA }));
    expectOk(
      await backend.invoke('regolamenti.completaTesto', {
        versioneId: reg.elencoVersioni[0]!.id,
        articoli: [{ numero: '1', rubrica: 'Oggetto', testo: 'Il presente regolamento disciplina la Conferenza.' }],
      }),
    );
    const seduta = await recordedSeduta(backend, '2026-12-10');
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    expectOk(
      await backend.invoke('regolamenti.aggiungiVersione', {
        regolamentoId: REG_CONFERENZA,
        tipo: 'modifica',
        vigenteDal: '2027-01-01',
        verbaleId: verbale.id,
        puntoId: seduta.punti[1]!.id,
        modifiche: [{ tipo: 'sostituito', numero: '1', testo: 'Il presente regolamento disciplina la Conferenza e i suoi organi.' }],
      }),
    );
    const pdf = expectOk(await backend.invoke('regolamenti.pdf', { id: REG_CONFERENZA, data: '2027-01-15' }));
    const text = normalizeSpaces(pdfPagesText(Buffer.from(pdf.base64, 'base64')).join('\n'));
    expect(text.slice(text.indexOf('Art. 1'))).toContain('(articolo modificato con verbale n. 01/2026 del 10/12/2026)');
    expect(text).not.toContain('del 01/01/2027)');
  });
});
