import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { expectOk, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { closedSeduta, recordedSeduta, SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { exportedVerbale, signedVerbale } from '../helpers/verbale-fixture';

describe('registro dei verbali', () => {
  const open = useTempBackend();

  test('the historic verbali are registered; the numbers missing from the archive are shown as such', async () => {
    const registro = expectOk(await open().backend.invoke('verbali.registro', { organoId: 1, anno: 2018 }));
    expect(registro.anni).toEqual([2020, 2018, 2017, 2016]);
    expect(registro.righe.map((r) => [r.numeroTesto, r.inArchivio, r.verbale?.stato ?? null])).toEqual([
      ['01/2018', true, 'storico'],
      ['02/2018', false, null],
      ['03/2018', false, null],
      ['04/2018', false, null],
      ['05/2018', false, null],
      ['06/2018', true, 'storico'],
    ]);
    expect(registro.righe[5]!.verbale!.oggetto).toBe("Approvazione del Regolamento di funzionamento dell'Ufficio di Piano");
  });

  test('numbers follow the year of the seduta, are never reused, and an annulled one keeps its number', async () => {
    const { backend } = open();
    const create = async (data: string) => {
      const seduta = await closedSeduta(backend, data);
      return expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    };
    expect((await create('2026-03-02')).numeroTesto).toBe('01/2026');
    const second = await create('2026-05-04');
    expect(second.numeroTesto).toBe('02/2026');
    expectOk(await backend.invoke('verbali.annulla', { id: second.id, motivo: 'Seduta verbalizzata per errore' }));
    expect((await create('2026-06-08')).numeroTesto).toBe('03/2026');
    expect((await create('2027-01-15')).numeroTesto).toBe('01/2027');
    expect((await create('2018-10-01')).numeroTesto).toBe('07/2018');
    const registro = expectOk(await backend.invoke('verbali.registro', { organoId: 1, anno: 2026 }));
    expect(registro.righe.map((r) => `${r.numeroTesto} ${r.verbale?.stato}`)).toEqual(['01/2026 bozza', '02/2026 annullato', '03/2026 bozza']);
    expect(registro.righe[1]!.verbale!.annullatoMotivo).toBe('Seduta verbalizzata per errore');
  });

  test('a seduta has one verbale; a historic seduta none to create', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    const again = await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id });
    expect(again.ok || again.error).toMatchObject({ code: 'CONFLICT', message: 'La seduta ha già il verbale n. 01/2026.' });
    const historic = await backend.invoke('verbali.create', { sedutaId: 4 });
    expect(historic.ok || historic.error.code).toBe('CONFLICT');
  });
});

