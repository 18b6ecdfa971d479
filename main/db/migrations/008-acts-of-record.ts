import type Database from 'better-sqlite3';
import type { Migration } from '../migrate';
import { auditEntryHash } from '../../audit/chain';
import { verbaliSearchTriggers } from './005-regolamenti-ricerca';

/** A real calendar date (no 31 February: SQLite's date() normalises it to another day) within the app's range. */
const realDate = (col: string) => `(${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${col}) IS ${col} AND ${col} >= '1990-01-01')`;

const abort = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/**
 * The verbali table with its new life cycle: 'esportato' (content frozen, the PDF/A and its SHA-256 stored) is distinct
 * from 'firmato' (a signed file proven to contain that export was imported, or a handwritten signature recorded).
 */
const VERBALI = `
  CREATE TABLE verbali (
    id INTEGER PRIMARY KEY,
    organo_id INTEGER NOT NULL REFERENCES organi(id),
    anno INTEGER NOT NULL,
    numero INTEGER NOT NULL CHECK (numero >= 1),
    data TEXT NOT NULL CHECK (${realDate('data')}),
    seduta_id INTEGER REFERENCES sedute(id),
    oggetto TEXT NOT NULL,
    stato TEXT NOT NULL DEFAULT 'bozza' CHECK (stato IN ('bozza', 'approvato', 'esportato', 'firmato', 'annullato', 'storico')),
    annullato_motivo TEXT,
    approvazione TEXT CHECK (approvazione IN ('stessa_seduta', 'seduta_successiva')),
    approvato_il TEXT CHECK (approvato_il IS NULL OR (${realDate('approvato_il')} AND approvato_il >= data)),
    approvato_punto_id INTEGER REFERENCES odg_punti(id),
    esportato_il TEXT,
    firmato_il TEXT CHECK (firmato_il IS NULL OR (${realDate('firmato_il')} AND firmato_il >= approvato_il)),
    firma_modo TEXT CHECK (firma_modo IN ('digitale', 'autografa')),
    pdf BLOB,
    pdf_sha256 TEXT,
    rettifica_di INTEGER REFERENCES verbali(id),
    -- The seduta was reopened after the draft was written: the draft must be regenerated before approval.
    da_rigenerare INTEGER NOT NULL DEFAULT 0 CHECK (da_rigenerare IN (0, 1)),
    creato_il TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (organo_id, anno, numero),
    CHECK (anno = CAST(substr(data, 1, 4) AS INTEGER)),
    CHECK ((stato IN ('esportato', 'firmato')) = (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND esportato_il IS NOT NULL)),
    CHECK ((stato = 'firmato') = (firmato_il IS NOT NULL AND firma_modo IS NOT NULL)),
    CHECK ((stato IN ('approvato', 'esportato', 'firmato')) = (approvato_il IS NOT NULL AND approvazione IS NOT NULL)),
    CHECK (stato <> 'annullato' OR annullato_motivo IS NOT NULL)
  );
  CREATE UNIQUE INDEX verbali_one_per_seduta ON verbali(seduta_id) WHERE seduta_id IS NOT NULL AND stato <> 'annullato';`;

