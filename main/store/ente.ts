import type { Ente, EnteUpdate, Organo } from '../../shared/domain/ente';
import type { Db } from '../db/open';

export function createEnteStore(db: Db) {
  const get = db.prepare<[], Ente>(`
    SELECT e.nome, e.sede, e.capofila_comune_id AS capofilaComuneId, c.nome AS capofilaNome, e.presidente,
      e.coordinatore, e.segretario_verbalizzante AS segretarioVerbalizzante, e.pec, e.email
    FROM ente e JOIN comuni c ON c.id = e.capofila_comune_id
    WHERE e.id = 1`);
  const update = db.prepare(`
    UPDATE ente SET nome = @nome, sede = @sede, capofila_comune_id = @capofilaComuneId, presidente = @presidente,
      coordinatore = @coordinatore, segretario_verbalizzante = @segretarioVerbalizzante, pec = @pec, email = @email
    WHERE id = 1`);
  const organoNome = db.prepare<[number], { nome: string }>('SELECT nome FROM organi WHERE id = ?');
  const organi = db.prepare<[], { id: number; nome: string; attivo: number }>(
    'SELECT id, nome, attivo FROM organi ORDER BY id',
  );

  return {
    get: (): Ente => {
      const ente = get.get();
      if (!ente) throw new Error("Database senza i dati dell'ente");
      return ente;
    },
    update: (data: EnteUpdate): void => {
      update.run(data);
    },
    /** The organ's name, as documents print it (organi rows are never deleted: foreign keys point at them). */
    organoNome: (id: number): string => {
      const row = organoNome.get(id);
      if (!row) throw new Error(`Organo ${id} inesistente`);
      return row.nome;
    },
    organi: (): Organo[] => organi.all().map((o) => ({ ...o, attivo: o.attivo === 1 })),
  };
}
export type EnteStore = ReturnType<typeof createEnteStore>;
