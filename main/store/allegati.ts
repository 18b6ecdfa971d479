import type { Allegato, AllegatoOwner } from '../../shared/domain/allegato';
import { letteraAllegato } from '../../shared/domain/allegato';
import type { Db } from '../db/open';
import { attachmentLabel } from '../services/attachment-kind';

const OWNER_COLUMN: Record<AllegatoOwner['tipo'], string> = { punto: 'punto_id', verbale: 'verbale_id', versione: 'versione_id' };

interface Row {
  id: number;
  descrizione: string;
  nome_file: string;
  mime: string;
  dimensione: number;
  sha256: string;
  copia_cartacea: number;
  aggiunto_il: string;
  lettera_index: number;
}

const COLUMNS = `id, descrizione, nome_file, mime, dimensione, sha256, copia_cartacea, aggiunto_il`;
const toAllegato = (r: Row): Allegato => ({
  id: r.id,
  lettera: letteraAllegato(r.lettera_index),
  descrizione: r.descrizione,
  nomeFile: r.nome_file,
  mime: r.mime,
  tipo: attachmentLabel(r.mime),
  dimensione: r.dimensione,
  sha256: r.sha256,
  copiaCartacea: r.copia_cartacea === 1,
  aggiuntoIl: r.aggiunto_il,
});

export interface ActState {
  sedutaStato: string | null;
  data: string;
  punto: number | null;
  verbaleStato: string | null;
  numero: number | null;
  anno: number | null;
}

export interface NewAllegato {
  owner: AllegatoOwner;
  descrizione: string;
  nomeFile: string;
  mime: string;
  contenuto: Buffer;
  sha256: string;
  copiaCartacea: boolean;
  aggiuntoIl: string;
}

export function createAllegatiStore(db: Db) {
  const byOwner = Object.fromEntries(
    Object.entries(OWNER_COLUMN).map(([tipo, column]) => [
      tipo,
      db.prepare<[number], Row>(`SELECT ${COLUMNS}, row_number() OVER (ORDER BY posizione) - 1 AS lettera_index FROM allegati WHERE ${column} = ? ORDER BY posizione`),
    ]),
  ) as Record<AllegatoOwner['tipo'], ReturnType<typeof db.prepare<[number], Row>>>;
  const sameFile = Object.fromEntries(
    Object.entries(OWNER_COLUMN).map(([tipo, column]) => [tipo, db.prepare<[number, string], { id: number }>(`SELECT id FROM allegati WHERE ${column} = ? AND sha256 = ?`)]),
  ) as Record<AllegatoOwner['tipo'], ReturnType<typeof db.prepare<[number, string], { id: number }>>>;
  const insert = db.prepare(`
    INSERT INTO allegati (punto_id, verbale_id, versione_id, posizione, descrizione, nome_file, mime, dimensione, sha256, contenuto, copia_cartacea, aggiunto_il)
    VALUES (@punto, @verbale, @versione,
      (SELECT coalesce(max(posizione), 0) + 1 FROM allegati WHERE punto_id IS @punto AND verbale_id IS @verbale AND versione_id IS @versione),
      @descrizione, @nomeFile, @mime, length(@contenuto), @sha256, @contenuto, @copiaCartacea, @aggiuntoIl)`);
  const ownerOf = db.prepare<[number], { punto_id: number | null; verbale_id: number | null; versione_id: number | null }>(
    'SELECT punto_id, verbale_id, versione_id FROM allegati WHERE id = ?',
  );
  const file = db.prepare<[number], { nome_file: string; mime: string; contenuto: Buffer }>('SELECT nome_file, mime, contenuto FROM allegati WHERE id = ?');
  const remove = db.prepare('DELETE FROM allegati WHERE id = ?');
  /** The allegati of a seduta's agenda items, item by item (as the verbale lists them after its own). */
  const ofSeduta = db.prepare<[number], { punto_id: number; posizione: number }>('SELECT id AS punto_id, posizione FROM odg_punti WHERE seduta_id = ? ORDER BY posizione');

  const actState = {
    punto: db.prepare<[number], ActState>(`SELECT s.stato AS sedutaStato, s.data, p.posizione AS punto, NULL AS verbaleStato, NULL AS numero, NULL AS anno
      FROM odg_punti p JOIN sedute s ON s.id = p.seduta_id WHERE p.id = ?`),
    verbale: db.prepare<[number], ActState>('SELECT NULL AS sedutaStato, data, NULL AS punto, stato AS verbaleStato, numero, anno FROM verbali WHERE id = ?'),
    versione: db.prepare<[number], ActState>(`SELECT NULL AS sedutaStato, v.vigente_dal AS data, NULL AS punto, vb.stato AS verbaleStato, vb.numero, vb.anno
      FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = ?`),
  };

  return {
    /** The state of the act an allegato belongs to (undefined when there is no such act). */
    actState: (owner: AllegatoOwner): ActState | undefined => actState[owner.tipo].get(owner.id),
    list: (owner: AllegatoOwner): Allegato[] => byOwner[owner.tipo].all(owner.id).map(toAllegato),
    /** Per agenda item id, in agenda order. */
    ofSedutaItems: (sedutaId: number): { puntoId: number; posizione: number; allegati: Allegato[] }[] =>
      ofSeduta.all(sedutaId).map(({ punto_id, posizione }) => ({ puntoId: punto_id, posizione, allegati: byOwner.punto.all(punto_id).map(toAllegato) })),
    hasFile: (owner: AllegatoOwner, sha256: string): boolean => sameFile[owner.tipo].get(owner.id, sha256) !== undefined,
    insert: (a: NewAllegato): number => {
      const by = (tipo: AllegatoOwner['tipo']) => (a.owner.tipo === tipo ? a.owner.id : null);
      const result = insert.run({
        punto: by('punto'),
        verbale: by('verbale'),
        versione: by('versione'),
        descrizione: a.descrizione,
        nomeFile: a.nomeFile,
        mime: a.mime,
        sha256: a.sha256,
        contenuto: a.contenuto,
        copiaCartacea: a.copiaCartacea ? 1 : 0,
        aggiuntoIl: a.aggiuntoIl,
      });
      return Number(result.lastInsertRowid);
    },
    owner: (id: number): AllegatoOwner | undefined => {
      const r = ownerOf.get(id);
      if (!r) return undefined;
      if (r.punto_id !== null) return { tipo: 'punto', id: r.punto_id };
      if (r.verbale_id !== null) return { tipo: 'verbale', id: r.verbale_id };
      return { tipo: 'versione', id: r.versione_id! };
    },
    file: (id: number) => file.get(id),
    remove: (id: number): void => {
      remove.run(id);
    },
  };
}
export type AllegatiStore = ReturnType<typeof createAllegatiStore>;
