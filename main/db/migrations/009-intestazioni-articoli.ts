import type { Migration } from '../migrate';

/**
 * Structure headings of a regolamento (TITOLO / CAPO / Sezione) kept with the article they open, one per line,
 * in the order they stand in the text. ADD COLUMN rewrites no row, so the triggers that freeze the articles of a
 * signed version do not fire and stored texts keep their (empty) headings.
 */
export const m009IntestazioniArticoli: Migration = {
  version: 9,
  name: 'structure headings of regolamento articles',
  up(db) {
    db.exec(`
      ALTER TABLE regolamento_articoli ADD COLUMN intestazioni TEXT NOT NULL DEFAULT ''
        CHECK (intestazioni NOT LIKE '%' || char(10) || char(10) || '%');
    `);
  },
};
