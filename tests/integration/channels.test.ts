import { describe, expect, test } from 'vitest';
import { channels, type Channel } from '../../shared/contract';
import { DEFAULT_RULES } from '../../shared/rules';
import { snapshotDb } from '../helpers/db-snapshot';
import { expectOk, useTempBackend, useWorkerBackend } from '../helpers/backend';

const contatti = { sindacoNome: 'Maria Rossi', sindacoEmail: '', sindacoPec: '', sindacoTelefono: '' };
const nuovoComune = {
  nome: 'Comune di Prova',
  codiceIstat: '076999',
  codiceCatastale: 'Z999',
  cap: '85000',
  provincia: 'PZ',
  popolazioneResidente: 1000,
  popolazioneData: '2026-01',
  popolazioneFonte: 'ANPR',
  popolazioneCensimento2011: null,
  ...contatti,
};
const seduta = {
  organoId: 1,
  tipo: 'ordinaria',
  data: '2026-12-10',
  oraInizio: '10:30',
  luogo: 'Viggianello, sala consiliare',
};
const ente = {
  nome: 'Ambito Socio-Territoriale Lagonegrese Pollino',
  sede: 'Contrada Anzoleconte, Viggianello',
  capofilaComuneId: 27,
  presidente: 'Antonio Rizzo',
  coordinatore: 'Dott.ssa Caterina Cerbino',
  segretarioVerbalizzante: '',
  pec: '',
  email: '',
};

