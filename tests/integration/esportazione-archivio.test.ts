import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { Clock } from '../../shared/clock';
import { expectOk, TEST_NOW, useTempBackend } from '../helpers/backend';
import { approvedVerbale, signedVerbale } from '../helpers/verbale-fixture';
import { parseXml, textAt } from '../helpers/xml-parse';

const decode = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Reads a CSV the app writes (UTF-8 with BOM, ";" separated, quoted cells may hold ";", quotes and line breaks). */
function readCsv(bytes: Buffer): string[][] {
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const text = bytes.toString('utf8').slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  expect(cell).toBe('');
  return rows;
}

describe('whole-archive export for a successor or an auditor', () => {
  const open = useTempBackend();

  test('every act with its files and metadata, the data as CSV, an index whose every SHA-256 matches, a guide', async () => {
    const { backend } = open();
    const signed = (await signedVerbale(backend)).verbale;
    await approvedVerbale(backend, '2026-11-10');
    const out = expectOk(await backend.invoke('esportazione.archivio', {}));
    expect(out).toMatchObject({ nomeFile: 'Archivio_Conferenza_2027-03-01.zip', mime: 'application/zip' });
    const zip = await JSZip.loadAsync(decode(out));
    const files = new Map<string, Buffer>();
    for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));

    const [header, ...indice] = readCsv(files.get('INDICE.csv')!);
    expect(header).toEqual(['Percorso', 'SHA-256', 'Dimensione (byte)', 'Descrizione']);
    // Every file but the guide and the index itself is listed, and every listed file is there with that SHA-256 and size.
    expect(indice.map((r) => r[0]).sort()).toEqual([...files.keys()].filter((p) => p !== 'INDICE.csv' && p !== 'LEGGIMI.txt').sort());
    for (const [percorso, sha256, dimensione] of indice) {
      expect(hex(files.get(percorso!)!), percorso).toBe(sha256);
      expect(files.get(percorso!)!.length).toBe(Number(dimensione));
    }

    // The signed verbale: its PDF/A (the exported bytes), its signed scan, each with Allegato 5 metadata.
    const pdf = files.get('atti/verbali/2026/01/Verbale_01_2026.pdf')!;
    expect(hex(pdf)).toBe(expectOk(await backend.invoke('verbali.get', { id: signed.id })).pdfSha256);
    const meta = parseXml(files.get('atti/verbali/2026/01/Verbale_01_2026.pdf.metadati.xml')!);
    expect(textAt(meta, 'IdDoc/Identificativo')).toBe('VERBALE-2026-01');
    expect(files.has(`atti/verbali/2026/01/firmati/${signed.firmati[0]!.id}_verbale firmato.pdf.metadati.xml`)).toBe(true);
    // The draft (numbered second) has no file: its data are in the tables.
    expect([...files.keys()].some((p) => p.startsWith('atti/verbali/2026/02/'))).toBe(false);

    const verbali = readCsv(files.get('dati/verbali.csv')!);
    expect(verbali[0]!.slice(0, 8)).toEqual(['ID', 'Organo', 'Anno', 'Numero', 'Data', 'ID seduta', 'Oggetto', 'Stato']);
    const byNumber = new Map(verbali.slice(1).filter((r) => r[2] === '2026').map((r) => [r[3], r]));
    expect(byNumber.get('1')![7]).toBe('firmato');
    expect(byNumber.get('1')![14]).toBe(hex(pdf));
    expect(byNumber.get('2')![7]).toBe('approvato');
    const comuni = readCsv(files.get('dati/comuni.csv')!);
    expect(comuni).toHaveLength(28);
    const presenze = readCsv(files.get('dati/presenze.csv')!);
    const delegati = presenze.filter((r) => r[1] === '2026-12-10' && r[4] === 'delegato');
    expect(delegati).toHaveLength(2);
    const voti = readCsv(files.get('dati/voti.csv')!).filter((r) => r[1] === '2026-12-10');
    expect(voti.filter((r) => r[5] === 'favorevole')).toHaveLength(12);
    expect(voti.filter((r) => r[5] === 'contrario')).toHaveLength(2);

    const guida = files.get('LEGGIMI.txt')!.toString('utf8');
    for (const part of ['INDICE.csv', 'dati/presenze.csv', 'metadati.xml', 'sha256sum']) expect(guida).toContain(part);
  });

  describe('with the albo pretorio', () => {
    let now = TEST_NOW;
    const clock: Clock = { now: () => new Date(now) };
    const openAt = useTempBackend(clock);

    test('the published copy and the referto with its recorded metadata are exported, listed in the index and the CSV', async () => {
      now = TEST_NOW;
      const { backend } = openAt();
      const { verbale } = await signedVerbale(backend);
      const p = expectOk(
        await backend.invoke('pubblicazioni.pubblica', { atto: { tipo: 'verbale', verbaleId: verbale.id }, numero: 12, dal: '2027-03-01', al: '2027-03-15', omissis: [] }),
      );
      now = '2027-03-16T10:00:00.000Z';
      expectOk(await backend.invoke('pubblicazioni.referto', { id: p.id, esito: 'senza_opposizioni', note: '', firmatario: 'Caterina Cerbino', qualifica: 'La Responsabile della pubblicazione' }));
      const zip = await JSZip.loadAsync(decode(expectOk(await backend.invoke('esportazione.archivio', {}))));
      const read = (name: string) => zip.file(name)!.async('nodebuffer');
      const referto = await read('atti/albo/2027/12/referto.pdf');
      expect(hex(referto)).toBe(expectOk(await backend.invoke('pubblicazioni.perVerbale', { verbaleId: verbale.id })).pubblicazioni[0]!.referto!.sha256);
      expect(hex(await read('atti/albo/2027/12/copia_pubblicata.pdf'))).toBe(p.copiaSha256);
      const meta = parseXml(await read('atti/albo/2027/12/referto.pdf.metadati.xml'));
      expect(textAt(meta, 'IdDoc/Identificativo')).toBe('ALBO-2027-12-REFERTO');
      const indice = readCsv(await read('INDICE.csv')).map((r) => r[0]);
      expect(indice).toEqual(expect.arrayContaining(['atti/albo/2027/12/copia_pubblicata.pdf', 'atti/albo/2027/12/referto.pdf', 'atti/albo/2027/12/referto.pdf.metadati.xml']));
      const pubblicazioni = readCsv(await read('dati/pubblicazioni.csv'));
      expect(pubblicazioni[1]!.slice(1, 3)).toEqual(['2027', '12']);
    });
  });
});