const VERBALI_TRIGGERS = `
  CREATE TRIGGER verbali_no_delete BEFORE DELETE ON verbali ${abort('un verbale registrato non si elimina')}
  -- INSERT OR REPLACE would delete the row it collides with: no verbale is ever replaced.
  CREATE TRIGGER verbali_no_replace BEFORE INSERT ON verbali
    WHEN EXISTS (SELECT 1 FROM verbali WHERE id = NEW.id OR (organo_id = NEW.organo_id AND anno = NEW.anno AND numero = NEW.numero)
      OR (NEW.seduta_id IS NOT NULL AND seduta_id = NEW.seduta_id AND stato <> 'annullato'))
    ${abort('verbale già registrato: non si sostituisce')}
  CREATE TRIGGER verbali_only_closed_seduta BEFORE INSERT ON verbali
    WHEN NEW.seduta_id IS NOT NULL AND ((SELECT stato FROM sedute WHERE id = NEW.seduta_id) IS NOT 'chiusa'
      OR ((SELECT storica FROM sedute WHERE id = NEW.seduta_id) = 0 AND NOT EXISTS (SELECT 1 FROM seduta_chiusure WHERE seduta_id = NEW.seduta_id)))
    ${abort('il verbale si redige dopo la chiusura della seduta')}
  CREATE TRIGGER verbali_rettifica_date BEFORE INSERT ON verbali
    WHEN NEW.rettifica_di IS NOT NULL AND NEW.data < (SELECT data FROM verbali WHERE id = NEW.rettifica_di)
    ${abort('la rettifica non può precedere il verbale che rettifica')}
  CREATE TRIGGER verbali_signed_frozen BEFORE UPDATE ON verbali WHEN OLD.stato IN ('firmato', 'storico', 'annullato')
    ${abort('verbale firmato, storico o annullato: non modificabile')}
  -- An exported verbale only becomes signed (its content untouched) or goes back to draft when its approval is withdrawn.
  CREATE TRIGGER verbali_exported_frozen BEFORE UPDATE ON verbali WHEN OLD.stato = 'esportato' AND NOT (
      (NEW.stato = 'firmato' AND NEW.pdf IS OLD.pdf AND NEW.pdf_sha256 IS OLD.pdf_sha256 AND NEW.esportato_il IS OLD.esportato_il
        AND NEW.oggetto IS OLD.oggetto AND NEW.data IS OLD.data AND NEW.seduta_id IS OLD.seduta_id AND NEW.approvato_il IS OLD.approvato_il
        AND NEW.approvato_punto_id IS OLD.approvato_punto_id AND NEW.rettifica_di IS OLD.rettifica_di)
      OR (NEW.stato = 'bozza' AND NEW.pdf IS NULL))
    ${abort('verbale esportato per la firma: il contenuto non cambia')}
  CREATE TRIGGER verbali_number_fixed BEFORE UPDATE OF organo_id, anno, numero, seduta_id, rettifica_di ON verbali
    WHEN NEW.organo_id IS NOT OLD.organo_id OR NEW.anno IS NOT OLD.anno OR NEW.numero IS NOT OLD.numero
      OR NEW.seduta_id IS NOT OLD.seduta_id OR NEW.rettifica_di IS NOT OLD.rettifica_di
    ${abort('il numero di un verbale e la sua seduta non cambiano')}
  -- Approval through an agenda item of the same or a later seduta that is about this verbale.
  CREATE TRIGGER verbali_approval_item BEFORE UPDATE OF stato ON verbali WHEN NEW.stato = 'approvato' AND OLD.stato = 'bozza'
    AND NOT EXISTS (SELECT 1 FROM odg_punti p WHERE p.id = NEW.approvato_punto_id AND p.tipo = 'approvazione_verbale'
      AND (p.verbale_id = NEW.id OR (p.verbale_id IS NULL AND p.seduta_id = NEW.seduta_id)))
    ${abort("il verbale si approva con un punto all''ordine del giorno che lo riguarda")}`;

