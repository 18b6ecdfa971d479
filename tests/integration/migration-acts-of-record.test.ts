import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { openBackend } from '../../main/backend';
import { projectPath } from '../../main/cli/project-path';
import { migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations';
import { APPLICATION_ID } from '../../main/db/open';
import { expectOk, fixedClock } from '../helpers/backend';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
afterAll(temp.cleanup);

/**
 * An archive as the previous version left it (schema 5, its own SQL): a closed seduta with attendance and a vote,
 * its verbale "firmato" (the old word for exported) without a signed file, and a second one with a signed file.
 */
function previousVersionArchive(): string {
  const file = path.join(temp.dir, 'v5.sqlite');
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 5));
  db.exec(`
    INSERT INTO sedute (id, organo_id, tipo, data, ora_inizio, luogo, stato) VALUES (100, 1, 'ordinaria', '2025-06-10', '10:00', 'Sala', 'in_corso');
    INSERT INTO presenze (seduta_id, comune_id, stato) SELECT 100, id, CASE WHEN id <= 15 THEN 'sindaco' ELSE 'assente' END FROM comuni;
    INSERT INTO odg_punti (id, seduta_id, posizione, titolo) VALUES (500, 100, 1, 'Piano di zona');
    INSERT INTO votazioni (punto_id, modalita) VALUES (500, 'unanimita');
    UPDATE sedute SET stato = 'chiusa', ora_fine = '12:00' WHERE id = 100;
    INSERT INTO verbali (id, organo_id, anno, numero, data, seduta_id, oggetto, stato, approvazione, approvato_il, firmato_il, pdf, pdf_sha256)
      VALUES (200, 1, 2025, 1, '2025-06-10', 100, 'Piano di zona', 'approvato', 'stessa_seduta', '2025-06-10', NULL, NULL, NULL);
    UPDATE verbali SET stato = 'firmato', firmato_il = '2025-06-11T08:00:00.000Z', pdf = x'255044462d', pdf_sha256 = '${sha('%PDF-')}' WHERE id = 200;
    INSERT INTO audit_log (action, entity, entity_id, detail) VALUES ('sign', 'verbale', 200, '{}');
  `);
  db.close();
  return file;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('migration 8 on an archive of the previous version', () => {
  test('keeps every row, names the old states honestly, fixes the closed seduta once, and chains the old log', async () => {
    const dbPath = previousVersionArchive();
    const backend = openBackend({ dbPath, assetsDir: projectPath('assets'), clock: fixedClock() });
    try {
      const verbale = expectOk(await backend.invoke('verbali.get', { id: 200 }));
      // Exported, not signed: no signed file was ever imported.
      expect(verbale).toMatchObject({ stato: 'esportato', esportatoIl: '2025-06-11T08:00:00.000Z', firmatoIl: null, approvatoIl: '2025-06-10' });
      const seduta = expectOk(await backend.invoke('sedute.get', { id: 100 }));
      expect(seduta.chiusura).not.toBeNull();
      expect(seduta.punti[0]!.votazione!.esito).toMatchObject({ esito: 'approvata', presenti: 15 });
      const verifica = expectOk(await backend.invoke('integrita.verifica', {}));
      expect(verifica.anomalie).toEqual([]);
      const found = expectOk(await backend.invoke('ricerca.trova', { q: 'Piano di zona', tipi: ['verbale'], anno: null })).risultati;
      expect(found.length).toBeGreaterThan(0);
    } finally {
      backend.close();
    }
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.prepare('SELECT count(*) AS n FROM presenze WHERE seduta_id = 100').get()).toEqual({ n: 27 });
    } finally {
      db.close();
    }
  });
});
