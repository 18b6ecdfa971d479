import type Database from 'better-sqlite3';
import { AppFailure } from '../errors';
import { MIGRATIONS } from './migrations';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

/** Refuses, before anything is written, a database that a newer version of the app has upgraded. */
export function assertSupportedVersion(db: Database.Database, latest = LATEST_SCHEMA_VERSION): number {
  return assertKnownVersion(schemaVersion(db), latest);
}

/** The same check on a version read from the file's header (when SQLite cannot read the file's schema). */
export function assertKnownVersion(current: number, latest = LATEST_SCHEMA_VERSION): number {
  if (current > latest) {
    throw new AppFailure(
      'DB_NEWER_VERSION',
      `Questo archivio è stato aggiornato da una versione più recente dell'applicazione (schema ${current}, questa arriva allo schema ${latest}): installare la versione più recente; l'archivio non è stato modificato.`,
    );
  }
  return current;
}

/**
 * Forward-only migrations, each in its own transaction together with the version bump,
 * so an interrupted upgrade leaves the database at the previous version, intact.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = assertSupportedVersion(db, migrations.length);
  // A migration may rebuild a table (SQLite's way to change a CHECK): foreign keys are off while it runs, as SQLite
  // requires, and checked before it commits.
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of migrations.slice(current)) {
      db.transaction(() => {
        migration.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new Error(`migration ${migration.version}: ${broken.length} broken foreign keys`);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}
