import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import { expectOk, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { recordedSeduta, SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { exportedVerbale } from '../helpers/verbale-fixture';

const REG_CONFERENZA = 2;
const articoli = [
  { numero: '1', rubrica: 'Oggetto', testo: "Il presente regolamento disciplina il funzionamento della Conferenza nella città capofila." },
  { numero: '2', rubrica: 'Composizione', testo: 'La Conferenza è composta dai Sindaci dei 27 comuni o da loro delegati.' },
  { numero: '6', rubrica: 'Validità delle sedute', testo: 'Le sedute sono valide con la presenza della metà più uno dei componenti.' },
];

async function importHistoricText(backend: Backend) {
  const reg = expectOk(await backend.invoke('regolamenti.get', { id: REG_CONFERENZA }));
  const [base, amendment] = reg.elencoVersioni;
  expectOk(await backend.invoke('regolamenti.completaTesto', { versioneId: base!.id, articoli }));
  return expectOk(
    await backend.invoke('regolamenti.completaTesto', {
      versioneId: amendment!.id,
      articoli: [{ numero: '6', rubrica: 'Validità delle sedute', testo: 'Le sedute sono valide con la presenza di almeno un terzo dei componenti.' }],
    }),
  );
}

const signedVerbaleOf = (backend: Backend, data: string) => exportedVerbale(backend, data);

describe('regolamenti: embedded default and point in time', () => {
  const open = useTempBackend();

  test('the three historic acts are registered with their verbali, awaiting the text (never invented)', async () => {
    const { backend } = open();
    const list = expectOk(await backend.invoke('regolamenti.list', {}));
    expect(list.map((r) => [r.tipo, r.versioni, r.inAttesaDiTesto])).toEqual([
      ['convenzione', 1, true],
      ['regolamento', 2, true],
      ['regolamento', 1, true],
    ]);
    const reg = expectOk(await backend.invoke('regolamenti.get', { id: REG_CONFERENZA }));
    expect(reg.elencoVersioni.map((v) => [v.vigenteDal, v.verbale?.numeroTesto, v.sintesi, v.articoli])).toEqual([
      ['2018-01-17', '01/2018', 'Approvazione del Regolamento', 0],
      ['2020-09-25', '02/2020', "Modifiche all'art. 6", 0],
    ]);
    const vigente = expectOk(await backend.invoke('regolamenti.vigente', { id: REG_CONFERENZA, data: '2021-01-01' }));
    expect(vigente).toMatchObject({ inVigore: false, motivo: 'Il testo non è ancora stato importato.', articoli: [] });
    expect(vigente.versioniInAttesa).toHaveLength(2);
  });

  test('once imported, the text in force follows the amendment of art. 6, marked with its verbale', async () => {
    const { backend } = open();
    await importHistoricText(backend);
    const before = expectOk(await backend.invoke('regolamenti.vigente', { id: REG_CONFERENZA, data: '2020-09-24' }));
    const after = expectOk(await backend.invoke('regolamenti.vigente', { id: REG_CONFERENZA, data: '2020-09-25' }));
    const art6 = (v: typeof before) => v.articoli.find((a) => a.numero === '6')!;
    expect(art6(before)).toMatchObject({ testo: articoli[2]!.testo, versione: { numeroVerbale: '01/2018' } });
    expect(art6(after)).toMatchObject({ testo: 'Le sedute sono valide con la presenza di almeno un terzo dei componenti.', versione: { numeroVerbale: '02/2020' } });
    expect(after.articoli.find((a) => a.numero === '1')!.versione.numeroVerbale).toBe('01/2018');
    const history = expectOk(await backend.invoke('regolamenti.storiaArticolo', { id: REG_CONFERENZA, numero: '6' }));
    expect(history.map((h) => h.versione.numeroVerbale)).toEqual(['01/2018', '02/2020']);
    const reg = expectOk(await backend.invoke('regolamenti.get', { id: REG_CONFERENZA }));
    const diff = expectOk(await backend.invoke('regolamenti.diff', { id: REG_CONFERENZA, versioneA: reg.elencoVersioni[0]!.id, versioneB: reg.elencoVersioni[1]!.id }));
    expect(diff.map((d) => [d.numero, d.stato])).toEqual([['1', 'invariato'], ['2', 'invariato'], ['6', 'modificato']]);
    const changed = diff[2]!;
    if (changed.stato !== 'modificato') throw new Error('expected modificato');
    expect(changed.testo.filter((s) => s.tipo === 'inserito').map((s) => s.testo.trim())).toContain('almeno');
  });

  test('an amendment tied to a verbale and its vote: summary written by the app, then frozen when the verbale is signed', async () => {
    const { backend, dbPath } = open();
    await importHistoricText(backend);
    const { verbale, seduta } = await signedVerbaleOf(backend, '2026-12-10');
    const reg = expectOk(
      await backend.invoke('regolamenti.aggiungiVersione', {
        regolamentoId: REG_CONFERENZA,
        tipo: 'modifica',
        vigenteDal: '2026-12-10',
        verbaleId: verbale.id,
        puntoId: seduta.punti[1]!.id,
        modifiche: [
          { tipo: 'sostituito', numero: '6', testo: 'Le sedute sono valide con la presenza di quattordici comuni.' },
          { tipo: 'inserito', numero: '6-bis', rubrica: 'Sedute telematiche', testo: 'Le sedute possono svolgersi in videoconferenza.' },
          { tipo: 'abrogato', numero: '2' },
        ],
      }),
    );
    const latest = reg.elencoVersioni.at(-1)!;
    expect(latest).toMatchObject({ sintesi: "Modifiche all'art. 6; inserimento dell'art. 6-bis; abrogazione dell'art. 2", immutabile: true, puntoId: seduta.punti[1]!.id });
    const db = new Database(dbPath);
    try {
      expect(() => db.prepare('UPDATE regolamento_articoli SET testo = ? WHERE versione_id = ?').run('alterato', latest.id)).toThrow(/non modificabile/);
      expect(() => db.prepare('DELETE FROM regolamento_versioni WHERE id = ?').run(latest.id)).toThrow(/non modificabile/);
    } finally {
      db.close();
    }
    const vigente = expectOk(await backend.invoke('regolamenti.vigente', { id: REG_CONFERENZA, data: '2026-12-31' }));
    expect(vigente.articoli.map((a) => [a.numero, a.abrogato])).toEqual([['1', false], ['2', true], ['6', false], ['6-bis', false]]);
  });

  test('an amendment of an article that is not in force is refused and changes nothing', async () => {
    const { backend, dbPath } = open();
    await importHistoricText(backend);
    const before = snapshotDb(dbPath);
    const result = await backend.invoke('regolamenti.aggiungiVersione', {
      regolamentoId: REG_CONFERENZA,
      tipo: 'modifica',
      vigenteDal: '2026-01-01',
      verbaleId: null,
      puntoId: null,
      modifiche: [{ tipo: 'sostituito', numero: '40', testo: 'Nuovo testo.' }],
    });
    expect(result.ok || result.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('non si applica') });
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('the testo coordinato PDF carries the approval history, the articles in force and the amendment note', async () => {
    const { backend } = open();
    await importHistoricText(backend);
    const file = expectOk(await backend.invoke('regolamenti.pdf', { id: REG_CONFERENZA, data: '2021-01-01' }));
    const text = normalizeSpaces(pdfPagesText(Buffer.from(file.base64, 'base64')).join('\n'));
    expect(text).toContain('Testo coordinato in vigore al 01/01/2021');
    expect(text).toContain("n. 02/2020 Modifiche all'art. 6");
    expect(text).toContain('Art. 6 – Validità delle sedute');
    expect(text).toContain('almeno un terzo dei componenti');
    expect(text).toContain('(articolo modificato con verbale n. 02/2020 del 25/09/2020)');
    expect(text).toContain('città capofila');
  });
});

describe('ricerca', () => {
  const open = useTempBackend();

  test('"citta" finds "città" in an article, with the hit highlighted and the vigente flag', async () => {
    const { backend } = open();
    await importHistoricText(backend);
    const results = expectOk(await backend.invoke('ricerca.trova', { q: 'citta', tipi: [], anno: null })).risultati;
    expect(results[0]).toMatchObject({ tipo: 'regolamento', id: REG_CONFERENZA, vigente: true, link: `#/regolamenti/${REG_CONFERENZA}` });
    expect(results[0]!.estratto).toContain('\u0002città\u0003');
    const old = expectOk(await backend.invoke('ricerca.trova', { q: 'metà più uno', tipi: ['regolamento'], anno: null })).risultati;
    expect(old.map((r) => r.vigente)).toEqual([false]);
  });

  test('verbali and sedute are found by their text; filters by type and year apply', async () => {
    const { backend } = open();
    const { verbale } = await signedVerbaleOf(backend, '2026-12-10');
    const hits = expectOk(await backend.invoke('ricerca.trova', { q: 'piano sociale', tipi: [], anno: null })).risultati;
    expect(hits.map((h) => h.tipo).sort()).toEqual(['seduta', 'verbale']);
    expect(hits.find((h) => h.tipo === 'verbale')).toMatchObject({ id: verbale.id, link: `#/verbali/${verbale.id}` });
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'piano sociale', tipi: ['seduta'], anno: null })).risultati.map((h) => h.tipo)).toEqual(['seduta']);
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'piano sociale', tipi: [], anno: 2025 })).risultati).toEqual([]);
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'insediamento', tipi: [], anno: 2016 })).risultati.map((h) => h.tipo).sort()).toEqual(['seduta', 'verbale']);
  });

  test('user text never breaks the query syntax', async () => {
    const { backend } = open();
    for (const q of ['"città', 'art. 6 OR', 'NEAR(a b)', '*** ---', 'c\'è']) {
      expect((await backend.invoke('ricerca.trova', { q, tipi: [], anno: null })).ok, q).toBe(true);
    }
  });

  test('the index stays equal to its tables through inserts, updates and deletes', async () => {
    const { backend, dbPath } = open();
    const seduta = await recordedSeduta(backend, '2026-05-05');
    const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    expectOk(await backend.invoke('verbali.updateSezione', { id, chiave: 'presidenza', testo: 'Presiede il Vicepresidente, sindaco di Rotonda.' }));
    const next = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-06-01', convocazioneData: null }));
    expectOk(await backend.invoke('odg.add', { sedutaId: next.seduta.id, titolo: 'Bilancio di previsione', descrizione: '', relatore: '' }));
    const punti = expectOk(await backend.invoke('sedute.get', { id: next.seduta.id })).punti;
    expectOk(await backend.invoke('odg.remove', { id: punti.at(-1)!.id }));
    await importHistoricText(backend);

    const db = new Database(dbPath, { readonly: true });
    try {
      const indexed = (kind: string) => db.prepare('SELECT testo FROM ricerca WHERE tipo = ? ORDER BY rowid').all(kind).map((r) => (r as { testo: string }).testo);
      const source = (sql: string) => db.prepare(sql).all().map((r) => Object.values(r as object)[0] as string);
      expect(indexed('sezione')).toEqual(source("SELECT testo FROM verbale_sezioni WHERE tipo = 'testo' ORDER BY rowid"));
      expect(indexed('punto')).toEqual(source('SELECT descrizione FROM odg_punti ORDER BY rowid'));
      expect(indexed('seduta')).toEqual(source('SELECT oggetto FROM sedute ORDER BY rowid'));
      expect(indexed('articolo')).toEqual(source("SELECT testo FROM regolamento_articoli WHERE tipo <> 'abrogato' ORDER BY rowid"));
      expect(indexed('verbale')).toEqual(source('SELECT oggetto FROM verbali ORDER BY rowid'));
      expect(indexed('sezione')).toContain('Presiede il Vicepresidente, sindaco di Rotonda.');
    } finally {
      db.close();
    }
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'bilancio', tipi: [], anno: null })).risultati).toEqual([]);
  });
});