/** Bad payloads for every channel: each must be refused with VALIDATION and change nothing. */
const BAD_INPUTS: Record<Channel, unknown[]> = {
  'app.info': [{ extra: 1 }, 'x'],
  'ente.get': [{ id: 1 }, [1]],
  'ente.update': [
    {},
    { ...ente, nome: '' },
    { ...ente, capofilaComuneId: -1 },
    { ...ente, presidente: 'Antonio 3' },
    { ...ente, pec: 'non-una-pec' },
    { ...ente, nome: 'x'.repeat(201) },
    { ...ente, extra: 'campo' },
  ],
  'organi.list': [{ attivo: true }],
  'comuni.list': [{ includeInactive: 'sì' }, 42],
  'comuni.get': [{}, { id: 0 }, { id: 1.5 }, { id: '1' }],
  'comuni.update': [
    { id: 1 },
    { id: 1, ...contatti, sindacoNome: 'Mario 123' },
    { id: 1, ...contatti, sindacoEmail: 'mario@' },
    { id: 1, ...contatti, sindacoPec: 'pec senza chiocciola' },
    { id: 1, ...contatti, sindacoTelefono: 'chiamami' },
    { id: 1, ...contatti, popolazioneResidente: 5 },
    { id: -3, ...contatti },
  ],
  'comuni.create': [
    { ...nuovoComune, codiceIstat: '76999' },
    { ...nuovoComune, codiceCatastale: '9999' },
    { ...nuovoComune, cap: 'ABCDE' },
    { ...nuovoComune, popolazioneResidente: -1 },
    { ...nuovoComune, popolazioneData: '01/2026' },
    { ...nuovoComune, nome: '   ' },
  ],
  'comuni.setActive': [{ id: 2 }, { id: 2, attivo: 'no' }],
  'regole.list': [{}, { organoId: 'uno' }],
  'regole.inForce': [{ organoId: 1 }, { organoId: 1, data: '31/12/2018' }, { organoId: 1, data: '2018-02-30' }],
  'regole.save': [
    { organoId: 1, valideDal: '2018-01-17', regole: { ...DEFAULT_RULES, quorumFirstCall: { kind: 'fraction', numerator: 1, denominator: 0, mode: 'moreThan' } } },
    { organoId: 1, valideDal: '2018-01-17', regole: { ...DEFAULT_RULES, tie: 'coin' } },
    { organoId: 1, valideDal: '2018-01-17', regole: { ...DEFAULT_RULES, noticeDaysOrdinary: -1 } },
    { organoId: 1, valideDal: 'ieri', regole: DEFAULT_RULES },
  ],
  'regole.remove': [{}, { id: 'x' }],
  'sedute.years': [{}],
  'sedute.list': [{ organoId: 1 }, { organoId: 1, anno: 1850 }, { organoId: 1, anno: 2018.5 }],
  'sedute.get': [{}, { id: -1 }],
  'sedute.create': [
    { ...seduta, tipo: 'segreta' },
    { ...seduta, data: '2026-13-01' },
    { ...seduta, oraInizio: '25:00' },
    { ...seduta, luogo: '' },
    { ...seduta, convocazioneData: '2026-12-20' },
    { ...seduta, primaConvocazione: '2026-12-10T10:00', secondaConvocazione: '2026-12-10T09:00' },
  ],
  'sedute.update': [{ ...seduta }, { ...seduta, id: 6, tipo: '' }],
  'sedute.setStato': [{ id: 6, stato: 'archiviata' }, { id: 6, stato: 'chiusa', ora: '9' }],
  'odg.add': [{ sedutaId: 6 }, { sedutaId: 6, titolo: ' ' }, { sedutaId: 6, titolo: 'x'.repeat(301) }],
  'odg.update': [{ id: 1, titolo: '' }],
  'odg.move': [{ id: 1, direzione: 'sinistra' }],
  'odg.remove': [{ id: 0 }],
  'presenze.set': [
    { sedutaId: 6, comuneId: 1, stato: 'presente' },
    { sedutaId: 6, comuneId: 1, stato: 'delegato', nominativo: 'Luigi Verdi' },
    { sedutaId: 6, comuneId: 1, stato: 'delegato', delegaRif: 'decreto n. 5' },
    { sedutaId: 6, comuneId: 1, stato: 'sindaco', oraIngresso: '11:00', oraUscita: '10:00' },
    { sedutaId: 6, comuneId: 1, stato: 'delegato', nominativo: 'Mario Rossi, vicesindaco', qualifica: 'vicesindaco', delegaRif: 'decreto n. 5' },
    { sedutaId: 6, comuneId: 1, stato: 'delegato', nominativo: 'Mario Rossi', qualifica: '', delegaRif: 'decreto n. 5' },
    { sedutaId: 6, comuneId: 1, stato: 'sindaco', nominativo: 'Mario Rossi', modalita: 'telefono' },
  ],
  'sedute.tuttiPresenti': [{}, { sedutaId: 0 }, { sedutaId: 6, stato: 'sindaco' }],
  'sedute.azzeraPresenze': [{}, { sedutaId: -1 }, { sedutaId: 6, stato: 'assente' }],
  'votazioni.save': [
    { puntoId: 1, modalita: 'alzata di mano' },
    { puntoId: 1, modalita: 'segreta' },
    { puntoId: 1, modalita: 'segreta', conteggi: { favorevoli: -1, contrari: 0, astenuti: 0 } },
    { puntoId: 1, modalita: 'unanimita', voti: [{ comuneId: 1, voto: 'favorevole' }] },
    { puntoId: 1, modalita: 'palese', voti: [{ comuneId: 1, voto: 'favorevole' }, { comuneId: 1, voto: 'contrario' }] },
    { puntoId: 1, modalita: 'palese', voti: [{ comuneId: 1, voto: 'forse' }] },
    { puntoId: 1, modalita: 'segreta', conteggi: { favorevoli: 1, contrari: 0, astenuti: 0, bianche: -1, nulle: 0 } },
    { puntoId: 1, tipo: 'elezione', modalita: 'palese', candidati: [{ nome: 'Anna Bianchi', voti: 3 }] },
    { puntoId: 1, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0 }, candidati: [] },
    { puntoId: 1, modalita: 'palese', candidati: [{ nome: 'Anna Bianchi', voti: 3 }] },
  ],
  'votazioni.remove': [{ id: 1 }],
  'statistiche.presenze': [{ organoId: 1 }],
  'verbali.registro': [{ organoId: 1 }, { organoId: 1, anno: '2018' }],
  'verbali.registroPagina': [{ organoId: 1, anno: 2018, da: 0 }, { organoId: 1, anno: 2018, limite: 501 }, { organoId: 1 }],
  'verbali.seduteConVerbale': [{ organoId: 1 }, { organoId: 1, anno: 1900 }],
  'verbali.elenco': [{}, { organoId: 0 }, { organoId: 1, anno: 2018 }],
  'verbali.get': [{}, { id: 'uno' }],
  'verbali.bySeduta': [{ id: 1 }],
  'verbali.create': [{}, { sedutaId: 0 }],
  'verbali.updateSezione': [{ id: 1, chiave: '' , testo: 'x' }, { id: 1, chiave: 'apertura', testo: 'x'.repeat(100_001) }],
  'verbali.rigenera': [{ id: 1 }],
  'verbali.approva': [{ id: 1, modo: 'stessa_seduta', puntoId: 1 }, { id: 1, puntoId: null }],
  'verbali.ritiraApprovazione': [{ id: 1 }, { id: 1, motivo: '' }],
  'verbali.esporta': [{}, { id: 1, firma: 'Mario Rossi' }],
  'verbali.firmaAutografa': [
    { id: 1, data: '2026-02-31', firmatari: ['Antonio Rizzo'], nomeFile: 'scan.pdf', base64: 'AAAA' },
    { id: 1, data: '2026-12-10', firmatari: [], nomeFile: 'scan.pdf', base64: 'AAAA' },
  ],
  'modifiche.elenco': [{ dal: '2026-02-30' }, { dal: '2026-12-10', al: '2026-12-01' }, { pagina: 0 }],
  'modifiche.csv': [{ entityId: 'uno' }],
  'modifiche.pdf': [{ extra: 1 }],
  'sessione.get': [{ nome: 'x' }],
  'sessione.operatore': [{ nome: '' }, {}],
  'operatori.aggiungi': [{ nome: '   ' }, { nome: 'x'.repeat(121) }],
  'operatori.rimuovi': [{ id: 0 }],
  'integrita.stato': [{ x: 1 }],
  'integrita.verifica': [{ completa: true }],
  'verbali.annulla': [{ id: 1, motivo: '' }],
  'verbali.rettifica': [{ id: 1, oggetto: 'Errore', testo: '', data: '2026-11-26' }, { id: 1, oggetto: 'Errore', testo: 'Testo', data: 'oggi' }],
  'verbali.pdf': [{ id: -1 }],
  'verbali.importaFirmato': [
    { id: 1, nomeFile: 'verbale.pdf.p7m', base64: '' },
    { id: 1, nomeFile: 'verbale.pdf.p7m', base64: 'non è base64!' },
    { id: 1, nomeFile: '', base64: 'AAAA' },
  ],
  'verbali.scaricaFirmato': [{ id: 1 }],
  'documenti.convocazione': [{}],
  'documenti.foglioPresenze': [{ sedutaId: 'prima' }],
  'documenti.convocazioneEml': [{ sedutaId: 0 }],
  'allegati.elenco': [{}, { owner: { tipo: 'seduta', id: 1 } }, { owner: { tipo: 'verbale', id: 0 } }],
  'allegati.aggiungi': [
    { owner: { tipo: 'punto', id: 1 }, descrizione: '', nomeFile: 'a.pdf', base64: 'JVBERi0x' },
    { owner: { tipo: 'punto', id: 1 }, descrizione: 'Piano', nomeFile: 'a.pdf', base64: '***' },
    { owner: { tipo: 'punto', id: 1 }, descrizione: 'Piano', nomeFile: 'a.pdf', base64: '', copiaCartacea: 'si' },
  ],
  'allegati.rimuovi': [{}, { id: 'x' }],
  'allegati.scarica': [{ id: -1 }, { id: 1, extra: true }],
  'documenti.estratto': [{ sedutaId: 1 }, { sedutaId: 1, puntoId: -2 }],
  'documenti.estrattoComune': [{ sedutaId: 1 }, { sedutaId: 1, comuneId: 'Lauria' }],
  'documenti.estrattiComuniZip': [{}, { sedutaId: 1, comuneId: 1 }],
  'documenti.verbaleDocx': [{ id: 'uno' }],
  'documenti.testoCoordinatoDocx': [{ id: 2 }, { id: 2, data: '31/12/2026' }],
  'documenti.statistichePdf': [{ organoId: 1, da: 2026, a: 2018 }],
  'documenti.statisticheCsv': [{ organoId: 1, da: 1950, a: 2026 }],
  'statistiche.periodo': [{ organoId: 1, da: 1995, a: 2030 }, { organoId: 1, da: 2018 }],
  'documenti.registro': [{ organoId: 1, anno: 99 }],
  'regolamenti.list': [{ titolo: 'x' }],
  'regolamenti.get': [{ id: 'tre' }],
  'regolamenti.vigente': [{ id: 2 }, { id: 2, data: '25/09/2020' }],
  'regolamenti.storiaArticolo': [{ id: 2, numero: '' }],
  'regolamenti.diff': [{ id: 2, versioneA: 1 }],
  'regolamenti.importa': [{ nomeFile: '', base64: 'AAAA' }, { nomeFile: 'regolamento.docx' }],
  'regolamenti.create': [
    { titolo: 'Regolamento', organoId: 1, tipo: 'regolamento', vigenteDal: '2026-01-01', verbaleId: null, puntoId: null, articoli: [] },
    {
      titolo: 'Regolamento',
      organoId: 1,
      tipo: 'delibera',
      vigenteDal: '2026-01-01',
      verbaleId: null,
      puntoId: null,
      articoli: [{ numero: '1', rubrica: '', testo: 'Testo' }],
    },
    {
      titolo: 'Regolamento',
      organoId: 1,
      tipo: 'regolamento',
      vigenteDal: '2026-01-01',
      verbaleId: null,
      puntoId: null,
      articoli: [
        { numero: '1', rubrica: '', testo: 'Uno' },
        { numero: '1', rubrica: '', testo: 'Di nuovo uno' },
      ],
    },
    { titolo: 'Regolamento', organoId: 1, tipo: 'regolamento', vigenteDal: '2026-01-01', verbaleId: null, puntoId: null, articoli: [{ numero: 'sei', rubrica: '', testo: 'Testo' }] },
  ],
  'regolamenti.aggiungiVersione': [
    { regolamentoId: 2, tipo: 'modifica', vigenteDal: '2026-01-01', verbaleId: null, puntoId: null, modifiche: [] },
    { regolamentoId: 2, tipo: 'modifica', vigenteDal: '2026-01-01', verbaleId: null, puntoId: null, modifiche: [{ tipo: 'sostituito', numero: '6', testo: '' }] },
    { regolamentoId: 2, tipo: 'riscrittura', vigenteDal: '2026-01-01', verbaleId: null, puntoId: null },
  ],
  'regolamenti.completaTesto': [{ versioneId: 1, articoli: [] }],
  'regolamenti.pdf': [{ id: 2, data: 'oggi' }],
  'ricerca.trova': [{ q: 'a' }, { q: 'città', tipi: ['delibere'] }],
  'percorso.pagina': [{ prima: { data: '2016', ord: 0, id: 1 } }, { prima: { data: '2016-01-01', ord: 3, id: 1 } }, { dopo: null }],
  'percorso.anni': [{ anno: 2016 }],
  'archivio.stato': [{ dettagli: true }],
  'archivio.copie': [{ cartella: '/tmp' }],
  'archivio.salva': [{ cartella: '/tmp' }, { percorso: 'C:\\' }],
  'archivio.importa': [{ file: '/etc/passwd' }],
  'archivio.ispeziona': [{}, { nome: '../conferenza.sqlite' }, { nome: '/etc/passwd' }, { nome: 'conferenza-copia-2026-12-01.sqlite/../../x' }],
  'archivio.ripristina': [{}, { nome: '../../conferenza-copia-2026-12-01.sqlite' }, { nome: 42 }],
  'archivio.controlla': [{ tabella: 'verbali' }],
  'archivio.operazione': [{}, { id: 7 }, { id: 'x'.repeat(65) }],
  'archivio.conservazione': [{ giornaliere: 7 }],
  'archivio.salvaConservazione': [{ giornaliere: 0, settimanali: 4 }, { giornaliere: 7, settimanali: -1 }, { giornaliere: 7.5, settimanali: 4 }, { giornaliere: 7 }],
  'pubblicazioni.elenco': [{ filtro: 'scadute' }, { filtro: 'tutte', extra: 1 }],
  'pubblicazioni.perVerbale': [{}, { verbaleId: 0 }],
  'pubblicazioni.anteprima': [{ atto: { tipo: 'verbale', verbaleId: 1 }, numero: 1, dal: '2027-01-10', omissis: [] }],
  'pubblicazioni.pubblica': [
    {},
    { atto: { tipo: 'verbale', verbaleId: 1 }, numero: 0, dal: '2027-01-10', al: '2027-01-24', omissis: [] },
    { atto: { tipo: 'estratto', verbaleId: 1 }, numero: 1, dal: '2027-01-10', al: '2027-01-24', omissis: [] },
    { atto: { tipo: 'verbale', verbaleId: 1 }, numero: 1, dal: '2027-02-30', al: '2027-03-20', omissis: [] },
    { atto: { tipo: 'verbale', verbaleId: 1 }, numero: 1, dal: '2027-01-10', al: '2027-01-24', omissis: ['x'] },
  ],
  'pubblicazioni.referto': [
    { id: 1, esito: 'con_note', note: '', firmatario: 'Caterina Cerbino', qualifica: 'Responsabile' },
    { id: 1, esito: 'forse', note: '', firmatario: 'Caterina Cerbino', qualifica: 'Responsabile' },
    { id: 1, esito: 'senza_opposizioni', note: '', firmatario: '', qualifica: 'Responsabile' },
  ],
  'pubblicazioni.scaricaCopia': [{ id: 0 }],
  'pubblicazioni.scaricaReferto': [{}],
  'metadati.verbale': [{}, { id: 0 }],
  'metadati.xml': [{ tipo: 'seduta', id: 1 }, { tipo: 'verbale', id: -1 }, { tipo: 'verbale', id: 1, extra: 1 }],
  'metadati.documento': [{ documento: 'verbale', id: 1 }, { documento: 'estratto', sedutaId: 1 }, { documento: 'testoCoordinato', id: 1, data: '2026-02-30' }, { documento: 'estrattoComune', sedutaId: 1, comuneId: 0 }],
  'versamenti.elenco': [{ extra: 1 }],
  'versamenti.crea': [{}, { selezione: { tipo: 'tutto' } }, { selezione: { tipo: 'anno', organoId: 1, anno: 1800 } }, { selezione: { tipo: 'verbale', id: 0 } }],
  'versamenti.scarica': [{}, { id: 'uno' }],
  'esportazione.archivio': [{ tutto: true }],
};

