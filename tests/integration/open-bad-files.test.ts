import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { openBackend, type Backend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { LATEST_SCHEMA_VERSION, migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { APPLICATION_ID, openArchive } from '../../main/db/open';
import { AppFailure } from '../../main/errors';
import { expectOk } from '../helpers/backend';
import { corruptTablePage } from '../helpers/damage';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(temp.cleanup);
const opened: Backend[] = [];
const restore: (() => void)[] = [];
afterEach(() => {
  opened.splice(0).forEach((b) => b.close());
  restore.splice(0).forEach((fn) => fn());
});

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const newFolder = () => fs.mkdtempSync(path.join(temp.dir, 'case-'));
const open = (dbPath: string) => {
  const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
  opened.push(backend);
  return backend;
};

/** A real archive with 40 sedute, closed (WAL checkpointed into the file). */
async function archiveWithSedute(dir = newFolder()): Promise<string> {
  const dbPath = path.join(dir, 'conferenza.sqlite');
  const backend = openBackend({ dbPath, assetsDir: projectPath('assets') });
  for (let i = 0; i < 40; i++) {
    const data = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`;
    expectOk(await backend.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null, oggetto: `Seduta di prova numero ${i}: `.repeat(15).trim() }));
  }
  backend.close();
  return dbPath;
}

/** The refusal, checked to be one Italian sentence: no stack, no English error text, one line. */
function refusal(file: string): AppFailure {
  try {
    openArchive(file).db.close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    const { message } = error as AppFailure;
    expect(message).not.toMatch(/\n|\bat \/|Error|SQLITE/);
    expect(message).toMatch(/[.]$/);
    return error as AppFailure;
  }
  throw new Error('expected the archive to be refused');
}

/** Writes through the backend are refused with READ_ONLY and reads still work. */
async function expectReadOnly(backend: Backend) {
  const before = expectOk(await backend.invoke('comuni.get', { id: 1 }));
  const write = await backend.invoke('comuni.update', { id: 1, sindacoNome: 'Maria Rossi', sindacoEmail: '', sindacoPec: '', sindacoTelefono: '' });
  expect(write.ok).toBe(false);
  if (!write.ok) {
    expect(write.error.code).toBe('READ_ONLY');
    expect(write.error.message).toMatch(/^Modifica non eseguita: /);
  }
  expect(expectOk(await backend.invoke('comuni.get', { id: 1 }))).toEqual(before);
}

/** Root ignores permissions: CI runs as root, so the read-only cases rely on the permission bits the app reads. */
const asRoot = process.getuid?.() === 0;

describe('every bad file at start gets one Italian sentence and stays byte-for-byte unchanged', () => {
  test('a zero-byte file is refused, not re-initialised', () => {
    const file = path.join(newFolder(), 'conferenza.sqlite');
    fs.writeFileSync(file, '');
    expect(refusal(file).message).toContain('è vuoto (0 byte)');
    expect(fs.statSync(file).size).toBe(0);
  });

  test('a file that is not a database is refused', () => {
    const file = path.join(newFolder(), 'conferenza.sqlite');
    fs.writeFileSync(file, 'Verbale della seduta del 10 dicembre. '.repeat(500));
    const before = sha256(file);
    expect(refusal(file).message).toContain('non è un database di questa applicazione');
    expect(sha256(file)).toBe(before);
  });

  test("another application's SQLite database is refused", () => {
    const file = path.join(newFolder(), 'conferenza.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE contatti (nome TEXT); INSERT INTO contatti VALUES ('Rossi')");
    other.close();
    const before = sha256(file);
    expect(refusal(file).message).toContain("di un'altra applicazione");
    expect(sha256(file)).toBe(before);
  });

  test('an archive written by a newer version is refused', async () => {
    const file = await archiveWithSedute();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256(file);
    const failure = refusal(file);
    expect(failure.code).toBe('DB_NEWER_VERSION');
    expect(sha256(file)).toBe(before);
  });

  test('a directory in place of the file is refused', () => {
    const file = path.join(newFolder(), 'conferenza.sqlite');
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'dentro.txt'), 'x');
    expect(refusal(file).message).toContain("c'è una cartella");
    expect(fs.readdirSync(file)).toEqual(['dentro.txt']);
  });

  test('a read-only file opens read-only, says so, and every write answers READ_ONLY', async () => {
    const file = await archiveWithSedute();
    fs.chmodSync(file, 0o444);
    restore.push(() => fs.chmodSync(file, 0o644));
    const before = sha256(file);
    const backend = open(file);
    const stato = expectOk(await backend.invoke('archivio.stato', {}));
    expect(stato).toMatchObject({ condizione: 'sola_lettura', motivo: "Il file dell'archivio è in sola lettura: si può consultare, ma non modificare." });
    await expectReadOnly(backend);
    expect(expectOk(await backend.invoke('sedute.list', { organoId: 1, anno: 2025 }))).toHaveLength(40);
    backend.close();
    expect(sha256(file)).toBe(before);
  });

  test('a read-only archive of an older version, which must be upgraded, is refused with what to do', () => {
    const file = path.join(newFolder(), 'conferenza.sqlite');
    const db = new Database(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, MIGRATIONS.slice(0, LATEST_SCHEMA_VERSION - 1));
    db.close();
    fs.chmodSync(file, 0o444);
    restore.push(() => fs.chmodSync(file, 0o644));
    const before = sha256(file);
    expect(refusal(file).message).toBe(
      "Il file dell'archivio è in sola lettura, e questa versione dell'applicazione deve aggiornarlo: renderlo modificabile e riaprire l'applicazione.",
    );
    expect(sha256(file)).toBe(before);
  });

  test('an archive in a read-only folder opens read-only and says so', async () => {
    const dir = newFolder();
    const file = await archiveWithSedute(dir);
    fs.chmodSync(dir, 0o555);
    restore.push(() => fs.chmodSync(dir, 0o755));
    const before = sha256(file);
    const backend = open(file);
    const stato = expectOk(await backend.invoke('archivio.stato', {}));
    expect(stato).toMatchObject({ condizione: 'sola_lettura', motivo: expect.stringContaining('è in sola lettura') });
    await expectReadOnly(backend);
    backend.close();
    expect(sha256(file)).toBe(before);
  });

  test.skipIf(!asRoot || !fs.existsSync('/usr/sbin/runuser'))(
    'as an ordinary user, an archive in a truly read-only folder (no WAL index possible) is still readable',
    async () => {
      const dir = newFolder();
      const file = await archiveWithSedute(dir);
      fs.chmodSync(temp.dir, 0o755);
      fs.chmodSync(file, 0o644);
      fs.chmodSync(dir, 0o555);
      restore.push(() => fs.chmodSync(dir, 0o755));
      const before = sha256(file);
      const script = `import { openArchive } from ${JSON.stringify(projectPath('main', 'db', 'open.ts'))};
        const { db, condizione } = openArchive(${JSON.stringify(file)});
        console.log(JSON.stringify({ condizione, sedute: db.prepare('SELECT count(*) AS n FROM sedute').get().n }));`;
      const { stdout } = await promisify(execFile)('/usr/sbin/runuser', ['-u', 'nobody', '--', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectPath() });
      expect(JSON.parse(stdout)).toMatchObject({ condizione: { stato: 'sola_lettura' }, sedute: 45 });
      expect(sha256(file)).toBe(before);
    },
    30_000,
  );

  test('a truncated archive (tables unreadable) opens as damaged: only its reason and the copies remain', async () => {
    const file = await archiveWithSedute();
    const copie = path.join(path.dirname(file), 'copie');
    fs.mkdirSync(copie);
    fs.copyFileSync(file, path.join(copie, 'conferenza-giornaliera-2026-11-30.sqlite'));
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2 / 4096) * 4096);
    const before = sha256(file);
    const backend = open(file);
    const stato = expectOk(await backend.invoke('archivio.stato', {}));
    expect(stato).toMatchObject({
      condizione: 'danneggiato',
      motivo: "L'archivio è danneggiato (le tabelle non si possono leggere): è aperto in sola lettura; ripristinare l'ultima copia buona.",
      ultimaCopia: { nome: 'conferenza-giornaliera-2026-11-30.sqlite', tipo: 'giornaliera' },
    });
    const read = await backend.invoke('comuni.get', { id: 1 });
    expect(read).toEqual({ ok: false, error: { code: 'DB_UNREADABLE', message: stato.motivo } });
    const write = await backend.invoke('comuni.update', { id: 1, sindacoNome: 'Maria Rossi', sindacoEmail: '', sindacoPec: '', sindacoTelefono: '' });
    expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    backend.close();
    expect(sha256(file)).toBe(before);
  });

  test('corrupted pages in a table open read-only as damaged: changes answer READ_ONLY, reads never "Errore interno"', async () => {
    const file = await archiveWithSedute();
    corruptTablePage(file, 'sedute');
    const before = sha256(file);
    const backend = open(file);
    const stato = expectOk(await backend.invoke('archivio.stato', {}));
    expect(stato.condizione).toBe('danneggiato');
    const write = await backend.invoke('comuni.update', { id: 1, sindacoNome: 'Maria Rossi', sindacoEmail: '', sindacoPec: '', sindacoTelefono: '' });
    expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    const reads = await Promise.all([
      backend.invoke('comuni.get', { id: 1 }),
      ...[2025, 2026].map((anno) => backend.invoke('sedute.list', { organoId: 1, anno })),
    ]);
    for (const r of reads) if (!r.ok) expect(r.error).toEqual({ code: 'DB_UNREADABLE', message: stato.motivo });
    expect(reads.some((r) => !r.ok)).toBe(true); // the damaged table is not silently read as empty
    backend.close();
    expect(sha256(file)).toBe(before);
  });

  test('a sound archive opens writable and reports it', async () => {
    const backend = open(await archiveWithSedute());
    expect(expectOk(await backend.invoke('archivio.stato', {}))).toMatchObject({ condizione: 'integro', motivo: null });
  });

  test('the preview prints the one sentence and exits, without a stack trace', async () => {
    const dir = newFolder();
    fs.mkdirSync(path.join(dir, 'conferenza.sqlite'));
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', projectPath('main', 'cli', 'preview.ts'), '--data-dir', dir, '--port', '0'], { cwd: projectPath() });
    const failure = await run.then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toEqual([expect.stringContaining("c'è una cartella")]);
  }, 30_000);
});
