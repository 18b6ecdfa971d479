import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { expectOk, useTempBackend } from '../helpers/backend';
import { approvedVerbale, convenzioneOf, signedVerbale } from '../helpers/verbale-fixture';
import { parseXml, select, textAt } from '../helpers/xml-parse';

const decode = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const sha = (bytes: Buffer, enc: 'hex' | 'base64') => createHash('sha256').update(bytes).digest(enc);

/** The ZIP's entries and their bytes, in the ZIP's own order. */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, await entry.async('nodebuffer'));
  return out;
}

/** The index's files as "ID|Path|Hash" (hash as written: base64 of the SHA-256 digest). */
function indexEntries(indice: Buffer) {
  const root = parseXml(indice);
  expect(root.tag).toBe('IdC');
  expect(root.ns).toBe('http://www.uni.com/U3011/sincro/');
  return select(root, 'FileGroup/File').map((f) => {
    const hash = select(f, 'Hash')[0]!;
    expect(hash.attrs.function).toBe('SHA-256');
    return { id: textAt(f, 'ID'), path: textAt(f, 'Path'), hash: hash.text };
  });
}

describe('pacchetto di versamento (UNI 11386 SInCRO index, files, metadata)', () => {
  const open = useTempBackend();

  test('a signed verbale: every file of the ZIP is in the index with its SHA-256, recomputed; the versamento is recorded', async () => {
    const { backend } = open();
    const { verbale } = await signedVerbale(backend);
    const created = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    expect(created.versamento).toMatchObject({ identificativo: 'PdV-2027-0001', descrizione: 'Verbale n. 01/2026 con i suoi allegati e file firmati', file: 4 });
    expect(created.file.nomeFile).toBe('PdV-2027-0001.zip');
    const files = await unzip(decode(created.file));
    expect([...files.keys()]).toEqual([
      'IdC.xml',
      'verbali/2026/01/Verbale_01_2026.pdf',
      'verbali/2026/01/Verbale_01_2026.pdf.metadati.xml',
      `verbali/2026/01/firmati/${verbale.firmati[0]!.id}_verbale firmato.pdf`,
      `verbali/2026/01/firmati/${verbale.firmati[0]!.id}_verbale firmato.pdf.metadati.xml`,
    ]);
    const indice = files.get('IdC.xml')!;
    const root = parseXml(indice);
    expect(textAt(root, 'VdC/ID')).toBe('PdV-2027-0001');
    expect(textAt(root, 'SelfDescription/CreatingApplication/Producer')).toBe('Ambito Socio-Territoriale Lagonegrese Pollino');
    expect(textAt(root, 'Process/TimeReference/TimeInfo')).toBe(created.versamento.creatoIl);
    const entries = indexEntries(indice);
    expect(entries.map((e) => e.path)).toEqual([...files.keys()].slice(1));
    for (const e of entries) expect(sha(files.get(e.path)!, 'base64'), e.path).toBe(e.hash);
    // The exported PDF in the package is the very file the register recorded at export.
    expect(sha(files.get('verbali/2026/01/Verbale_01_2026.pdf')!, 'hex')).toBe(expectOk(await backend.invoke('verbali.get', { id: verbale.id })).pdfSha256);
    expect(entries[0]!.id).toBe('VERBALE-2026-01');
    expect(entries[1]!.id).toBe('VERBALE-2026-01-METADATI');
    // Each metadata file describes the file beside it.
    const meta = parseXml(files.get('verbali/2026/01/Verbale_01_2026.pdf.metadati.xml')!);
    expect(textAt(meta, 'IdDoc/ImprontaCrittograficaDelDocumento/Impronta')).toBe(entries[0]!.hash);

    const elenco = expectOk(await backend.invoke('versamenti.elenco', {}));
    expect(elenco).toEqual([created.versamento]);
    expect(created.versamento.indiceSha256).toBe(sha(indice, 'hex'));
  });

  test('downloading a versamento again gives the same ZIP byte for byte; a new versamento of the same selection the same index entries', async () => {
    const { backend } = open();
    const { verbale } = await signedVerbale(backend);
    const first = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    const again = expectOk(await backend.invoke('versamenti.scarica', { id: first.versamento.id }));
    expect(decode(again)).toEqual(decode(first.file));
    const second = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    expect(second.versamento.identificativo).toBe('PdV-2027-0002');
    const a = indexEntries((await unzip(decode(first.file))).get('IdC.xml')!);
    const b = indexEntries((await unzip(decode(second.file))).get('IdC.xml')!);
    expect(b).toEqual(a);
  });

  test('an act not fixed is refused with the reason and nothing is recorded; a year takes its fixed verbali and names the others', async () => {
    const { backend, dbPath } = open();
    const draft = (await approvedVerbale(backend, '2026-11-10')).verbale;
    const refused = await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: draft.id } });
    expect(refused.ok || refused.error).toEqual({
      code: 'CONFLICT',
      message: 'Il verbale n. 01/2026 è approvato ma non ancora esportato per la firma: si versa in conservazione solo un atto fissato (esportato per la firma o firmato).',
    });
    const year = await backend.invoke('versamenti.crea', { selezione: { tipo: 'anno', organoId: 1, anno: 2026 } });
    expect(year.ok || year.error.message).toBe("Nessun verbale del 2026 è esportato o firmato: non c'è nulla da versare in conservazione.");
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM versamenti').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM metadati').get()).toEqual({ n: 0 });
    db.close();

    const signed = (await signedVerbale(backend)).verbale;
    const created = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'anno', organoId: 1, anno: 2026 } }));
    expect(created.esclusi).toEqual([
      'Il verbale n. 01/2026 è approvato ma non ancora esportato per la firma: si versa in conservazione solo un atto fissato (esportato per la firma o firmato).',
    ]);
    const paths = [...(await unzip(decode(created.file))).keys()];
    expect(paths.filter((p) => p.endsWith('.pdf'))).toEqual([`verbali/2026/02/Verbale_02_2026.pdf`, `verbali/2026/02/firmati/${signed.firmati[0]!.id}_verbale firmato.pdf`]);
  });

  test("a regolamento's versions: each approved version's text and allegati with their metadata, and its approving verbale; refused while that verbale is not exported", async () => {
    const { backend } = open();
    const { verbale } = await approvedVerbale(backend);
    const { regolamento, versioneId } = await convenzioneOf(backend, verbale.id, 'La presente convenzione disciplina la gestione associata; «A & B».');
    const pdf = Buffer.from('%PDF-1.4\n% piano\n%%EOF\n');
    expectOk(
      await backend.invoke('allegati.aggiungi', { owner: { tipo: 'versione', id: versioneId }, descrizione: 'Piano', nomeFile: 'piano.pdf', base64: pdf.toString('base64') }),
    );
    const early = await backend.invoke('versamenti.crea', { selezione: { tipo: 'regolamento', id: regolamento.id } });
    expect(early.ok || early.error.message).toBe("Nessuna versione di «Convenzione per la gestione associata» è approvata con un verbale esportato o firmato: non c'è nulla da versare.");
    expectOk(await backend.invoke('verbali.esporta', { id: verbale.id }));
    const created = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'regolamento', id: regolamento.id } }));
    const files = await unzip(decode(created.file));
    const cartella = `regolamenti/${regolamento.id}/versione_${versioneId}`;
    expect([...files.keys()]).toEqual([
      'IdC.xml',
      `${cartella}/testo.txt`,
      `${cartella}/allegati/A_piano.pdf`,
      `${cartella}/allegati/A_piano.pdf.metadati.xml`,
      'verbali/2026/01/Verbale_01_2026.pdf',
      'verbali/2026/01/Verbale_01_2026.pdf.metadati.xml',
    ]);
    expect(files.get(`${cartella}/testo.txt`)!.toString('utf8')).toContain('Art. 1 – Oggetto\nLa presente convenzione disciplina la gestione associata; «A & B».');
    const meta = parseXml(files.get(`${cartella}/allegati/A_piano.pdf.metadati.xml`)!);
    expect(textAt(meta, 'IdDoc/Identificativo')).toBe(`REGOLAMENTO-${regolamento.id}-VERSIONE-${versioneId}-ALLEGATO-A`);
    for (const e of indexEntries(files.get('IdC.xml')!)) expect(sha(files.get(e.path)!, 'base64'), e.path).toBe(e.hash);
  });

  test('what was sent is frozen by the database: no update, no delete, no file added to a sealed versamento', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const { versamento } = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    const db = new Database(dbPath);
    try {
      const before = db.prepare('SELECT * FROM versamento_file ORDER BY posizione').all();
      for (const sql of [
        "UPDATE versamenti SET descrizione = 'altro'",
        'DELETE FROM versamenti',
        "UPDATE versamento_file SET sha256 = '0000000000000000000000000000000000000000000000000000000000000000'",
        'DELETE FROM versamento_file',
        `INSERT INTO versamento_file (versamento_id, posizione, percorso, sha256, dimensione) VALUES (${versamento.id}, 99, 'aggiunto.pdf', '${'a'.repeat(64)}', 1)`,
        `INSERT OR REPLACE INTO versamento_file SELECT versamento_id, posizione, 'sostituito.pdf', sha256, dimensione FROM versamento_file WHERE posizione = 1`,
        `INSERT OR REPLACE INTO versamenti SELECT id, identificativo, selezione, 'sostituito', creato_il, operatore, file, indice, indice_sha256 FROM versamenti`,
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/versamento/);
      }
      expect(db.prepare('SELECT * FROM versamento_file ORDER BY posizione').all()).toEqual(before);
    } finally {
      db.close();
    }
    expect(expectOk(await backend.invoke('versamenti.elenco', {}))).toEqual([versamento]);
  });

  test('a stored PDF/A altered outside the app is not sent: the versamento is refused and nothing recorded', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const db = new Database(dbPath);
    db.exec('DROP TRIGGER verbali_signed_frozen;');
    db.prepare('UPDATE verbali SET pdf = ? WHERE id = ?').run(Buffer.from('%PDF-1.4 altro'), verbale.id);
    const refused = await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } });
    expect(refused.ok || refused.error.message).toBe(
      "Il file VERBALE-2026-01 non corrisponde più alla sua impronta SHA-256 registrata: eseguire la verifica di integrità dell'archivio.",
    );
    expect(db.prepare('SELECT count(*) AS n FROM versamenti').get()).toEqual({ n: 0 });
    db.close();
  });

  test('an index rewritten outside the app (its trigger dropped) is found by the integrity check, and its download refused', async () => {
    const { backend, dbPath } = open();
    const { verbale } = await signedVerbale(backend);
    const { versamento } = expectOk(await backend.invoke('versamenti.crea', { selezione: { tipo: 'verbale', id: verbale.id } }));
    expect(expectOk(await backend.invoke('integrita.verifica', {})).integra).toBe(true);
    const db = new Database(dbPath);
    db.exec('DROP TRIGGER versamenti_no_update;');
    db.exec("UPDATE versamenti SET indice = replace(indice, 'Pollino', 'Altro')");
    db.close();
    const stato = expectOk(await backend.invoke('integrita.verifica', {}));
    expect(stato.anomalie.map((a) => a.messaggio)).toContain(
      `L'indice del versamento ${versamento.identificativo} è stato alterato fuori dall'applicazione: non corrisponde alla sua impronta SHA-256.`,
    );
    const download = await backend.invoke('versamenti.scarica', { id: versamento.id });
    expect(download.ok || download.error.message).toContain('non corrisponde più a quanto registrato');
  });
});