/** Triggers of other tables that read verbali.stato: 'esportato' freezes as 'firmato' does. */
const FROZEN_WITH_VERBALE = `
  DROP TRIGGER sezioni_ins; DROP TRIGGER sezioni_upd; DROP TRIGGER sezioni_del;
  DROP TRIGGER versioni_frozen_upd; DROP TRIGGER versioni_no_delete;
  DROP TRIGGER articoli_frozen_ins; DROP TRIGGER articoli_frozen_upd; DROP TRIGGER articoli_frozen_del;
  CREATE TRIGGER sezioni_ins BEFORE INSERT ON verbale_sezioni WHEN (SELECT stato FROM verbali WHERE id = NEW.verbale_id) IS NOT 'bozza'
    ${abort('testo del verbale non modificabile fuori dalla bozza')}
  CREATE TRIGGER sezioni_upd BEFORE UPDATE ON verbale_sezioni
    WHEN (SELECT stato FROM verbali WHERE id = OLD.verbale_id) IS NOT 'bozza' OR NEW.verbale_id IS NOT OLD.verbale_id
    ${abort('testo del verbale non modificabile fuori dalla bozza')}
  CREATE TRIGGER sezioni_del BEFORE DELETE ON verbale_sezioni WHEN (SELECT stato FROM verbali WHERE id = OLD.verbale_id) IS NOT 'bozza'
    ${abort('testo del verbale non modificabile fuori dalla bozza')}
  CREATE TRIGGER versioni_frozen_upd BEFORE UPDATE ON regolamento_versioni
    WHEN OLD.testo_disponibile = 1 AND (SELECT stato FROM verbali WHERE id = OLD.verbale_id) IN ('esportato', 'firmato')
    ${abort('versione approvata con verbale firmato: non modificabile')}
  CREATE TRIGGER versioni_no_delete BEFORE DELETE ON regolamento_versioni
    WHEN OLD.testo_disponibile = 1 AND (SELECT stato FROM verbali WHERE id = OLD.verbale_id) IN ('esportato', 'firmato')
    ${abort('versione approvata con verbale firmato: non modificabile')}
  CREATE TRIGGER versioni_no_replace BEFORE INSERT ON regolamento_versioni
    WHEN EXISTS (SELECT 1 FROM regolamento_versioni v JOIN verbali vb ON vb.id = v.verbale_id
      WHERE v.id = NEW.id AND v.testo_disponibile = 1 AND vb.stato IN ('esportato', 'firmato'))
    ${abort('versione approvata con verbale firmato: non modificabile')}
  CREATE TRIGGER articoli_frozen_ins BEFORE INSERT ON regolamento_articoli
    WHEN (SELECT v.testo_disponibile = 1 AND vb.stato IN ('esportato', 'firmato') FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = NEW.versione_id)
    ${abort('versione approvata con verbale firmato: non modificabile')}
  CREATE TRIGGER articoli_frozen_upd BEFORE UPDATE ON regolamento_articoli
    WHEN (SELECT v.testo_disponibile = 1 AND vb.stato IN ('esportato', 'firmato') FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id IN (OLD.versione_id, NEW.versione_id))
    ${abort('versione approvata con verbale firmato: non modificabile')}
  CREATE TRIGGER articoli_frozen_del BEFORE DELETE ON regolamento_articoli
    WHEN (SELECT v.testo_disponibile = 1 AND vb.stato IN ('esportato', 'firmato') FROM regolamento_versioni v LEFT JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = OLD.versione_id)
    ${abort('versione approvata con verbale firmato: non modificabile')}`;

/** Signed files: 'cartaceo' is the scan of the original signed by hand; each file (by SHA-256) is archived once. */
const FIRMATI = `
  CREATE TABLE verbale_firmati_new (
    id INTEGER PRIMARY KEY,
    verbale_id INTEGER NOT NULL REFERENCES verbali(id),
    nome_file TEXT NOT NULL,
    contenuto BLOB NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    formato TEXT NOT NULL CHECK (formato IN ('PAdES', 'CAdES', 'cartaceo')),
    firme TEXT NOT NULL CHECK (json_valid(firme)),
    importato_il TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  INSERT INTO verbale_firmati_new SELECT * FROM verbale_firmati WHERE id IN (SELECT min(id) FROM verbale_firmati GROUP BY sha256);
  DROP TABLE verbale_firmati;
  ALTER TABLE verbale_firmati_new RENAME TO verbale_firmati;
  CREATE TRIGGER firmati_no_update BEFORE UPDATE ON verbale_firmati ${abort('file firmato archiviato: non modificabile')}
  CREATE TRIGGER firmati_no_delete BEFORE DELETE ON verbale_firmati ${abort('file firmato archiviato: non eliminabile')}
  CREATE TRIGGER firmati_no_replace BEFORE INSERT ON verbale_firmati
    WHEN EXISTS (SELECT 1 FROM verbale_firmati WHERE id = NEW.id OR sha256 = NEW.sha256)
    ${abort('file firmato già archiviato')}
  CREATE TRIGGER firmati_only_signed BEFORE INSERT ON verbale_firmati
    WHEN (SELECT stato FROM verbali WHERE id = NEW.verbale_id) IS NOT 'firmato'
    ${abort('solo un verbale firmato riceve il file firmato')}`;

