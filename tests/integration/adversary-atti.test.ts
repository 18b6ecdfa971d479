import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import type { Clock } from '../../shared/clock';
import type { SedutaDetail } from '../../shared/domain/seduta';
import { expectOk, TEST_NOW, useTempBackend } from '../helpers/backend';
import { snapshotDb, withRawDb } from '../helpers/db-snapshot';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { exportedRettifica } from '../helpers/conservazione-fixture';
import { approvedVerbale, exportedVerbale, SCAN_PDF, signedVerbale } from '../helpers/verbale-fixture';

function movableClock(start = TEST_NOW) {
  let now = start;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, setNow: (iso: string) => void (now = iso) };
}

type Failure = { code: string; message: string; fields?: Record<string, string> };
const failure = (r: { ok: true } | { ok: false; error: Failure }): Failure | null => (r.ok ? null : r.error);

const ZERO = '0'.repeat(64);
const MEGA = 'A'.repeat(1_000_000);

async function openSeduta(backend: Pick<Backend, 'invoke'>): Promise<SedutaDetail> {
  const d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
  expectOk(await backend.invoke('odg.add', { sedutaId: d.seduta.id, titolo: 'Nomina del rappresentante', descrizione: '', relatore: '' }));
  return expectOk(await backend.invoke('sedute.tuttiPresenti', { sedutaId: d.seduta.id }));
}

const insertPubblicazione = (db: Database.Database, verbaleId: number, numero: unknown, dal: string, al: string) =>
  db
    .prepare(
      `INSERT INTO pubblicazioni (verbale_id, anno, numero, dal, al, oggetto, omissis, copia, copia_sha256, pubblicato_da, pubblicato_il)
       VALUES (?, CAST(substr(?, 1, 4) AS INTEGER), ?, ?, ?, 'x', '[]', x'00', ?, 'x', 'x')`,
    )
    .run(verbaleId, dal, numero, dal, al, ZERO);

/** Every answer of a refused call, as code, message and fields. */
async function refusals(backend: Pick<Backend, 'invoke'>, calls: [string, unknown][]) {
  const out: (Failure | null)[] = [];
  for (const [channel, input] of calls) out.push(failure(await backend.invoke(channel as 'pubblicazioni.pubblica', input as never)));
  return out;
}

/** A trigger that aborts the call at its last write (the audit entry of `canale`), as if the app were killed there. */
function killAtAudit(dbPath: string, canale: string) {
  withRawDb(dbPath, (db) =>
    db.exec(`CREATE TRIGGER crash BEFORE INSERT ON audit_log WHEN NEW.canale = '${canale}' BEGIN SELECT RAISE(ABORT, 'interruzione simulata'); END;`),
  );
}
const revive = (dbPath: string) => withRawDb(dbPath, (db) => db.exec('DROP TRIGGER crash'));
const INTERRUPTED = { code: 'CONFLICT', message: "L'archivio ha rifiutato l'operazione: interruzione simulata." };

const REFERTO = { esito: 'senza_opposizioni', note: '', firmatario: 'Caterina Cerbino', qualifica: 'La Responsabile della pubblicazione' } as const;

