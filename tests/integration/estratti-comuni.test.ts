import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { Backend } from '../../main/backend';
import type { ChannelInput } from '../../shared/contract/channels';
import { concernsComune, estrattoComuneFileName } from '../../main/documents/estratto-comune';
import { deterministicZip } from '../../main/documents/zip';
import { formatDateIt } from '../../shared/italian';
import { expectOk, TEST_NOW, useTempBackend } from '../helpers/backend';
import { normalizeSpaces, pdfInfo, pdfPagesText } from '../helpers/pdf-text';
import { preflight } from '../helpers/pdfa-preflight';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { signedVerbale } from '../helpers/verbale-fixture';

const DATA = '2027-02-10';
const APOSTROPHE = "Sant'Arcangelo";
const text = (pdf: Buffer) => normalizeSpaces(pdfPagesText(pdf).join('\n'));
const decoded = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/**
 * 27 members, one of them named with an apostrophe (Teana leaves, Sant'Arcangelo joins), 20 of them present; Lauria by delegate arriving
 * late and voting against by name, Sant'Arcangelo by its Sindaco, Rotonda absent with justification; an open vote,
 * a secret ballot and a unanimous vote; closed, with its verbale drafted.
 */
async function closedSeduta(backend: Backend) {
  const comuni = expectOk(await backend.invoke('comuni.list', {}));
  const teana = comuni.find((c) => c.nome === 'Teana')!;
  expectOk(await backend.invoke('comuni.setActive', { id: teana.id, attivo: false }));
  expectOk(
    await backend.invoke('comuni.create', {
      nome: APOSTROPHE,
      codiceIstat: '099901',
      codiceCatastale: 'Z901',
      cap: '85037',
      provincia: 'PZ',
      popolazioneResidente: 6000,
      popolazioneData: '2026-01',
      popolazioneFonte: 'ANPR',
      popolazioneCensimento2011: null,
      sindacoNome: 'Vincenzo Parisi',
      sindacoEmail: '',
      sindacoPec: '',
      sindacoTelefono: '',
    }),
  );
  let d = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: DATA, convocazioneData: null }));
  const id = d.seduta.id;
  d = expectOk(await backend.invoke('odg.add', { sedutaId: id, titolo: 'Comunicazioni del Presidente', descrizione: '', relatore: '' }));
  d = expectOk(
    await backend.invoke('odg.add', {
      sedutaId: id,
      titolo: 'Centro diurno per anziani',
      descrizione: 'Contributo al comune di lauria per il centro diurno di via Roma.',
      relatore: '',
    }),
  );
  d = expectOk(await backend.invoke('odg.add', { sedutaId: id, titolo: 'Nomina del revisore del Piano', descrizione: '', relatore: '' }));
  d = expectOk(await backend.invoke('odg.add', { sedutaId: id, titolo: 'Calendario delle sedute', descrizione: '', relatore: '' }));
  const byName = (nome: string) => d.presenze.find((p) => p.comune === nome)!;
  const special: Record<string, Partial<ChannelInput<'presenze.set'>>> = {
    Lauria: { stato: 'delegato', nominativo: 'Anna Bianchi', qualifica: 'assessore', delegaRif: 'decreto sindacale n. 7 del 01/02/2027', oraIngresso: '10:40' },
    [APOSTROPHE]: { stato: 'sindaco', nominativo: 'Vincenzo Parisi' },
    Rotonda: { stato: 'assente_giustificato', nominativo: '' },
  };
  for (const p of d.presenze.slice(0, 20).concat(byName('Lauria'), byName(APOSTROPHE), byName('Rotonda'))) {
    const set = special[p.comune] ?? { nominativo: p.sindacoAttuale || `Sindaco di ${p.comune}` };
    d = expectOk(await backend.invoke('presenze.set', { sedutaId: id, comuneId: p.comuneId, stato: 'sindaco', nominativo: '', delegaRif: '', oraIngresso: null, oraUscita: null, ...set }));
  }
  const present = d.presenze.filter((p) => p.stato === 'sindaco' || p.stato === 'delegato');
  const voti = present.map((p) => ({ comuneId: p.comuneId, voto: p.comune === 'Lauria' ? 'contrario' : p.comune === 'Maratea' ? 'astenuto' : 'favorevole' }) as const);
  const [, centro, nomina, calendario] = d.punti;
  expectOk(await backend.invoke('votazioni.save', { puntoId: centro!.id, modalita: 'palese', ora: '11:00', voti, conteggi: null }));
  expectOk(await backend.invoke('votazioni.save', { puntoId: nomina!.id, modalita: 'segreta', ora: '11:30', conteggi: { favorevoli: 14, contrari: 5, astenuti: 1 } }));
  expectOk(await backend.invoke('votazioni.save', { puntoId: calendario!.id, modalita: 'unanimita', ora: '11:45' }));
  expectOk(await backend.invoke('sedute.setStato', { id, stato: 'in_corso' }));
  const closed = expectOk(await backend.invoke('sedute.setStato', { id, stato: 'chiusa', ora: '12:15' }));
  const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: id }));
  return { closed, verbale, teana };
}

