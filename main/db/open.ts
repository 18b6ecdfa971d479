import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { systemClock, type Clock } from '../../shared/clock';
import { copiesDirFor, copyFileName, fileStamp } from '../archive/paths';
import { AppFailure, folderFailure } from '../errors';
import { assertKnownVersion, LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrate';

export type Db = Database.Database;

/** Marks files written by this app, so that another SQLite file is refused rather than altered. */
export const APPLICATION_ID = 0x43534c50; // "CSLP"

/** How the archive was opened: writable, or read-only with the reason the user reads in the banner. */
export type ArchiveCondition =
  | { stato: 'integro' }
  | { stato: 'sola_lettura'; motivo: string }
  | { stato: 'danneggiato'; motivo: string };

export interface OpenedArchive {
  db: Db;
  condizione: ArchiveCondition;
  /** True when there was no file: a new, seeded archive (nothing yet to copy). */
  creato: boolean;
}

/**
 * Opens (creating if needed) the app's database and brings its schema up to date.
 * WAL + synchronous=FULL: a crash or power cut mid-write leaves the last committed state.
 * Throws AppFailure for a file that is not a usable archive; such a file is never written to.
 */
export function openDatabase(file: string): Db {
  return openArchive(file).db;
}

/**
 * Like openDatabase, but an archive that cannot be written (read-only file or folder) or fails `PRAGMA quick_check`
 * is opened read-only, and the condition says why. Every refusal is one Italian sentence; the file is left untouched.
 */
export function openArchive(file: string, clock: Clock = systemClock): OpenedArchive {
  if (!existingFile(file)) return createArchive(file, clock);
  const header = checkHeader(file);
  const probe = openReadOnly(file);
  let damage: string | undefined;
  try {
    assertKnownVersion(readable(() => schemaVersion(probe)) ?? header.userVersion);
    damage = quickCheck(probe);
  } catch (error) {
    probe.close();
    throw error;
  }
  const readOnlyReason = damage === undefined ? unwritableReason(file) : undefined;
  if (damage !== undefined || readOnlyReason !== undefined) {
    if (damage === undefined && schemaVersion(probe) < LATEST_SCHEMA_VERSION) {
      probe.close();
      throw new AppFailure('DB_UNREADABLE', `${readOnlyReason!.slice(0, -1)}, e questa versione dell'applicazione deve aggiornarlo: renderlo modificabile e riaprire l'applicazione.`);
    }
    const condizione: ArchiveCondition = damage === undefined
      ? { stato: 'sola_lettura', motivo: `${readOnlyReason!.slice(0, -1)}: si può consultare, ma non modificare.` }
      : { stato: 'danneggiato', motivo: `L'archivio è danneggiato (${damage}): è aperto in sola lettura; ripristinare l'ultima copia buona.` };
    return { db: probe, condizione, creato: false };
  }
  probe.close();
  return { db: openWritable(file, clock), condizione: { stato: 'integro' }, creato: false };
}

/** False when there is nothing at `file` yet; refuses anything there that is not a non-empty regular file. */
function existingFile(file: string): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new AppFailure('DB_UNREADABLE', `Il file dell'archivio ${file} non è accessibile (${(error as NodeJS.ErrnoException).code}): non viene modificato.`);
  }
  if (stat.isDirectory()) {
    throw new AppFailure('DB_UNREADABLE', `Al posto del file dell'archivio ${file} c'è una cartella: spostarla o scegliere un'altra cartella dei dati.`);
  }
  if (!stat.isFile()) throw new AppFailure('DB_UNREADABLE', `${file} non è un file ordinario: l'archivio non può essere aperto.`);
  if (stat.size === 0) {
    throw new AppFailure(
      'DB_UNREADABLE',
      `Il file dell'archivio ${file} è vuoto (0 byte), forse per un'interruzione: non viene reinizializzato; ripristinare una copia o spostarlo per iniziare un archivio nuovo.`,
    );
  }
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    throw new AppFailure('DB_UNREADABLE', `Il file dell'archivio ${file} non si può leggere (permessi insufficienti): non viene modificato.`);
  }
  return true;
}

/**
 * A read-only connection; in a folder where SQLite cannot create the WAL index (-shm) it reads a copy held in
 * memory instead. The header of that copy (never of the file) is switched out of WAL, which memory cannot hold.
 */
/** Page cache of a read-only connection, in KB (SQLite's own default is 2 MB). */
const READ_THROUGH_CACHE_KB = 2048;

export function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('schema_version', { simple: true });
    // Read-only connections read a file through once (a check, a copy's inspection, a restore's source): a cache
    // gains nothing, and the 16 MB better-sqlite3 gives each connection would stay in the process after it closes.
    db.pragma(`cache_size = -${READ_THROUGH_CACHE_KB}`);
    return db;
  } catch (error) {
    // Any other error is damage (the header was checked first): quick_check reports it, the file opens read-only.
    if (sqliteCode(error) !== 'SQLITE_READONLY_DIRECTORY' && sqliteCode(error) !== 'SQLITE_CANTOPEN') return db;
    db.close();
    const image = fs.readFileSync(file);
    if (image.length > 19 && image[18] === 2) image.fill(1, 18, 20);
    return new Database(image);
  }
}