/** What a closed seduta was judged by, fixed at closing: later edits of rules, ente or comuni never change it. */
const CHIUSURE = `
  CREATE TABLE seduta_chiusure (
    seduta_id INTEGER PRIMARY KEY REFERENCES sedute(id),
    chiusa_il TEXT NOT NULL,
    regole_versione_id INTEGER REFERENCES regole_versioni(id),
    record TEXT NOT NULL CHECK (json_valid(record)),
    sha256 TEXT NOT NULL
  );
  CREATE INDEX seduta_chiusure_regole ON seduta_chiusure(regole_versione_id);
  CREATE TRIGGER chiusure_only_closed BEFORE INSERT ON seduta_chiusure
    WHEN (SELECT stato FROM sedute WHERE id = NEW.seduta_id) IS NOT 'chiusa' OR EXISTS (SELECT 1 FROM seduta_chiusure WHERE seduta_id = NEW.seduta_id)
    ${abort('il verbale di chiusura si scrive una volta, alla chiusura della seduta')}
  CREATE TRIGGER chiusure_no_update BEFORE UPDATE ON seduta_chiusure ${abort('esiti di una seduta chiusa: non modificabili')}
  CREATE TRIGGER chiusure_delete_on_reopen BEFORE DELETE ON seduta_chiusure
    WHEN (SELECT stato FROM sedute WHERE id = OLD.seduta_id) IS 'chiusa'
    ${abort('esiti di una seduta chiusa: non modificabili')}

  CREATE TRIGGER regole_applied_upd BEFORE UPDATE ON regole_versioni
    WHEN EXISTS (SELECT 1 FROM seduta_chiusure WHERE regole_versione_id = OLD.id)
    ${abort('regole applicate da una seduta chiusa: non modificabili')}
  CREATE TRIGGER regole_applied_del BEFORE DELETE ON regole_versioni
    WHEN EXISTS (SELECT 1 FROM seduta_chiusure WHERE regole_versione_id = OLD.id)
    ${abort('regole applicate da una seduta chiusa: non modificabili')}
  CREATE TRIGGER regole_applied_replace BEFORE INSERT ON regole_versioni
    WHEN EXISTS (SELECT 1 FROM regole_versioni r JOIN seduta_chiusure c ON c.regole_versione_id = r.id
      WHERE r.id = NEW.id OR (r.organo_id = NEW.organo_id AND r.valide_dal = NEW.valide_dal))
    ${abort('regole applicate da una seduta chiusa: non modificabili')}
  CREATE TRIGGER regole_date BEFORE INSERT ON regole_versioni WHEN NOT ${realDate('NEW.valide_dal')}
    ${abort('data non valida')}
  CREATE TRIGGER regole_date_upd BEFORE UPDATE ON regole_versioni WHEN NOT ${realDate('NEW.valide_dal')}
    ${abort('data non valida')}`;

