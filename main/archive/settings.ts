import type { Conservazione } from '../../shared/domain/archivio';
import type { Db } from '../db/open';
import { DEFAULT_RETENTION } from './retention';

/** Retention of automatic copies, kept in the archive (one row, migration 007). */
export function readRetention(db: Db): Conservazione {
  try {
    return db.prepare<[], Conservazione>('SELECT giornaliere, settimanali FROM archivio_conservazione WHERE id = 1').get() ?? DEFAULT_RETENTION;
  } catch {
    return DEFAULT_RETENTION; // a damaged archive, or one not yet migrated: the defaults still protect it
  }
}

export function saveRetention(db: Db, value: Conservazione): Conservazione {
  db.prepare('UPDATE archivio_conservazione SET giornaliere = @giornaliere, settimanali = @settimanali WHERE id = 1').run(value);
  return readRetention(db);
}
