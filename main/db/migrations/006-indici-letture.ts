import type { Migration } from '../migrate';

/**
 * Indexes for every lookup a screen makes, so that a page costs what it shows and not what the archive holds:
 * the register's rettifiche and signed files per verbale, and the timeline read newest first and counted per year
 * (the state is in the index, so counting a year reads the index alone).
 * IF NOT EXISTS: the acts-of-record migration creates the first two as well. A later migration that rebuilds one
 * of these tables must create its indexes again.
 */
export const m006IndiciLetture: Migration = {
  version: 6,
  name: 'indexes for paged screens',
  up(db) {
    db.exec(`
      CREATE INDEX IF NOT EXISTS verbali_rettifica_di ON verbali(rettifica_di) WHERE rettifica_di IS NOT NULL;
      CREATE INDEX IF NOT EXISTS verbale_firmati_verbale ON verbale_firmati(verbale_id);
      CREATE INDEX verbali_data ON verbali(data, id, stato);
      CREATE INDEX sedute_data ON sedute(data, id, stato);
      CREATE INDEX regolamento_versioni_vigente ON regolamento_versioni(vigente_dal, id);
    `);
  },
};