describe('Estratti per comune', () => {
  const temp = useTempBackend();

  test("one comune's estratto: its attendance and its own vote, never another comune's vote nor a secret one", async () => {
    const { backend } = temp();
    const { closed, verbale } = await closedSeduta(backend);
    const lauria = closed.presenze.find((p) => p.comune === 'Lauria')!;
    const file = expectOk(await backend.invoke('documenti.estrattoComune', { sedutaId: closed.seduta.id, comuneId: lauria.comuneId }));
    expect(file).toMatchObject({ nomeFile: 'Estratto_seduta_2027-02-10_Lauria.pdf', mime: 'application/pdf' });
    const pdf = decoded(file);
    const t = text(pdf);

    expect(t).toContain('Estratto per il Comune di Lauria');
    expect(t).toContain(`Conferenza Istituzionale dei Sindaci – Seduta ordinaria del 10/02/2027, ore 10:30 – verbale n. ${verbale.numeroTesto}`);
    expect(t).toContain('Il Comune di Lauria è rappresentato dalla delegata Anna Bianchi, giusta decreto sindacale n. 7 del 01/02/2027.');
    expect(t).toContain('Qualifica del delegato: assessore. Ingresso alle ore 10:40.');
    // The open vote: Lauria's own vote, and the counts of all.
    expect(t).toContain(
      'Punto n. 2 – Centro diurno per anziani Votazione palese, per appello nominale. Voto del Comune di Lauria: contrario. ' +
        'Esito: approvata (favorevoli 18, contrari 1, astenuti 1).',
    );
    // Maratea abstained by name, everyone else voted in favour: neither vote shows in Lauria's estratto.
    expect(t).not.toMatch(/\b(astenuto|favorevole)\b/i);
    expect(occurrences(t, 'Maratea')).toBe(1); // the letterhead's list of comuni only
    // The secret ballot and the unanimous vote: the overall result only.
    expect(t).toContain(
      'Punto n. 3 – Nomina del revisore del Piano Votazione a scrutinio segreto: il voto dei singoli comuni non è noto. ' +
        'Il Comune di Lauria era presente al voto. Esito: approvata (favorevoli 14, contrari 5, astenuti 1).',
    );
    expect(t).toContain(
      "Punto n. 4 – Calendario delle sedute Votazione all'unanimità dei presenti. Il Comune di Lauria era presente al voto. Esito: approvata all'unanimità.",
    );
    expect(occurrences(t, 'Voto del Comune')).toBe(1);
    // The item that names Lauria (in lower case, in its description), with the rule stated; the others not.
    const concerning = t.slice(t.indexOf('Punti che riguardano il Comune'), t.indexOf('Verbale della seduta'));
    expect(concerning).toContain('Un punto riguarda il Comune quando il suo titolo o la sua descrizione ne riporta il nome');
    expect(concerning).toContain('2. Centro diurno per anziani Contributo al comune di lauria per il centro diurno di via Roma.');
    expect(concerning).not.toMatch(/Nomina|Calendario|Comunicazioni/);
    expect(t).toContain(`Verbale della seduta: n. ${verbale.numeroTesto}, in bozza.`);
    expect(t).toMatch(new RegExp(`non è l'atto: l'atto è il verbale n\\. ${verbale.numeroTesto.replace('/', '\\/')}\\.`));
    expect(t).toContain(closed.chiusura!.sha256);
    expect(pdfInfo(pdf).Title).toBe('Estratto per il Comune di Lauria – Conferenza Istituzionale dei Sindaci – Seduta ordinaria del 10/02/2027, ore 10:30');

    const report = preflight(pdf);
    expect(report.unexpected).toEqual([]);
    expect(report.errors.some((e) => e.startsWith('7.11.2'))).toBe(true);
  }, 60_000);

  test('an absent comune, and one named with an apostrophe present by its Sindaco', async () => {
    const { backend } = temp();
    const { closed } = await closedSeduta(backend);
    const of = async (nome: string) => {
      const comuneId = closed.presenze.find((p) => p.comune === nome)!.comuneId;
      const file = expectOk(await backend.invoke('documenti.estrattoComune', { sedutaId: closed.seduta.id, comuneId }));
      return { nomeFile: file.nomeFile, text: text(decoded(file)) };
    };
    const rotonda = await of('Rotonda');
    expect(rotonda.text).toContain('Il Comune di Rotonda è assente giustificato.');
    expect(rotonda.text).toContain('Votazione palese, per appello nominale. Il Comune di Rotonda non era presente al voto. Esito: approvata');
    expect(rotonda.text).toContain("Nessun punto all'ordine del giorno riporta il nome del Comune di Rotonda.");
    const santArcangelo = await of(APOSTROPHE);
    expect(santArcangelo.nomeFile).toBe("Estratto_seduta_2027-02-10_Sant'Arcangelo.pdf");
    expect(santArcangelo.text).toContain("Il Comune di Sant'Arcangelo è presente, rappresentato dal Sindaco Vincenzo Parisi.");
    expect(santArcangelo.text).toContain("Nessun orario di ingresso o di uscita registrato: presente per l'intera seduta.");
    expect(santArcangelo.text).toContain("Voto del Comune di Sant'Arcangelo: favorevole. Esito: approvata");
  }, 60_000);

  test('a signed verbale is named with its state and date; the estratto is still not the act', async () => {
    const { backend } = temp();
    const { seduta, verbale } = await signedVerbale(backend);
    expect(verbale.stato).toBe('firmato');
    const comune = seduta.presenze[0]!;
    const t = text(decoded(expectOk(await backend.invoke('documenti.estrattoComune', { sedutaId: seduta.seduta.id, comuneId: comune.comuneId }))));
    expect(t).toContain(`Verbale della seduta: n. ${verbale.numeroTesto}, firmato il ${formatDateIt(TEST_NOW.slice(0, 10))}.`);
    expect(t).toContain(`non è l'atto: l'atto è il verbale n. ${verbale.numeroTesto}.`);
  }, 60_000);

  test('all 27 in one ZIP: one valid PDF per member comune, named by comune; two exports byte-identical', async () => {
    const { backend } = temp();
    const { closed } = await closedSeduta(backend);
    const timed = async () => {
      const started = performance.now();
      const file = expectOk(await backend.invoke('documenti.estrattiComuniZip', { sedutaId: closed.seduta.id }));
      return { file, ms: Math.round(performance.now() - started) };
    };
    // The first export of this backend loads pdfkit and parses the fonts; the second finds them ready.
    const { file: first, ms: cold } = await timed();
    const { file: second, ms: warm } = await timed();
    console.info(`27 estratti per comune rendered and zipped in ${cold} ms (first export of the session), ${warm} ms (next)`);
    expect(first).toMatchObject({ nomeFile: 'Estratti_comuni_seduta_2027-02-10.zip', mime: 'application/zip' });
    expect(decoded(second).equals(decoded(first))).toBe(true);

    const zip = await JSZip.loadAsync(decoded(first));
    const names = Object.keys(zip.files);
    expect(names).toEqual(closed.presenze.map((p) => estrattoComuneFileName(DATA, p.comune)));
    expect(names).toHaveLength(27);
    expect(names).toContain("Estratto_seduta_2027-02-10_Sant'Arcangelo.pdf");
    expect(names).toContain('Estratto_seduta_2027-02-10_San_Costantino_Albanese.pdf');
    expect(names).not.toContain('Estratto_seduta_2027-02-10_Teana.pdf');
    for (const [i, name] of names.entries()) {
      const entry = zip.files[name]!;
      expect(entry.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
      const pdf = await entry.async('nodebuffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfInfo(pdf).Title).toContain(`Estratto per il Comune di ${closed.presenze[i]!.comune} –`);
    }
  }, 180_000);

  test('refused for a seduta not closed and for a comune that was not a member, with Italian messages', async () => {
    const { backend } = temp();
    const { closed, teana } = await closedSeduta(backend);
    const refusedComune = await backend.invoke('documenti.estrattoComune', { sedutaId: closed.seduta.id, comuneId: teana.id });
    expect(refusedComune.ok || refusedComune.error).toEqual({
      code: 'CONFLICT',
      message: 'Il Comune di Teana non era membro della Conferenza alla seduta del 10/02/2027: non ha un estratto.',
    });
    const unknown = await backend.invoke('documenti.estrattoComune', { sedutaId: closed.seduta.id, comuneId: 9999 });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'NOT_FOUND', message: 'Comune non trovato.' });

    const open = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data: '2027-02-20', convocazioneData: null })).seduta;
    const notClosed = 'Gli estratti per comune si formano a seduta chiusa: la seduta del 20/02/2027 non è ancora chiusa.';
    for (const result of [
      await backend.invoke('documenti.estrattoComune', { sedutaId: open.id, comuneId: closed.presenze[0]!.comuneId }),
      await backend.invoke('documenti.estrattiComuniZip', { sedutaId: open.id }),
    ]) {
      expect(result.ok || result.error).toEqual({ code: 'CONFLICT', message: notClosed });
    }

    // A historic seduta from the archive: closed, but with no attendance or votes recorded.
    const [storica] = expectOk(await backend.invoke('sedute.list', { organoId: 1, anno: 2018 }));
    const refusedStorica = await backend.invoke('documenti.estrattiComuniZip', { sedutaId: storica!.id });
    expect(refusedStorica.ok || refusedStorica.error).toEqual({
      code: 'CONFLICT',
      message: "Seduta storica registrata dall'archivio: presenze e votazioni non sono state digitalizzate, non ci sono estratti per comune.",
    });
  }, 60_000);
});

