import fs from 'node:fs';
import path from 'node:path';
import type { Ispezione } from '../../shared/domain/archivio';
import { checkHeader, openReadOnly, type Db } from '../db/open';
import { assertKnownVersion, schemaVersion } from '../db/migrate';
import { AppFailure } from '../errors';
import { checkIntegrity, type Progress } from './integrity';

/**
 * Opens a copy read-only and says what it holds and whether it may replace the archive: this app's file
 * (application_id), a schema this version knows (≤ ours), and a full integrity check. Never writes to it.
 */
export async function inspectCopy(file: string, onProgress: Progress = () => {}): Promise<Ispezione> {
  const base: Ispezione = {
    nome: path.basename(file),
    dimensione: fs.statSync(file).size,
    schemaVersion: null,
    sedute: null,
    verbali: null,
    regolamenti: null,
    ultimaModifica: null,
    valida: false,
    motivo: null,
  };
  let db: Db;
  try {
    assertKnownVersion(checkHeader(file).userVersion);
    db = openReadOnly(file);
  } catch (error) {
    return { ...base, motivo: refusal(error) };
  }
  try {
    try {
      assertKnownVersion(schemaVersion(db));
    } catch (error) {
      return { ...base, schemaVersion: safe(() => schemaVersion(db)), motivo: refusal(error) };
    }
    const held = { ...base, schemaVersion: schemaVersion(db), ...contents(db) };
    const problems = await checkIntegrity(db, onProgress);
    if (problems.length > 0) return { ...held, motivo: `La copia non supera il controllo di integrità: ${problems[0]}.` };
    return { ...held, valida: true };
  } finally {
    db.close();
  }
}

function contents(db: Db): Pick<Ispezione, 'sedute' | 'verbali' | 'regolamenti' | 'ultimaModifica'> {
  const count = (table: string) => safe(() => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0);
  return {
    sedute: count('sedute'),
    verbali: count('verbali'),
    regolamenti: count('regolamenti'),
    ultimaModifica: safe(() => db.prepare<[], string | null>('SELECT max(at) FROM audit_log').pluck().get() ?? null),
  };
}

const safe = <T>(read: () => T): T | null => {
  try {
    return read();
  } catch {
    return null;
  }
};

const refusal = (error: unknown): string =>
  error instanceof AppFailure ? error.message : `La copia non si può leggere: ${error instanceof Error ? error.message : String(error)}.`;