describe('adversary: albo pretorio, conservazione, presenze e votazioni', () => {
  const time = movableClock();
  const open = useTempBackend(time.clock);

  test('malformed and extreme publication requests are refused at their field, in Italian, recording nothing', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const other = await openSeduta(backend);
    const atto = { tipo: 'verbale', verbaleId: verbale.id } as const;
    const base = { atto, numero: 1, dal: '2027-03-01', al: '2027-03-20', omissis: [] as string[] };
    const before = snapshotDb(dbPath);
    const answers = await refusals(backend, [
      ['pubblicazioni.pubblica', { ...base, dal: '2027-02-30' }],
      ['pubblicazioni.pubblica', { ...base, al: '2027-02-29' }],
      ['pubblicazioni.pubblica', { ...base, dal: '9999-12-25', al: '9999-12-31' }],
      ['pubblicazioni.pubblica', { ...base, numero: '12/2027' }],
      ['pubblicazioni.pubblica', { ...base, numero: ' 12' }],
      ['pubblicazioni.pubblica', { ...base, numero: 1.5 }],
      ['pubblicazioni.pubblica', { ...base, numero: 0 }],
      ['pubblicazioni.pubblica', { ...base, numero: 2 ** 60 }],
      ['pubblicazioni.pubblica', { ...base, omissis: [MEGA] }],
      ['pubblicazioni.pubblica', { ...base, omissis: ['    '] }],
      ['pubblicazioni.pubblica', { ...base, omissis: Array.from({ length: 51 }, () => 'Lauria') }],
      ['pubblicazioni.anteprima', { ...base, numero: -3 }],
      ['pubblicazioni.referto', { id: 1, ...REFERTO, esito: 'con_note', note: MEGA }],
    ]);
    expect(answers.map((a) => a?.code)).toEqual(Array(answers.length).fill('VALIDATION'));
    expect(answers.map((a) => a?.fields)).toEqual([
      { dal: 'Data non valida: il giorno non esiste nel calendario' },
      { al: 'Data non valida: il giorno non esiste nel calendario' },
      { dal: "Data fuori dall'intervallo ammesso (anni dal 1990 al 2036)", al: "Data fuori dall'intervallo ammesso (anni dal 1990 al 2036)" },
      { numero: 'Indicare il numero del registro dell’albo' },
      { numero: 'Indicare il numero del registro dell’albo' },
      { numero: 'Numero non valido' },
      { numero: 'Numero non valido' },
      { numero: 'Numero non valido' },
      { 'omissis.0': 'Al massimo 200 caratteri per passaggio' },
      { 'omissis.0': 'Un passaggio da omettere ha almeno 2 caratteri' },
      { omissis: 'Al massimo 50 passaggi da omettere' },
      { numero: 'Numero non valido' },
      { note: 'Al massimo 2000 caratteri' },
    ]);
    // An estratto names an item of the act's own seduta; a referto a publication that exists.
    expect(await refusals(backend, [
      ['pubblicazioni.pubblica', { ...base, atto: { tipo: 'estratto', verbaleId: verbale.id, puntoId: other.punti[0]!.id } }],
      ['pubblicazioni.referto', { id: 999, ...REFERTO }],
    ])).toEqual([
      { code: 'NOT_FOUND', message: 'Punto all’ordine del giorno non trovato.' },
      { code: 'NOT_FOUND', message: expect.stringMatching(/^Pubblicazione non trovat[ao]\.$/) },
    ]);
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('extreme attendance, schede and candidates are refused with Italian messages, changing nothing', async () => {
    const { backend, dbPath } = open();
    const d = await openSeduta(backend);
    const puntoId = d.punti[0]!.id;
    const comuneId = d.presenze[0]!.comuneId;
    const election = (candidati: unknown, conteggi: unknown = { favorevoli: 0, contrari: 0, astenuti: 0 }) => ['votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi, candidati }] as [string, unknown];
    const presenza = (fields: object) => ['presenze.set', { sedutaId: d.seduta.id, comuneId, stato: 'delegato', nominativo: 'Anna Bianchi', qualifica: 'assessore', delegaRif: 'decreto n. 5', oraIngresso: null, oraUscita: null, ...fields }] as [string, unknown];
    const before = snapshotDb(dbPath);
    const answers = await refusals(backend, [
      election([{ nome: '', voti: 2 }]),
      election([{ nome: '   ', voti: 2 }]),
      election([{ nome: MEGA, voti: 2 }]),
      election([{ nome: 'Anna Bianchi', voti: -2 }]),
      election([{ nome: 'Anna Bianchi', voti: 2 ** 60 }]),
      election(Array.from({ length: 51 }, (_, i) => ({ nome: `Candidato ${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}`, voti: 0 }))),
      ['votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 2, contrari: 0, astenuti: 0, bianche: 1e300, nulle: 0 } }],
      ['votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 2, contrari: 0, astenuti: 0, bianche: 0, nulle: -1 } }],
      ['votazioni.save', { puntoId, modalita: 'unanimita', candidati: [{ nome: 'Anna Bianchi', voti: 1 }] }],
      presenza({ nominativo: MEGA }),
      presenza({ qualifica: MEGA }),
      presenza({ oraIngresso: '24:00' }),
      presenza({ oraIngresso: '11:00', oraUscita: '10:00' }),
    ]);
    expect(answers.map((a) => a?.code)).toEqual(Array(answers.length).fill('VALIDATION'));
    expect(answers.map((a) => a?.fields)).toEqual([
      { 'candidati.0.nome': 'Nome del candidato: campo obbligatorio' },
      { 'candidati.0.nome': 'Nome del candidato: campo obbligatorio' },
      { 'candidati.0.nome': 'Al massimo 120 caratteri' },
      { 'candidati.0.voti': 'Il numero non può essere negativo' },
      { 'candidati.0.voti': 'Indicare un numero intero' },
      { candidati: 'Al massimo 50 candidati' },
      { 'conteggi.bianche': 'Indicare un numero intero' },
      { 'conteggi.nulle': 'Il numero non può essere negativo' },
      { candidati: "I candidati si indicano solo in un'elezione" },
      { nominativo: 'Al massimo 120 caratteri' },
      { qualifica: 'Al massimo 80 caratteri' },
      { oraIngresso: 'Orario non valido (hh:mm)' },
      { oraUscita: "L'uscita deve seguire l'ingresso" },
    ]);
    // Two safe integers whose sum is beyond any seduta: counted exactly, not wrapped or rounded into range.
    expect(
      failure(await backend.invoke('votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0 }, candidati: [{ nome: 'Anna Bianchi', voti: Number.MAX_SAFE_INTEGER }, { nome: 'Mario Rossi', voti: Number.MAX_SAFE_INTEGER }] })),
    ).toEqual({ code: 'VALIDATION', message: 'Lo scrutinio segreto conta 18014398509481982 voti ma i comuni presenti al punto sono 27' });
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a secret ballot or an election counting a member by videoconference the rules do not count is refused', async () => {
    const { backend, dbPath } = open();
    let d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
    d = expectOk(await backend.invoke('odg.add', { sedutaId: d.seduta.id, titolo: 'Nomina del rappresentante', descrizione: '', relatore: '' }));
    for (const [i, p] of d.presenze.slice(0, 15).entries()) {
      d = expectOk(
        await backend.invoke('presenze.set', { sedutaId: d.seduta.id, comuneId: p.comuneId, stato: 'sindaco', nominativo: 'Sindaco', qualifica: '', delegaRif: '', oraIngresso: null, oraUscita: null, modalita: i === 0 ? 'videoconferenza' : 'presenza' }),
      );
    }
    expect(d.quorum).toMatchObject({ presenti: 14, collegati: 1, collegatiComputati: false });
    const puntoId = d.punti[0]!.id;
    const before = snapshotDb(dbPath);
    const REFUSED = { code: 'VALIDATION', message: 'Lo scrutinio segreto conta 15 voti ma i comuni presenti al punto sono 14' };
    expect(failure(await backend.invoke('votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 15, contrari: 0, astenuti: 0 } }))).toEqual(REFUSED);
    expect(
      failure(await backend.invoke('votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0, bianche: 1 }, candidati: [{ nome: 'Anna Bianchi', voti: 14 }] })),
    ).toEqual(REFUSED);
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('out of order: a signed or rettificato verbale is not exported again, drafts are neither published nor sent, a closed seduta takes no attendance', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale, seduta } = await signedVerbale(backend);
    const other = await openSeduta(backend);
    const EXPORT_REFUSED = { code: 'CONFLICT', message: 'Si esporta per la firma solo un verbale approvato. (il verbale è firmato).' };
    expect(failure(await backend.invoke('verbali.esporta', { id: verbale.id }))).toEqual(EXPORT_REFUSED);
    const rettifica = expectOk(await backend.invoke('verbali.rettifica', { id: verbale.id, oggetto: 'Rettifica', testo: 'Al punto 2 il delegato è Mario Rossi.', data: '2027-03-01' }));
    const before = snapshotDb(dbPath);
    expect(
      await refusals(backend, [
        ['verbali.esporta', { id: verbale.id }],
        ['pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: rettifica.id }, numero: 1, dal: '2027-03-01', al: '2027-03-20', omissis: [] }],
        ['versamenti.crea', { selezione: { tipo: 'verbale', id: rettifica.id } }],
        ['versamenti.crea', { selezione: { tipo: 'anno', organoId: 1, anno: 2031 } }],
        ['sedute.tuttiPresenti', { sedutaId: seduta.seduta.id }],
        ['documenti.estrattoComune', { sedutaId: other.seduta.id, comuneId: other.presenze[0]!.comuneId }],
        ['sedute.tuttiPresenti', { sedutaId: 99_999 }],
        ['documenti.estrattiComuniZip', { sedutaId: 99_999 }],
        ['versamenti.scarica', { id: 99_999 }],
        ['metadati.xml', { tipo: 'firmato', id: 99_999 }],
        ['versamenti.crea', { selezione: { tipo: 'anno', organoId: 999, anno: 2026 } }],
      ]),
    ).toEqual([
      EXPORT_REFUSED,
      { code: 'CONFLICT', message: `Si pubblica all'albo un verbale firmato: il verbale n. ${rettifica.numeroTesto} è in bozza.` },
      { code: 'CONFLICT', message: `Il verbale n. ${rettifica.numeroTesto} è in bozza: si versa in conservazione solo un atto fissato (esportato per la firma o firmato).` },
      { code: 'CONFLICT', message: "Nessun verbale del 2031 è esportato o firmato: non c'è nulla da versare in conservazione." },
      { code: 'CONFLICT', message: 'La seduta è chiusa: per modificarla occorre riaprirla (la riapertura viene registrata).' },
      { code: 'CONFLICT', message: 'Gli estratti per comune si formano a seduta chiusa: la seduta del 10/12/2026 non è ancora chiusa.' },
      { code: 'NOT_FOUND', message: 'Seduta non trovata.' },
      { code: 'NOT_FOUND', message: 'Seduta non trovata.' },
      { code: 'NOT_FOUND', message: 'Versamento non trovato.' },
      { code: 'NOT_FOUND', message: 'File firmato non trovato.' },
      { code: 'NOT_FOUND', message: 'Organo non trovato.' },
    ]);
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('raw SQL: UPSERT over a publication or a versamento, a padded albo number, reopening the seduta or annulling and deleting the published act are refused', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    expectOk(await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 12, dal: '2027-03-01', al: '2027-03-15', omissis: [] }));
    const { versamento } = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    const before = snapshotDb(dbPath);
    withRawDb(dbPath, (db) => {
      const cols = 'verbale_id, anno, numero, dal, al, oggetto, omissis, copia, copia_sha256, pubblicato_da, pubblicato_il';
      const values = `${verbale.id}, 2027, 12, '2027-03-01', '2027-03-15', 'x', '[]', x'00', '${ZERO}', 'x', 'x'`;
      for (const [sql, refusal] of [
        [`INSERT INTO pubblicazioni (${cols}) VALUES (${values}) ON CONFLICT (anno, numero) DO UPDATE SET al = '2027-12-31'`, /non si sostituisce/],
        [`INSERT INTO pubblicazioni (${cols}) VALUES (${values}) ON CONFLICT DO NOTHING`, /non si sostituisce/],
        [`INSERT INTO versamenti (id, identificativo, selezione, descrizione, creato_il, operatore, file, indice, indice_sha256)
          VALUES (${versamento.id}, 'V-ALTRO', '{}', 'd', '2027-01-01T00:00:00Z', 'x', 2, '<?xml', '${ZERO}') ON CONFLICT (id) DO UPDATE SET descrizione = 'z'`, /non si sostituisce/],
        [`INSERT INTO versamento_file (versamento_id, posizione, percorso, sha256, dimensione) VALUES (${versamento.id}, 1, 'x.pdf', '${ZERO}', 1)
          ON CONFLICT DO UPDATE SET sha256 = excluded.sha256`, /elenco dei file è chiuso/],
        [`INSERT INTO versamento_file (versamento_id, posizione, percorso, sha256, dimensione) VALUES (9999, 1, 'x.pdf', '${ZERO}', 1)`, /FOREIGN KEY/],
        [`UPDATE sedute SET stato = 'in_corso' WHERE id = ${verbale.sedutaId}`, /seduta bloccata/],
        [`UPDATE verbali SET stato = 'annullato' WHERE id = ${verbale.id}`, /non modificabile/],
        [`DELETE FROM verbali WHERE id = ${verbale.id}`, /non si elimina/],
        // Metadata that pass for the act with another fingerprint, or for an act that is not stored.
        [`INSERT INTO metadati (tipo, riferimento_id, identificativo, sha256, dati, xml, xml_sha256, registrato_il)
          VALUES ('verbale', ${verbale.id}, 'FALSO', '${ZERO}', '{}', '<?xml?>', '${ZERO}', '2027-03-01T10:00:00.000Z')`, /non è quella dell'atto archiviato/],
        [`INSERT INTO metadati (tipo, riferimento_id, identificativo, sha256, dati, xml, xml_sha256, registrato_il)
          VALUES ('copia_albo', 9999, 'FALSO', '${ZERO}', '{}', '<?xml?>', '${ZERO}', '2027-03-01T10:00:00.000Z')`, /non è quella dell'atto archiviato/],
        // A versamento whose selection the app cannot read, or counts that are not whole numbers.
        [`INSERT INTO versamenti (identificativo, selezione, descrizione, creato_il, operatore, file, indice, indice_sha256)
          VALUES ('V-FALSO', '{}', 'd', '2027-01-01T00:00:00Z', 'x', 2, '<?xml', '${ZERO}')`, /CHECK constraint/],
        [`INSERT INTO versamenti (identificativo, selezione, descrizione, creato_il, operatore, file, indice, indice_sha256)
          VALUES ('V-FALSO', '{"tipo":"verbale","id":1}', 'd', '2027-01-01T00:00:00Z', 'x', 'due', '<?xml', '${ZERO}')`, /CHECK constraint/],
      ] as const) {
        expect(() => db.exec(sql), sql).toThrow(refusal);
      }
      // A number written with spaces is the same number of the register.
      expect(() => insertPubblicazione(db, verbale.id, ' 12 ', '2027-03-02', '2027-03-20')).toThrow(/non si sostituisce/);
    });
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a versamento downloads identical after its act is signed later or rettificato, and the integrity check stays clean', async () => {
    const { backend } = open();
    const { verbale } = await exportedVerbale(backend);
    const single = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    const year = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'anno', organoId: 1, anno: 2026 } }));
    expectOk(
      await backend.invoke('verbali.firmaAutografa', { id: verbale.id, data: '2027-03-01', firmatari: ['Antonio Rizzo'], nomeFile: 'firmato.pdf', base64: SCAN_PDF.toString('base64') }),
    );
    await exportedRettifica(backend, verbale.id, 'Rettifica del verbale');
    for (const sent of [single, year]) {
      expect(expectOk(await backend.invoke('versamenti.scarica', { id: sent.versamento.id })).base64).toBe(sent.file.base64);
    }
    expect(expectOk(await backend.invoke('integrita.verifica', {}))).toMatchObject({ integra: true, anomalie: [] });
  });

  test('two windows publishing under the same number at once, or issuing the same referto at once: one is recorded, the other refused', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const atto = { tipo: 'verbale', verbaleId: verbale.id } as const;
    const both = await Promise.all([
      backend.invoke('pubblicazioni.pubblica', { atto, numero: 7, dal: '2027-03-01', al: '2027-03-15', omissis: [] }),
      backend.invoke('pubblicazioni.pubblica', { atto, numero: 7, dal: '2027-03-02', al: '2027-03-20', omissis: [] }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.map(failure).find(Boolean)).toEqual({
      code: 'VALIDATION',
      message: "Il numero 7/2027 del registro dell'albo è già usato da un'altra pubblicazione.",
      fields: { numero: "Il numero 7/2027 del registro dell'albo è già usato da un'altra pubblicazione." },
    });
    const [p] = expectOk(await backend.invoke('pubblicazioni.elenco', { filtro: 'tutte' }));
    time.setNow('2027-03-16T09:00:00.000Z');
    const referti = await Promise.all([backend.invoke('pubblicazioni.referto', { id: p!.id, ...REFERTO }), backend.invoke('pubblicazioni.referto', { id: p!.id, ...REFERTO, firmatario: 'Antonio Rizzo' })]);
    expect(referti.filter((r) => r.ok)).toHaveLength(1);
    expect(referti.map(failure).find(Boolean)).toEqual({ code: 'CONFLICT', message: 'Il referto della pubblicazione n. 7/2027 è già stato emesso il 16/03/2027.' });
    const rows = snapshotDb(dbPath);
    expect(rows.pubblicazioni).toHaveLength(1);
    expect(rows.metadati!.filter((m) => JSON.parse(m).tipo === 'referto')).toHaveLength(1);
    expect(rows.audit_log!.filter((e) => JSON.parse(e).canale === 'pubblicazioni.referto')).toHaveLength(1);
  });

  test('the app killed at the last write of a call (publication, referto, versamento, esportazione, Tutti presenti, election) leaves nothing of it; the same call then succeeds', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const { verbale: approvato } = await approvedVerbale(backend, '2026-12-11');
    const d = await openSeduta(backend);
    const puntoId = d.punti[0]!.id;
    expectOk(await backend.invoke('presenze.set', { sedutaId: d.seduta.id, comuneId: d.presenze[0]!.comuneId, stato: 'assente', nominativo: '', qualifica: '', delegaRif: '', oraIngresso: null, oraUscita: null }));
    const pubblica = { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 1, dal: '2027-03-01', al: '2027-03-15', omissis: [] } as const;
    const calls: [string, unknown, () => void][] = [
      ['pubblicazioni.pubblica', pubblica, () => undefined],
      ['pubblicazioni.referto', { id: 1, ...REFERTO }, () => time.setNow('2027-03-16T09:00:00.000Z')],
      ['versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }, () => undefined],
      ['verbali.esporta', { id: approvato.id }, () => undefined],
      ['sedute.tuttiPresenti', { sedutaId: d.seduta.id }, () => undefined],
      ['votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0, bianche: 1, nulle: 1 }, candidati: [{ nome: 'Anna Bianchi', voti: 15 }, { nome: 'Mario Rossi', voti: 10 }] }, () => undefined],
    ];
    for (const [channel, input, setup] of calls) {
      setup();
      killAtAudit(dbPath, channel);
      const before = snapshotDb(dbPath);
      expect(failure(await backend.invoke(channel as 'pubblicazioni.pubblica', input as never)), channel).toEqual(INTERRUPTED);
      expect(snapshotDb(dbPath), channel).toEqual(before);
      revive(dbPath);
      expectOk(await backend.invoke(channel as 'pubblicazioni.pubblica', input as never));
    }
    const rows = snapshotDb(dbPath);
    expect(rows.pubblicazioni).toHaveLength(1);
    expect(rows.versamenti).toHaveLength(1);
    expect(rows.votazione_candidati).toHaveLength(2);
  });

  test('a failure inside the call, before its end (the last file of a versamento, the referto metadata), rolls the whole call back', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const p = expectOk(await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 1, dal: '2027-03-01', al: '2027-03-15', omissis: [] }));
    time.setNow('2027-03-16T09:00:00.000Z');
    withRawDb(dbPath, (db) =>
      db.exec(`
        CREATE TRIGGER crash_file BEFORE INSERT ON versamento_file WHEN NEW.posizione = (SELECT file FROM versamenti WHERE id = NEW.versamento_id)
          BEGIN SELECT RAISE(ABORT, 'interruzione simulata'); END;
        CREATE TRIGGER crash_meta BEFORE INSERT ON metadati WHEN NEW.tipo = 'referto' BEGIN SELECT RAISE(ABORT, 'interruzione simulata'); END;`),
    );
    const before = snapshotDb(dbPath);
    expect(failure(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }))).toEqual(INTERRUPTED);
    expect(failure(await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO }))).toEqual(INTERRUPTED);
    expect(snapshotDb(dbPath)).toEqual(before);
    expect(expectOk(await backend.invoke('pubblicazioni.perVerbale', { verbaleId: verbale.id })).pubblicazioni[0]!.referto).toBeNull();
  });
});
