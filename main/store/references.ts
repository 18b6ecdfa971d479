import type { Db } from '../db/open';

/** Who refers to a row that a channel is about to need or remove: the queries behind main/services/references.ts. */
export function referencesStore(db: Db) {
  const organo = db.prepare<[number], { nome: string }>('SELECT nome FROM organi WHERE id = ?');
  const verbaleApprovante = db.prepare<[number], { numero: number; anno: number }>(
    'SELECT numero, anno FROM verbali WHERE approvato_punto_id = ? ORDER BY anno, numero LIMIT 1',
  );
  const versioneDelPunto = db.prepare<[number], { titolo: string; vigente_dal: string }>(
    `SELECT r.titolo, v.vigente_dal FROM regolamento_versioni v JOIN regolamenti r ON r.id = v.regolamento_id
     WHERE v.punto_id = ? ORDER BY v.vigente_dal, v.id LIMIT 1`,
  );
  return {
    organoExists: (id: number): boolean => organo.get(id) !== undefined,
    /** The first verbale approved by the agenda item, if any. */
    verbaleApprovedBy: (puntoId: number) => verbaleApprovante.get(puntoId),
    /** The first regolamento version approved by the agenda item's vote, if any. */
    versioneApprovedBy: (puntoId: number) => versioneDelPunto.get(puntoId),
  };
}
export type ReferencesStore = ReturnType<typeof referencesStore>;
