import { conferenceRulesSchema } from '../../shared/rules/schema';
import type { RegoleVersione } from '../../shared/domain/seduta';
import type { Db } from '../db/open';

interface RegoleRow {
  id: number;
  organo_id: number;
  valide_dal: string;
  regole: string;
  nota: string;
  predefinita: number;
}

const toVersione = (r: RegoleRow): RegoleVersione => ({
  id: r.id,
  organoId: r.organo_id,
  valideDal: r.valide_dal,
  regole: conferenceRulesSchema.parse(JSON.parse(r.regole)),
  nota: r.nota,
  predefinita: r.predefinita === 1,
});

export interface RegoleInput {
  organoId: number;
  valideDal: string;
  regole: RegoleVersione['regole'];
  nota: string;
}

export function createRegoleStore(db: Db) {
  const list = db.prepare<[number], RegoleRow>('SELECT * FROM regole_versioni WHERE organo_id = ? ORDER BY valide_dal');
  const get = db.prepare<[number], RegoleRow>('SELECT * FROM regole_versioni WHERE id = ?');
  const atDate = db.prepare<[number, string], RegoleRow>(
    'SELECT * FROM regole_versioni WHERE organo_id = ? AND valide_dal <= ? ORDER BY valide_dal DESC LIMIT 1',
  );
  const byDate = db.prepare<[number, string], { id: number }>('SELECT id FROM regole_versioni WHERE organo_id = ? AND valide_dal = ?');
  const insert = db.prepare('INSERT INTO regole_versioni (organo_id, valide_dal, regole, nota) VALUES (?, ?, ?, ?)');
  const update = db.prepare('UPDATE regole_versioni SET valide_dal = ?, regole = ?, nota = ?, predefinita = 0 WHERE id = ?');
  const remove = db.prepare('DELETE FROM regole_versioni WHERE id = ?');
  const appliedBy = db.prepare<[number], { data: string }>(
    'SELECT s.data FROM seduta_chiusure c JOIN sedute s ON s.id = c.seduta_id WHERE c.regole_versione_id = ? ORDER BY s.data',
  );

  return {
    list: (organoId: number): RegoleVersione[] => list.all(organoId).map(toVersione),
    get: (id: number): RegoleVersione | undefined => {
      const row = get.get(id);
      return row && toVersione(row);
    },
    /** The version in force on `date`: the latest one that applies from that day or before. */
    inForce: (organoId: number, date: string): RegoleVersione | undefined => {
      const row = atDate.get(organoId, date);
      return row && toVersione(row);
    },
    idAt: (organoId: number, date: string): number | undefined => byDate.get(organoId, date)?.id,
    insert: (v: RegoleInput): number => Number(insert.run(v.organoId, v.valideDal, JSON.stringify(v.regole), v.nota).lastInsertRowid),
    update: (id: number, v: RegoleInput): void => {
      update.run(v.valideDal, JSON.stringify(v.regole), v.nota, id);
    },
    /** Dates of the closed sedute judged by this version: it is frozen while any is closed. */
    appliedBy: (id: number): string[] => appliedBy.all(id).map((r) => r.data),
    remove: (id: number): void => {
      remove.run(id);
    },
  };
}
export type RegoleStore = ReturnType<typeof createRegoleStore>;