const notADatabase = (file: string) =>
  new AppFailure('DB_UNREADABLE', `Il file ${file} non è un database di questa applicazione: non viene modificato.`);

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads the 100-byte header itself (SQLite may not be able to read a damaged file at all): the format's magic, the
 * application_id (offset 68) and the schema version (user_version, offset 60). Refuses what is not this app's.
 */
export function checkHeader(file: string): { userVersion: number } {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) throw notADatabase(file);
  if (header.readUInt32BE(68) !== APPLICATION_ID)
    throw new AppFailure('DB_UNREADABLE', `Il file ${file} è un database SQLite di un'altra applicazione: non viene modificato.`);
  return { userVersion: header.readUInt32BE(60) };
}

const readable = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/** What `PRAGMA quick_check` finds wrong, in Italian (SQLite's own lines are for the full check's report). */
function quickCheck(db: Db): string | undefined {
  try {
    const first = (db.pragma('quick_check(1)') as { quick_check: string }[])[0]?.quick_check ?? 'ok';
    return first === 'ok' ? undefined : 'il controllo rapido all\'avvio ha trovato pagine o indici non validi';
  } catch {
    return 'le tabelle non si possono leggere';
  }
}

/**
 * Why the archive cannot be written, or undefined. Write permission bits are read as well as access(2), so a file
 * marked read-only stays read-only for an administrator (root ignores permissions) as it does on Windows.
 */
function unwritableReason(file: string): string | undefined {
  const dir = path.dirname(file);
  if (!writable(file)) return "Il file dell'archivio è in sola lettura.";
  if (!writable(dir)) return `La cartella dell'archivio ${dir} è in sola lettura.`;
  return undefined;
}

function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return (fs.statSync(target).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

/**
 * A new archive is built in memory and written whole beside its name (VACUUM INTO keeps the header's application_id
 * and user_version, the schema text and every row), synced, then given its name: a crash while it is made leaves no
 * half-migrated file, and the thirteen migrations cost no disk syncs. A name taken meanwhile by another process wins.
 */
function createArchive(file: string, clock: Clock): OpenedArchive {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new AppFailure('DB_UNREADABLE', `La cartella dei dati ${path.dirname(file)} non si può creare (${(error as NodeJS.ErrnoException).code}).`);
  }
  const partial = `${file}.${process.pid}.nuovo`;
  const image = new Database(':memory:');
  try {
    image.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(image);
    fs.rmSync(partial, { force: true });
    image.prepare('VACUUM INTO ?').run(partial);
    syncToDisk(partial);
    if (!claimName(partial, file)) return openArchive(file, clock);
  } catch (error) {
    throw writeFailure(error, path.dirname(file));
  } finally {
    image.close();
    fs.rmSync(partial, { force: true });
  }
  return { db: openWritable(file, clock), condizione: { stato: 'integro' }, creato: true };
}

function syncToDisk(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Gives `partial` the name `file` unless it exists (a hard link never replaces one); false if it existed. */
function claimName(partial: string, file: string): boolean {
  try {
    fs.linkSync(partial, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    fs.renameSync(partial, file); // a file system without hard links (FAT)
  }
  return true;
}

/** A folder that cannot take the new archive, in one Italian sentence; other failures unchanged. */
function writeFailure(error: unknown, dir: string): unknown {
  if (error instanceof AppFailure) return error;
  const failure = folderFailure(error);
  if (failure === 'pieno') return new AppFailure('DB_UNREADABLE', `Spazio esaurito in ${dir}: l'archivio nuovo non si può creare.`);
  if (failure === 'non_scrivibile') return new AppFailure('DB_UNREADABLE', `Nella cartella dei dati ${dir} non si può scrivere: l'archivio nuovo non si può creare.`);
  return error;
}

function openWritable(file: string, clock: Clock): Db {
  const db = new Database(file, { fileMustExist: true });
  try {
    configure(db);
    const version = schemaVersion(db);
    if (version > 0 && version < LATEST_SCHEMA_VERSION) copyBeforeMigration(db, file, version, clock);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Db): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * A consistent copy in copie/ before the schema changes. VACUUM INTO rather than the backup API because opening
 * is synchronous; it writes a complete, compacted database, committed state only, never a file copy.
 */
function copyBeforeMigration(db: Db, file: string, version: number, clock: Clock): void {
  const dir = copiesDirFor(file);
  const target = path.join(dir, copyFileName('prima-migrazione', fileStamp(clock), `schema${version}`));
  try {
    fs.mkdirSync(dir, { recursive: true });
    db.prepare('VACUUM INTO ?').run(target);
  } catch (error) {
    fs.rmSync(target, { force: true });
    const code = (error as { code?: string }).code ?? 'errore';
    throw new AppFailure('DB_UNREADABLE', `La copia da fare prima di aggiornare l'archivio non si può scrivere in ${dir} (${code}): l'archivio non è stato aggiornato né modificato.`);
  }
}

const sqliteCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