describe('bozza composta dalla seduta', () => {
  const open = useTempBackend();

  test('the draft carries the opening formula, presidency, presences, numero legale, items, vote and closing', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    const text = (chiave: string) => verbale.sezioni.find((s) => s.chiave === chiave)!.testo;
    expect(verbale.numeroTesto).toBe('01/2026');
    expect(verbale.oggetto).toBe('Comunicazioni del Presidente; Approvazione del Piano sociale di zona 2027');
    expect(text('apertura')).toBe(
      "L'anno duemilaventisei, addì dieci del mese di dicembre, alle ore 10:30, presso la sede dell'Ufficio di Piano, Contrada Anzoleconte, Viggianello, a seguito di convocazione prot. n. 1234, si è riunita in seduta ordinaria, in prima convocazione, la Conferenza Istituzionale dei Sindaci dell'Ambito Socio-Territoriale Lagonegrese Pollino.",
    );
    expect(text('presidenza')).toContain('Presiede la seduta il Presidente Antonio Rizzo, Sindaco del Comune capofila di Viggianello.');
    expect(text('numero_legale')).toBe(
      'Il Presidente, constatata la presenza di n. 15 comuni su 27, e quindi del numero legale richiesto di 14 in prima convocazione, dichiara aperta la seduta.',
    );
    const presenze = verbale.sezioni.find((s) => s.chiave === 'presenze')!.presenze!;
    expect(presenze).toHaveLength(27);
    expect(presenze.filter((r) => r.ruolo === 'Delegato (assessore)')).toHaveLength(2);
    expect(presenze.find((r) => r.comune === 'Viggianello')).toMatchObject({ presente: false, ruolo: 'Assente' });
    const punto = seduta.punti[1]!;
    const contrari = seduta.presenze.filter((p) => p.stato !== 'assente').slice(12, 14).map((p) => p.comune);
    const astenuto = seduta.presenze.filter((p) => p.stato !== 'assente')[14]!.comune;
    expect(text(`punto-${punto.id}-votazione`)).toBe(
      `Con votazione palese, presenti n. 15 comuni: favorevoli n. 12, contrari n. 2 (${contrari[0]} e ${contrari[1]}), astenuti n. 1 (${astenuto}). La proposta è approvata a maggioranza dei votanti.`,
    );
    expect(text(`punto-${punto.id}-dispositivo`)).toBe('LA CONFERENZA DELIBERA\ndi approvare il Piano sociale di zona 2027.');
    const [first, second] = seduta.presenze.slice(0, 2).map((p) => p.comune);
    expect(text('deleghe')).toBe(
      `Il Comune di ${first} è rappresentato dal delegato Delegato ${first}, assessore, giusta decreto sindacale n. 5 del 02/12/2026. ` +
        `Il Comune di ${second} è rappresentato dal delegato Delegato ${second}, assessore, giusta decreto sindacale n. 5 del 02/12/2026.`,
    );
    expect(text(`punto-${punto.id}-discussione`)).toBe('Relaziona la Dott.ssa Caterina Cerbino. Si illustra la proposta di Piano.');
    expect(text('chiusura')).toBe("Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta alle ore 12:15.");
  });

  test('regenerating asks before overwriting an edited part', async () => {
    const { backend } = open();
    const seduta = await recordedSeduta(backend);
    const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));
    const edited = expectOk(await backend.invoke('verbali.updateSezione', { id, chiave: 'presidenza', testo: 'Presiede il Vicepresidente.' }));
    expect(edited.sezioni.find((s) => s.chiave === 'presidenza')).toMatchObject({ testo: 'Presiede il Vicepresidente.', modificata: true });
    const refused = await backend.invoke('verbali.rigenera', { id, sovrascriviModifiche: false });
    expect(refused.ok || refused.error).toMatchObject({ code: 'CONFLICT', fields: { presidenza: 'Modificata' } });
    const regenerated = expectOk(await backend.invoke('verbali.rigenera', { id, sovrascriviModifiche: true }));
    expect(regenerated.sezioni.find((s) => s.chiave === 'presidenza')!.modificata).toBe(false);
  });

  test('a verbale left to be approved later is proposed as an item of the next seduta, and approved there', async () => {
    const { backend } = open();
    const first = await recordedSeduta(backend, '2026-10-05');
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: first.seduta.id }));
    const next = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2026-11-09', convocazioneData: null }));
    expect(next.punti.map((p) => [p.titolo, p.tipo, p.verbaleId])).toEqual([['Approvazione del verbale n. 01/2026', 'approvazione_verbale', verbale.id]]);
    const puntoId = next.punti[0]!.id;
    const early = await backend.invoke('verbali.approva', { id: verbale.id, puntoId });
    expect(early.ok || early.error.message).toBe('La seduta del 09/11/2026 non è ancora chiusa: il suo esito non è definitivo.');
    for (const p of next.presenze.slice(0, 14)) {
      const presenza = { stato: 'sindaco', nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null } as const;
      expectOk(await backend.invoke('presenze.set', { sedutaId: next.seduta.id, comuneId: p.comuneId, ...presenza }));
    }
    expectOk(await backend.invoke('votazioni.save', { puntoId, modalita: 'unanimita' }));
    expectOk(await backend.invoke('sedute.setStato', { id: next.seduta.id, stato: 'in_corso' }));
    expectOk(await backend.invoke('sedute.setStato', { id: next.seduta.id, stato: 'chiusa', ora: '11:00' }));
    const approved = expectOk(await backend.invoke('verbali.approva', { id: verbale.id, puntoId }));
    expect(approved).toMatchObject({ stato: 'approvato', approvatoIl: '2026-11-09', approvatoPunto: { titolo: 'Approvazione del verbale n. 01/2026' } });
  });
});

