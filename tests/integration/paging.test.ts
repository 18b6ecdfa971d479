import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { PERCORSO_PAGE, RANKED_MAX_MATCHES } from '../../main/handlers/ricerca';
import { createSeduteStore } from '../../main/store/sedute';
import { expectOk, useTempBackend } from '../helpers/backend';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';

/** The seed's path: five sedute, five verbali, four regolamento versions. */
const SEED_ENTRIES = 14;

/** `n` sedute in 2026 (one a day from 2 January), written through the sedute store as the handlers write them. */
function addSedute(dbPath: string, n: number, oggetto: (i: number) => string) {
  const db = openDatabase(dbPath);
  const sedute = createSeduteStore(db);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const data = new Date(Date.UTC(2026, 0, 2 + i)).toISOString().slice(0, 10);
      sedute.insert({ ...SEDUTA_INPUT, data, oggetto: oggetto(i), convocazioneData: null });
    }
  })();
  db.close();
}

describe('percorso: the home timeline a page at a time, newest first', () => {
  const open = useTempBackend();

  test('the seed fits in the first page, newest first, with nothing after it', async () => {
    const { backend } = open();
    const page = expectOk(await backend.invoke('percorso.pagina', {}));
    expect(page.altre).toBe(false);
    expect(page.voci).toHaveLength(SEED_ENTRIES);
    expect(page.voci[0]).toMatchObject({ data: '2020-09-25', tipo: 'regolamento', descrizione: "Modifiche all'art. 6" });
    expect(page.voci.at(-1)).toMatchObject({ data: '2016-07-27', tipo: 'seduta', titolo: 'Seduta del 27/07/2016' });
  });

  test('first and last page: every entry once, newest first', async () => {
    const { backend, dbPath } = open();
    expectOk(await backend.invoke('app.info', {}));
    addSedute(dbPath, PERCORSO_PAGE + 20, (i) => `Seduta di prova ${i + 1}: ${'parola '.repeat(100)}`);
    const first = expectOk(await backend.invoke('percorso.pagina', {}));
    expect(first.voci).toHaveLength(PERCORSO_PAGE);
    expect(first.altre).toBe(true);
    expect(first.voci[0]!.titolo).toBe(`Seduta del ${new Date(Date.UTC(2026, 0, 2 + PERCORSO_PAGE + 19)).toISOString().slice(0, 10).split('-').reverse().join('/')}`);
    // Descriptions are shortened on the server, at a word boundary.
    expect(first.voci[0]!.descrizione.length).toBeLessThanOrEqual(201);
    expect(first.voci[0]!.descrizione).toMatch(/^Seduta di prova 120: parola( parola)*…$/);

    const last = expectOk(await backend.invoke('percorso.pagina', { prima: first.voci.at(-1)!.cursore }));
    expect(last.altre).toBe(false);
    expect(last.voci).toHaveLength(20 + SEED_ENTRIES);
    // Every entry once, newest first, across the two pages.
    const paged = [...first.voci, ...last.voci];
    expect(new Set(paged.map((v) => JSON.stringify(v.cursore))).size).toBe(paged.length);
    const dates = paged.map((v) => v.data);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('a page before the first entry, or before a year with nothing, is empty', async () => {
    const { backend } = open();
    const none = expectOk(await backend.invoke('percorso.pagina', { prima: { data: '2016-01-01', ord: 0, id: 0 } }));
    expect(none).toEqual({ voci: [], altre: false });
    // From the end of 2019 (a year without acts): the entries of 2018 and before.
    const before2020 = expectOk(await backend.invoke('percorso.pagina', { prima: { data: '2020-01-01', ord: 0, id: 0 } }));
    expect(before2020.voci[0]!.data).toBe('2018-08-09');
  });

  test('the years with their counts, newest first, from one aggregate query', async () => {
    const { backend } = open();
    expect(expectOk(await backend.invoke('percorso.anni', {}))).toEqual([
      { anno: 2020, sedute: 1, verbali: 1, regolamenti: 1 },
      { anno: 2018, sedute: 2, verbali: 2, regolamenti: 2 },
      { anno: 2017, sedute: 1, verbali: 1, regolamenti: 1 },
      { anno: 2016, sedute: 1, verbali: 1, regolamenti: 0 },
    ]);
  });
});

describe('registro: a page of numbers, gaps included', () => {
  const open = useTempBackend();
  const page = (anno: number, da?: number, limite?: number) => open().backend.invoke('verbali.registroPagina', { organoId: 1, anno, da, limite });

  test('first page and last page of 2018 (01 and 06 in the archive, 02-05 missing)', async () => {
    const first = expectOk(await page(2018, 1, 2));
    expect(first).toMatchObject({ anno: 2018, ultimo: 6, mancanti: 4, da: 1 });
    expect(first.anni).toEqual([2020, 2018, 2017, 2016]);
    expect(first.righe.map((r) => [r.numeroTesto, r.inArchivio])).toEqual([['01/2018', true], ['02/2018', false]]);
    expect(first.righe[0]!.verbale).toMatchObject({ numeroTesto: '01/2018', rettifiche: [], firmatiImportati: 0 });

    const last = expectOk(await page(2018, 5, 2));
    expect(last.righe.map((r) => [r.numeroTesto, r.inArchivio])).toEqual([['05/2018', false], ['06/2018', true]]);
    expect(expectOk(await page(2018, 7, 2)).righe).toEqual([]);
  });

  test('the same rows as the whole register, page after page', async () => {
    const whole = expectOk(await open().backend.invoke('verbali.registro', { organoId: 1, anno: 2018 })).righe;
    const pages = [];
    for (let da = 1; da <= 6; da += 4) pages.push(...expectOk(await page(2018, da, 4)).righe);
    expect(pages).toEqual(whole);
  });

  test('an empty year: no numbers, nothing missing', async () => {
    expect(expectOk(await page(2019))).toMatchObject({ anno: 2019, ultimo: 0, mancanti: 0, righe: [] });
    expect(expectOk(await open().backend.invoke('verbali.seduteConVerbale', { organoId: 1, anno: 2019 }))).toEqual([]);
    expect(expectOk(await open().backend.invoke('verbali.seduteConVerbale', { organoId: 1, anno: 2018 }))).toHaveLength(2);
  });

  test('every verbale of the organ in one call, newest first: the registers of all its years', async () => {
    const { backend } = open();
    const elenco = expectOk(await backend.invoke('verbali.elenco', { organoId: 1 }));
    const registri = [];
    for (const anno of [2020, 2018, 2017, 2016]) registri.push(...expectOk(await backend.invoke('verbali.registro', { organoId: 1, anno })).righe.reverse());
    expect(elenco).toEqual(registri.flatMap((r) => (r.verbale ? [r.verbale] : [])));
    expect(elenco.map((v) => v.numeroTesto)).toEqual(['02/2020', '06/2018', '01/2018', '01/2017', '01/2016']);
  });
});

describe('ricerca: common words', () => {
  const open = useTempBackend();

  test('a selective word is ranked; a word in more documents than can be ranked lists the latest, and says so', async () => {
    const { backend, dbPath } = open();
    expectOk(await backend.invoke('app.info', {}));
    addSedute(dbPath, RANKED_MAX_MATCHES + 1, (i) => `Riunione ordinaria ${i % 7 === 0 ? 'straordinariamente ' : ''}del comitato`);
    const rare = expectOk(await backend.invoke('ricerca.trova', { q: 'insediamento', tipi: [], anno: null }));
    expect(rare.ordine).toBe('pertinenza');
    expect(rare.risultati.map((r) => r.tipo).sort()).toEqual(['seduta', 'verbale']);

    const common = expectOk(await backend.invoke('ricerca.trova', { q: 'riunione comitato', tipi: ['seduta'], anno: null }));
    expect(common.ordine).toBe('recenti');
    expect(common.risultati).toHaveLength(50);
    expect(common.risultati[0]!.anno).toBe(2031);
    // A prefix of a common word is common too.
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'riunio', tipi: [], anno: null })).ordine).toBe('recenti');
    // The kind filter applies without reading the documents: no verbale has these words.
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'riunione', tipi: ['verbale'], anno: null })).risultati).toEqual([]);
    expect(expectOk(await backend.invoke('ricerca.trova', { q: 'riunione', tipi: ['seduta'], anno: 2027 })).risultati.every((r) => r.anno === 2027)).toBe(true);
  });
});

describe('indexes for what the screens look up', () => {
  const open = useTempBackend();

  test('rettifiche, signed files and the timeline by date are indexed', async () => {
    const { backend, dbPath } = open();
    expectOk(await backend.invoke('app.info', {}));
    const db = openDatabase(dbPath);
    const indexed = (table: string) =>
      (db.prepare(`SELECT group_concat(name || '(' || (SELECT group_concat(name) FROM pragma_index_info(l.name)) || ')', ' ') AS list FROM pragma_index_list(?) l`).get(table) as { list: string }).list;
    expect(indexed('verbali')).toMatch(/\(rettifica_di\)/);
    expect(indexed('verbali')).toMatch(/\(data,id,stato\)/);
    expect(indexed('sedute')).toMatch(/\(data,id,stato\)/);
    expect(indexed('verbale_firmati')).toMatch(/\(verbale_id\)/);
    expect(indexed('regolamento_versioni')).toMatch(/\(vigente_dal,id\)/);
    db.close();
  });
});
