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
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppFailure(
      'DB_NEWER_VERSION',
      `Questo archivio è stato aggiornato da una versione più recente dell'applicazione (schema ${current}; questa versione arriva allo schema ${latest}). Installare la versione più recente: l'archivio non è stato modificato.`,
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
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