describe('ciclo di vita e firma', () => {
  const open = useTempBackend();

  test('bozza → approvato → esportato → firmato; approving twice, exporting a draft and editing an exported verbale are refused', async () => {
    const { backend, dbPath } = open();
    const seduta = await recordedSeduta(backend, undefined, { approvazione: true });
    const { id } = expectOk(await backend.invoke('verbali.create', { sedutaId: seduta.seduta.id }));

    const early = await backend.invoke('verbali.esporta', { id });
    expect(early.ok || early.error).toMatchObject({ code: 'CONFLICT', message: 'Si esporta per la firma solo un verbale approvato. (il verbale è in bozza).' });

    const puntoId = seduta.punti[2]!.id;
    expectOk(await backend.invoke('verbali.approva', { id, puntoId }));
    const twice = await backend.invoke('verbali.approva', { id, puntoId });
    expect(twice.ok || twice.error.code).toBe('CONFLICT');

    const exported = expectOk(await backend.invoke('verbali.esporta', { id }));
    expect(exported).toMatchObject({ stato: 'esportato', firmatoIl: null, approvatoIl: '2026-12-10', esportatoIl: '2027-03-01T09:00:00.000Z' });
    expect(exported.pdfSha256).toMatch(/^[0-9a-f]{64}$/);

    const before = snapshotDb(dbPath);
    const edit = await backend.invoke('verbali.updateSezione', { id, chiave: 'apertura', testo: 'Altro testo' });
    expect(edit.ok || edit.error.message).toContain('rettifica');
    const annul = await backend.invoke('verbali.annulla', { id, motivo: 'ripensamento' });
    expect(annul.ok || annul.error.code).toBe('CONFLICT');
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('the database itself refuses any change to a signed verbale, its text, or a deletion', async () => {
    const { backend, dbPath } = open();
    const { id } = (await exportedVerbale(backend)).verbale;
    const db = new Database(dbPath);
    try {
      for (const sql of [
        `UPDATE verbali SET oggetto = 'alterato' WHERE id = ${id}`,
        `UPDATE verbali SET stato = 'bozza' WHERE id = ${id}`,
        `DELETE FROM verbali WHERE id = ${id}`,
        `UPDATE verbale_sezioni SET testo = 'alterato' WHERE verbale_id = ${id}`,
        `DELETE FROM verbale_sezioni WHERE verbale_id = ${id}`,
        `INSERT INTO verbale_sezioni (verbale_id, posizione, chiave, testo, generato) VALUES (${id}, 99, 'extra', 'x', 'x')`,
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/non modificabile|non si elimina|esportato|non cambia/);
      }
    } finally {
      db.close();
    }
  });

  test('a correction after signing is a rettifica: a new numbered act linked to the original', async () => {
    const { backend } = open();
    const { id } = (await signedVerbale(backend)).verbale;
    const rettifica = expectOk(
      await backend.invoke('verbali.rettifica', { id, oggetto: 'Rettifica del nome di un delegato', testo: 'Al punto 2 il delegato è Mario Rossi.', data: '2026-12-20' }),
    );
    expect(rettifica).toMatchObject({ numeroTesto: '02/2026', stato: 'bozza', rettificaDi: { id, numeroTesto: '01/2026' } });
    // A draft rettifica is not yet in effect on the original.
    const original = expectOk(await backend.invoke('verbali.get', { id }));
    expect(original.rettifiche).toEqual([]);
    expect(original.rettificheInCorso).toEqual([{ id: rettifica.id, numeroTesto: '02/2026', stato: 'bozza' }]);
  });
});
