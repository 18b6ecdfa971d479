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

const VERSION = MIGRATIONS.findIndex((m) => m.name.startsWith('presenze e votazioni')) + 1;

/** An archive of schema 10 with an open seduta (a delegate, a secret ballot) and a closed one. */
function schema10Archive(): string {
  const file = path.join(temp.dir, 'v10.sqlite');
  const db = new Database(file);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, MIGRATIONS.slice(0, VERSION - 1));
  db.exec(`
    INSERT INTO sedute (id, organo_id, tipo, data, ora_inizio, luogo, stato) VALUES (100, 1, 'ordinaria', '2026-06-10', '10:00', 'Sala', 'in_corso');
    INSERT INTO presenze (seduta_id, comune_id, stato, nominativo) SELECT 100, id, CASE WHEN id <= 15 THEN 'sindaco' ELSE 'assente' END, '' FROM comuni;
    UPDATE presenze SET stato = 'delegato', nominativo = 'Anna Bianchi', delega_rif = 'prot. 812' WHERE seduta_id = 100 AND comune_id = 1;
    INSERT INTO odg_punti (id, seduta_id, posizione, titolo) VALUES (500, 100, 1, 'Piano di zona');
    INSERT INTO votazioni (punto_id, modalita, favorevoli, contrari, astenuti) VALUES (500, 'segreta', 10, 4, 1);
    INSERT INTO sedute (id, organo_id, tipo, data, ora_inizio, luogo, stato) VALUES (101, 1, 'ordinaria', '2026-05-10', '10:00', 'Sala', 'in_corso');
    INSERT INTO presenze (seduta_id, comune_id, stato) SELECT 101, id, 'sindaco' FROM comuni;
    UPDATE sedute SET stato = 'chiusa', ora_fine = '12:00' WHERE id = 101;
  `);
  db.close();
  return file;
}

describe(`migration ${VERSION}: qualifica, videoconferenza, schede, elezioni`, () => {
  test('old rows read as in the room, without role, proposals without schede; closed sedute stay frozen', async () => {
    const file = schema10Archive();
    const db = new Database(file);
    migrate(db);
    expect(db.prepare("SELECT DISTINCT qualifica, modalita FROM presenze WHERE seduta_id IN (100, 101)").all()).toEqual([{ qualifica: '', modalita: 'presenza' }]);
    expect(db.prepare('SELECT tipo, bianche, nulle FROM votazioni WHERE punto_id = 500').get()).toEqual({ tipo: 'proposta', bianche: null, nulle: null });
    expect(() => db.exec("UPDATE presenze SET modalita = 'videoconferenza' WHERE seduta_id = 101 AND comune_id = 1")).toThrow('seduta chiusa');
    expect(() => db.exec("UPDATE presenze SET qualifica = 'assessore' WHERE seduta_id = 100 AND comune_id = 2")).toThrow(/CHECK constraint/);
    db.exec("UPDATE presenze SET qualifica = 'assessore', modalita = 'videoconferenza' WHERE seduta_id = 100 AND comune_id = 1");
    db.exec("UPDATE presenze SET qualifica = '', modalita = 'presenza' WHERE seduta_id = 100 AND comune_id = 1");
    db.close();

    const backend = openBackend({ dbPath: file, assetsDir: projectPath('assets'), clock: fixedClock() });
    try {
      const d = expectOk(await backend.invoke('sedute.get', { id: 100 }));
      expect(d.punti[0]!.votazione).toMatchObject({ tipo: 'proposta', conteggi: { favorevoli: 10, contrari: 4, astenuti: 1, bianche: 0, nulle: 0 }, candidati: [] });
      expect(d.punti[0]!.votazione!.esito).toMatchObject({ esito: 'approvata', bianche: 0, nulle: 0 });
      const delegate = d.presenze.find((p) => p.stato === 'delegato')!;
      expect(delegate).toMatchObject({ nominativo: 'Anna Bianchi', qualifica: '', modalita: 'presenza' });
      // Edited now, the old delegate needs the role the new contract asks for.
      const edit = await backend.invoke('presenze.set', { sedutaId: 100, comuneId: delegate.comuneId, stato: 'delegato', nominativo: 'Anna Bianchi', delegaRif: 'prot. 812', oraIngresso: '10:10', oraUscita: null });
      expect(edit.ok || edit.error.fields).toEqual({ qualifica: 'Indicare la qualifica del delegato (es. vicesindaco, assessore, consigliere)' });
      expect(expectOk(await backend.invoke('sedute.get', { id: 101 })).quorum).toMatchObject({ presenti: 27, collegati: 0 });
    } finally {
      backend.close();
    }
  });
});