/** Sedute: real dates, no closing before the start, and the lock once their verbale (or one they approved) is approved. */
const SEDUTE = `
  CREATE TRIGGER sedute_date_ins BEFORE INSERT ON sedute WHEN NOT ${realDate('NEW.data')} ${abort('data della seduta non valida')}
  CREATE TRIGGER sedute_date_upd BEFORE UPDATE OF data ON sedute WHEN NOT ${realDate('NEW.data')} ${abort('data della seduta non valida')}
  CREATE TRIGGER sedute_no_replace BEFORE INSERT ON sedute WHEN EXISTS (SELECT 1 FROM sedute WHERE id = NEW.id AND stato = 'chiusa')
    ${abort('seduta chiusa: non si sostituisce')}
  CREATE TRIGGER sedute_closed_no_delete BEFORE DELETE ON sedute WHEN OLD.stato = 'chiusa' ${abort('seduta chiusa: non si elimina')}
  CREATE TRIGGER sedute_close_after_start BEFORE UPDATE OF stato ON sedute
    WHEN NEW.stato = 'chiusa' AND NEW.ora_fine IS NOT NULL AND NEW.ora_inizio IS NOT NULL AND NEW.ora_fine < NEW.ora_inizio
    ${abort('la seduta non si chiude prima di essere iniziata')}
  CREATE TRIGGER sedute_closed_leaves BEFORE UPDATE OF stato ON sedute
    WHEN OLD.stato = 'chiusa' AND NEW.stato NOT IN ('chiusa', 'in_corso')
    ${abort('una seduta chiusa si può solo riaprire')}
  CREATE TRIGGER sedute_locked BEFORE UPDATE OF stato ON sedute WHEN OLD.stato = 'chiusa' AND NEW.stato <> 'chiusa' AND (
      EXISTS (SELECT 1 FROM verbali WHERE seduta_id = OLD.id AND stato IN ('approvato', 'esportato', 'firmato', 'storico'))
      OR EXISTS (SELECT 1 FROM verbali v JOIN odg_punti p ON p.id = v.approvato_punto_id
        WHERE p.seduta_id = OLD.id AND v.stato IN ('approvato', 'esportato', 'firmato')))
    ${abort('seduta bloccata: il suo verbale, o un verbale che ha approvato, è approvato')}
  CREATE TRIGGER odg_no_replace BEFORE INSERT ON odg_punti
    WHEN EXISTS (SELECT 1 FROM odg_punti p JOIN sedute s ON s.id = p.seduta_id
      WHERE (p.id = NEW.id OR (p.seduta_id = NEW.seduta_id AND p.posizione = NEW.posizione)) AND s.stato = 'chiusa')
    ${abort('seduta chiusa: ordine del giorno in sola lettura')}`;

/** The audit log becomes an append-only hash chain: each entry carries the SHA-256 of the previous one. */
const AUDIT = `
  ALTER TABLE audit_log ADD COLUMN operatore TEXT NOT NULL DEFAULT '';
  ALTER TABLE audit_log ADD COLUMN canale TEXT NOT NULL DEFAULT '';
  ALTER TABLE audit_log ADD COLUMN modifiche TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(modifiche));
  ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
  ALTER TABLE audit_log ADD COLUMN hash TEXT;
  -- The day in Italy, for the register's filters (at is UTC).
  ALTER TABLE audit_log ADD COLUMN giorno TEXT;
  UPDATE audit_log SET giorno = substr(at, 1, 10);
  CREATE INDEX audit_log_giorno ON audit_log(giorno);
  CREATE INDEX audit_log_operatore ON audit_log(operatore);
  CREATE TABLE operatori (
    id INTEGER PRIMARY KEY,
    nome TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(nome)) BETWEEN 1 AND 120)
  );`;

const AUDIT_TRIGGERS = `
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log ${abort('registro delle modifiche: non modificabile')}
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log ${abort('registro delle modifiche: non eliminabile')}
  CREATE TRIGGER audit_append_only BEFORE INSERT ON audit_log
    WHEN NEW.id <= (SELECT max(id) FROM audit_log) OR NEW.hash IS NULL
      OR NEW.prev_hash IS NOT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)
    ${abort('registro delle modifiche: si aggiunge solo in coda alla catena')}`;

/** Agenda items that approve a verbale: of the same seduta (verbale_id NULL) or of an earlier one. */
const ODG = `
  ALTER TABLE odg_punti ADD COLUMN tipo TEXT NOT NULL DEFAULT 'ordinario' CHECK (tipo IN ('ordinario', 'approvazione_verbale'));
  ALTER TABLE odg_punti ADD COLUMN verbale_id INTEGER REFERENCES verbali(id) CHECK (verbale_id IS NULL OR tipo = 'approvazione_verbale');
  CREATE INDEX odg_punti_verbale ON odg_punti(verbale_id);`;

/** The indexes earlier migrations put on a table, which dropping it removes: to be created again on the new one. */
const indexesOf = (db: Database.Database, table: string): string[] =>
  (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND name <> 'verbali_one_per_seduta'").all(table) as { sql: string }[]).map(
    (r) => r.sql,
  );

