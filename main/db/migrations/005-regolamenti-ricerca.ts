import type { Migration } from '../migrate';
import { HISTORIC_REGOLAMENTI } from '../seed/regolamenti';

/** Kinds of searchable rows; a row's FTS rowid is its source rowid × 8 + kind, so triggers can find it. */
export const SEARCH_KIND = { sezione: 1, articolo: 2, seduta: 3, punto: 4, verbale: 5, regolamento: 6 } as const;

interface Indexed {
  table: string;
  kind: keyof typeof SEARCH_KIND;
  /** Only rows matching this SQL condition (on NEW/OLD as ROW) are searchable. */
  when?: string;
  /** SQL expressions on ROW for the FTS columns. */
  titolo: string;
  testo: string;
  ref: string;
  anno: string;
}

const INDEXED: Indexed[] = [
  {
    table: 'verbale_sezioni',
    kind: 'sezione',
    when: "ROW.tipo = 'testo'",
    titolo: 'ROW.titolo',
    testo: 'ROW.testo',
    ref: 'ROW.verbale_id',
    anno: '(SELECT anno FROM verbali WHERE id = ROW.verbale_id)',
  },
  { table: 'verbali', kind: 'verbale', titolo: "'Verbale n. ' || printf('%02d', ROW.numero) || '/' || ROW.anno", testo: 'ROW.oggetto', ref: 'ROW.id', anno: 'ROW.anno' },
  {
    table: 'regolamento_articoli',
    kind: 'articolo',
    when: "ROW.tipo <> 'abrogato'",
    titolo: "'Art. ' || ROW.numero || CASE WHEN ROW.rubrica <> '' THEN ' – ' || ROW.rubrica ELSE '' END",
    testo: 'ROW.testo',
    ref: 'ROW.versione_id',
    anno: '(SELECT CAST(substr(vigente_dal, 1, 4) AS INTEGER) FROM regolamento_versioni WHERE id = ROW.versione_id)',
  },
  { table: 'regolamenti', kind: 'regolamento', titolo: 'ROW.titolo', testo: "''", ref: 'ROW.id', anno: 'NULL' },
  { table: 'sedute', kind: 'seduta', titolo: "'Seduta del ' || strftime('%d/%m/%Y', ROW.data)", testo: 'ROW.oggetto', ref: 'ROW.id', anno: 'CAST(substr(ROW.data, 1, 4) AS INTEGER)' },
  {
    table: 'odg_punti',
    kind: 'punto',
    titolo: 'ROW.titolo',
    testo: 'ROW.descrizione',
    ref: 'ROW.seduta_id',
    anno: '(SELECT CAST(substr(data, 1, 4) AS INTEGER) FROM sedute WHERE id = ROW.seduta_id)',
  },
];

/** The FTS rows of one source table: `alias` names the source row (NEW, OLD, or the table itself when backfilling). */
function ftsRows(ix: Indexed, alias: string): string {
  const on = (sql: string) => sql.replaceAll('ROW', alias);
  return `SELECT ${alias}.rowid * 8 + ${SEARCH_KIND[ix.kind]}, ${on(ix.titolo)}, ${on(ix.testo)}, '${ix.kind}', ${on(ix.ref)}, ${on(ix.anno)}`;
}

/** Triggers that keep the FTS index equal to its source table through every insert, update and delete. */
function searchTriggers(ix: Indexed): string {
  const into = 'INSERT INTO ricerca (rowid, titolo, testo, tipo, ref, anno)';
  const where = (alias: string) => (ix.when ? `WHERE ${ix.when.replaceAll('ROW', alias)}` : '');
  const remove = `DELETE FROM ricerca WHERE rowid = OLD.rowid * 8 + ${SEARCH_KIND[ix.kind]};`;
  return `
    CREATE TRIGGER ${ix.table}_fts_ins AFTER INSERT ON ${ix.table} BEGIN ${into} ${ftsRows(ix, 'NEW')} ${where('NEW')}; END;
    CREATE TRIGGER ${ix.table}_fts_upd AFTER UPDATE ON ${ix.table} BEGIN ${remove} ${into} ${ftsRows(ix, 'NEW')} ${where('NEW')}; END;
    CREATE TRIGGER ${ix.table}_fts_del AFTER DELETE ON ${ix.table} BEGIN ${remove} END;
    ${into} ${ftsRows(ix, 'src')} FROM ${ix.table} AS src ${where('src')};`;
}

/** The verbali's search triggers and rows, for a later migration that rebuilds the verbali table (which drops its triggers). */
export const verbaliSearchTriggers = (): string => searchTriggers(INDEXED.find((ix) => ix.table === 'verbali')!);

