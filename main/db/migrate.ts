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

/**
 * Forward-only migrations, each in its own transaction together with the version bump,
 * so an interrupted upgrade leaves the database at the previous version, intact.
 */
export function migrate(db: Database.Database): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppFailure(
      'DB_NEWER_VERSION',
      `Questo archivio è stato aggiornato da una versione più recente dell'applicazione (schema ${current}; questa versione arriva allo schema ${LATEST_SCHEMA_VERSION}). Installare la versione più recente: l'archivio non è stato modificato.`,
    );
  }
  for (const migration of MIGRATIONS.slice(current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
