import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { openBackend, type Backend, type BackendOptions } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { LATEST_SCHEMA_VERSION, migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { backupTo } from '../../main/archive/backup';
import { APPLICATION_ID, openDatabase } from '../../main/db/open';
import { dailyCopiesToPrune } from '../../main/archive/retention';
import type { Clock } from '../../shared/clock';
import type { Operazione } from '../../shared/domain/archivio';
import { expectOk } from '../helpers/backend';
import { SEDUTA_INPUT } from '../helpers/seduta-fixture';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(temp.cleanup);
const opened: Backend[] = [];
afterEach(() => opened.splice(0).forEach((b) => b.close()));

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

type Dialogs = Pick<BackendOptions, 'chooseBackupFolder' | 'chooseCopyFile'>;

function open(dbPath = path.join(fs.mkdtempSync(path.join(temp.dir, 'a-')), 'conferenza.sqlite'), clock?: Clock, dialogs: Dialogs = {}) {
  const backend = openBackend({ dbPath, assetsDir: projectPath('assets'), ...(clock ? { clock } : {}), ...dialogs });
  opened.push(backend);
  return { backend, dbPath, copie: path.join(path.dirname(dbPath), 'copie') };
}

/** Polls an operation to its end, as the renderer does. */
async function finished(backend: Backend, id: string): Promise<Operazione> {
  for (;;) {
    const op = expectOk(await backend.invoke('archivio.operazione', { id }));
    if (op.stato !== 'in_corso') return op;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function idle(backend: Backend): Promise<void> {
  const { operazioneInCorso } = expectOk(await backend.invoke('archivio.stato', {}));
  if (operazioneInCorso) await finished(backend, operazioneInCorso);
}

async function saveCopy(backend: Backend): Promise<Operazione> {
  const started = expectOk(await backend.invoke('archivio.salva', {}));
  if (!('operazioneId' in started)) throw new Error('the preview saves without asking');
  return finished(backend, started.operazioneId);
}

let day = 0;
const createSeduta = (backend: Pick<Backend, 'invoke'>, oggetto = 'Seduta di prova') => {
  day++;
  const data = `2024-${String(1 + Math.floor(day / 28) % 12).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
  return backend.invoke('sedute.create', { ...SEDUTA_INPUT, data, convocazioneData: null, oggetto });
};

const sedute = (file: string): string[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], string>('SELECT oggetto FROM sedute ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe('saving a copy', () => {
  test('the copy is taken with the backup API, verified, and reported with name, size and SHA-256', async () => {
    const { backend, copie } = open();
    expectOk(await createSeduta(backend, 'Prima della copia'));
    const op = await saveCopy(backend);
    expect(op).toMatchObject({ tipo: 'copia', stato: 'completata', percentuale: 100, errore: null });
    const file = path.join(copie, op.copia!.nome);
    expect(op.copia).toEqual({ nome: expect.stringMatching(/^conferenza-copia-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.sqlite$/), cartella: copie, dimensione: fs.statSync(file).size, sha256: sha256(file) });
    expect(sedute(file)).toContain('Prima della copia');
    expect(fs.readdirSync(copie).filter((f) => f.includes('parziale'))).toEqual([]);

    const listed = expectOk(await backend.invoke('archivio.copie', {}));
    expect(listed.copie).toEqual([{ nome: op.copia!.nome, tipo: 'copia', data: expect.any(String), dimensione: op.copia!.dimensione }]);
    const inspection = await finished(backend, expectOk(await backend.invoke('archivio.ispeziona', { nome: op.copia!.nome })).operazioneId);
    expect(inspection.ispezione).toMatchObject({ valida: true, motivo: null, schemaVersion: LATEST_SCHEMA_VERSION, sedute: 6, verbali: expect.any(Number), regolamenti: expect.any(Number) });
  });

  test("while copies run (two may overlap) the archive's page cache is small, and afterwards it is what it was", async () => {
    const db = openDatabase(path.join(fs.mkdtempSync(path.join(temp.dir, 'c-')), 'conferenza.sqlite'));
    try {
      const usual = db.pragma('cache_size', { simple: true });
      const seen: unknown[] = [];
      const watch = () => seen.push(db.pragma('cache_size', { simple: true }));
      const dir = path.dirname(db.name);
      const first = backupTo(db, path.join(dir, 'prima.sqlite'), watch);
      const second = backupTo(db, path.join(dir, 'seconda.sqlite'), watch);
      const [a, b] = await Promise.all([first, second]);
      expect(new Set(seen)).toEqual(new Set([-2048]));
      expect(db.pragma('cache_size', { simple: true })).toBe(usual);
      expect([a.sha256, b.sha256]).toEqual([sha256(path.join(dir, 'prima.sqlite')), sha256(path.join(dir, 'seconda.sqlite'))]);
    } finally {
      db.close();
    }
  });

  test('a copy taken while another connection writes is a consistent snapshot with every write committed before it', async () => {
    const { backend, dbPath, copie } = open();
    const writer = open(dbPath).backend;
    const committed: string[] = [];
    for (let i = 0; i < 20; i++) committed.push(expectOk(await createSeduta(writer, `scrittura ${i}`)).seduta.oggetto);
    const beforeStart = committed.length;
    let writing = true;
    const writes = (async () => {
      for (let i = 20; writing && i < 400; i++) {
        committed.push(expectOk(await createSeduta(writer, `scrittura ${i}`)).seduta.oggetto);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const op = await saveCopy(backend);
    writing = false;
    await writes;
    expect(op.stato).toBe('completata');
    const inCopy = sedute(path.join(copie, op.copia!.nome)).filter((o) => o.startsWith('scrittura'));
    expect(inCopy.length).toBeGreaterThanOrEqual(beforeStart);
    expect(inCopy).toEqual(committed.slice(0, inCopy.length));
    expect(committed.length).toBeGreaterThan(beforeStart); // the writer did run during the copy
    const after = await saveCopy(backend);
    expect(sedute(path.join(copie, after.copia!.nome)).filter((o) => o.startsWith('scrittura'))).toEqual(committed);
  }, 60_000);

  test('the full integrity check runs with progress and finds a sound archive sound', async () => {
    const { backend } = open();
    const op = await finished(backend, expectOk(await backend.invoke('archivio.controlla', {})).operazioneId);
    expect(op).toMatchObject({ tipo: 'controllo', stato: 'completata', problemi: [] });
  });
});

describe('restoring a copy', () => {
  test('round trip: the archive returns to the copy, the replaced one is kept aside in copie/, the backend works on', async () => {
    const { backend, dbPath, copie } = open();
    expectOk(await createSeduta(backend, 'Nella copia'));
    const saved = await saveCopy(backend);
    expectOk(await createSeduta(backend, 'Dopo la copia'));

    const restored = await finished(backend, expectOk(await backend.invoke('archivio.ripristina', { nome: saved.copia!.nome })).operazioneId);
    expect(restored).toMatchObject({ tipo: 'ripristino', stato: 'completata', ispezione: { valida: true } });
    const titles = async () => (expectOk(await backend.invoke('sedute.list', { organoId: 1, anno: 2024 }))).map((s) => s.oggetto);
    expect(await titles()).toEqual(['Nella copia']);

    const aside = fs.readdirSync(copie).filter((f) => f.startsWith('conferenza-prima-del-ripristino-'));
    expect(aside).toHaveLength(1);
    expect(sedute(path.join(copie, aside[0]!))).toEqual(expect.arrayContaining(['Nella copia', 'Dopo la copia']));
    expect(expectOk(await backend.invoke('archivio.stato', {})).condizione).toBe('integro');
    expectOk(await createSeduta(backend, 'Dopo il ripristino'));
    expect(await titles()).toEqual(expect.arrayContaining(['Nella copia', 'Dopo il ripristino']));
    expect(fs.existsSync(`${dbPath}.ripristino`)).toBe(false);
  });

  test('a copy from a newer version of the app, or one that fails the checks, is refused with the reason and nothing changes', async () => {
    const { backend, copie } = open();
    const saved = await saveCopy(backend);
    const good = path.join(copie, saved.copia!.nome);
    const newer = path.join(copie, 'conferenza-copia-2030-01-01_10-00-00.sqlite');
    fs.copyFileSync(good, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const damaged = path.join(copie, 'conferenza-copia-2030-01-02_10-00-00.sqlite');
    fs.copyFileSync(good, damaged);
    fs.truncateSync(damaged, Math.floor(fs.statSync(damaged).size / 8192) * 4096);
    const foreign = path.join(copie, 'conferenza-copia-2030-01-03_10-00-00.sqlite');
    new Database(foreign).exec('CREATE TABLE altro (x)');
    expectOk(await createSeduta(backend, 'Resta'));

    for (const [file, reason] of [[newer, 'versione più recente'], [damaged, 'La copia'], [foreign, "un'altra applicazione"]] as const) {
      const before = sha256(file);
      const op = await finished(backend, expectOk(await backend.invoke('archivio.ripristina', { nome: path.basename(file) })).operazioneId);
      expect(op.stato).toBe('fallita');
      expect(op.errore).toMatch(/^La copia non può essere ripristinata: /);
      expect(op.errore).toContain(reason);
      expect(sha256(file)).toBe(before);
    }
    expect((expectOk(await backend.invoke('sedute.list', { organoId: 1, anno: 2024 }))).map((s) => s.oggetto)).toEqual(['Resta']);
    expect(fs.readdirSync(copie).filter((f) => f.startsWith('conferenza-prima-del-ripristino-'))).toEqual([]);
  });

  test('a name outside the list is not found: the renderer cannot point at another file', async () => {
    const { backend } = open();
    const result = await backend.invoke('archivio.ripristina', { nome: 'conferenza-copia-2020-01-01.sqlite' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('automatic copies', () => {
  test('at the first start of each day, kept 7 daily and 4 weekly (configurable, stored in the archive)', async () => {
    const dbPath = open().dbPath;
    opened.splice(0).forEach((b) => b.close());
    const start = Date.UTC(2026, 0, 1, 9);
    const dayAt = (n: number) => fixedClock(new Date(start + n * 86_400_000).toISOString());
    for (let n = 0; n < 45; n++) {
      const { backend } = open(dbPath, dayAt(n));
      await idle(backend);
      backend.close();
      opened.pop();
    }
    const { backend, copie } = open(dbPath, dayAt(45));
    await idle(backend);
    const daily = () => fs.readdirSync(copie).filter((f) => f.startsWith('conferenza-giornaliera-')).sort();
    const dates = daily().map((f) => f.slice('conferenza-giornaliera-'.length, -'.sqlite'.length));
    // 7 newest days (9–15 February), then the newest copy of each of the 4 weeks before: Sundays 8, 1 February, 25, 18 January.
    expect(dates).toEqual(['2026-01-18', '2026-01-25', '2026-02-01', '2026-02-08', '2026-02-09', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14', '2026-02-15']);

    const second = open(dbPath, dayAt(45)).backend; // a second start the same day takes no copy
    expect(expectOk(await second.invoke('archivio.stato', {})).operazioneInCorso).toBeNull();

    expect(expectOk(await backend.invoke('archivio.conservazione', {}))).toEqual({ giornaliere: 7, settimanali: 4 });
    expectOk(await backend.invoke('archivio.salvaConservazione', { giornaliere: 2, settimanali: 1 }));
    backend.close();
    second.close();
    opened.splice(0);
    const next = open(dbPath, dayAt(46)).backend;
    await idle(next);
    expect(daily().map((f) => f.slice(23, 33))).toEqual(['2026-02-08', '2026-02-15', '2026-02-16']);
  }, 120_000);

  test('retention rule: newest daily copies, then the newest of each earlier week', () => {
    const copies = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-09', '2026-03-10'].map((date) => ({ name: date, date }));
    expect(dailyCopiesToPrune(copies, { giornaliere: 2, settimanali: 1 })).toEqual(['2026-03-04', '2026-03-03', '2026-03-02']);
    // The week of a kept daily copy has no weekly copy of its own: 9 March goes, the week before keeps its newest.
    expect(dailyCopiesToPrune(copies, { giornaliere: 1, settimanali: 2 })).toEqual(['2026-03-09', '2026-03-04', '2026-03-03', '2026-03-02']);
    expect(dailyCopiesToPrune(copies, { giornaliere: 6, settimanali: 0 })).toEqual([]);
  });

  test('before a migration, a copy of the archive as it was is kept in copie/', async () => {
    const dbPath = path.join(fs.mkdtempSync(path.join(temp.dir, 'm-')), 'conferenza.sqlite');
    const copie = path.join(path.dirname(dbPath), 'copie');
    const older = LATEST_SCHEMA_VERSION - 1;
    const db = new Database(dbPath);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, MIGRATIONS.slice(0, older));
    db.prepare("UPDATE comuni SET sindaco_nome = 'Prima della migrazione' WHERE id = 1").run();
    db.close();
    const { backend } = open(dbPath);
    await idle(backend); // the day's automatic copy, taken after the migration
    const copies = fs.readdirSync(copie).filter((f) => f.startsWith('conferenza-prima-migrazione-'));
    expect(copies).toEqual([expect.stringMatching(new RegExp(`-schema${older}\\.sqlite$`))]);
    const op = await finished(backend, expectOk(await backend.invoke('archivio.ispeziona', { nome: copies[0]! })).operazioneId);
    expect(op.ispezione).toMatchObject({ valida: true, schemaVersion: older });
    expect(expectOk(await backend.invoke('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(expectOk(await backend.invoke('comuni.get', { id: 1 })).sindacoNome).toBe('Prima della migrazione');
  });
});

describe('the desktop shell chooses the paths, the page never does', () => {
  const newFile = () => path.join(fs.mkdtempSync(path.join(temp.dir, 'a-')), 'conferenza.sqlite');

  test("a copy goes to the folder the shell's dialog returns; a cancelled dialog saves nothing", async () => {
    const usb = fs.mkdtempSync(path.join(temp.dir, 'usb-'));
    const answers: (string | undefined)[] = [usb, undefined];
    const { backend } = open(newFile(), undefined, { chooseBackupFolder: async () => answers.shift() });
    expect(expectOk(await backend.invoke('archivio.stato', {})).destinazione).toBe('scelta');
    const op = await saveCopy(backend);
    expect(op.copia).toMatchObject({ cartella: usb, sha256: sha256(path.join(usb, op.copia!.nome)) });
    expect(expectOk(await backend.invoke('archivio.salva', {}))).toEqual({ annullata: true });
    expect(fs.readdirSync(usb)).toEqual([op.copia!.nome]);
  });

  test('a copy from another folder is brought into copie/ verified, then restored from the list', async () => {
    const elsewhere = open();
    expectOk(await createSeduta(elsewhere.backend, 'Dalla chiavetta'));
    const external = path.join(elsewhere.copie, (await saveCopy(elsewhere.backend)).copia!.nome);
    const foreign = path.join(temp.dir, 'altro.sqlite');
    new Database(foreign).exec('CREATE TABLE altro (x)');
    const answers: (string | undefined)[] = [foreign, undefined, external];
    const { backend } = open(newFile(), undefined, { chooseCopyFile: async () => answers.shift() });

    const refused = await finished(backend, (expectOk(await backend.invoke('archivio.importa', {})) as { operazioneId: string }).operazioneId);
    expect(refused).toMatchObject({ stato: 'fallita', errore: expect.stringContaining("un'altra applicazione") });
    expect(expectOk(await backend.invoke('archivio.importa', {}))).toEqual({ annullata: true });
    const imported = await finished(backend, (expectOk(await backend.invoke('archivio.importa', {})) as { operazioneId: string }).operazioneId);
    expect(imported.copia!.nome).toMatch(/-importata\.sqlite$/);
    expect(expectOk(await backend.invoke('archivio.copie', {})).copie.map((c) => c.nome)).toEqual([imported.copia!.nome]);

    const restored = await finished(backend, expectOk(await backend.invoke('archivio.ripristina', { nome: imported.copia!.nome })).operazioneId);
    expect(restored.stato).toBe('completata');
    expect(expectOk(await backend.invoke('sedute.list', { organoId: 1, anno: 2024 })).map((s) => s.oggetto)).toContain('Dalla chiavetta');
  });

  test('without the shell (the preview) there is no import from elsewhere', async () => {
    const { backend } = open();
    expect(expectOk(await backend.invoke('archivio.stato', {}))).toMatchObject({ destinazione: 'copie', importazione: false });
    expect(await backend.invoke('archivio.importa', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