describe('Which items concern a comune', () => {
  test.each([
    ['Contributo al Comune di Lauria', 'Lauria', true],
    ['contributo al comune di LAURIA.', 'Lauria', true],
    ['Progetto per Lauriana', 'Lauria', false],
    ['Piano di Castelluccio Inferiore', 'Castelluccio Superiore', false],
    ['Sede a San  Costantino\nAlbanese', 'San Costantino Albanese', true],
    ['Fondi a Sant’Arcangelo', "Sant'Arcangelo", true],
    ['Comune di Città (prova)', 'Citta', true],
  ])('%j names %s: %s', (titolo, comune, expected) => {
    expect(concernsComune({ titolo, descrizione: '' }, comune)).toBe(expected);
  });
});

describe('Deterministic ZIP', () => {
  test('same entries, same bytes; a duplicate name refused', async () => {
    const entries = [
      { name: 'a.txt', data: 'uno' },
      { name: 'cartella/b.bin', data: Buffer.from([1, 2, 3]) },
    ];
    const a = await deterministicZip(entries);
    expect((await deterministicZip(entries)).equals(a)).toBe(true);
    const files = (await JSZip.loadAsync(a)).files;
    // No implicit "cartella/" entry, and no date of today.
    expect(Object.keys(files)).toEqual(['a.txt', 'cartella/b.bin']);
    expect(Object.values(files).map((f) => f.date.toISOString())).toEqual(['1980-01-01T00:00:00.000Z', '1980-01-01T00:00:00.000Z']);
    await expect(deterministicZip([...entries, { name: 'a.txt', data: 'due' }])).rejects.toThrow('Duplicate ZIP entry: a.txt');
  });

  test('a name with accents travels as UTF-8, flagged so (general purpose bit 11) for Windows and macOS tools', async () => {
    const name = 'Estratto_seduta_2027-02-10_Sant’Angelo_a_Città.pdf';
    const zip = await deterministicZip([{ name, data: 'x' }, { name: 'ascii.txt', data: 'y' }]);
    const flags = (entryName: string) => {
      const header = zip.indexOf(Buffer.from(entryName, 'utf8')) - 30;
      expect(zip.readUInt32LE(header)).toBe(0x04034b50); // the local file header's signature
      return zip.readUInt16LE(header + 6) & 0x0800;
    };
    expect(flags(name)).toBe(0x0800);
    expect(flags('ascii.txt')).toBe(0);
    expect(Object.keys((await JSZip.loadAsync(zip)).files)).toEqual([name, 'ascii.txt']);
  });
});
