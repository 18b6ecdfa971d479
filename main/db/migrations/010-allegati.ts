import type { Migration } from '../migrate';

const abort = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/** The kinds of file accepted as allegati (main/services/attachment-kind.ts recognises them by their first bytes). */
export const ALLEGATO_MIMES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/msword',
  'application/vnd.ms-excel',
] as const;

/**
 * Whether the act an allegato belongs to is closed to changes (`a` is OLD or NEW): an agenda item once its seduta is
 * closed; a verbale once exported, signed, historic or annulled; a regolamento version once its verbale is exported or signed.
 */
const frozen = (a: string) => `(CASE
    WHEN ${a}.verbale_id IS NOT NULL THEN (SELECT stato FROM verbali WHERE id = ${a}.verbale_id) IN ('esportato', 'firmato', 'storico', 'annullato')
    WHEN ${a}.punto_id IS NOT NULL THEN (SELECT s.stato FROM odg_punti p JOIN sedute s ON s.id = p.seduta_id WHERE p.id = ${a}.punto_id) = 'chiusa'
    ELSE (SELECT vb.stato FROM regolamento_versioni v JOIN verbali vb ON vb.id = v.verbale_id WHERE v.id = ${a}.versione_id) IN ('esportato', 'firmato')
  END)`;

/**
 * Files attached to an agenda item, a verbale or a regolamento version, with their SHA-256. An allegato is never
 * edited (it is removed and added again while its act is open); once the act is frozen it is neither removed nor
 * replaced. A historic verbale (otherwise frozen) still receives the scan of its paper original, which then stays.
 */
export const m010Allegati: Migration = {
  version: 10,
  name: 'allegati',
  up(db) {
    db.exec(`
      CREATE TABLE allegati (
        id INTEGER PRIMARY KEY,
        punto_id INTEGER REFERENCES odg_punti(id) ON DELETE CASCADE,
        verbale_id INTEGER REFERENCES verbali(id),
        versione_id INTEGER REFERENCES regolamento_versioni(id) ON DELETE CASCADE,
        posizione INTEGER NOT NULL CHECK (posizione >= 1),
        descrizione TEXT NOT NULL CHECK (length(trim(descrizione)) BETWEEN 1 AND 300),
        nome_file TEXT NOT NULL CHECK (length(nome_file) BETWEEN 1 AND 255),
        mime TEXT NOT NULL CHECK (mime IN (${ALLEGATO_MIMES.map((m) => `'${m}'`).join(', ')})),
        dimensione INTEGER NOT NULL CHECK (dimensione >= 1 AND dimensione <= 41943040),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        contenuto BLOB NOT NULL,
        copia_cartacea INTEGER NOT NULL DEFAULT 0 CHECK (copia_cartacea IN (0, 1)),
        aggiunto_il TEXT NOT NULL,
        CHECK ((punto_id IS NOT NULL) + (verbale_id IS NOT NULL) + (versione_id IS NOT NULL) = 1),
        CHECK (dimensione = length(contenuto)),
        CHECK (copia_cartacea = 0 OR verbale_id IS NOT NULL),
        UNIQUE (punto_id, posizione), UNIQUE (verbale_id, posizione), UNIQUE (versione_id, posizione),
        UNIQUE (punto_id, sha256), UNIQUE (verbale_id, sha256), UNIQUE (versione_id, sha256)
      );
      CREATE INDEX allegati_verbale ON allegati(verbale_id) WHERE verbale_id IS NOT NULL;
      CREATE INDEX allegati_versione ON allegati(versione_id) WHERE versione_id IS NOT NULL;
      CREATE TRIGGER allegati_no_update BEFORE UPDATE ON allegati ${abort('un allegato archiviato non si modifica')}
      CREATE TRIGGER allegati_frozen_delete BEFORE DELETE ON allegati WHEN ${frozen('OLD')}
        ${abort("allegato di un atto chiuso: non si rimuove")}
      -- INSERT OR REPLACE would delete the row it collides with: no allegato is ever replaced.
      CREATE TRIGGER allegati_no_replace BEFORE INSERT ON allegati
        WHEN EXISTS (SELECT 1 FROM allegati WHERE id = NEW.id OR (sha256 = NEW.sha256 AND (punto_id = NEW.punto_id
          OR verbale_id = NEW.verbale_id OR versione_id = NEW.versione_id)))
        ${abort('allegato già archiviato: non si sostituisce')}
      CREATE TRIGGER allegati_frozen_insert BEFORE INSERT ON allegati WHEN ${frozen('NEW')}
        AND NOT (NEW.copia_cartacea = 1 AND (SELECT stato FROM verbali WHERE id = NEW.verbale_id) = 'storico')
        ${abort("atto chiuso: non riceve allegati")}
      CREATE TRIGGER allegati_scan_of_historic BEFORE INSERT ON allegati
        WHEN NEW.copia_cartacea = 1 AND (SELECT stato FROM verbali WHERE id = NEW.verbale_id) IS NOT 'storico'
        ${abort("la copia digitalizzata dell''originale cartaceo si aggiunge a un verbale storico")}
    `);
  },
};
