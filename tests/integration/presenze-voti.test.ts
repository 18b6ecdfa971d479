import { describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import { closingRecordSchema } from '../../main/services/seduta-record';
import type { SedutaDetail } from '../../shared/domain/seduta';
import { DEFAULT_RULES } from '../../shared/rules';
import { expectOk, useTempBackend } from '../helpers/backend';
import { snapshotDb, withRawDb } from '../helpers/db-snapshot';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';

const ABSENT = { nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null } as const;

async function newSeduta(backend: Pick<Backend, 'invoke'>, titolo = 'Nomina del rappresentante della Conferenza'): Promise<SedutaDetail> {
  const d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
  return expectOk(await backend.invoke('odg.add', { sedutaId: d.seduta.id, titolo, descrizione: '', relatore: '' }));
}

const byName = (d: SedutaDetail, comune: string) => d.presenze.find((p) => p.comune === comune)!;

describe('attendance and votes as they happen', () => {
  const open = useTempBackend();

  test('«Tutti presenti» is one call, one transaction, one entry of the register; who is already present keeps the record', async () => {
    const { backend } = open();
    let d = await newSeduta(backend);
    const sedutaId = d.seduta.id;
    const lauria = byName(d, 'Lauria');
    const delegate = { stato: 'delegato', nominativo: 'Anna Bianchi', qualifica: 'vicesindaco', delegaRif: 'decreto sindacale n. 7', modalita: 'videoconferenza', oraIngresso: '10:40', oraUscita: null } as const;
    d = expectOk(await backend.invoke('presenze.set', { sedutaId, comuneId: lauria.comuneId, ...delegate }));
    d = expectOk(await backend.invoke('sedute.tuttiPresenti', { sedutaId }));

    expect(d.presenze.every((p) => p.stato === 'sindaco' || p.stato === 'delegato')).toBe(true);
    expect(byName(d, 'Lauria')).toMatchObject(delegate);
    expect(byName(d, 'Viggianello')).toMatchObject({ stato: 'sindaco', nominativo: 'Antonio Rizzo', qualifica: '', modalita: 'presenza' });
    const entries = expectOk(await backend.invoke('modifiche.elenco', { entity: 'seduta', entityId: sedutaId, canale: 'sedute.tuttiPresenti' })).righe;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.modifiche.filter((m) => m.table === 'presenze' && m.op === 'update')).toHaveLength(26);
    const all = expectOk(await backend.invoke('modifiche.elenco', { entity: 'seduta', entityId: sedutaId })).righe;
    expect(all.filter((e) => e.canale === 'presenze.set')).toHaveLength(1);

    // Nothing left to change: still one entry per call, with no row changed.
    expectOk(await backend.invoke('sedute.tuttiPresenti', { sedutaId }));
    const again = expectOk(await backend.invoke('modifiche.elenco', { canale: 'sedute.tuttiPresenti' })).righe;
    expect(again).toHaveLength(2);
    expect(again.find((e) => e.id !== entries[0]!.id)!.modifiche).toEqual([]);

    // «Azzera» is one call too, and leaves nothing of the delegate's record behind.
    d = expectOk(await backend.invoke('sedute.azzeraPresenze', { sedutaId }));
    expect(d.presenze.every((p) => p.stato === 'assente')).toBe(true);
    expect(byName(d, 'Lauria')).toMatchObject({ nominativo: '', qualifica: '', delegaRif: '', modalita: 'presenza', oraIngresso: null });
    const reset = expectOk(await backend.invoke('modifiche.elenco', { canale: 'sedute.azzeraPresenze' })).righe;
    expect(reset).toHaveLength(1);
    expect(reset[0]!.modifiche.filter((m) => m.table === 'presenze' && m.op === 'update')).toHaveLength(27);
  });

  test('refused inputs change nothing, each with its Italian message', async () => {
    const { backend, dbPath } = open();
    let d = await newSeduta(backend);
    const sedutaId = d.seduta.id;
    d = expectOk(await backend.invoke('sedute.tuttiPresenti', { sedutaId }));
    const puntoId = d.punti[0]!.id;
    const lauria = byName(d, 'Lauria').comuneId;
    const before = snapshotDb(dbPath);
    const refusals: [string, unknown, string][] = [
      ['presenze.set', { sedutaId, comuneId: lauria, stato: 'delegato', nominativo: 'Anna Bianchi', delegaRif: 'decreto n. 7', ...{ oraIngresso: null, oraUscita: null } }, 'Indicare la qualifica del delegato (es. vicesindaco, assessore, consigliere)'],
      ['presenze.set', { sedutaId, comuneId: lauria, stato: 'delegato', nominativo: 'Mario Rossi, vicesindaco', qualifica: 'vicesindaco', delegaRif: 'decreto n. 7', oraIngresso: null, oraUscita: null }, 'Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini'],
      ['votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 20, contrari: 4, astenuti: 0, bianche: 2, nulle: 2 } }, 'Lo scrutinio segreto conta 28 voti ma i comuni presenti al punto sono 27'],
      ['votazioni.save', { puntoId, modalita: 'palese', voti: d.presenze.slice(0, 24).map((p) => ({ comuneId: p.comuneId, voto: 'favorevole' })) }, `Manca il voto di 3 comuni presenti al punto: ${d.presenze.slice(24).map((p) => p.comune).join(', ').replace(/, ([^,]+)$/, ' e $1')}. Indicare il voto di ciascuno («Non votante» se non partecipa) o usare «Tutti i restanti».`],
      ['votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0, bianche: 3 }, candidati: [{ nome: 'Anna Bianchi', voti: 20 }, { nome: 'Mario Rossi', voti: 5 }] }, 'Lo scrutinio segreto conta 28 voti ma i comuni presenti al punto sono 27'],
      ['votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0 }, candidati: [{ nome: 'Anna Bianchi', voti: 2 }, { nome: 'ANNA BIANCHI', voti: 2 }] }, 'Il candidato ANNA BIANCHI è indicato due volte'],
    ];
    for (const [channel, input, message] of refusals) {
      const result = await backend.invoke(channel as 'presenze.set', input as never);
      expect(result.ok || result.error.code, channel).toBe('VALIDATION');
      if (!result.ok) expect(Object.values(result.error.fields ?? {}).concat(result.error.message)).toContain(message);
    }
    expect(snapshotDb(dbPath)).toEqual(before);

    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso' }));
    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'chiusa', ora: '12:00' }));
    const closed = snapshotDb(dbPath);
    for (const channel of ['sedute.tuttiPresenti', 'sedute.azzeraPresenze'] as const) {
      const late = await backend.invoke(channel, { sedutaId });
      expect(late.ok || late.error.code, channel).toBe('CONFLICT');
    }
    expect(snapshotDb(dbPath)).toEqual(closed);
  });

  test('a member by videoconference counts for the numero legale and the vote only when the rules in force allow it', async () => {
    const { backend } = open();
    let d = await newSeduta(backend, 'Approvazione del Piano sociale di zona 2027');
    const sedutaId = d.seduta.id;
    for (const [i, p] of d.presenze.slice(0, 14).entries()) {
      d = expectOk(await backend.invoke('presenze.set', { sedutaId, comuneId: p.comuneId, ...ABSENT, stato: 'sindaco', nominativo: 'Sindaco', modalita: i === 0 ? 'videoconferenza' : 'presenza' }));
    }
    const remote = d.presenze[0]!;
    expect(d.quorum).toMatchObject({ raggiunto: false, presenti: 13, collegati: 1, collegatiComputati: false });
    expect(d.quorum!.frase).toBe('Presenti 13 comuni su 27 (1 collegato in videoconferenza, non computato secondo le regole in vigore): numero legale non raggiunto (richiesti 14 in prima convocazione).');
    const counted = d.presenze.slice(1, 14).map((p) => ({ comuneId: p.comuneId, voto: 'favorevole' as const }));
    const withRemote = [...counted, { comuneId: remote.comuneId, voto: 'favorevole' as const }];
    const refused = await backend.invoke('votazioni.save', { puntoId: d.punti[0]!.id, modalita: 'palese', voti: withRemote });
    expect(refused.ok || refused.error.message).toContain(`Il comune di ${remote.comune} è collegato in videoconferenza`);
    d = expectOk(await backend.invoke('votazioni.save', { puntoId: d.punti[0]!.id, modalita: 'palese', voti: counted }));
    expect(d.punti[0]!.votazione!.esito).toMatchObject({ esito: 'numero_legale_mancante', presenti: 13 });

    // The rules in force on the seduta's date now count remote members: the same attendance reaches the numero legale.
    const regole = d.regole!;
    expectOk(await backend.invoke('regole.save', { id: regole.id, organoId: 1, valideDal: regole.valideDal, regole: { ...regole.regole, remotePresenceCounts: true }, nota: regole.nota }));
    d = expectOk(await backend.invoke('sedute.get', { id: sedutaId }));
    expect(d.quorum).toMatchObject({ raggiunto: true, presenti: 14, collegati: 1, collegatiComputati: true });
    const missing = await backend.invoke('votazioni.save', { puntoId: d.punti[0]!.id, modalita: 'palese', voti: counted });
    expect(missing.ok || missing.error.message).toContain(`Manca il voto del comune di ${remote.comune}, presente al punto`);
    d = expectOk(await backend.invoke('votazioni.save', { puntoId: d.punti[0]!.id, modalita: 'palese', voti: withRemote }));
    expect(d.punti[0]!.votazione!.esito).toMatchObject({ esito: 'approvata', favorevoli: 14, presenti: 14 });

    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso' }));
    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'chiusa', ora: '12:00' }));
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId }));
    const text = (chiave: string) => verbale.sezioni.find((s) => s.chiave === chiave)!.testo;
    expect(text('videoconferenza')).toBe(`Partecipa in videoconferenza il Sindaco del Comune di ${remote.comune}, computato ai fini del numero legale e delle votazioni secondo le regole in vigore.`);
    expect(text('numero_legale')).toContain('constatata la presenza di n. 14 comuni su 27, di cui n. 1 in videoconferenza,');
    expect(verbale.sezioni.find((s) => s.chiave === 'presenze')!.presenze!.find((r) => r.comune === remote.comune)!.ruolo).toBe('Sindaco (in videoconferenza)');
  });

  test('a secret ballot with schede and an election are stored, fixed at closing and written in the verbale', async () => {
    const { backend } = open();
    let d = await newSeduta(backend);
    const sedutaId = d.seduta.id;
    d = expectOk(await backend.invoke('odg.add', { sedutaId, titolo: 'Approvazione del regolamento interno', descrizione: '', relatore: '' }));
    const lauria = byName(d, 'Lauria');
    d = expectOk(await backend.invoke('presenze.set', { sedutaId, comuneId: lauria.comuneId, ...ABSENT, stato: 'delegato', nominativo: 'Anna Bianchi', qualifica: 'vicesindaco', delegaRif: 'prot. n. 812 del 02/12/2026' }));
    d = expectOk(await backend.invoke('sedute.tuttiPresenti', { sedutaId }));
    const [nomina, regolamento] = d.punti;
    const candidati = [{ nome: 'Mario Rossi', voti: 9 }, { nome: 'Anna Bianchi', voti: 15 }];
    d = expectOk(await backend.invoke('votazioni.save', { puntoId: nomina!.id, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0, bianche: 2, nulle: 1 }, candidati }));
    expect(d.punti[0]!.votazione).toMatchObject({ tipo: 'elezione', candidati, esito: { esito: 'eletto', eletti: ['Anna Bianchi'], bianche: 2, nulle: 1, presenti: 27 } });
    d = expectOk(await backend.invoke('votazioni.save', { puntoId: regolamento!.id, modalita: 'segreta', conteggi: { favorevoli: 18, contrari: 5, astenuti: 1, bianche: 2, nulle: 1 } }));
    expect(d.punti[1]!.votazione!.esito).toMatchObject({ esito: 'approvata', bianche: 2, nulle: 1 });
    expect(d.punti[1]!.votazione!.esito!.spiegazione).toContain('2 schede bianche e 1 scheda nulla');

    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso' }));
    const closed = expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'chiusa', ora: '12:00' }));
    expect(closed.punti[0]!.votazione!.esito).toMatchObject({ esito: 'eletto', eletti: ['Anna Bianchi'] });
    expect(byName(closed, 'Lauria')).toMatchObject({ qualifica: 'vicesindaco' });

    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId }));
    const text = (chiave: string) => verbale.sezioni.find((s) => s.chiave === chiave)!.testo;
    expect(text('deleghe')).toBe('Il Comune di Lauria è rappresentato dalla delegata Anna Bianchi, vicesindaco, giusta delega prot. n. 812 del 02/12/2026.');
    expect(text(`punto-${nomina!.id}-votazione`)).toBe(
      'Con votazione a scrutinio segreto, presenti n. 27 comuni, riportano voti: Anna Bianchi n. 15, Mario Rossi n. 9; schede bianche n. 2, schede nulle n. 1. Risulta eletta Anna Bianchi con n. 15 voti.',
    );
    expect(text(`punto-${nomina!.id}-dispositivo`)).toBe('Il Presidente proclama eletta Anna Bianchi.');
    expect(text(`punto-${regolamento!.id}-votazione`)).toContain('favorevoli n. 18, contrari n. 5, astenuti n. 1, schede bianche n. 2, schede nulle n. 1');
    expect(verbale.sezioni.find((s) => s.chiave === 'presenze')!.presenze!.find((r) => r.comune === 'Lauria')!.ruolo).toBe('Delegato (vicesindaco)');
  });

  test('the database refuses what the handlers refuse, and freezes candidates with the closed seduta', async () => {
    const { backend, dbPath } = open();
    let d = await newSeduta(backend);
    const sedutaId = d.seduta.id;
    const puntoId = d.punti[0]!.id;
    d = expectOk(await backend.invoke('sedute.tuttiPresenti', { sedutaId }));
    const comuneId = d.presenze[0]!.comuneId;
    d = expectOk(await backend.invoke('votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0 }, candidati: [{ nome: 'Anna Bianchi', voti: 20 }, { nome: 'Mario Rossi', voti: 6 }] }));
    withRawDb(dbPath, (db) => {
      for (const [sql, message] of [
        [`UPDATE presenze SET qualifica = 'assessore' WHERE seduta_id = ${sedutaId} AND comune_id = ${comuneId}`, /CHECK constraint/],
        [`UPDATE presenze SET modalita = 'telefono' WHERE seduta_id = ${sedutaId} AND comune_id = ${comuneId}`, /CHECK constraint/],
        [`UPDATE presenze SET stato = 'assente', nominativo = '', modalita = 'videoconferenza' WHERE seduta_id = ${sedutaId} AND comune_id = ${comuneId}`, /CHECK constraint/],
        [`UPDATE votazioni SET bianche = -1 WHERE punto_id = ${puntoId}`, /CHECK constraint/],
        [`UPDATE votazioni SET tipo = 'elezione', modalita = 'palese', favorevoli = NULL, contrari = NULL, astenuti = NULL WHERE punto_id = ${puntoId}`, /CHECK constraint/],
        [`UPDATE votazioni SET tipo = 'proposta' WHERE punto_id = ${puntoId}`, /solo per un'elezione/],
        [`UPDATE votazione_candidati SET voti = -2 WHERE punto_id = ${puntoId}`, /CHECK constraint/],
        // An election has no votes for a proposal; 5 more ballots would also exceed the 27 present.
        [`UPDATE votazioni SET favorevoli = 5 WHERE punto_id = ${puntoId}`, /CHECK constraint|più voti e schede/],
        // Text or fractions where counts belong would leave the seduta unreadable.
        [`UPDATE votazioni SET nulle = 'x' WHERE punto_id = ${puntoId}`, /CHECK constraint/],
        [`UPDATE votazione_candidati SET voti = 'molti' WHERE punto_id = ${puntoId}`, /CHECK constraint/],
        [`UPDATE votazione_candidati SET voti = 2.5 WHERE punto_id = ${puntoId} AND posizione = 2`, /CHECK constraint/],
        [`UPDATE votazioni SET bianche = 2 WHERE punto_id = ${puntoId}`, /più voti e schede che comuni presenti/],
        [`UPDATE votazione_candidati SET voti = 8 WHERE punto_id = ${puntoId} AND posizione = 2`, /più voti e schede che comuni presenti/],
        [`INSERT INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (${puntoId}, 3, 'anna bianchi', 0)`, /candidato indicato due volte/],
        [`INSERT INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (${puntoId}, 3, ' Anna Bianchi', 0)`, /CHECK constraint/],
        [`INSERT INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (${puntoId}, 3, 'Anna  Bianchi', 0)`, /CHECK constraint/],
      ] as const) {
        expect(() => db.exec(sql), sql).toThrow(message);
      }
    });
    d = expectOk(await backend.invoke('votazioni.save', { puntoId, modalita: 'segreta', conteggi: { favorevoli: 20, contrari: 6, astenuti: 0 } }));
    expect(d.punti[0]!.votazione).toMatchObject({ tipo: 'proposta', candidati: [] });
    withRawDb(dbPath, (db) =>
      expect(() => db.exec(`INSERT INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (${puntoId}, 1, 'Anna Bianchi', 1)`)).toThrow(/solo per un'elezione/),
    );
    expectOk(await backend.invoke('votazioni.save', { puntoId, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0 }, candidati: [{ nome: 'Anna Bianchi', voti: 20 }] }));

    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'in_corso' }));
    expectOk(await backend.invoke('sedute.setStato', { id: sedutaId, stato: 'chiusa', ora: '12:00' }));
    const before = snapshotDb(dbPath);
    withRawDb(dbPath, (db) => {
      for (const sql of [
        `UPDATE votazione_candidati SET voti = 1 WHERE punto_id = ${puntoId}`,
        `DELETE FROM votazione_candidati WHERE punto_id = ${puntoId}`,
        `INSERT OR REPLACE INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (${puntoId}, 1, 'Mario Rossi', 30)`,
        `INSERT INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (${puntoId}, 2, 'Mario Rossi', 3) ON CONFLICT DO UPDATE SET voti = 99`,
        `UPDATE votazioni SET bianche = 3 WHERE punto_id = ${puntoId}`,
        `UPDATE presenze SET qualifica = 'assessore', stato = 'delegato' WHERE seduta_id = ${sedutaId} AND comune_id = ${comuneId}`,
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/seduta chiusa/);
      }
    });
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('closing records written before these fields still read, with the defaults', () => {
    const presenza = { comuneId: 1, comune: 'Lauria', capofila: false, popolazioneResidente: 11662, popolazioneCensimento2011: 13262, sindacoAttuale: '', stato: 'delegato', nominativo: 'Anna Bianchi', delegaRif: 'prot. 8', oraIngresso: null, oraUscita: null };
    const esito = { esito: 'approvata', spiegazione: '', passaggi: [], regoleVersioneId: 1, regoleValideDal: '2016-07-27', favorevoli: 1, contrari: 0, astenuti: 0, presenti: 1 };
    const { remotePresenceCounts: _, ...oldRules } = DEFAULT_RULES;
    const old = {
      regole: { id: 1, organoId: 1, valideDal: '2016-07-27', regole: oldRules, nota: '', predefinita: true },
      presidenza: { presidente: 'Antonio Rizzo', capofilaComuneId: 27, capofila: 'Viggianello', segretario: '' },
      presenze: [presenza],
      quorum: { raggiunto: false, richiesti: 14, presenti: 1, membri: 27, frase: '', popolazioneRappresentata: 1, popolazioneTotale: 2 },
      esiti: { 5: { esito, errore: null } },
    };
    const parsed = closingRecordSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.presenze[0]).toMatchObject({ qualifica: '', modalita: 'presenza' });
    expect(parsed.regole!.regole.remotePresenceCounts).toBe(false);
    expect(parsed.quorum).toMatchObject({ collegati: 0, collegatiComputati: false });
    expect(parsed.esiti['5']!.esito).toMatchObject({ bianche: 0, nulle: 0, eletti: [], parita: [] });
  });
});
