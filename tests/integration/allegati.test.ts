import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { expectOk, fixedClock, useTempBackend } from '../helpers/backend';
import { snapshotDb } from '../helpers/db-snapshot';
import { normalizeSpaces, pdfPagesText } from '../helpers/pdf-text';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';
import { approvedVerbale, convenzioneOf } from '../helpers/verbale-fixture';

const PIANO = Buffer.concat([Buffer.from('%PDF-1.7\n% Piano sociale di zona 2027\n'), Buffer.alloc(3000, 0x20), Buffer.from('\n%%EOF\n')]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const aggiungi = (owner: { tipo: 'punto' | 'verbale' | 'versione'; id: number }, file: Buffer, nomeFile = 'piano.pdf', extra = {}) => ({
  owner,
  descrizione: 'Piano sociale di zona 2027',
  nomeFile,
  base64: file.toString('base64'),
  ...extra,
});

describe('allegati', () => {
  const open = useTempBackend();

  test('stores hash, size and type; downloads byte for byte; lettered per act', async () => {
    const { backend } = open();
    const { verbale } = await approvedVerbale(backend);
    const owner = { tipo: 'verbale', id: verbale.id } as const;
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expectOk(await backend.invoke('allegati.aggiungi', aggiungi(owner, PIANO)));
    const elenco = expectOk(await backend.invoke('allegati.aggiungi', { ...aggiungi(owner, docx, 'Convenzione.DOCX'), descrizione: 'Convenzione' }));
    expect(elenco.aggiunta).toBe('libera');
    expect(elenco.allegati.map((a) => [a.lettera, a.tipo, a.dimensione, a.sha256])).toEqual([
      ['A', 'PDF', PIANO.length, sha256(PIANO)],
      ['B', 'DOCX', docx.length, sha256(docx)],
    ]);
    const file = expectOk(await backend.invoke('allegati.scarica', { id: elenco.allegati[0]!.id }));
    expect(Buffer.from(file.base64, 'base64').equals(PIANO)).toBe(true);
    expect(file).toMatchObject({ nomeFile: 'piano.pdf', mime: 'application/pdf' });
    const again = await backend.invoke('allegati.aggiungi', aggiungi(owner, PIANO));
    expect(again.ok || again.error.code).toBe('VALIDATION');
    const after = expectOk(await backend.invoke('allegati.rimuovi', { id: elenco.allegati[0]!.id }));
    expect(after.allegati.map((a) => [a.lettera, a.descrizione])).toEqual([['A', 'Convenzione']]);
  });

  test('refuses other kinds of file (an .exe, a .docx that is not a ZIP) and files over 40 MB, changing nothing', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await approvedVerbale(backend);
    const owner = { tipo: 'verbale', id: verbale.id } as const;
    const before = snapshotDb(dbPath);
    const exe = await backend.invoke('allegati.aggiungi', aggiungi(owner, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'setup.exe'));
    expect(exe.ok ? null : [exe.error.code, exe.error.fields?.file]).toEqual(['VALIDATION', expect.stringContaining('Tipo di file non accettato')]);
    const fake = await backend.invoke('allegati.aggiungi', aggiungi(owner, Buffer.from('MZ not a zip at all'), 'lettera.docx'));
    expect(fake.ok || fake.error.code).toBe('VALIDATION');
    const big = await backend.invoke('allegati.aggiungi', aggiungi(owner, Buffer.alloc(40 * 1024 * 1024 + 3, 0x25)));
    expect(big.ok ? null : big.error.fields?.base64).toBe('File troppo grande (massimo 40 MB)');
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('frozen once the verbale is exported: the channel refuses, and so does SQL (UPDATE, DELETE, REPLACE, UPSERT)', async () => {
    const { backend, dbPath } = open();
    const { verbale, seduta } = await approvedVerbale(backend);
    const owner = { tipo: 'verbale', id: verbale.id } as const;
    const { allegati } = expectOk(await backend.invoke('allegati.aggiungi', aggiungi(owner, PIANO)));
    expectOk(await backend.invoke('verbali.esporta', { id: verbale.id }));
    const elenco = expectOk(await backend.invoke('allegati.elenco', { owner }));
    expect(elenco).toMatchObject({ aggiunta: 'chiusa', motivo: expect.stringContaining('Il verbale n. 01/2026 è esportato per la firma') });
    const removed = await backend.invoke('allegati.rimuovi', { id: allegati[0]!.id });
    expect(removed.ok ? null : [removed.error.code, removed.error.message]).toEqual(['CONFLICT', expect.stringContaining('verbale n. 01/2026')]);
    const added = await backend.invoke('allegati.aggiungi', { ...aggiungi(owner, SMALL_PNG), nomeFile: 'foto.png' });
    expect(added.ok || added.error.code).toBe('CONFLICT');
    // The agenda items of a closed seduta are frozen as well.
    const onItem = await backend.invoke('allegati.aggiungi', aggiungi({ tipo: 'punto', id: seduta.punti[1]!.id }, PIANO));
    expect(onItem.ok || onItem.error.code).toBe('CONFLICT');
    backend.close();
    const before = snapshotDb(dbPath);
    const db = new Database(dbPath);
    try {
      const id = allegati[0]!.id;
      expect(() => db.prepare("UPDATE allegati SET contenuto = x'25504446', sha256 = ? WHERE id = ?").run('0'.repeat(64), id)).toThrow('non si modifica');
      expect(() => db.prepare('DELETE FROM allegati WHERE id = ?').run(id)).toThrow('non si rimuove');
      const row = `(${id}, ${verbale.id}, 1, 'x', 'x.pdf', 'application/pdf', 4, '${'0'.repeat(64)}', x'25504446', '2027-01-01')`;
      const cols = '(id, verbale_id, posizione, descrizione, nome_file, mime, dimensione, sha256, contenuto, aggiunto_il)';
      expect(() => db.exec(`INSERT OR REPLACE INTO allegati ${cols} VALUES ${row}`)).toThrow(/non si sostituisce|non riceve allegati/);
      expect(() => db.exec(`INSERT INTO allegati ${cols} VALUES ${row} ON CONFLICT(id) DO UPDATE SET contenuto = excluded.contenuto`)).toThrow();
      expect(() => db.exec(`INSERT INTO allegati ${cols} VALUES ${row.replace(`(${id},`, `(${id + 50},`)}`)).toThrow('non riceve allegati');
    } finally {
      db.close();
    }
    expect(snapshotDb(dbPath)).toEqual(before);
  });

  test('a historic verbale receives only the scan of its paper original, which then never changes', async () => {
    const { backend } = open();
    const registro = expectOk(await backend.invoke('verbali.registro', { organoId: 1, anno: 2018 }));
    const storico = registro.righe.find((r) => r.verbale?.stato === 'storico')!.verbale!;
    const owner = { tipo: 'verbale', id: storico.id } as const;
    expect(expectOk(await backend.invoke('allegati.elenco', { owner })).aggiunta).toBe('copia_cartacea');
    const plainFile = await backend.invoke('allegati.aggiungi', aggiungi(owner, PIANO));
    expect(plainFile.ok || plainFile.error.code).toBe('CONFLICT');
    const elenco = expectOk(await backend.invoke('allegati.aggiungi', aggiungi(owner, PIANO, 'scansione.pdf', { copiaCartacea: true })));
    expect(elenco.allegati).toMatchObject([{ lettera: 'A', copiaCartacea: true, sha256: sha256(PIANO) }]);
    const removed = await backend.invoke('allegati.rimuovi', { id: elenco.allegati[0]!.id });
    expect(removed.ok || removed.error.code).toBe('CONFLICT');
  });

  test('listed in the verbale PDF with letter, type, size and SHA-256', async () => {
    const { backend } = open();
    const { verbale } = await approvedVerbale(backend);
    expectOk(await backend.invoke('allegati.aggiungi', aggiungi({ tipo: 'verbale', id: verbale.id }, PIANO)));
    const exported = expectOk(await backend.invoke('verbali.esporta', { id: verbale.id }));
    const pdf = expectOk(await backend.invoke('verbali.pdf', { id: exported.id }));
    const text = normalizeSpaces(pdfPagesText(Buffer.from(pdf.base64, 'base64')).join('\n'));
    expect(text).toContain('Allegati');
    expect(text).toContain(`Allegato A – Piano sociale di zona 2027 (PDF, 3 kB, SHA-256 ${sha256(PIANO)})`);
  });

  test("a regolamento version's allegato is frozen once the verbale approving it is exported", async () => {
    const { backend } = open();
    const { verbale } = await approvedVerbale(backend);
    const { versioneId } = await convenzioneOf(backend, verbale.id);
    const owner = { tipo: 'versione', id: versioneId } as const;
    const { allegati } = expectOk(await backend.invoke('allegati.aggiungi', aggiungi(owner, PIANO)));
    expectOk(await backend.invoke('verbali.esporta', { id: verbale.id }));
    expect(expectOk(await backend.invoke('allegati.elenco', { owner })).motivo).toBe(
      'La versione in vigore dal 10/12/2026 è approvata con il verbale n. 01/2026, esportato per la firma: i suoi allegati non cambiano.',
    );
    const removed = await backend.invoke('allegati.rimuovi', { id: allegati[0]!.id });
    expect(removed.ok || removed.error.code).toBe('CONFLICT');
  });

  test("an agenda item's allegato: added while the seduta is open, listed in the verbale and in the item's estratto", async () => {
    const { backend } = open();
    const created = expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, convocazioneData: null }));
    const d = expectOk(await backend.invoke('odg.add', { sedutaId: created.seduta.id, titolo: 'Approvazione del Piano sociale di zona 2027', descrizione: '', relatore: '' }));
    const punto = d.punti[0]!;
    expectOk(await backend.invoke('allegati.aggiungi', aggiungi({ tipo: 'punto', id: punto.id }, PIANO)));
    expectOk(await backend.invoke('sedute.setStato', { id: created.seduta.id, stato: 'in_corso' }));
    expectOk(await backend.invoke('sedute.setStato', { id: created.seduta.id, stato: 'chiusa', ora: '12:00' }));
    const verbale = expectOk(await backend.invoke('verbali.create', { sedutaId: created.seduta.id }));
    const listed = `Allegato A – Piano sociale di zona 2027, al punto n. ${punto.posizione} (PDF, 3 kB, SHA-256 ${sha256(PIANO)})`;
    const textOf = (file: { base64: string }) => normalizeSpaces(pdfPagesText(Buffer.from(file.base64, 'base64')).join('\n'));
    expect(textOf(expectOk(await backend.invoke('verbali.pdf', { id: verbale.id })))).toContain(listed);
    expect(textOf(expectOk(await backend.invoke('documenti.estratto', { sedutaId: created.seduta.id, puntoId: punto.id })))).toContain(listed);
  });
});

const SMALL_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 7)]);