function rebuildVerbali(db: Database.Database): void {
  // The rebuild keeps every row (migrate() runs with foreign keys off and checks them before committing): children
  // reference the table by name and find the new one after the rename.
  const indexes = indexesOf(db, 'verbali');
  db.exec(`DELETE FROM ricerca WHERE rowid % 8 = 5;`);
  db.exec(VERBALI.replace('CREATE TABLE verbali (', 'CREATE TABLE verbali_new (').replace(/CREATE (UNIQUE )?INDEX[^;]*;/g, ''));
  db.exec(`
    -- The old 'firmato' only meant exported: it is 'firmato' when a signed file was imported (dated by its import),
    -- 'esportato' otherwise.
    INSERT INTO verbali_new (id, organo_id, anno, numero, data, seduta_id, oggetto, stato, annullato_motivo, approvazione, approvato_il,
        approvato_punto_id, esportato_il, firmato_il, firma_modo, pdf, pdf_sha256, rettifica_di, creato_il)
      SELECT v.id, v.organo_id, v.anno, v.numero, v.data, v.seduta_id, v.oggetto,
        CASE WHEN v.stato = 'firmato' AND f.primo IS NULL THEN 'esportato' ELSE v.stato END,
        v.annullato_motivo, v.approvazione, v.approvato_il, v.approvato_punto_id,
        CASE WHEN v.stato = 'firmato' THEN v.firmato_il END,
        CASE WHEN v.stato = 'firmato' AND f.primo IS NOT NULL THEN max(substr(f.primo, 1, 10), v.approvato_il) END,
        CASE WHEN v.stato = 'firmato' AND f.primo IS NOT NULL THEN 'digitale' END,
        v.pdf, v.pdf_sha256, v.rettifica_di, v.creato_il
      FROM verbali v LEFT JOIN (SELECT verbale_id, min(importato_il) AS primo FROM verbale_firmati GROUP BY verbale_id) f ON f.verbale_id = v.id;
    DROP TABLE verbali;
    ALTER TABLE verbali_new RENAME TO verbali;`);
  db.exec(VERBALI.slice(VERBALI.indexOf('CREATE UNIQUE INDEX')));
  for (const sql of indexes) db.exec(sql);
}

/** Agenda items that approved a verbale under the old schema become approval items of that verbale. */
function markApprovalItems(db: Database.Database): void {
  db.exec(`
    UPDATE odg_punti SET tipo = 'approvazione_verbale', verbale_id = (SELECT v.id FROM verbali v WHERE v.approvato_punto_id = odg_punti.id LIMIT 1)
      WHERE id IN (SELECT approvato_punto_id FROM verbali WHERE approvato_punto_id IS NOT NULL);`);
}

function chainExistingEntries(db: Database.Database): void {
  const rows = db.prepare('SELECT id, at, operatore, canale, action, entity, entity_id, detail, modifiche FROM audit_log ORDER BY id').all() as AuditRowForHash[];
  const set = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  let prev: string | null = null;
  for (const row of rows) {
    const hash = auditEntryHash({ ...row, prev_hash: prev });
    set.run(prev, hash, row.id);
    prev = hash;
  }
}

type AuditRowForHash = Parameters<typeof auditEntryHash>[0];

export const m008ActsOfRecord: Migration = {
  version: 8,
  name: 'acts of record: closing records, verbale life cycle, hash-chained audit log, operators',
  up(db) {
    // Rebuilt tables are renamed into place while other triggers name them: the rename must not re-check those.
    db.pragma('legacy_alter_table = ON');
    db.exec(ODG);
    markApprovalItems(db);
    db.exec(CHIUSURE);
    rebuildVerbali(db);
    db.exec(VERBALI_TRIGGERS);
    db.exec(verbaliSearchTriggers());
    const firmatiIndexes = indexesOf(db, 'verbale_firmati');
    db.exec(FIRMATI);
    for (const sql of firmatiIndexes) db.exec(sql);
    db.exec(FROZEN_WITH_VERBALE);
    db.exec(SEDUTE);
    db.exec(AUDIT);
    chainExistingEntries(db);
    db.exec(AUDIT_TRIGGERS);
    db.pragma('legacy_alter_table = OFF');
  },
};
