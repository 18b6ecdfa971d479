// Missing references and rows still referred to: NOT_FOUND naming the thing, CONFLICT saying what blocks it,
// never an internal error from a foreign key; the database unchanged.
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES } from '../../shared/rules/schema';
import { expectOk, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { recordedSeduta, SEDUTA_INPUT } from '../helpers/seduta-fixture';

const MISSING_ORGANO = 99;

describe('references', () => {
  const open = useTempBackend();

  /** Calls the channel and checks the typed error and that nothing changed on disk. */
  async function refused(channel: string, input: unknown) {
    const { backend, dbPath } = open();
    const before = snapshotDb(dbPath);
    const result = await backend.handle(channel, input);
    expect(snapshotDb(dbPath)).toEqual(before);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  }

  test.each([
    ['sedute.create', { ...SEDUTA_INPUT, data: '2026-11-21', convocazioneData: null, organoId: MISSING_ORGANO }],
    ['regole.save', { organoId: MISSING_ORGANO, valideDal: '2026-01-01', regole: DEFAULT_RULES, nota: '' }],
    [
      'regolamenti.create',
      { titolo: 'Regolamento', organoId: MISSING_ORGANO, tipo: 'regolamento', vigenteDal: '2026-11-20', verbaleId: null, puntoId: null, articoli: [{ numero: '1', rubrica: '', testo: 'Testo.' }] },
    ],
  ])('%s with a non-existent organ: NOT_FOUND naming it', async (channel, input) => {
    expect(await refused(channel, input)).toEqual({ code: 'NOT_FOUND', message: 'Organo non trovato.' });
  });

  test('an agenda item whose vote approved a regolamento version cannot be removed', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend, '2026-11-20');
    const punto = seduta.punti[1]!;
    expectOk(
      await backend.invoke('regolamenti.create', {
        titolo: 'Regolamento del Piano',
        organoId: 1,
        tipo: 'regolamento',
        vigenteDal: '2026-11-20',
        verbaleId: null,
        puntoId: punto.id,
        articoli: [{ numero: '1', rubrica: 'Oggetto', testo: 'Testo.' }],
      }),
    );
    expectOk(await backend.invoke('sedute.setStato', { id: seduta.seduta.id, stato: 'in_corso', motivo: 'Correzione del verbale' }));
    expect(await refused('odg.remove', { id: punto.id })).toEqual({
      code: 'CONFLICT',
      message: 'Il punto è richiamato dal regolamento «Regolamento del Piano» (versione in vigore dal 20/11/2026): non può essere eliminato.',
    });
  });

  test('an agenda item that approved a verbale cannot be removed', async () => {
    const { backend, dbPath } = open();
    const first = await recordedSeduta(backend, '2026-11-10');
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: first.seduta.id }));
    const next = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-11-20', convocazioneData: null }));
    const withItem = expectOk(await backend.invoke('odg.add', { sedutaId: next.seduta.id, titolo: 'Approvazione del verbale', descrizione: '', relatore: '' }));
    const punto = withItem.punti.at(-1)!;
    // The approval's whole life cycle (closed seduta, vote) is the verbali tests' subject: here only its link matters.
    const db = new Database(dbPath);
    db.prepare('UPDATE verbali SET approvato_punto_id = ? WHERE id = ?').run(punto.id, verbale.id);
    db.close();
    expect(await refused('odg.remove', { id: punto.id })).toEqual({
      code: 'CONFLICT',
      message: `Il punto è richiamato dal verbale n. ${verbale.numeroTesto}: non può essere eliminato.`,
    });
  });

  test.each([
    ['a NUL', 'Rossi\u0000Mario'],
    ['a lone surrogate', 'Rossi \uD800'],
  ])('%s in a name: VALIDATION at the field, in Italian', async (_label, sindacoNome) => {
    const error = await refused('comuni.update', { id: 1, sindacoNome, sindacoEmail: '', sindacoPec: '', sindacoTelefono: '' });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { sindacoNome: 'Il testo contiene caratteri non ammessi (caratteri di controllo o non validi)' },
    });
  });
});
