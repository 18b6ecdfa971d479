import type { Db } from '../db/open';
import { SEARCH_KIND } from '../db/migrations/005-regolamenti-ricerca';

export type SearchKind = keyof typeof SEARCH_KIND;

/** One search hit with what its title needs, joined in the same query (no lookup per hit). */
export interface SearchHit {
  rowid: number;
  tipo: SearchKind;
  ref: number;
  anno: number | null;
  titolo: string;
  estratto: string;
  /** Sections: their verbale's number and year. */
  verbale_numero: number | null;
  verbale_anno: number | null;
  /** Sedute and agenda items: the seduta's date. */
  seduta_data: string | null;
  /** Articles: version, number, regolamento; regolamenti: their own id and title. */
  articolo_versione: number | null;
  articolo_numero: string | null;
  regolamento_id: number | null;
  regolamento_titolo: string | null;
}

/** One entry of the timeline, before its title is written. */
export interface PercorsoRow {
  data: string;
  /** 0 seduta, 1 verbale, 2 regolamento version: the order of a day's entries. */
  ord: 0 | 1 | 2;
  id: number;
  ref: number;
  numero: number | null;
  anno: number | null;
  titolo: string | null;
  descrizione: string | null;
}

export interface PercorsoCursor {
  data: string;
  ord: number;
  id: number;
}

/** Hits wanted before the one-per-act grouping (several sections of one verbale count once). */
const HITS = 300;
/** How much of a description the timeline reads: the handler shortens it further at a word boundary. */
const DESCRIPTION_CHARS = 300;

const kindMask = (kinds: readonly SearchKind[]): number => kinds.reduce((mask, k) => mask | (1 << SEARCH_KIND[k]), 0);

// The kind is the FTS rowid modulo 8 (see migration 5) and is tested on the rowid: the content row, with the
// document's whole text, is read only for the hits returned (and for the year filter, when one is chosen).
const MATCHING = `ricerca MATCH @q AND ((@kinds >> (rowid % 8)) & 1) = 1 AND (@anno IS NULL OR anno = @anno)`;

/**
 * `hits`: an FTS query that returns its rows in the order wanted (rank or rowid, both done inside FTS5), so that
 * SQLite needs no sorter and computes the snippet and reads the content row only for the rows returned; then
 * what the titles need, joined in the same statement.
 */
const withDetails = (hits: string) => `
  SELECT h.*, vb.numero AS verbale_numero, vb.anno AS verbale_anno, s.data AS seduta_data,
    a.versione_id AS articolo_versione, a.numero AS articolo_numero, rg.id AS regolamento_id, rg.titolo AS regolamento_titolo
  FROM (${hits}) h
  LEFT JOIN verbali vb ON h.rowid % 8 = ${SEARCH_KIND.sezione} AND vb.id = h.ref
  LEFT JOIN sedute s ON h.rowid % 8 IN (${SEARCH_KIND.seduta}, ${SEARCH_KIND.punto}) AND s.id = h.ref
  LEFT JOIN regolamento_articoli a ON h.rowid % 8 = ${SEARCH_KIND.articolo} AND a.rowid = h.rowid / 8
  LEFT JOIN regolamento_versioni rv ON rv.id = a.versione_id
  LEFT JOIN regolamenti rg ON rg.id = CASE h.rowid % 8 WHEN ${SEARCH_KIND.regolamento} THEN h.ref ELSE rv.regolamento_id END
  ORDER BY h.pos`;
const HIT_COLUMNS = `rowid, tipo, ref, anno, titolo, snippet(ricerca, 1, char(2), char(3), '…', 14) AS estratto`;

