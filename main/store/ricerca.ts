import type { Db } from '../db/open';

export interface SearchHit {
  rowid: number;
  tipo: string;
  ref: number;
  anno: number | null;
  titolo: string;
  estratto: string;
}

/** Full-text search and the timeline's raw rows. */
export function createRicercaStore(db: Db) {
  // `kinds` is a comma-wrapped list (",sezione,verbale,"): one prepared statement for every filter.
  const search = db.prepare<[string, string, number | null, number | null], SearchHit>(`
    SELECT rowid, tipo, ref, anno, titolo, snippet(ricerca, 1, char(2), char(3), '…', 14) AS estratto
    FROM ricerca WHERE ricerca MATCH ? AND instr(?, ',' || tipo || ',') > 0 AND (? IS NULL OR anno = ?)
    ORDER BY bm25(ricerca, 4.0, 1.0) LIMIT 300`);
  const articoloAt = db.prepare<[number], { versione_id: number; numero: string }>(
    'SELECT versione_id, numero FROM regolamento_articoli WHERE rowid = ?',
  );
  const sedute = db.prepare<[], { id: number; data: string; oggetto: string; punti: string | null }>(`
    SELECT s.id, s.data, s.oggetto, (SELECT group_concat(titolo, '; ') FROM odg_punti WHERE seduta_id = s.id) AS punti
    FROM sedute s WHERE s.stato <> 'annullata'`);
  const verbali = db.prepare<[], { id: number; data: string; numero: number; anno: number; oggetto: string }>(
    "SELECT id, data, numero, anno, oggetto FROM verbali WHERE stato <> 'annullato'",
  );

  return {
    search: (query: string, kinds: readonly string[], anno: number | null) => search.all(query, `,${kinds.join(',')},`, anno, anno),
    /** The article behind an FTS row (rowid = source rowid × 8 + kind). */
    articoloOf: (ftsRowid: number) => articoloAt.get(Math.floor(ftsRowid / 8)),
    sedute: () => sedute.all(),
    verbali: () => verbali.all(),
  };
}
export type RicercaStore = ReturnType<typeof createRicercaStore>;
