import type { Migration } from '../migrate';

const abort = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/** A real calendar date (SQLite's date() would normalise 31 February to another day). */
const realDate = (col: string) => `(${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${col}) IS ${col})`;
const sha = (col: string) => `(length(${col}) = 64 AND ${col} NOT GLOB '*[^0-9a-f]*')`;

/** The columns fixed at publication: an UPDATE may only set the referto, once. */
const FIXED = ['id', 'verbale_id', 'punto_id', 'anno', 'numero', 'dal', 'al', 'oggetto', 'omissis', 'copia', 'copia_sha256', 'pubblicato_da', 'pubblicato_il'];

/**
 * Publications on the albo pretorio (TUEL art. 124): a signed verbale, or the estratto of one of its agenda items,
 * published for at least 15 consecutive days under a number of the albo's register (unique in the year of the first
 * day), with the copy for publication (personal data as omissis) stored as PDF/A with its SHA-256. The record never
 * changes; the referto (certificate of publication) is added once, after the last day.
 */
export const m012Pubblicazioni: Migration = {
  version: 12,
  name: 'pubblicazioni',
  up(db) {
    db.exec(`
      CREATE TABLE pubblicazioni (
        id INTEGER PRIMARY KEY,
        verbale_id INTEGER NOT NULL REFERENCES verbali(id),
        punto_id INTEGER REFERENCES odg_punti(id),
        anno INTEGER NOT NULL,
        numero INTEGER NOT NULL CHECK (typeof(numero) = 'integer' AND numero >= 1),
        dal TEXT NOT NULL CHECK (${realDate('dal')}),
        al TEXT NOT NULL CHECK (${realDate('al')}),
        oggetto TEXT NOT NULL CHECK (length(oggetto) >= 1),
        omissis TEXT NOT NULL CHECK (json_valid(omissis) AND json_type(omissis) = 'array'),
        copia BLOB NOT NULL CHECK (length(copia) >= 1),
        copia_sha256 TEXT NOT NULL CHECK (${sha('copia_sha256')}),
        pubblicato_da TEXT NOT NULL CHECK (length(pubblicato_da) >= 1),
        pubblicato_il TEXT NOT NULL CHECK (${realDate('substr(pubblicato_il, 1, 10)')} AND pubblicato_il GLOB '????-??-??T??:??:*'),
        referto BLOB,
        referto_sha256 TEXT CHECK (referto_sha256 IS NULL OR ${sha('referto_sha256')}),
        -- The day the referto was issued, in Italy: after the last day of publication.
        referto_il TEXT CHECK (referto_il IS NULL OR (${realDate('referto_il')} AND referto_il > al)),
        referto_da TEXT,
        referto_esito TEXT CHECK (referto_esito IN ('senza_opposizioni', 'con_note')),
        referto_note TEXT,
        referto_firmatario TEXT,
        referto_qualifica TEXT,
        UNIQUE (anno, numero),
        CHECK (anno = CAST(substr(dal, 1, 4) AS INTEGER)),
        -- Fifteen consecutive days, the first one included.
        -- (date() is NULL past year 9999, and a NULL CHECK passes: hence IS NOT NULL.)
        CHECK (date(dal, '+14 days') IS NOT NULL AND al >= date(dal, '+14 days')),
        CHECK ((referto IS NULL) = (referto_sha256 IS NULL) AND (referto IS NULL) = (referto_il IS NULL)
          AND (referto IS NULL) = (referto_da IS NULL) AND (referto IS NULL) = (referto_esito IS NULL)
          AND (referto IS NULL) = (referto_note IS NULL) AND (referto IS NULL) = (referto_firmatario IS NULL)
          AND (referto IS NULL) = (referto_qualifica IS NULL)),
        CHECK (referto_esito IS NOT 'con_note' OR length(trim(referto_note)) >= 1)
      );
      CREATE INDEX pubblicazioni_verbale ON pubblicazioni(verbale_id);
      CREATE INDEX pubblicazioni_al ON pubblicazioni(al);
      CREATE TRIGGER pubblicazioni_no_delete BEFORE DELETE ON pubblicazioni ${abort("una pubblicazione all''albo registrata non si elimina")}
      CREATE TRIGGER pubblicazioni_frozen BEFORE UPDATE ON pubblicazioni
        WHEN OLD.referto IS NOT NULL OR NEW.referto IS NULL
          OR ${FIXED.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ')}
        ${abort("pubblicazione all''albo registrata: non si modifica (si aggiunge solo il referto, una volta)")}
      -- INSERT OR REPLACE would delete the row it collides with: no publication is ever replaced.
      CREATE TRIGGER pubblicazioni_no_replace BEFORE INSERT ON pubblicazioni
        WHEN EXISTS (SELECT 1 FROM pubblicazioni WHERE id = NEW.id OR (anno = NEW.anno AND numero = NEW.numero))
        ${abort("numero del registro dell''albo già usato: la pubblicazione non si sostituisce")}
      CREATE TRIGGER pubblicazioni_signed_act BEFORE INSERT ON pubblicazioni
        WHEN (SELECT stato FROM verbali WHERE id = NEW.verbale_id) IS NOT 'firmato'
          OR NEW.dal < (SELECT firmato_il FROM verbali WHERE id = NEW.verbale_id)
        ${abort("si pubblica all''albo un verbale firmato, dal giorno della firma")}
      CREATE TRIGGER pubblicazioni_item_of_act BEFORE INSERT ON pubblicazioni
        WHEN NEW.punto_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM odg_punti p JOIN verbali v ON v.seduta_id = p.seduta_id
          WHERE p.id = NEW.punto_id AND v.id = NEW.verbale_id)
        ${abort("l''estratto pubblicato è di un punto della seduta del verbale")}
    `);
  },
};
