import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openBackend, type Backend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { expectOk, fixedClock, useTempBackend } from '../helpers/backend';
import { snapshotDb, withRawDb } from '../helpers/db-snapshot';
import { closedSeduta, recordedSeduta, SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';
import { approvedVerbale, exportedVerbale, signedVerbale } from '../helpers/verbale-fixture';

describe('the life cycle, enforced by the backend', () => {
  const open = useTempBackend();

  test('no verbale before the seduta is closed; a closed seduta with an approved verbale is locked', async () => {
    const { backend, dbPath } = open();
    const { seduta } = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
    const early = await backend.invoke('verbali.create', { sedutaId: seduta.id });
    expect(early.ok || early.error.message).toBe(
      'Il verbale si redige dopo la chiusura della seduta: chiudere prima la seduta, con presenze e votazioni registrate.',
    );
    withRawDb(dbPath, (db) =>
      expect(() =>
        db.exec(`INSERT INTO verbali (organo_id, anno, numero, data, seduta_id, oggetto) VALUES (1, 2026, 9, '2026-12-10', ${seduta.id}, 'x')`),
      ).toThrow('il verbale si redige dopo la chiusura della seduta'),
    );

    const { verbale, seduta: closed } = await approvedVerbale(backend, '2026-11-10');
    const id = closed.seduta.id;
    const before = snapshotDb(dbPath);
    const reopen = await backend.invoke('sedute.setStato', { id, stato: 'in_corso', motivo: 'Correggere i voti' });
    expect(reopen.ok || reopen.error.message).toBe(
      'Il verbale della seduta è approvato: la seduta non si riapre più; le correzioni si fanno con una rettifica.',
    );
    for (const [channel, input] of [
      ['votazioni.remove', { puntoId: closed.punti[1]!.id }],
      ['sedute.update', { ...SEDUTA_INPUT, convocazioneData: null, id, data: '2025-11-10' }],
      ['sedute.setStato', { id, stato: 'annullata', motivo: 'per errore' }],
    ] as const) {
      const r = await backend.handle(channel, input);
      expect(r.ok || r.error.code, channel).toBe('CONFLICT');
    }
    withRawDb(dbPath, (db) => {
      expect(() => db.exec(`UPDATE sedute SET stato = 'in_corso' WHERE id = ${id}`)).toThrow('seduta bloccata');
      expect(() => db.exec(`UPDATE sedute SET stato = 'annullata', annullata_motivo = 'x' WHERE id = ${id}`)).toThrow(/si può solo riaprire|seduta bloccata/);
    });
    expect(snapshotDb(dbPath)).toEqual(before);

    // Withdrawing the approval (with a reason, logged) unlocks it; the draft must then be regenerated after a reopening.
    const noReason = await backend.invoke('verbali.ritiraApprovazione', { id: verbale.id, motivo: '' });
    expect(noReason.ok || noReason.error.code).toBe('VALIDATION');
    const withdrawn = expectOk(await backend.invoke('verbali.ritiraApprovazione', { id: verbale.id, motivo: 'Voti da correggere' }));
    expect(withdrawn).toMatchObject({ stato: 'bozza', approvatoIl: null, approvatoPunto: null });
    expectOk(await backend.invoke('sedute.setStato', { id, stato: 'in_corso', motivo: 'Correggere i voti' }));
    expect(expectOk(await backend.invoke('verbali.get', { id: verbale.id })).daRigenerare).toBe(true);
    const log = expectOk(await backend.invoke('modifiche.elenco', { canale: 'verbali.ritiraApprovazione' })).righe;
    expect(log[0]).toMatchObject({ entity: 'verbale', entityId: verbale.id, input: { motivo: 'Voti da correggere' } });
  });

  test('approval only through an item about that verbale, voted and approved, of the same or a later seduta', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend, '2026-11-10', { approvazione: true });
    const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    const refused = async (puntoId: number) => {
      const r = await backend.invoke('verbali.approva', { id, puntoId });
      return r.ok ? 'accepted' : r.error.fields?.puntoId;
    };
    // The Piano's item was approved, but it is not about the verbale.
    expect(await refused(seduta.punti[1]!.id)).toBe("Il punto «Approvazione del Piano sociale di zona 2027» non riguarda l'approvazione del verbale n. 01/2026.");
    // An approval item of an earlier seduta that names another verbale.
    const other = await closedSeduta(backend, '2026-11-12');
    const otherVerbale = expectOk(await backend.invoke('verbali.create', { sedutaId: other.seduta.id }));
    const later = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-11-20', convocazioneData: null }));
    const itemForOther = later.punti.find((p) => p.verbaleId === otherVerbale.id)!;
    expect(await refused(itemForOther.id)).toContain('non riguarda');
    // An item about this verbale, voted without the numero legale: not approved.
    const deserted = expectOk(
      await backend.invoke('odg.add', { sedutaId: later.seduta.id, titolo: 'Approvazione del verbale n. 01/2026', descrizione: '', relatore: '', tipo: 'approvazione_verbale', verbaleId: id }),
    );
    const itemForThis = deserted.punti.at(-1)!.id;
    expectOk(await backend.invoke('votazioni.save', { puntoId: itemForThis, modalita: 'unanimita' }));
    expectOk(await backend.invoke('sedute.setStato', { id: later.seduta.id, stato: 'in_corso' }));
    expectOk(await backend.invoke('sedute.setStato', { id: later.seduta.id, stato: 'chiusa', ora: '12:00' }));
    expect(await refused(itemForThis)).toBe('Il punto «Approvazione del verbale n. 01/2026» non è stato approvato (esito: numero legale mancante).');
    const missing = await backend.invoke('verbali.approva', { id, puntoId: 9999 });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
    expect(expectOk(await backend.invoke('verbali.approva', { id, puntoId: seduta.punti[2]!.id }))).toMatchObject({
      stato: 'approvato',
      approvazione: 'stessa_seduta',
      approvatoIl: '2026-11-10',
      firmatoIl: null,
      esportatoIl: null,
    });
  });

  test('a rettifica is dated on a real day, not before its original nor in the future', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const before = snapshotDb(dbPath);
    for (const data of ['2023-02-31', '9999-12-31', '0001-01-01', '2026-12-09', '2027-03-02']) {
      const r = await backend.invoke('verbali.rettifica', { id: verbale.id, oggetto: 'Rettifica', testo: 'Testo', data });
      expect(r.ok || r.error.code, data).toBe('VALIDATION');
    }
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('the paper signature: declared date and signatories, the scan archived once, dates in order', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await exportedVerbale(backend);
    const scan = Buffer.from('%PDF-1.4\nscansione\n%%EOF\n').toString('base64');
    const sign = (data: string, base64 = scan) =>
      backend.invoke('verbali.firmaAutografa', { id: verbale.id, data, firmatari: ['Antonio Rizzo'], nomeFile: 'scansione.pdf', base64 });
    const before = snapshotDb(dbPath);
    const notAScan = await sign('2027-03-01', Buffer.from('MZ eseguibile').toString('base64'));
    expect(notAScan.ok || notAScan.error.fields).toEqual({ file: "La copia digitalizzata deve essere un PDF o un'immagine (JPEG, PNG o TIFF)." });
    const beforeApproval = await sign('2026-12-09');
    expect(beforeApproval.ok || beforeApproval.error.fields?.data).toContain("non può precedere l'approvazione");
    expect(snapshotDb(dbPath)).toEqual(before);
    const signed = expectOk(await sign('2027-03-01'));
    expect(signed).toMatchObject({ stato: 'firmato', firmatoIl: '2027-03-01', firmaModo: 'autografa' });
    expect(signed.firmati).toEqual([expect.objectContaining({ formato: 'cartaceo', nomeFile: 'scansione.pdf', firme: [expect.objectContaining({ signerName: 'Antonio Rizzo' })] })]);
    const file = expectOk(await backend.invoke('verbali.scaricaFirmato', { id: verbale.id, firmatoId: signed.firmati[0]!.id }));
    expect(file.mime).toBe('application/pdf');
  });
});