export const m005RegolamentiRicerca: Migration = {
  version: 5,
  name: 'regolamenti with versions and articles; full-text search',
  up(db) {
    db.exec(`
      CREATE TABLE regolamenti (
        id INTEGER PRIMARY KEY,
        organo_id INTEGER NOT NULL REFERENCES organi(id),
        titolo TEXT NOT NULL UNIQUE CHECK (length(trim(titolo)) > 0),
        tipo TEXT NOT NULL DEFAULT 'regolamento' CHECK (tipo IN ('regolamento', 'convenzione'))
      );

      CREATE TABLE regolamento_versioni (
        id INTEGER PRIMARY KEY,
        regolamento_id INTEGER NOT NULL REFERENCES regolamenti(id),
        tipo TEXT NOT NULL CHECK (tipo IN ('testo_integrale', 'modifica')),
        vigente_dal TEXT NOT NULL,
        verbale_id INTEGER REFERENCES verbali(id),
        -- The agenda item whose vote approved it, when it was created from that vote.
        punto_id INTEGER REFERENCES odg_punti(id),
        sintesi TEXT NOT NULL DEFAULT '',
        -- 0: registered from the archive, its articles awaiting import.
        testo_disponibile INTEGER NOT NULL DEFAULT 0 CHECK (testo_disponibile IN (0, 1))
      );
      CREATE INDEX regolamento_versioni_reg ON regolamento_versioni(regolamento_id, vigente_dal);
      CREATE INDEX regolamento_versioni_punto ON regolamento_versioni(punto_id);

      CREATE TABLE regolamento_articoli (
        versione_id INTEGER NOT NULL REFERENCES regolamento_versioni(id),
        posizione INTEGER NOT NULL,
        tipo TEXT NOT NULL DEFAULT 'testo' CHECK (tipo IN ('testo', 'sostituito', 'inserito', 'abrogato')),
        numero TEXT NOT NULL,
        rubrica TEXT NOT NULL DEFAULT '',
        testo TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (versione_id, posizione)
      );

      -- A version whose text is complete and whose verbale is signed is frozen, like the verbale.
      CREATE TRIGGER versioni_frozen_upd BEFORE UPDATE ON regolamento_versioni
        WHEN OLD.testo_disponibile = 1 AND (SELECT stato FROM verbali WHERE id = OLD.verbale_id) = 'firmato'
        BEGIN SELECT RAISE(ABORT, 'versione approvata con verbale firmato: non modificabile'); END;
      CREATE TRIGGER versioni_no_delete BEFORE DELETE ON regolamento_versioni
        WHEN OLD.testo_disponibile = 1 AND (SELECT stato FROM verbali WHERE id = OLD.verbale_id) = 'firmato'
        BEGIN SELECT RAISE(ABORT, 'versione approvata con verbale firmato: non modificabile'); END;
      CREATE TRIGGER articoli_frozen_ins BEFORE INSERT ON regolamento_articoli
        WHEN (SELECT v.testo_disponibile = 1 AND vb.stato = 'firmato' FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = NEW.versione_id)
        BEGIN SELECT RAISE(ABORT, 'versione approvata con verbale firmato: non modificabile'); END;
      CREATE TRIGGER articoli_frozen_upd BEFORE UPDATE ON regolamento_articoli
        WHEN (SELECT v.testo_disponibile = 1 AND vb.stato = 'firmato' FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = OLD.versione_id)
        BEGIN SELECT RAISE(ABORT, 'versione approvata con verbale firmato: non modificabile'); END;
      CREATE TRIGGER articoli_frozen_del BEFORE DELETE ON regolamento_articoli
        WHEN (SELECT v.testo_disponibile = 1 AND vb.stato = 'firmato' FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = OLD.versione_id)
        BEGIN SELECT RAISE(ABORT, 'versione approvata con verbale firmato: non modificabile'); END;

      -- "citta" finds "città": diacritics removed by the tokenizer, on both the text and the query.
      CREATE VIRTUAL TABLE ricerca USING fts5(
        titolo, testo, tipo UNINDEXED, ref UNINDEXED, anno UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
    for (const ix of INDEXED) db.exec(searchTriggers(ix));

    const organoId = (db.prepare("SELECT id FROM organi WHERE nome = 'Conferenza Istituzionale dei Sindaci'").get() as { id: number }).id;
    const insertReg = db.prepare('INSERT INTO regolamenti (organo_id, titolo, tipo) VALUES (?, ?, ?)');
    const insertVer = db.prepare(`INSERT INTO regolamento_versioni (regolamento_id, tipo, vigente_dal, verbale_id, sintesi)
      VALUES (?, ?, ?, (SELECT id FROM verbali WHERE organo_id = ? AND numero = ? AND anno = ?), ?)`);
    for (const r of HISTORIC_REGOLAMENTI) {
      const regId = insertReg.run(organoId, r.titolo, r.tipo).lastInsertRowid;
      for (const v of r.versioni) insertVer.run(regId, v.tipo, v.vigenteDal, organoId, v.verbale.numero, v.verbale.anno, v.sintesi);
    }
  },
};
