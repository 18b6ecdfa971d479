// The open-in-viewer channel: the renderer names a document, main produces it and chooses the file's name and
// extension; a page cannot have the shell open bytes or a file type of its choosing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isFileChannel, safeBaseName, writeReferencedDocument } from '../../main/electron/document-file';
import { useTempBackend } from '../helpers/backend';
import { makeTempDir } from '../helpers/temp-dir';

describe('open in the system viewer by reference', () => {
  const open = useTempBackend();
  const temps: (() => void)[] = [];
  afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()));
  const tempDir = () => {
    const { dir, cleanup } = makeTempDir('conferenza-stampa-test-');
    temps.push(cleanup);
    return dir;
  };

  test('a file-producing channel: main writes the PDF it rendered, with the extension it chose', async () => {
    const dir = tempDir();
    const written = await writeReferencedDocument(open().backend, { channel: 'documenti.registro', input: { organoId: 1, anno: 2026 } }, dir);
    if (!written.ok) throw new Error(written.error.message);
    expect(path.dirname(written.value)).toBe(dir);
    expect(path.extname(written.value)).toBe('.pdf');
    expect(fs.readFileSync(written.value).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test.each([
    ['bytes and a name of the page’s own', { nomeFile: 'fattura.exe', mime: 'application/pdf', base64: 'TVqQAAMAAAAEAAAA' }],
    ['a channel that writes', { channel: 'comuni.update', input: { id: 1 } }],
    ['a channel that produces no file', { channel: 'ente.get', input: {} }],
    ['an unknown channel', { channel: 'shell.exec', input: {} }],
    ['a prototype key as channel', { channel: '__proto__', input: {} }],
    ['extra keys', { channel: 'documenti.registro', input: { organoId: 1, anno: 2026 }, nomeFile: 'x.exe' }],
    ['nothing', null],
  ])('%s is refused, and nothing is written', async (_label, reference) => {
    const dir = tempDir();
    expect(await writeReferencedDocument(open().backend, reference, dir)).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Documento non apribile.' } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('the input is validated again by the backend', async () => {
    const dir = tempDir();
    const written = await writeReferencedDocument(open().backend, { channel: 'documenti.registro', input: { organoId: 'x', anno: 2026 } }, dir);
    expect(written).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('only reading channels that answer with a file qualify', () => {
    expect(isFileChannel('verbali.pdf')).toBe(true);
    expect(isFileChannel('verbali.scaricaFirmato')).toBe(true);
    expect(isFileChannel('verbali.get')).toBe(false);
    expect(isFileChannel('toString')).toBe(false);
  });

  test('the base name keeps letters, digits, dashes and underscores only, and drops the extension', () => {
    expect(safeBaseName('Verbale_01/2026.pdf')).toBe('2026');
    expect(safeBaseName('Registro dei verbali 2026.pdf')).toBe('Registro_dei_verbali_2026');
    expect(safeBaseName('..\\..\\evil.bat')).toBe('_evil');
    expect(safeBaseName('')).toBe('documento');
  });
});