describe('the database defends the record by itself', () => {
  const open = useTempBackend();

  /** Every way SQL can alter or remove a row: UPDATE, DELETE, INSERT OR REPLACE of the same key, UPSERT. */
  const attacks = (table: string, where: string, column: string) => [
    `UPDATE ${table} SET ${column} = ${column} WHERE ${where}`,
    `DELETE FROM ${table} WHERE ${where}`,
    `INSERT OR REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${where}`,
    `REPLACE INTO ${table} SELECT * FROM ${table} WHERE ${where}`,
    `INSERT INTO ${table} SELECT * FROM ${table} WHERE ${where} ON CONFLICT DO UPDATE SET ${column} = excluded.${column}`,
  ];

  test('no statement alters a frozen row of any frozen table', async () => {
    const { backend, dbPath } = open();
    const { verbale, seduta } = await signedVerbale(backend);
    const exported = (await exportedVerbale(backend, '2026-12-11')).verbale;
    const s = seduta.seduta.id;
    const punto = seduta.punti[1]!.id;
    const regoleId = seduta.regole!.id;
    backend.close();
    const frozen: [string, string, string][] = [
      ['verbali', `id = ${verbale.id}`, 'oggetto'],
      ['verbali', `id = ${exported.id}`, 'oggetto'],
      ['verbale_sezioni', `verbale_id = ${verbale.id}`, 'testo'],
      ['verbale_sezioni', `verbale_id = ${exported.id}`, 'testo'],
      ['verbale_firmati', `verbale_id = ${verbale.id}`, 'nome_file'],
      ['seduta_chiusure', `seduta_id = ${s}`, 'record'],
      ['sedute', `id = ${s}`, 'luogo'],
      ['presenze', `seduta_id = ${s}`, 'stato'],
      ['odg_punti', `seduta_id = ${s}`, 'titolo'],
      ['votazioni', `punto_id = ${punto}`, 'ora'],
      ['voti', `punto_id = ${punto}`, 'voto'],
      ['regole_versioni', `id = ${regoleId}`, 'nota'],
      ['audit_log', 'id = 1', 'detail'],
    ];
    withRawDb(dbPath, (db) => {
      const before = snapshotDb(dbPath);
      for (const [table, where, column] of frozen) {
        expect((db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n, table).toBeGreaterThan(0);
        for (const sql of attacks(table, where, column)) expect(() => db.exec(sql), sql).toThrow();
      }
      // A REPLACE that moves a frozen key elsewhere: another seduta's item, another verbale's number.
      expect(() => db.exec(`INSERT OR REPLACE INTO odg_punti (id, seduta_id, posizione, titolo) VALUES (${punto}, 1, 99, 'x')`)).toThrow();
      expect(() =>
        db.exec(`INSERT OR REPLACE INTO verbali (id, organo_id, anno, numero, data, oggetto) VALUES (${verbale.id + 100}, 1, 2026, ${verbale.numero}, '2026-12-10', 'x')`),
      ).toThrow('non si sostituisce');
      expect(snapshotDb(dbPath)).toEqual(before);
    });
  });
});

describe('integrity check at start and on demand', () => {
  /** A real archive with a signed verbale, closed, then tampered with outside the app, then opened again. */
  async function tamperedArchive(tamper: (db: Database.Database, ids: { verbale: number; seduta: number }) => void) {
    const { dir, cleanup } = makeTempDir();
    const dbPath = path.join(dir, 'conferenza.sqlite');
    const options = { dbPath, assetsDir: projectPath('assets'), clock: fixedClock() };
    let backend: Backend = openBackend(options);
    try {
      const { verbale, seduta } = await signedVerbale(backend);
      expect(expectOk(await backend.invoke('integrita.verifica', {})).integra).toBe(true);
      backend.close();
      withRawDb(dbPath, (db) => tamper(db, { verbale: verbale.id, seduta: seduta.seduta.id }));
      backend = openBackend(options);
      const stato = expectOk(await backend.invoke('integrita.stato', {}))!;
      const logged = expectOk(await backend.invoke('modifiche.elenco', { canale: 'integrita.avvio' })).righe;
      return { stato, logged };
    } finally {
      backend.close();
      cleanup();
    }
  }

  const dropFreeze = 'DROP TRIGGER verbali_signed_frozen;';

  test.each([
    ['a freeze trigger dropped', (db: Database.Database) => db.exec(dropFreeze), 'manca la regola di protezione (trigger) «verbali_signed_frozen»'],
    [
      'the PDF rewritten with the freeze dropped and put back',
      (db: Database.Database, { verbale }: { verbale: number }) => {
        const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'verbali_signed_frozen'").get() as { sql: string }).sql;
        db.exec(dropFreeze);
        db.prepare('UPDATE verbali SET pdf = ? WHERE id = ?').run(Buffer.from('%PDF-1.7 falso'), verbale);
        db.exec(sql);
      },
      'Il verbale n. 01/2026 è stato alterato fuori dall\'applicazione: il PDF archiviato non corrisponde alla sua impronta SHA-256.',
    ],
    [
      'the PDF and its fingerprint rewritten together',
      (db: Database.Database, { verbale }: { verbale: number }) => {
        db.exec(dropFreeze);
        db.prepare("UPDATE verbali SET pdf = ?, pdf_sha256 = '1c8a9c3bca1d1d5a4d0b1f3b1b7c4bdf0f9b35d2f8b9e3b0b6f3f2b6d0a6b4c2' WHERE id = ?").run(Buffer.from('x'), verbale);
      },
      "il PDF archiviato non è quello registrato all'esportazione",
    ],
    [
      'a signed file altered',
      (db: Database.Database) => {
        db.exec('DROP TRIGGER firmati_no_update;');
        db.exec("UPDATE verbale_firmati SET contenuto = x'00'");
      },
      "Il file firmato «verbale firmato.pdf» del verbale n. 01/2026 è stato alterato fuori dall'applicazione",
    ],
    [
      "a closed seduta's outcomes altered",
      (db: Database.Database, { seduta }: { seduta: number }) => {
        db.exec('DROP TRIGGER chiusure_no_update;');
        db.exec(`UPDATE seduta_chiusure SET record = json_set(record, '$.quorum', NULL) WHERE seduta_id = ${seduta}`);
      },
      "Gli esiti della seduta del 10/12/2026 sono stati alterati fuori dall'applicazione",
    ],
    [
      'an audit entry edited',
      (db: Database.Database) => {
        db.exec('DROP TRIGGER audit_no_update;');
        db.exec("UPDATE audit_log SET operatore = 'qualcun altro' WHERE id = 3");
      },
      'la voce n. 3 non corrisponde alla sua impronta',
    ],
    [
      'an audit entry deleted',
      (db: Database.Database) => {
        db.exec('DROP TRIGGER audit_no_delete;');
        db.exec('DELETE FROM audit_log WHERE id = 3');
      },
      'mancano le voci dalla n. 3 alla n. 3',
    ],
  ])('%s is reported at the next start, in Italian, and logged', async (_what, tamper, message) => {
    const { stato, logged } = await tamperedArchive(tamper);
    expect(stato.integra).toBe(false);
    expect(stato.anomalie.map((a) => a.messaggio).join('\n')).toContain(message);
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0]!.input)).toContain(message.slice(0, 30));
  });
});