describe.each([
  ['in process', useTempBackend],
  ['through the backend thread', useWorkerBackend],
] as const)('every channel validates its input (%s)', (_transport, useBackend) => {
  const open = useBackend();

  test('every channel of the contract has bad-input cases here', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual(Object.keys(channels).sort());
  });

  test.each(Object.entries(BAD_INPUTS).flatMap(([channel, inputs]) => inputs.map((input) => [channel, input] as const)))(
    '%s refuses %j with a typed Italian error and changes nothing',
    async (channel, input) => {
      const { backend, dbPath } = open();
      const before = snapshotDb(dbPath);
      const result = await backend.handle(channel, input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(/non (è|sono) valid/);
      expect(Object.values(result.error.fields ?? {}).length).toBeGreaterThan(0);
      expect(snapshotDb(dbPath)).toEqual(before);
    },
  );

  test('an unknown channel is refused', async () => {
    const result = await open().backend.handle('comuni.drop', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Operazione sconosciuta.' } });
  });

  test('field messages are in Italian and name the problem', async () => {
    const result = await open().backend.handle('comuni.update', { id: 1, ...contatti, sindacoEmail: 'mario@' });
    expect(result.ok || result.error.fields).toEqual({ sindacoEmail: 'Indirizzo e-mail non valido (esempio: nome@comune.it)' });
  });
});

describe('comuni', () => {
  const open = useTempBackend();

  test("updating the mayor persists, trims, and records before/after in the audit log", async () => {
    const { backend, dbPath } = open();
    const lauria = expectOk(await backend.invoke('comuni.list', {})).find((c) => c.nome === 'Lauria')!;
    const updated = expectOk(
      await backend.invoke('comuni.update', {
        id: lauria.id,
        sindacoNome: '  Gianni Pittella ',
        sindacoEmail: 'sindaco@comune.lauria.pz.it',
        sindacoPec: 'protocollo@pec.comune.lauria.pz.it',
        sindacoTelefono: '0973 627111',
      }),
    );
    expect(updated).toMatchObject({ sindacoNome: 'Gianni Pittella', sindacoTelefono: '0973 627111', nome: 'Lauria' });
    expect(expectOk(await backend.invoke('comuni.get', { id: lauria.id })).sindacoNome).toBe('Gianni Pittella');
    const audit = snapshotDb(dbPath).audit_log!.map((row) => JSON.parse(row) as { entity: string; canale: string; modifiche: string });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'comune', canale: 'comuni.update' });
    expect(JSON.parse(audit[0]!.modifiche)).toEqual([
      expect.objectContaining({ table: 'comuni', op: 'update', key: { id: lauria.id }, changed: expect.objectContaining({ sindaco_nome: ['', 'Gianni Pittella'] }) }),
    ]);
  });

  test('an unknown comune is NOT_FOUND', async () => {
    const result = await open().backend.invoke('comuni.update', { id: 999, ...contatti });
    expect(result.ok || result.error.code).toBe('NOT_FOUND');
  });

  test('a new comune joins the list; a duplicate code is a conflict that changes nothing', async () => {
    const { backend, dbPath } = open();
    const created = expectOk(await backend.invoke('comuni.create', { ...nuovoComune, codiceCatastale: 'z999' }));
    expect(created).toMatchObject({ nome: 'Comune di Prova', codiceCatastale: 'Z999', attivo: true, capofila: false });
    expect(expectOk(await backend.invoke('comuni.list', {}))).toHaveLength(28);
    const before = snapshotDb(dbPath);
    const duplicate = await backend.invoke('comuni.create', { ...nuovoComune, nome: 'Altro', codiceIstat: '076097' });
    expect(duplicate.ok || duplicate.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Viggianello') });
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a deactivated comune leaves the list but keeps its data; it can come back', async () => {
    const { backend } = open();
    const noepoli = expectOk(await backend.invoke('comuni.list', {})).find((c) => c.nome === 'Noepoli')!;
    const off = expectOk(await backend.invoke('comuni.setActive', { id: noepoli.id, attivo: false }));
    expect(off.attivo).toBe(false);
    expect(off.disattivatoIl).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(expectOk(await backend.invoke('comuni.list', {}))).toHaveLength(26);
    const all = expectOk(await backend.invoke('comuni.list', { includeInactive: true }));
    expect(all.find((c) => c.id === noepoli.id)).toMatchObject({ nome: 'Noepoli', codiceIstat: '076055', attivo: false });
    expect(expectOk(await backend.invoke('comuni.setActive', { id: noepoli.id, attivo: true }))).toMatchObject({ attivo: true, disattivatoIl: null });
  });

  test('the capofila cannot be deactivated', async () => {
    const { backend, dbPath } = open();
    const before = snapshotDb(dbPath);
    const result = await backend.invoke('comuni.setActive', { id: 27, attivo: false });
    expect(result.ok || result.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('capofila') });
    expect(snapshotDb(dbPath)).toEqual(before);
  });
});

