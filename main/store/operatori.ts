import type { Db } from '../db/open';

/** The short list of people who work on the archive, chosen from at start (Impostazioni → Operatori). */
export function createOperatoriStore(db: Db) {
  const list = db.prepare<[], { id: number; nome: string }>('SELECT id, nome FROM operatori ORDER BY nome COLLATE NOCASE');
  const byName = db.prepare<[string], { id: number; nome: string }>('SELECT id, nome FROM operatori WHERE nome = ?');
  const insert = db.prepare('INSERT INTO operatori (nome) VALUES (?)');
  const remove = db.prepare('DELETE FROM operatori WHERE id = ?');
  return {
    list: () => list.all(),
    byName: (nome: string) => byName.get(nome),
    insert: (nome: string): number => Number(insert.run(nome).lastInsertRowid),
    remove: (id: number): boolean => remove.run(id).changes === 1,
  };
}
export type OperatoriStore = ReturnType<typeof createOperatoriStore>;
