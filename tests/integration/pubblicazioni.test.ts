import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import type { Clock } from '../../shared/clock';
import type { ChannelInput } from '../../shared/contract';
import { expectOk, TEST_NOW, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { preflight, preflightAvailable } from '../helpers/pdfa-preflight';
import { exportedVerbale, signedVerbale } from '../helpers/verbale-fixture';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const pdfText = (base64: string) => normalizeSpaces(pdfPagesText(Buffer.from(base64, 'base64')).join(' '));

/** A clock the test moves forward, as days pass for the office. */
function movableClock(start = TEST_NOW) {
  let now = start;
  const clock: Clock = { now: () => new Date(now) };
  return { clock, setNow: (iso: string) => void (now = iso) };
}

type Pubblica = ChannelInput<'pubblicazioni.pubblica'>;

/** Signed on the test clock's today (01/03/2027); the delegate of the first comune present is the personal datum to omit. */
async function signed(backend: Pick<Backend, 'invoke'>, data?: string, firmaIl?: string) {
  const { seduta, verbale } = await signedVerbale(backend, data, firmaIl);
  const delegato = seduta.presenze.find((p) => p.stato === 'delegato')!.nominativo;
  return { seduta, verbale, delegato };
}

const REFERTO = { esito: 'senza_opposizioni', note: '', firmatario: 'Caterina Cerbino', qualifica: 'La Responsabile della pubblicazione' } as const;

describe('pubblicazioni all’albo pretorio', () => {
  const time = movableClock();
  const open = useTempBackend(time.clock);

  test('a signed verbale is published with its copy as PDF/A: every occurrence of the marked passages is «omissis», the copy stored with its SHA-256', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale, delegato } = await signed(backend);
    expectOk(await backend.invoke('operatori.aggiungi', { nome: 'Maria Albo' }));
    expectOk(await backend.invoke('sessione.operatore', { nome: 'Maria Albo' }));
    const before = pdfText(expectOk(await backend.invoke('verbali.pdf', { id: verbale.id })).base64);
    expect(before).toContain(delegato);
    expect(before).toContain('decreto sindacale n. 5 del 02/12/2026');

    const richiesta: Pubblica = {
      atto: { tipo: 'verbale', verbaleId: verbale.id },
      numero: 7,
      dal: '2027-03-01',
      al: '2027-03-15',
      omissis: [delegato.toUpperCase(), 'decreto sindacale n. 5'],
    };
    // The preview: the same copy, marked, and nothing recorded.
    const snapshot = snapshotDb(dbPath);
    const anteprima = expectOk(await backend.invoke('pubblicazioni.anteprima', richiesta));
    expect(anteprima.nomeFile).toBe('Albo_7_2027_anteprima.pdf');
    const anteprimaText = pdfText(anteprima.base64);
    expect(anteprimaText).toContain('ANTEPRIMA – pubblicazione non ancora registrata: non è la copia da pubblicare');
    expect(anteprimaText).not.toContain(delegato);
    expect(snapshotDb(dbPath)).toEqual(snapshot);

    const p = expectOk(await backend.invoke('pubblicazioni.pubblica', richiesta));
    expect(p).toMatchObject({ numeroTesto: '7/2027', dal: '2027-03-01', al: '2027-03-15', giorni: 15, pubblicatoDa: 'Maria Albo', stato: 'in_corso', referto: null });
    expect(p.atto).toBe(`Verbale n. ${verbale.numeroTesto}`);
    expect(p.pubblicatoIl).toBe(TEST_NOW);

    const file = expectOk(await backend.invoke('pubblicazioni.scaricaCopia', { id: p.id }));
    const bytes = Buffer.from(file.base64, 'base64');
    expect(file.nomeFile).toBe('Albo_7_2027_copia.pdf');
    expect(sha256(bytes)).toBe(p.copiaSha256);
    const text = pdfText(file.base64);
    expect(text).toContain("COPIA PER LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE");
    expect(text).not.toContain('ANTEPRIMA');
    expect(text).toContain("Dati personali omessi (omissis) ai sensi del Regolamento (UE) 2016/679 e dell'art. 7-bis, comma 4, del D.Lgs. 14 marzo 2013, n. 33.");
    expect(text).toContain("Pubblicazione n. 7/2027 del registro dell'albo pretorio, dal 01/03/2027 al 15/03/2027.");
    expect(text).toContain(`VERBALE N. ${verbale.numeroTesto}`);
    expect(text).not.toContain(delegato);
    expect(text).not.toContain('decreto sindacale n. 5');
    // The delegate's name in the attendance table and the delegation act in the text, each replaced.
    expect(text.match(/omissis/g)!.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('omissis del 02/12/2026');
    expect(text).toContain('Il Presidente: F.to Antonio Rizzo');
    expect(text).toContain("L'originale, sottoscritto con firma autografa il 01/03/2027, è conservato agli atti dell'Ufficio di Piano.");
    if (preflightAvailable()) expect(preflight(bytes).unexpected).toEqual([]);

    // Stored, not rendered again: the same bytes however often it is downloaded.
    expect(expectOk(await backend.invoke('pubblicazioni.scaricaCopia', { id: p.id })).base64).toBe(file.base64);
    const perVerbale = expectOk(await backend.invoke('pubblicazioni.perVerbale', { verbaleId: verbale.id }));
    expect(perVerbale.pubblicazioni.map((x) => x.id)).toEqual([p.id]);
    expect(perVerbale.nonPubblicabile).toBeNull();
    expect(expectOk(await backend.invoke('pubblicazioni.elenco', { filtro: 'in_corso' })).map((x) => x.id)).toEqual([p.id]);
    expect(expectOk(await backend.invoke('pubblicazioni.elenco', { filtro: 'concluse' }))).toEqual([]);
    // In the Registro delle modifiche, by its Italian name, with the operator and the row written.
    const [voce] = expectOk(await backend.invoke('modifiche.elenco', { canale: 'pubblicazioni.pubblica' })).righe;
    expect(voce).toMatchObject({ azione: "Pubblicazione all'albo pretorio registrata", operatore: 'Maria Albo', entity: 'pubblicazione', entityId: p.id });
    expect(voce!.modifiche).toEqual([expect.objectContaining({ table: 'pubblicazioni', op: 'insert' }), expect.objectContaining({ table: 'metadati', op: 'insert' })]);
    // The published copy's AgID metadata, recorded with it: its fingerprint, the operator, and no omitted passage.
    const [metadato] = expectOk(await backend.invoke('modifiche.elenco', { canale: 'pubblicazioni.pubblica' })).righe[0]!.modifiche.filter((m) => m.table === 'metadati');
    const xml = String(metadato!.row!.xml);
    expect(xml).toContain('<Identificativo>ALBO-2027-7-COPIA</Identificativo>');
    expect(xml).toContain(Buffer.from(p.copiaSha256, 'hex').toString('base64'));
    expect(xml).toMatch(/<Operatore>\s*<TipoRuolo>Operatore che ha registrato il documento<\/TipoRuolo>\s*<PF>\s*<Cognome>Albo<\/Cognome>\s*<Nome>Maria<\/Nome>/);
    for (const passage of [delegato, 'decreto sindacale n. 5']) expect(xml.toLowerCase()).not.toContain(passage.toLowerCase());
    expect(expectOk(await backend.invoke('integrita.verifica', {})).integra).toBe(true);
  });

  test('the estratto of one agenda item is published with that item only', async () => {
    time.setNow(TEST_NOW);
    const { backend } = open();
    const { seduta, verbale } = await signed(backend);
    const punto = seduta.punti[1]!;
    const p = expectOk(
      await backend.invoke('pubblicazioni.pubblica', {
        atto: { tipo: 'estratto', verbaleId: verbale.id, puntoId: punto.id },
        numero: 8,
        dal: '2027-03-02',
        al: '2027-03-20',
        omissis: ['Caterina Cerbino'],
      }),
    );
    expect(p).toMatchObject({ atto: `Estratto del verbale n. ${verbale.numeroTesto} – punto n. 2`, oggetto: punto.titolo, giorni: 19, puntoId: punto.id });
    const text = pdfText(expectOk(await backend.invoke('pubblicazioni.scaricaCopia', { id: p.id })).base64);
    expect(text).toContain(`ESTRATTO DEL VERBALE N. ${verbale.numeroTesto}`);
    expect(text).toContain(punto.titolo);
    expect(text).not.toContain(seduta.punti[0]!.titolo);
    expect(text).not.toContain('Caterina Cerbino');
    expect(text).toContain('omissis');
  });

  test('refusals, each at its field with an Italian message, changing nothing', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale, delegato } = await signed(backend);
    const base: Pubblica = { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 3, dal: '2027-03-01', al: '2027-03-15', omissis: [delegato] };
    expectOk(await backend.invoke('pubblicazioni.pubblica', base));
    const before = snapshotDb(dbPath);
    const refusal = async (input: Pubblica) => {
      const result = await backend.invoke('pubblicazioni.pubblica', input);
      return result.ok ? null : { code: result.error.code, message: result.error.message, fields: result.error.fields };
    };

    expect(await refusal({ ...base, numero: 4, al: '2027-03-14' })).toEqual({
      code: 'VALIDATION',
      message: "La pubblicazione all'albo dura almeno 15 giorni consecutivi (art. 124 del TUEL): iniziando il 01/03/2027 termina non prima del 15/03/2027.",
      fields: { al: "La pubblicazione all'albo dura almeno 15 giorni consecutivi (art. 124 del TUEL): iniziando il 01/03/2027 termina non prima del 15/03/2027." },
    });
    expect((await refusal({ ...base, numero: 4, dal: '2027-02-28', al: '2027-03-20' }))?.fields).toEqual({
      dal: "La pubblicazione non può iniziare prima della firma dell'atto (01/03/2027).",
    });
    expect((await refusal({ ...base, numero: 4, dal: '2027-04-15', al: '2027-04-29' }))?.fields?.dal).toBe(
      'La pubblicazione si registra al più 30 giorni prima del suo inizio: il 15/04/2027 è troppo avanti.',
    );
    expect((await refusal({ ...base, dal: '2027-03-05', al: '2027-03-19' }))?.fields).toEqual({
      numero: "Il numero 3/2027 del registro dell'albo è già usato da un'altra pubblicazione.",
    });
    expect((await refusal({ ...base, numero: 4, omissis: [delegato, 'Mario Rossi'] }))?.fields).toEqual({
      omissis: "Questo passaggio non compare nel testo dell'atto: «Mario Rossi». Correggerlo o toglierlo dall'elenco.",
    });
    // A passage is a whole word: "Delegat" is not in the text as such.
    expect((await refusal({ ...base, numero: 4, omissis: [delegato.slice(0, 7)] }))?.fields?.omissis).toContain(delegato.slice(0, 7));
    expect(snapshotDb(dbPath)).toEqual(before);

    const { verbale: esportato } = await exportedVerbale(backend, '2026-12-11');
    const unsigned = await refusal({ ...base, numero: 5, atto: { tipo: 'verbale', verbaleId: esportato.id }, omissis: [] });
    expect(unsigned).toEqual({ code: 'CONFLICT', message: `Si pubblica all'albo un verbale firmato: il verbale n. ${esportato.numeroTesto} è esportato per la firma.`, fields: undefined });
    expect(expectOk(await backend.invoke('pubblicazioni.perVerbale', { verbaleId: esportato.id })).nonPubblicabile).toBe(unsigned!.message);
  });

  test('fifteen days counted from the first day, across the end of the year; the register number belongs to the year of the first day', async () => {
    time.setNow('2027-12-20T09:00:00.000Z');
    const { backend } = open();
    const { verbale } = await signed(backend, '2027-12-10', '2027-12-20');
    const atto = { tipo: 'verbale', verbaleId: verbale.id } as const;
    const short = await backend.invoke('pubblicazioni.pubblica', { atto, numero: 1, dal: '2027-12-25', al: '2028-01-07', omissis: [] });
    expect(short.ok ? null : short.error.fields?.al).toContain('iniziando il 25/12/2027 termina non prima del 08/01/2028');
    const p = expectOk(await backend.invoke('pubblicazioni.pubblica', { atto, numero: 1, dal: '2027-12-25', al: '2028-01-08', omissis: [] }));
    expect(p).toMatchObject({ numeroTesto: '1/2027', giorni: 15, stato: 'programmata' });
    // Number 1 again, in the next year's register.
    expect(expectOk(await backend.invoke('pubblicazioni.pubblica', { atto, numero: 1, dal: '2028-01-02', al: '2028-01-16', omissis: [] })).numeroTesto).toBe('1/2028');
    const text = pdfText(expectOk(await backend.invoke('pubblicazioni.scaricaCopia', { id: p.id })).base64);
    expect(text).toContain('dal 25/12/2027 al 08/01/2028');
    expect(text).not.toContain('Dati personali omessi');
  });

  test('the referto only once the period has ended, as PDF/A with the dates, stored once with its SHA-256', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signed(backend);
    const p = expectOk(
      await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 12, dal: '2027-03-01', al: '2027-03-15', omissis: [] }),
    );
    time.setNow('2027-03-15T21:00:00.000Z'); // 22:00 in Italy: still the last day
    const early = await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO });
    expect(early.ok ? null : [early.error.code, early.error.message]).toEqual([
      'CONFLICT',
      'La pubblicazione n. 12/2027 termina il 15/03/2027: il referto si emette a periodo concluso, dal 16/03/2027.',
    ]);
    expect(expectOk(await backend.invoke('pubblicazioni.elenco', { filtro: 'in_corso' })).map((x) => x.id)).toEqual([p.id]);
    const none = await backend.invoke('pubblicazioni.scaricaReferto', { id: p.id });
    const missing = await backend.invoke('pubblicazioni.scaricaCopia', { id: p.id + 100 });
    expect(missing.ok || [missing.error.code, missing.error.message]).toEqual(['NOT_FOUND', 'Pubblicazione non trovata.']);
    expect(none.ok || none.error.message).toBe('Il referto della pubblicazione n. 12/2027 non è ancora stato emesso.');

    time.setNow('2027-03-15T23:30:00.000Z'); // 00:30 of the 16th in Italy
    expect(expectOk(await backend.invoke('pubblicazioni.elenco', { filtro: 'concluse' })).map((x) => [x.id, x.stato])).toEqual([[p.id, 'conclusa']]);
    const done = expectOk(await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO }));
    expect(done.stato).toBe('refertata');
    expect(done.referto).toMatchObject({ il: '2027-03-16', esito: 'senza_opposizioni', firmatario: 'Caterina Cerbino' });
    const file = expectOk(await backend.invoke('pubblicazioni.scaricaReferto', { id: p.id }));
    const bytes = Buffer.from(file.base64, 'base64');
    expect(sha256(bytes)).toBe(done.referto!.sha256);
    const text = pdfText(file.base64);
    expect(text).toContain('REFERTO DI PUBBLICAZIONE');
    expect(text).toContain(
      `Si certifica che il verbale n. ${verbale.numeroTesto} della Conferenza Istituzionale dei Sindaci, avente per oggetto «${verbale.oggetto}», è stato pubblicato all'albo pretorio on line del Comune di Viggianello`,
    );
    expect(text).toContain('dal 01/03/2027 al 15/03/2027 per 15 giorni consecutivi, al n. 12/2027 del registro delle pubblicazioni');
    expect(text).toContain('Durante il periodo di pubblicazione non sono pervenuti opposizioni o reclami.');
    expect(text).toContain(`Impronta SHA-256 della copia pubblicata: ${p.copiaSha256}`);
    expect(text).toContain('Viggianello, 16 marzo 2027');
    expect(text).toContain('La Responsabile della pubblicazione');
    if (preflightAvailable()) expect(preflight(bytes).unexpected).toEqual([]);

    // Its AgID metadata, recorded with it: identifier and fingerprint, the albo's register, who signs, the verbale it concerns.
    const db = new Database(dbPath, { readonly: true });
    const metadati = db.prepare("SELECT identificativo, sha256, xml FROM metadati WHERE tipo = 'referto' AND riferimento_id = ?").all(p.id) as { identificativo: string; sha256: string; xml: string }[];
    db.close();
    expect(metadati.map((m) => [m.identificativo, m.sha256])).toEqual([['ALBO-2027-12-REFERTO', done.referto!.sha256]]);
    expect(metadati[0]!.xml).toContain(Buffer.from(done.referto!.sha256, 'hex').toString('base64'));
    expect(metadati[0]!.xml).toMatch(/Registro delle pubblicazioni dell(&apos;|')albo pretorio 2027 – Comune di Viggianello/);
    expect(metadati[0]!.xml).toContain('La Responsabile della pubblicazione');
    expect(metadati[0]!.xml).toContain(`VERBALE-2026-${String(verbale.numero).padStart(2, '0')}`);

    const again = await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO, esito: 'con_note', note: 'Un reclamo.' });
    expect(again.ok || again.error.message).toBe('Il referto della pubblicazione n. 12/2027 è già stato emesso il 16/03/2027.');
    expect(expectOk(await backend.invoke('pubblicazioni.scaricaReferto', { id: p.id })).base64).toBe(file.base64);
    expect(expectOk(await backend.invoke('integrita.verifica', {})).integra).toBe(true);
  });

  test('a referto with the opposizioni received prints them', async () => {
    time.setNow(TEST_NOW);
    const { backend } = open();
    const { verbale } = await signed(backend);
    const p = expectOk(
      await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 2, dal: '2027-03-01', al: '2027-03-20', omissis: [] }),
    );
    time.setNow('2027-04-02T09:00:00.000Z');
    const noNote = await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO, esito: 'con_note', note: '  ' });
    expect(noNote.ok || noNote.error.fields).toEqual({ note: 'Indicare le opposizioni o i reclami pervenuti' });
    const done = expectOk(
      await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO, esito: 'con_note', note: 'Reclamo del Comune di Rotonda, prot. n. 88 del 10/03/2027.' }),
    );
    const text = pdfText(expectOk(await backend.invoke('pubblicazioni.scaricaReferto', { id: p.id })).base64);
    expect(done.referto?.note).toBe('Reclamo del Comune di Rotonda, prot. n. 88 del 10/03/2027.');
    expect(text).toContain('per 20 giorni consecutivi');
    expect(text).toContain('Durante il periodo di pubblicazione è pervenuto quanto segue: Reclamo del Comune di Rotonda, prot. n. 88 del 10/03/2027.');
  });

  test('the archive itself refuses changing, deleting or replacing a publication; the referto is set once', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signed(backend);
    const p = expectOk(
      await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 5, dal: '2027-03-01', al: '2027-03-15', omissis: [] }),
    );
    const db = new Database(dbPath);
    try {
      expect(() => db.prepare("UPDATE pubblicazioni SET al = '2027-03-30' WHERE id = ?").run(p.id)).toThrow(/non si modifica/);
      expect(() => db.prepare('UPDATE pubblicazioni SET numero = 6 WHERE id = ?').run(p.id)).toThrow(/non si modifica/);
      expect(() => db.prepare("UPDATE pubblicazioni SET copia = x'00', copia_sha256 = ? WHERE id = ?").run('0'.repeat(64), p.id)).toThrow(/non si modifica/);
      expect(() => db.prepare('DELETE FROM pubblicazioni WHERE id = ?').run(p.id)).toThrow(/non si elimina/);
      expect(() =>
        db.prepare(`INSERT OR REPLACE INTO pubblicazioni (verbale_id, anno, numero, dal, al, oggetto, omissis, copia, copia_sha256, pubblicato_da, pubblicato_il)
          VALUES (?, 2027, 5, '2027-03-01', '2027-03-15', 'x', '[]', x'00', ?, 'x', 'x')`).run(verbale.id, '0'.repeat(64)),
      ).toThrow(/non si sostituisce/);
      // The same checks hold against a direct insert: fifteen days, a signed act, from its signing day.
      const insert = (dal: string, al: string, verbaleId = verbale.id, il = '2027-03-01T10:00:00.000Z') =>
        db.prepare(`INSERT INTO pubblicazioni (verbale_id, anno, numero, dal, al, oggetto, omissis, copia, copia_sha256, pubblicato_da, pubblicato_il)
          VALUES (?, CAST(substr(?, 1, 4) AS INTEGER), 99, ?, ?, 'x', '[]', x'00', ?, 'x', ?)`).run(verbaleId, dal, dal, al, '0'.repeat(64), il);
      expect(() => insert('2027-03-01', '2027-03-14')).toThrow(/CHECK constraint/);
      // date() gives NULL past 9999-12-31: a NULL CHECK would let a two-day publication through.
      expect(() => insert('9999-12-25', '9999-12-26')).toThrow(/CHECK constraint/);
      expect(() => insert('2027-03-01', '2027-03-15', verbale.id, 'ieri')).toThrow(/CHECK constraint/);
      expect(() =>
        db.prepare(`INSERT INTO pubblicazioni (verbale_id, anno, numero, dal, al, oggetto, omissis, copia, copia_sha256, pubblicato_da, pubblicato_il)
          VALUES (?, 2027, 'dodici', '2027-03-01', '2027-03-15', 'x', '[]', x'00', ?, 'x', '2027-03-01T10:00:00.000Z')`).run(verbale.id, '0'.repeat(64)),
      ).toThrow(/CHECK constraint/);
      expect(() => insert('2027-02-20', '2027-03-14')).toThrow(/dal giorno della firma/);
      const referto = (il: string) =>
        db.prepare(`UPDATE pubblicazioni SET referto = x'01', referto_sha256 = ?, referto_il = ?, referto_da = 'x', referto_esito = 'senza_opposizioni',
          referto_note = '', referto_firmatario = 'x', referto_qualifica = 'x' WHERE id = ?`).run('1'.repeat(64), il, p.id);
      expect(() => referto('2027-03-15')).toThrow(/CHECK constraint/);
      referto('2027-03-16');
      expect(() => referto('2027-03-17')).toThrow(/non si modifica/);
    } finally {
      db.close();
    }
  });

  test('a stored copy or referto altered with the triggers dropped is reported by the integrity check, naming the publication', async () => {
    time.setNow(TEST_NOW);
    const { backend, dbPath } = open();
    const { verbale } = await signed(backend);
    const p = expectOk(
      await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 9, dal: '2027-03-01', al: '2027-03-15', omissis: [] }),
    );
    time.setNow('2027-03-20T09:00:00.000Z');
    expectOk(await backend.invoke('pubblicazioni.referto', { id: p.id, ...REFERTO }));
    const db = new Database(dbPath);
    db.exec('DROP TRIGGER pubblicazioni_frozen;');
    db.exec("UPDATE pubblicazioni SET copia = x'2550444600', referto = x'2550444601'");
    db.close();
    const messaggi = expectOk(await backend.invoke('integrita.verifica', {})).anomalie.map((a) => a.messaggio);
    expect(messaggi).toContain("La copia pubblicata della pubblicazione all'albo n. 9/2027 è stata alterata fuori dall'applicazione: non corrisponde alla sua impronta SHA-256.");
    expect(messaggi).toContain("Il referto della pubblicazione all'albo n. 9/2027 è stato alterato fuori dall'applicazione: non corrisponde alla sua impronta SHA-256.");
  });
});