describe('a complete audit trail', () => {
  const open = useTempBackend();

  test('attendance, agenda and votes leave their before and after values, with the operator, in a verified chain', async () => {
    const { backend } = open();
    expectOk(await backend.invoke('operatori.aggiungi', { nome: 'Maria Verdi' }));
    expectOk(await backend.invoke('sessione.operatore', { nome: 'Maria Verdi' }));
    const unknown = await backend.invoke('sessione.operatore', { nome: 'Chi Sa' });
    expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
    let d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
    const sedutaId = d.seduta.id;
    d = expectOk(await backend.invoke('odg.add', { sedutaId, titolo: 'Primo', descrizione: '', relatore: '' }));
    d = expectOk(await backend.invoke('odg.add', { sedutaId, titolo: 'Secondo', descrizione: '', relatore: '' }));
    d = expectOk(await backend.invoke('odg.update', { id: d.punti[0]!.id, titolo: 'Primo punto', descrizione: '', relatore: '' }));
    d = expectOk(await backend.invoke('odg.move', { id: d.punti[1]!.id, direzione: 'su' }));
    const present = { stato: 'sindaco', nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null } as const;
    for (const p of d.presenze.slice(0, 14)) d = expectOk(await backend.invoke('presenze.set', { sedutaId, comuneId: p.comuneId, ...present }));
    const puntoId = d.punti[0]!.id;
    expectOk(await backend.invoke('votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 10, contrari: 4, astenuti: 0 } }));
    expectOk(await backend.invoke('votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 4, contrari: 10, astenuti: 0 } }));

    const all = expectOk(await backend.invoke('modifiche.elenco', { entity: 'seduta', entityId: sedutaId })).righe;
    expect(new Set(all.map((e) => e.canale))).toEqual(new Set(['sedute.create', 'odg.add', 'odg.update', 'odg.move', 'presenze.set', 'votazioni.save']));
    expect(all.every((e) => e.operatore === 'Maria Verdi')).toBe(true);
    const [overwrite] = all.filter((e) => e.canale === 'votazioni.save');
    expect(overwrite!.modifiche).toContainEqual(
      expect.objectContaining({ table: 'votazioni', op: 'update', changed: { favorevoli: [10, 4], contrari: [4, 10] } }),
    );
    const rename = all.find((e) => e.canale === 'odg.update')!;
    expect(rename.modifiche).toContainEqual(expect.objectContaining({ table: 'odg_punti', changed: { titolo: ['Primo', 'Primo punto'] } }));
    expect(all.filter((e) => e.canale === 'presenze.set')).toHaveLength(14);

    const verifica = expectOk(await backend.invoke('integrita.verifica', {}));
    expect(verifica).toMatchObject({ integra: true, anomalie: [] });
    expect(verifica.controlli.vociRegistro).toBeGreaterThan(20);
    const csv = Buffer.from(expectOk(await backend.invoke('modifiche.csv', { entity: 'seduta', entityId: sedutaId })).base64, 'base64').toString('utf8');
    expect(csv).toContain('Votazione registrata');
    expect(csv).toContain('favorevoli «10» → «4»');
  });

  test('a refused call leaves no entry; reads leave none either', async () => {
    const { backend, dbPath } = open();
    const before = snapshotDb(dbPath).audit_log!.length;
    await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-02-31' });
    await backend.invoke('verbali.approva', { id: 1, puntoId: 1 });
    await backend.invoke('sedute.list', { organoId: 1, anno: 2026 });
    expect(snapshotDb(dbPath).audit_log!.length).toBe(before);
  });
});
