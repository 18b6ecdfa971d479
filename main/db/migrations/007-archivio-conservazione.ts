import type { Migration } from '../migrate';

/** Retention of the automatic copies (issue 9), kept in the archive itself: one row. */
export const m007ArchivioConservazione: Migration = {
  version: 7,
  name: 'archivio-conservazione',
  up(db) {
    db.exec(`
      CREATE TABLE archivio_conservazione (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        giornaliere INTEGER NOT NULL CHECK (giornaliere BETWEEN 1 AND 90),
        settimanali INTEGER NOT NULL CHECK (settimanali BETWEEN 0 AND 104)
      );
      INSERT INTO archivio_conservazione (id, giornaliere, settimanali) VALUES (1, 7, 4);
    `);
  },
};
