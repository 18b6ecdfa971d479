import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES } from '../../shared/rules';
import { expectOk, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { recordedSeduta, SEDUTA_INPUT } from '../helpers/seduta-fixture';

describe('sedute', () => {
  const open = useTempBackend();

  test('the five historic sedute are closed records with their subject and no invented attendance', async () => {
    const { backend } = open();
    const years = expectOk(await backend.invoke('sedute.years', { organoId: 1 }));
    expect(years).toEqual([
      { anno: 2020, sedute: 1 },
      { anno: 2018, sedute: 2 },
      { anno: 2017, sedute: 1 },
      { anno: 2016, sedute: 1 },
    ]);
    const list2018 = expectOk(await backend.invoke('sedute.list', { organoId: 1, anno: 2018 }));
    expect(list2018.map((s) => [s.data, s.stato, s.storica, s.tipo, s.presenti, s.membri])).toEqual([
      ['2018-08-09', 'chiusa', true, null, 0, 0],
      ['2018-01-17', 'chiusa', true, null, 0, 0],
    ]);
    const detail = expectOk(await backend.invoke('sedute.get', { id: list2018[1]!.id }));
    expect(detail.presenze).toEqual([]);
    expect(detail.avvisi).toEqual(["Seduta storica registrata dall'archivio: presenze e votazioni non sono state digitalizzate."]);
  });

  test('a new seduta enrols the 27 active comuni; short notice is a warning, not a block', async () => {
    const { backend } = open();
    const d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: '2026-12-05' }));
    expect(d.presenze).toHaveLength(27);
    expect(d.presenze.every((p) => p.stato === 'assente')).toBe(true);
    expect(d.avvisi).toEqual([
      'Preavviso di 5 giorni (convocazione inviata il 05/12/2026): le regole in vigore ne richiedono almeno 7 per una seduta ordinaria.',
    ]);
    expect(d.quorum).toMatchObject({ raggiunto: false, richiesti: 14, frase: 'Presenti 0 comuni su 27: numero legale non raggiunto (richiesti 14 in prima convocazione).' });
  });

  test('attendance by delegate counts; population represented is summed', async () => {
    const { backend } = open();
    const d = await recordedSeduta(backend);
    expect(d.quorum).toMatchObject({ raggiunto: true, presenti: 15, membri: 27, frase: 'Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).' });
    const present = d.presenze.filter((p) => p.stato !== 'assente');
    expect(d.quorum!.popolazioneRappresentata).toBe(present.reduce((s, p) => s + p.popolazioneResidente, 0));
    expect(present.filter((p) => p.stato === 'delegato').map((p) => p.delegaRif)).toEqual(['decreto sindacale n. 5 del 02/12/2026', 'decreto sindacale n. 5 del 02/12/2026']);
    expect(d.punti[1]!.votazione!.esito).toMatchObject({ esito: 'approvata', favorevoli: 12, contrari: 2, astenuti: 1, regoleValideDal: '2016-07-27' });
  });

  test('a vote for an absent comune, or secret counts above those present, are refused and change nothing', async () => {
    const { backend, dbPath } = open();
    const d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
    let detail = expectOk(await backend.invoke('odg.add', { sedutaId: d.seduta.id, titolo: 'Bilancio', descrizione: '', relatore: '' }));
    for (const p of detail.presenze.slice(0, 14)) {
      detail = expectOk(await backend.invoke('presenze.set', { sedutaId: d.seduta.id, comuneId: p.comuneId, stato: 'sindaco', nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null }));
    }
    const absent = detail.presenze.find((p) => p.stato === 'assente')!;
    const before = snapshotDb(dbPath);
    const voti = [...detail.presenze.filter((p) => p.stato === 'sindaco'), absent].map((p) => ({ comuneId: p.comuneId, voto: 'favorevole' as const }));
    const named = await backend.invoke('votazioni.save', { puntoId: detail.punti[0]!.id, modalita: 'palese', ora: null, voti, conteggi: null });
    expect(named.ok || named.error).toMatchObject({ code: 'VALIDATION', message: `Il comune di ${absent.comune} non è presente al punto: il suo voto non può essere registrato` });
    const secret = await backend.invoke('votazioni.save', { puntoId: detail.punti[0]!.id, modalita: 'segreta', ora: null, voti: [], conteggi: { favorevoli: 10, contrari: 5, astenuti: 0 } });
    expect(secret.ok || secret.error.code).toBe('VALIDATION');
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a comune leaving before the vote is not counted at that item', async () => {
    const { backend } = open();
    const d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
    let detail = expectOk(await backend.invoke('odg.add', { sedutaId: d.seduta.id, titolo: 'Bilancio', descrizione: '', relatore: '' }));
    for (const [i, p] of detail.presenze.slice(0, 14).entries()) {
      detail = expectOk(
        await backend.invoke('presenze.set', { sedutaId: d.seduta.id, comuneId: p.comuneId, stato: 'sindaco', nominativo: '', delegaRif: '', oraIngresso: '10:30', oraUscita: i === 0 ? '11:00' : null }),
      );
    }
    const stillThere = detail.presenze.filter((p) => p.stato === 'sindaco' && p.oraUscita === null);
    const voted = expectOk(
      await backend.invoke('votazioni.save', { puntoId: detail.punti[0]!.id, modalita: 'palese', ora: '11:30', voti: stillThere.map((p) => ({ comuneId: p.comuneId, voto: 'favorevole' as const })), conteggi: null }),
    );
    expect(voted.punti[0]!.votazione!.esito).toMatchObject({ esito: 'numero_legale_mancante', presenti: 13 });
  });

  test('a closed seduta is read-only until reopened with a logged reason; the database enforces it too', async () => {
    const { backend, dbPath } = open();
    const d = await recordedSeduta(backend);
    const p = d.presenze[0]!;
    const refused = await backend.invoke('presenze.set', { sedutaId: d.seduta.id, comuneId: p.comuneId, stato: 'assente', nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null });
    expect(refused.ok || refused.error.message).toBe('La seduta è chiusa: per modificarla occorre riaprirla (la riapertura viene registrata).');
    const db = new Database(dbPath);
    try {
      expect(() => db.prepare("UPDATE presenze SET stato = 'assente' WHERE seduta_id = ?").run(d.seduta.id)).toThrow('seduta chiusa');
      expect(() => db.prepare('DELETE FROM voti WHERE punto_id = ?').run(d.punti[1]!.id)).toThrow('seduta chiusa');
      expect(() => db.prepare("UPDATE sedute SET luogo = 'altrove' WHERE id = ?").run(d.seduta.id)).toThrow('seduta chiusa');
    } finally {
      db.close();
    }
    const noReason = await backend.invoke('sedute.setStato', { id: d.seduta.id, stato: 'in_corso', ora: null, motivo: '' });
    expect(noReason.ok || noReason.error.fields).toEqual({ motivo: 'Indicare il motivo: resta registrato.' });
    expectOk(await backend.invoke('sedute.setStato', { id: d.seduta.id, stato: 'in_corso', ora: null, motivo: 'Errore materiale nelle presenze' }));
    expectOk(await backend.invoke('presenze.set', { sedutaId: d.seduta.id, comuneId: p.comuneId, stato: 'assente', nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null }));
    const reopened = expectOk(await backend.invoke('modifiche.elenco', { entity: 'seduta', entityId: d.seduta.id, canale: 'sedute.setStato' })).righe[0]!;
    expect(reopened.input).toMatchObject({ stato: 'in_corso', motivo: 'Errore materiale nelle presenze' });
    expect(reopened.modifiche).toContainEqual(expect.objectContaining({ table: 'sedute', op: 'update', changed: expect.objectContaining({ stato: ['chiusa', 'in_corso'] }) }));
  });

  test('a closed seduta keeps the outcome, rules and presidency fixed at its closing; the rules it applied are frozen', async () => {
    const { backend, dbPath } = open();
    const d = await recordedSeduta(backend);
    expect(d.chiusura).toMatchObject({ chiusaIl: '2027-03-01T09:00:00.000Z' });
    expect(d.punti[1]!.votazione!.esito).toMatchObject({ esito: 'approvata', regoleValideDal: '2016-07-27' });
    const applied = d.regole!;
    // A stricter rules version dated before the seduta, and a new capofila, change nothing for the closed seduta.
    expectOk(
      await backend.invoke('regole.save', {
        organoId: 1,
        valideDal: '2026-01-01',
        regole: { ...DEFAULT_RULES, majority: { kind: 'twoThirds', base: 'members' } },
        nota: 'Regolamento modificato',
      }),
    );
    const ente = expectOk(await backend.invoke('ente.get', {}));
    const { capofilaNome: _nome, ...enteFields } = ente;
    expectOk(await backend.invoke('ente.update', { ...enteFields, capofilaComuneId: d.presenze[0]!.comuneId, presidente: 'Altro Presidente' }));
    const after = expectOk(await backend.invoke('sedute.get', { id: d.seduta.id }));
    expect(after.punti[1]!.votazione!.esito).toMatchObject({ esito: 'approvata', regoleValideDal: '2016-07-27' });
    expect(after.presidenza).toEqual(d.presidenza);
    expect(after.regole).toEqual(applied);

    const edit = await backend.invoke('regole.save', { id: applied.id, organoId: 1, valideDal: applied.valideDal, regole: applied.regole, nota: 'modificata' });
    expect(edit.ok || edit.error.code).toBe('CONFLICT');
    const remove = await backend.invoke('regole.remove', { id: applied.id });
    expect(remove.ok || remove.error.code).toBe('CONFLICT');
    const db = new Database(dbPath);
    try {
      for (const sql of [
        `UPDATE regole_versioni SET nota = 'x' WHERE id = ${applied.id}`,
        `DELETE FROM regole_versioni WHERE id = ${applied.id}`,
        `INSERT OR REPLACE INTO regole_versioni (id, organo_id, valide_dal, regole) VALUES (${applied.id}, 1, '2016-07-27', '{}')`,
        `UPDATE seduta_chiusure SET record = '{}' WHERE seduta_id = ${d.seduta.id}`,
        `DELETE FROM seduta_chiusure WHERE seduta_id = ${d.seduta.id}`,
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/non modificabili/);
      }
    } finally {
      db.close();
    }

    // Reopened, the seduta is judged again by the rules in force on its date.
    expectOk(await backend.invoke('sedute.setStato', { id: d.seduta.id, stato: 'in_corso', motivo: 'Verifica' }));
    const reopened = expectOk(await backend.invoke('sedute.get', { id: d.seduta.id }));
    expect(reopened.chiusura).toBeNull();
    expect(reopened.punti[1]!.votazione!.esito).toMatchObject({ esito: 'respinta', regoleValideDal: '2026-01-01' });
  });

  test('a seduta cannot be held before its date, nor closed before it starts', async () => {
    const { backend } = open();
    const future = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2027-03-02', convocazioneData: null }));
    const early = await backend.invoke('sedute.setStato', { id: future.seduta.id, stato: 'in_corso' });
    expect(early.ok || early.error.message).toBe('La seduta non si apre né si chiude prima del giorno in cui è convocata.');
    const today = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2027-03-01', convocazioneData: null }));
    expectOk(await backend.invoke('sedute.setStato', { id: today.seduta.id, stato: 'in_corso' }));
    const beforeStart = await backend.invoke('sedute.setStato', { id: today.seduta.id, stato: 'chiusa', ora: '09:00' });
    expect(beforeStart.ok || beforeStart.error.fields).toEqual({ ora: "L'ora di chiusura precede l'inizio della seduta (10:30)." });
    for (const data of ['0001-01-01', '2023-02-31', '9999-12-31']) {
      const r = await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null });
      expect(r.ok || r.error.code, data).toBe('VALIDATION');
    }
  });

  test('agenda items reorder without gaps; attendance statistics per comune for the year', async () => {
    const { backend } = open();
    const d = await recordedSeduta(backend, '2026-03-03');
    const second = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-04-04', convocazioneData: null }));
    let detail = second;
    for (const titolo of ['Primo', 'Secondo', 'Terzo']) detail = expectOk(await backend.invoke('odg.add', { sedutaId: second.seduta.id, titolo, descrizione: '', relatore: '' }));
    detail = expectOk(await backend.invoke('odg.move', { id: detail.punti[2]!.id, direzione: 'su' }));
    expect(detail.punti.map((p) => `${p.posizione} ${p.titolo}`)).toEqual(['1 Primo', '2 Terzo', '3 Secondo']);
    detail = expectOk(await backend.invoke('odg.remove', { id: detail.punti[0]!.id }));
    expect(detail.punti.map((p) => `${p.posizione} ${p.titolo}`)).toEqual(['1 Terzo', '2 Secondo']);
    // The second seduta is only convocata: it has not been held, so it does not count.
    const stats = expectOk(await backend.invoke('statistiche.presenze', { organoId: 1, anno: 2026 }));
    expect(stats).toMatchObject({ anno: 2026, seduteTenute: 1, seduteConPresenze: 1 });
    const present = new Set(d.presenze.filter((p) => p.stato !== 'assente').map((p) => p.comune));
    for (const r of stats.righe) expect([r.comune, r.presenze, r.sedute]).toEqual([r.comune, present.has(r.comune) ? 1 : 0, 1]);
  });
});