describe('allegati and the integrity check', () => {
  test('an allegato altered with the triggers dropped is reported at the next start, naming the act', async () => {
    const { dir, cleanup } = makeTempDir();
    const options = { dbPath: path.join(dir, 'conferenza.sqlite'), assetsDir: projectPath('assets'), clock: fixedClock() };
    let backend = openBackend(options);
    try {
      const { verbale } = await approvedVerbale(backend);
      expectOk(await backend.invoke('allegati.aggiungi', aggiungi({ tipo: 'verbale', id: verbale.id }, PIANO)));
      expectOk(await backend.invoke('verbali.esporta', { id: verbale.id }));
      expect(expectOk(await backend.invoke('integrita.verifica', {})).integra).toBe(true);
      backend.close();
      const db = new Database(options.dbPath);
      db.exec('DROP TRIGGER allegati_no_update;');
      db.exec("UPDATE allegati SET contenuto = x'2550444600', dimensione = 5");
      db.close();
      backend = openBackend(options);
      const stato = expectOk(await backend.invoke('integrita.stato', {}))!;
      expect(stato.anomalie.map((a) => a.messaggio)).toContain(
        "L'allegato «Piano sociale di zona 2027» del verbale n. 01/2026 è stato alterato fuori dall'applicazione: non corrisponde alla sua impronta SHA-256.",
      );
    } finally {
      backend.close();
      cleanup();
    }
  });
});
