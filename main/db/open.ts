import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppFailure } from '../errors';
import { assertSupportedVersion, migrate } from './migrate';

export type Db = Database.Database;

/** Marks files written by this app, so that another SQLite file is refused rather than altered. */
export const APPLICATION_ID = 0x43534c50; // "CSLP"

/**
 * Opens (creating if needed) the app's database and brings its schema up to date.
 * WAL + synchronous=FULL: a crash or power cut mid-write leaves the last committed state.
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    checkApplicationId(db, file);
    assertSupportedVersion(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkApplicationId(db: Db, file: string): void {
  let appId: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
  } catch {
    throw new AppFailure('DB_UNREADABLE', `Il file ${file} non è un database di questa applicazione o è danneggiato.`);
  }
  const isEmpty = (db.pragma('page_count', { simple: true }) as number) === 0;
  if (isEmpty) db.pragma(`application_id = ${APPLICATION_ID}`);
  else if (appId !== APPLICATION_ID)
    throw new AppFailure('DB_UNREADABLE', `Il file ${file} è un database SQLite di un'altra applicazione: non viene modificato.`);
}
