import type { Articolo, Versione } from '../../shared/regolamenti';
import { formatVerbaleNumber } from '../../shared/italian';
import type { Db } from '../db/open';

export interface VersioneRow {
  id: number;
  regolamento_id: number;
  tipo: 'testo_integrale' | 'modifica';
  vigente_dal: string;
  verbale_id: number | null;
  verbale_numero: number | null;
  verbale_anno: number | null;
  verbale_stato: string | null;
  verbale_data: string | null;
  punto_id: number | null;
  sintesi: string;
  testo_disponibile: number;
  articoli: number;
}

export interface ArticoloRow {
  versione_id: number;
  posizione: number;
  tipo: 'testo' | 'sostituito' | 'inserito' | 'abrogato';
  numero: string;
  rubrica: string;
  testo: string;
  /** Structure headings the article opens, one per line ('' for none). */
  intestazioni: string;
}

export interface RegolamentoRow {
  id: number;
  organo_id: number;
  titolo: string;
  tipo: 'regolamento' | 'convenzione';
}

export type ArticoloChange = Pick<ArticoloRow, 'tipo' | 'numero' | 'rubrica' | 'testo'> & { intestazioni?: readonly string[] };

const SELECT_VERSIONE = `
  SELECT v.*, vb.numero AS verbale_numero, vb.anno AS verbale_anno, vb.stato AS verbale_stato, vb.data AS verbale_data,
    (SELECT count(*) FROM regolamento_articoli a WHERE a.versione_id = v.id) AS articoli
  FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id`;

export const numeroVerbaleOf = (v: VersioneRow): string | undefined =>
  v.verbale_numero === null || v.verbale_anno === null ? undefined : formatVerbaleNumber(v.verbale_numero, v.verbale_anno);

/** A stored version as the pure vigenza functions read it. */
export function toVersione(v: VersioneRow, articoli: readonly ArticoloRow[]): Versione {
  const numeroVerbale = numeroVerbaleOf(v);
  const ref = { id: v.id, vigenteDal: v.vigente_dal, ...(numeroVerbale && { numeroVerbale }) };
  if (v.tipo === 'testo_integrale') {
    return {
      ...ref,
      kind: 'testo_integrale',
      articoli: articoli.map(({ numero, rubrica, testo, intestazioni }): Articolo => ({ numero, rubrica, testo, ...(intestazioni && { intestazioni: intestazioni.split('\n') }) })),
    };
  }
  return {
    ...ref,
    kind: 'modifica',
    modifiche: articoli.map((a) =>
      a.tipo === 'abrogato'
        ? { tipo: 'abrogato' as const, numero: a.numero }
        : { tipo: a.tipo === 'inserito' ? ('inserito' as const) : ('sostituito' as const), numero: a.numero, testo: a.testo, ...(a.rubrica && { rubrica: a.rubrica }) },
    ),
  };
}

export function createRegolamentiStore(db: Db) {
  const list = db.prepare<[], RegolamentoRow>('SELECT * FROM regolamenti ORDER BY titolo COLLATE NOCASE');
  const get = db.prepare<[number], RegolamentoRow>('SELECT * FROM regolamenti WHERE id = ?');
  const versioni = db.prepare<[number], VersioneRow>(`${SELECT_VERSIONE} WHERE v.regolamento_id = ? ORDER BY v.vigente_dal, v.id`);
  const allVersioni = db.prepare<[], VersioneRow>(`${SELECT_VERSIONE} ORDER BY v.vigente_dal, v.id`);
  const versione = db.prepare<[number], VersioneRow>(`${SELECT_VERSIONE} WHERE v.id = ?`);
  const articoli = db.prepare<[number], ArticoloRow>(
    `SELECT a.* FROM regolamento_articoli a JOIN regolamento_versioni v ON v.id = a.versione_id
     WHERE v.regolamento_id = ? ORDER BY a.versione_id, a.posizione`,
  );
  const articolo = db.prepare<[number, number], ArticoloRow>('SELECT * FROM regolamento_articoli WHERE versione_id = ? AND posizione = ?');
  const insertReg = db.prepare('INSERT INTO regolamenti (organo_id, titolo, tipo) VALUES (?, ?, ?)');
  const insertVer = db.prepare(`INSERT INTO regolamento_versioni (regolamento_id, tipo, vigente_dal, verbale_id, punto_id, sintesi)
    VALUES (@regolamentoId, @tipo, @vigenteDal, @verbaleId, @puntoId, @sintesi)`);
  const insertArt = db.prepare(`INSERT INTO regolamento_articoli (versione_id, posizione, tipo, numero, rubrica, testo, intestazioni)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const clearArt = db.prepare('DELETE FROM regolamento_articoli WHERE versione_id = ?');
  const markComplete = db.prepare('UPDATE regolamento_versioni SET testo_disponibile = 1 WHERE id = ?');
  const byPunto = db.prepare<[number], VersioneRow>(`${SELECT_VERSIONE} WHERE v.punto_id = ?`);

  return {
    list: () => list.all(),
    get: (id: number) => get.get(id),
    versioni: (regolamentoId: number) => versioni.all(regolamentoId),
    allVersioni: () => allVersioni.all(),
    versione: (id: number) => versione.get(id),
    articoli: (regolamentoId: number) => articoli.all(regolamentoId),
    articolo: (versioneId: number, posizione: number) => articolo.get(versioneId, posizione),
    byPunto: (puntoId: number) => byPunto.all(puntoId),
    insert: (organoId: number, titolo: string, tipo: RegolamentoRow['tipo']): number => Number(insertReg.run(organoId, titolo, tipo).lastInsertRowid),
    insertVersione: (v: { regolamentoId: number; tipo: VersioneRow['tipo']; vigenteDal: string; verbaleId: number | null; puntoId: number | null; sintesi: string }): number =>
      Number(insertVer.run(v).lastInsertRowid),
    /** Writes the articles, then marks the text complete: from then on a signed verbale freezes it (triggers). */
    setArticoli: (versioneId: number, rows: readonly ArticoloChange[]): void => {
      clearArt.run(versioneId);
      rows.forEach((a, i) => insertArt.run(versioneId, i + 1, a.tipo, a.numero, a.rubrica, a.testo, (a.intestazioni ?? []).join('\n')));
      markComplete.run(versioneId);
    },
  };
}
export type RegolamentiStore = ReturnType<typeof createRegolamentiStore>;