/** Full-text search and the timeline's rows. */
export function createRicercaStore(db: Db) {
  const ranked = db.prepare<{ q: string; kinds: number; anno: number | null }, SearchHit>(`
    ${withDetails(`SELECT ${HIT_COLUMNS}, rank AS pos FROM ricerca
      WHERE ${MATCHING} AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT ${HITS}`)}`);
  // FTS5 walks its index in rowid order and stops at the limit: no ranking of every match.
  const recent = db.prepare<{ q: string; kinds: number; anno: number | null }, SearchHit>(`
    ${withDetails(`SELECT ${HIT_COLUMNS}, -rowid AS pos FROM ricerca WHERE ${MATCHING} ORDER BY rowid DESC LIMIT ${HITS}`)}`);
  // Matches counted up to a bound: the cost stays under the bound's however common the word.
  const countUpTo = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM ricerca WHERE ricerca MATCH ? LIMIT ?)');

  // Newest first from each table by its (date, id) index, then merged: a page costs its size, not the archive's.
  const percorsoPage = db.prepare<PercorsoCursor & { n: number }, PercorsoRow>(`
    SELECT * FROM (SELECT s.data, 0 AS ord, s.id, s.id AS ref, NULL AS numero, NULL AS anno, NULL AS titolo,
        coalesce(nullif(substr(s.oggetto, 1, ${DESCRIPTION_CHARS}), ''),
          (SELECT group_concat(titolo, '; ') FROM (SELECT substr(titolo, 1, ${DESCRIPTION_CHARS}) AS titolo FROM odg_punti
            WHERE seduta_id = s.id ORDER BY posizione LIMIT 3))) AS descrizione
      FROM sedute s WHERE s.data <= @data AND (s.data, 0, s.id) < (@data, @ord, @id) AND s.stato <> 'annullata'
      ORDER BY s.data DESC, s.id DESC LIMIT @n)
    UNION ALL
    SELECT * FROM (SELECT v.data, 1, v.id, v.id, v.numero, v.anno, NULL, substr(v.oggetto, 1, ${DESCRIPTION_CHARS})
      FROM verbali v WHERE v.data <= @data AND (v.data, 1, v.id) < (@data, @ord, @id) AND v.stato <> 'annullato'
      ORDER BY v.data DESC, v.id DESC LIMIT @n)
    UNION ALL
    SELECT * FROM (SELECT rv.vigente_dal, 2, rv.id, rv.regolamento_id, NULL, NULL, rg.titolo, substr(rv.sintesi, 1, ${DESCRIPTION_CHARS})
      FROM regolamento_versioni rv JOIN regolamenti rg ON rg.id = rv.regolamento_id
      WHERE rv.vigente_dal <= @data AND (rv.vigente_dal, 2, rv.id) < (@data, @ord, @id)
      ORDER BY rv.vigente_dal DESC, rv.id DESC LIMIT @n)
    ORDER BY data DESC, ord DESC, id DESC LIMIT @n`);
  // The years between the first and the last entry (apart, min() and max() are one index seek each), each counted
  // on the (date, id, state) indexes: the cost is the entries' index, never their rows.
  const bounds = (table: string, column: string) => `SELECT (SELECT min(${column}) FROM ${table}) AS lo, (SELECT max(${column}) FROM ${table}) AS hi`;
  const yearRange = (table: string, column: string, extra = '') =>
    `(SELECT count(*) FROM ${table} WHERE ${column} >= printf('%04d-01-01', y) AND ${column} < printf('%04d-01-01', y + 1)${extra})`;
  const percorsoYears = db.prepare<[], { anno: number; sedute: number; verbali: number; regolamenti: number }>(`
    WITH RECURSIVE bounds AS (
      SELECT CAST(substr(min(lo), 1, 4) AS INTEGER) AS lo, CAST(substr(max(hi), 1, 4) AS INTEGER) AS hi FROM (
        ${bounds('sedute', 'data')} UNION ALL ${bounds('verbali', 'data')} UNION ALL ${bounds('regolamento_versioni', 'vigente_dal')})),
    years(y) AS (SELECT hi FROM bounds WHERE hi IS NOT NULL UNION ALL SELECT y - 1 FROM years, bounds WHERE y > lo),
    counts AS MATERIALIZED (SELECT y AS anno, ${yearRange('sedute', 'data', " AND stato <> 'annullata'")} AS sedute,
      ${yearRange('verbali', 'data', " AND stato <> 'annullato'")} AS verbali, ${yearRange('regolamento_versioni', 'vigente_dal')} AS regolamenti
      FROM years)
    SELECT * FROM counts WHERE sedute + verbali + regolamenti > 0 ORDER BY anno DESC`);

  return {
    /** Best-ranked hits first. */
    ranked: (query: string, kinds: readonly SearchKind[], anno: number | null) => ranked.all({ q: query, kinds: kindMask(kinds), anno }),
    /** The latest indexed hits first: for words so common that ranking them all would be slow and say little. */
    recent: (query: string, kinds: readonly SearchKind[], anno: number | null) => recent.all({ q: query, kinds: kindMask(kinds), anno }),
    /** How many documents match `query`, counting no further than `bound`. */
    countUpTo: (query: string, bound: number) => countUpTo.get(query, bound)!.n,
    /** The `n` entries before `cursor`, newest first. */
    percorso: (cursor: PercorsoCursor, n: number) => percorsoPage.all({ ...cursor, n }),
    percorsoYears: () => percorsoYears.all(),
  };
}
export type RicercaStore = ReturnType<typeof createRicercaStore>;
