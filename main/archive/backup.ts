import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CopiaSalvata } from '../../shared/domain/archivio';
import type { Db } from '../db/open';
import { AppFailure, folderFailure } from '../errors';
import { inspectCopy } from './inspect';
import type { Progress } from './integrity';

/** Pages per backup step (4 MB at SQLite's default page size): few steps, yet the app answers between them. */
const PAGES_PER_STEP = 1024;
/** A write by another connection restarts the backup; after this many restarts the rest is copied in one step. */
const RESTARTS_BEFORE_ONE_STEP = 3;
/** Share of the progress bar for copying; the rest is the verification of the copy. */
const COPY_SHARE = 0.6;
/**
 * The archive's page cache while it is copied, in KB. The copy reads every page through it: at its usual 16 MB
 * (better-sqlite3's default) it left about 30 MB in the process that the allocator never gave back (measured on a
 * 961 MB archive, the daily copy at start); at 2 MB, about 1 MB.
 */
const COPY_CACHE_KB = 2048;
/** Copies in progress per connection (the daily copy and one the user asked for may overlap), and the cache to give back. */
const copying = new WeakMap<Db, { copies: number; cacheSize: number }>();

/** The archive's cache at COPY_CACHE_KB until the last copy in progress ends; returns what ends this one. */
function smallCacheWhileCopying(db: Db): () => void {
  const state = copying.get(db) ?? { copies: 0, cacheSize: db.pragma('cache_size', { simple: true }) as number };
  if (state.copies++ === 0) db.pragma(`cache_size = -${COPY_CACHE_KB}`);
  copying.set(db, state);
  return () => {
    if (--state.copies > 0) return;
    copying.delete(db);
    if (db.open) db.pragma(`cache_size = ${state.cacheSize}`);
  };
}

/**
 * Copies the live archive with SQLite's online backup API (every committed write, the WAL's too, never a torn file),
 * to a partial file beside the target; verifies that copy read-only; only then gives it its name, with size and SHA-256.
 * A copy that fails verification is removed and the reason thrown.
 */
export async function backupTo(db: Db, target: string, onProgress: Progress): Promise<CopiaSalvata> {
  const partial = `${target}.${process.pid}.parziale`; // two app processes starting the same day must not share it
  fs.rmSync(partial, { force: true });
  let restarts = 0;
  let lastRemaining = Infinity;
  const restoreCache = smallCacheWhileCopying(db);
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        onProgress(COPY_SHARE * (1 - remainingPages / Math.max(totalPages, 1)), 'Copia delle pagine dell’archivio');
        return restarts >= RESTARTS_BEFORE_ONE_STEP ? 0x7fffffff : PAGES_PER_STEP;
      },
    });
    const inspection = await inspectCopy(partial, (done, fase) => onProgress(COPY_SHARE + (1 - COPY_SHARE) * done, `Verifica della copia: ${fase.toLowerCase()}`));
    if (!inspection.valida) throw new AppFailure('CONFLICT', `La copia non è stata salvata: ${inspection.motivo}`);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw writeFailure(error, path.dirname(target));
  } finally {
    restoreCache();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${partial}${suffix}`, { force: true });
  }
  return { nome: path.basename(target), cartella: path.dirname(target), dimensione: fs.statSync(target).size, sha256: await sha256Of(target) };
}

/** Read through one reused buffer: a stream would leave a new 64 KB buffer per chunk, 500 MB of garbage for a large copy. */
const HASH_BUFFER_BYTES = 1 << 20;

export async function sha256Of(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.allocUnsafe(HASH_BUFFER_BYTES);
  const handle = await fs.promises.open(file, 'r');
  try {
    for (let read = 1; read > 0; ) {
      ({ bytesRead: read } = await handle.read(buffer, 0, buffer.length, null));
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** The folder's problem in one Italian sentence (full USB stick, read-only share…); other failures unchanged. */
function writeFailure(error: unknown, dir: string): unknown {
  if (error instanceof AppFailure) return error;
  const failure = folderFailure(error);
  if (failure === 'pieno') return new AppFailure('CONFLICT', `Spazio esaurito in ${dir}: la copia non è stata salvata.`);
  // better-sqlite3's backup throws a TypeError when it cannot open the destination.
  if (failure === 'non_scrivibile' || error instanceof TypeError) return new AppFailure('CONFLICT', `Nella cartella ${dir} non si può scrivere: la copia non è stata salvata.`);
  return error;
}
