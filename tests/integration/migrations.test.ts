import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion, type Migration } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../main/db/open';
import { schemaObjects } from '../../main/integrity/expected-schema';
import { AppFailure } from '../../main/errors';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(temp.cleanup);
const dbFile = () => path.join(temp.dir, `db-${crypto.randomUUID()}.sqlite`);
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function expectFailure(fn: () => unknown, code: string): AppFailure {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe(code);
    return error as AppFailure;
  }
  throw new Error(`expected ${code}`);
}

describe('migrations', () => {
  test('each migration version is its position (never reorder or remove one)', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  test('a fresh database reaches the latest schema with WAL, foreign keys and a busy timeout', () => {
    const db = openDatabase(dbFile());
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  test('a new archive, built in memory and written whole, is the archive migrations make in place: header, schema, rows', () => {
    const file = dbFile();
    const stale = `${file}.${process.pid}.nuovo`;
    fs.writeFileSync(stale, 'resto di una creazione interrotta');
    const created = openDatabase(file);
    const inPlace = new Database(dbFile());
    inPlace.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(inPlace);
    const header = (db: Database.Database) => ['user_version', 'application_id', 'page_size', 'encoding', 'auto_vacuum'].map((p) => db.pragma(p, { simple: true }));
    expect(header(created)).toEqual(header(inPlace));
    expect(schemaObjects(created)).toEqual(schemaObjects(inPlace));
    // The two were made a few milliseconds apart: creation instants are masked.
    const rows = (db: Database.Database) => {
      const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all();
      return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'istante')).sort()]));
    };
    expect(rows(created)).toEqual(rows(inPlace));
    expect(rows(created).comuni).toHaveLength(27);
    created.close();
    inPlace.close();
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.readdirSync(temp.dir).filter((f) => f.endsWith('.nuovo'))).toEqual([]);
  });

  test('re-opening keeps data and does not run migrations again', () => {
    const file = dbFile();
    const first = openDatabase(file);
    first.prepare("UPDATE comuni SET sindaco_nome = 'Maria Rossi' WHERE codice_istat = '076042'").run();
    first.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT count(*) AS n FROM comuni').get()).toEqual({ n: 27 });
    expect(again.prepare("SELECT sindaco_nome FROM comuni WHERE codice_istat = '076042'").get()).toEqual({ sindaco_nome: 'Maria Rossi' });
    again.close();
  });

  test('a database written by a newer version is refused and left byte-for-byte unchanged', () => {
    const file = dbFile();
    const db = openDatabase(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = sha256(file);
    const failure = expectFailure(() => openDatabase(file), 'DB_NEWER_VERSION');
    expect(failure.message).toContain('versione più recente');
    expect(sha256(file)).toBe(before);
  });

  test("another application's SQLite file is refused, not altered", () => {
    const file = dbFile();
    const other = new Database(file);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    const before = sha256(file);
    expectFailure(() => openDatabase(file), 'DB_UNREADABLE');
    expect(sha256(file)).toBe(before);
  });

  test('a file that is not a database is refused', () => {
    const file = dbFile();
    fs.writeFileSync(file, 'questo non è un database '.repeat(100));
    expectFailure(() => openDatabase(file), 'DB_UNREADABLE');
  });

  test('a migration that fails leaves the database at the previous version with its data', () => {
    const db = new Database(dbFile());
    const good: Migration = { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)') };
    const bad: Migration = {
      version: 2,
      name: 'two',
      up: (d) => {
        d.exec('INSERT INTO t VALUES (2); CREATE TABLE u (y)');
        throw new Error('power cut');
      },
    };
    migrate(db, [good]);
    expect(() => migrate(db, [good, bad])).toThrow('power cut');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare('SELECT x FROM t').all()).toEqual([{ x: 1 }]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'u'").get()).toEqual({ n: 0 });
    db.close();
  });
});
