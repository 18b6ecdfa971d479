import type { Migration } from '../migrate';

/**
 * Indexes for every lookup a screen makes, so that a page costs what it shows and not what the archive holds:
 * the register's rettifiche and signed files per verbale, the timeline read newest first, and the search's
 * document frequencies (to tell a common word before ranking every document it is in).
 */
export const m006IndiciLetture: Migration = {
  version: 6,
  name: 'indexes for paged screens; search vocabulary',
  up(db) {
    db.exec(`
      CREATE INDEX verbali_rettifica_di ON verbali(rettifica_di) WHERE rettifica_di IS NOT NULL;
      CREATE INDEX verbale_firmati_verbale ON verbale_firmati(verbale_id);
      CREATE INDEX verbali_data ON verbali(data, id);
      CREATE INDEX sedute_data ON sedute(data, id);
      CREATE INDEX regolamento_versioni_vigente ON regolamento_versioni(vigente_dal, id);
      CREATE VIRTUAL TABLE ricerca_vocabolario USING fts5vocab(ricerca, 'row');
    `);
  },
};