describe('ente', () => {
  const open = useTempBackend();

  test('updating the ente persists and moves the capofila flag', async () => {
    const { backend } = open();
    const lauria = expectOk(await backend.invoke('comuni.list', {})).find((c) => c.nome === 'Lauria')!;
    const updated = expectOk(
      await backend.invoke('ente.update', { ...ente, capofilaComuneId: lauria.id, segretarioVerbalizzante: "Dott. Luca D'Amico", pec: 'udp@pec.it' }),
    );
    expect(updated).toMatchObject({ capofilaNome: 'Lauria', segretarioVerbalizzante: "Dott. Luca D'Amico", pec: 'udp@pec.it' });
    const capofila = expectOk(await backend.invoke('comuni.list', {})).filter((c) => c.capofila).map((c) => c.nome);
    expect(capofila).toEqual(['Lauria']);
  });

  test('an inactive or unknown comune cannot become capofila', async () => {
    const { backend, dbPath } = open();
    expectOk(await backend.invoke('comuni.setActive', { id: 5, attivo: false }));
    const before = snapshotDb(dbPath);
    for (const capofilaComuneId of [5, 999]) {
      const result = await backend.invoke('ente.update', { ...ente, capofilaComuneId });
      expect(result.ok || result.error).toMatchObject({ code: 'CONFLICT', fields: { capofilaComuneId: 'Scegliere un comune attivo' } });
    }
    expect(snapshotDb(dbPath)).toEqual(before);
  });
});