describe('percorso istituzionale', () => {
  const open = useTempBackend();

  test('the five steps of the seed come first, in order, each linked to its record', async () => {
    // The seed's path fits one page, newest first.
    const voci = expectOk(await open().backend.invoke('percorso.pagina', { prima: null })).voci.reverse();
    expect(voci.filter((v) => v.tipo === 'verbale').map((v) => `${v.data} ${v.titolo}`)).toEqual([
      '2016-07-27 Verbale n. 01/2016',
      '2017-05-23 Verbale n. 01/2017',
      '2018-01-17 Verbale n. 01/2018',
      '2018-08-09 Verbale n. 06/2018',
      '2020-09-25 Verbale n. 02/2020',
    ]);
    expect(voci.filter((v) => v.tipo === 'seduta')).toHaveLength(5);
    expect(voci.find((v) => v.tipo === 'regolamento' && v.data === '2020-09-25')).toMatchObject({ descrizione: "Modifiche all'art. 6", link: `#/regolamenti/${REG_CONFERENZA}` });
  });
});

describe('amendment created from a vote', () => {
  const open = useTempBackend();

  test('the agenda item shows the version its vote approved', async () => {
    const { backend } = open();
    await importHistoricText(backend);
    const seduta = await recordedSeduta(backend, '2026-12-10');
    const punto = seduta.punti[1]!;
    const reg = expectOk(
      await backend.invoke('regolamenti.aggiungiVersione', {
        regolamentoId: REG_CONFERENZA,
        tipo: 'modifica',
        vigenteDal: '2026-12-10',
        verbaleId: null,
        puntoId: punto.id,
        modifiche: [{ tipo: 'sostituito', numero: '6', testo: 'Nuovo testo.' }],
      }),
    );
    const versione = reg.elencoVersioni.at(-1)!;
    expect(versione.puntoId).toBe(punto.id);
    const after = expectOk(await backend.invoke('sedute.get', { id: seduta.seduta.id }));
    expect(after.punti[1]!.atti).toEqual([{ regolamentoId: REG_CONFERENZA, versioneId: versione.id, sintesi: "Modifiche all'art. 6" }]);
  });
});
