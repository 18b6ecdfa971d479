import type { Migration } from '../migrate';

const abort = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;
const hex64 = (col: string) => `(length(${col}) = 64 AND ${col} NOT GLOB '*[^0-9a-f]*')`;

/** Where each kind of stored act keeps its fingerprint (the row is NEW.riferimento_id). */
const STORED_FINGERPRINT: Record<string, string> = {
  verbale: 'SELECT pdf_sha256 FROM verbali WHERE id = NEW.riferimento_id',
  firmato: 'SELECT sha256 FROM verbale_firmati WHERE id = NEW.riferimento_id',
  allegato: 'SELECT sha256 FROM allegati WHERE id = NEW.riferimento_id',
  copia_albo: 'SELECT copia_sha256 FROM pubblicazioni WHERE id = NEW.riferimento_id',
  referto: 'SELECT referto_sha256 FROM pubblicazioni WHERE id = NEW.riferimento_id',
};

/**
 * Conservation (issue 12, points 3-4): the AgID metadata recorded with each act when it is fixed, and the pacchetti
 * di versamento sent to the conservation system with every file's SHA-256. All of it is written once and never
 * changed: no UPDATE, no DELETE, no INSERT OR REPLACE / UPSERT over an existing row. A versamento is sealed by the
 * number of files it declares: once they are all recorded, no file is added to it.
 */
export const m013Conservazione: Migration = {
  version: 13,
  name: 'conservazione: metadati, versamenti',
  up(db) {
    db.exec(`
      CREATE TABLE metadati (
        id INTEGER PRIMARY KEY,
        tipo TEXT NOT NULL CHECK (tipo IN ('verbale', 'firmato', 'allegato', 'estratto', 'convocazione', 'testo_coordinato', 'copia_albo', 'referto')),
        -- The row of the act's own table (verbali, verbale_firmati, allegati, or the table of the module that records it).
        riferimento_id INTEGER NOT NULL,
        identificativo TEXT NOT NULL CHECK (length(identificativo) BETWEEN 1 AND 200),
        sha256 TEXT NOT NULL CHECK ${hex64('sha256')},
        dati TEXT NOT NULL CHECK (json_valid(dati)),
        xml TEXT NOT NULL CHECK (xml LIKE '<?xml%'),
        -- The XML as recorded: the integrity check recomputes it.
        xml_sha256 TEXT NOT NULL CHECK ${hex64('xml_sha256')},
        registrato_il TEXT NOT NULL CHECK (registrato_il GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
        -- One record per fixed content: a verbale exported again after its approval was withdrawn is a new version.
        UNIQUE (tipo, riferimento_id, sha256),
        UNIQUE (identificativo, sha256)
      );
      CREATE TRIGGER metadati_no_update BEFORE UPDATE ON metadati ${abort("metadati registrati con l''atto: non modificabili")}
      CREATE TRIGGER metadati_no_delete BEFORE DELETE ON metadati ${abort("metadati registrati con l''atto: non eliminabili")}
      CREATE TRIGGER metadati_no_replace BEFORE INSERT ON metadati
        WHEN EXISTS (SELECT 1 FROM metadati WHERE id = NEW.id OR (identificativo = NEW.identificativo AND sha256 = NEW.sha256)
          OR (tipo = NEW.tipo AND riferimento_id = NEW.riferimento_id AND sha256 = NEW.sha256))
        ${abort('metadati già registrati: non si sostituiscono')}
      -- The metadata of a stored act describe its stored bytes: a forged fingerprint would pass for the act.
      CREATE TRIGGER metadati_describe_stored_act BEFORE INSERT ON metadati
        WHEN NEW.tipo IN (${Object.keys(STORED_FINGERPRINT).map((t) => `'${t}'`).join(', ')})
          AND NEW.sha256 IS NOT CASE NEW.tipo ${Object.entries(STORED_FINGERPRINT).map(([t, q]) => `WHEN '${t}' THEN (${q})`).join(' ')} END
        ${abort("l''impronta dei metadati non è quella dell''atto archiviato")}

      CREATE TABLE versamenti (
        id INTEGER PRIMARY KEY,
        identificativo TEXT NOT NULL UNIQUE,
        selezione TEXT NOT NULL CHECK (json_valid(selezione) AND coalesce(json_extract(selezione, '$.tipo'), '') IN ('anno', 'verbale', 'regolamento')),
        descrizione TEXT NOT NULL CHECK (length(descrizione) BETWEEN 1 AND 300),
        creato_il TEXT NOT NULL CHECK (creato_il GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
        operatore TEXT NOT NULL,
        file INTEGER NOT NULL CHECK (typeof(file) = 'integer' AND file >= 1),
        -- The SInCRO index as sent: a later download gives these same bytes.
        indice TEXT NOT NULL CHECK (indice LIKE '<?xml%'),
        indice_sha256 TEXT NOT NULL CHECK ${hex64('indice_sha256')}
      );
      CREATE TABLE versamento_file (
        versamento_id INTEGER NOT NULL REFERENCES versamenti(id),
        posizione INTEGER NOT NULL CHECK (typeof(posizione) = 'integer' AND posizione >= 1),
        percorso TEXT NOT NULL CHECK (length(percorso) BETWEEN 1 AND 400),
        sha256 TEXT NOT NULL CHECK ${hex64('sha256')},
        dimensione INTEGER NOT NULL CHECK (typeof(dimensione) = 'integer' AND dimensione >= 0),
        PRIMARY KEY (versamento_id, posizione),
        UNIQUE (versamento_id, percorso)
      );
      CREATE TRIGGER versamenti_no_update BEFORE UPDATE ON versamenti ${abort('versamento inviato in conservazione: non modificabile')}
      CREATE TRIGGER versamenti_no_delete BEFORE DELETE ON versamenti ${abort('versamento inviato in conservazione: non eliminabile')}
      CREATE TRIGGER versamenti_no_replace BEFORE INSERT ON versamenti
        WHEN EXISTS (SELECT 1 FROM versamenti WHERE id = NEW.id OR identificativo = NEW.identificativo)
        ${abort('versamento già registrato: non si sostituisce')}
      CREATE TRIGGER versamento_file_no_update BEFORE UPDATE ON versamento_file ${abort('versamento inviato in conservazione: non modificabile')}
      CREATE TRIGGER versamento_file_no_delete BEFORE DELETE ON versamento_file ${abort('versamento inviato in conservazione: non eliminabile')}
      CREATE TRIGGER versamento_file_sealed BEFORE INSERT ON versamento_file
        WHEN EXISTS (SELECT 1 FROM versamento_file WHERE versamento_id = NEW.versamento_id AND (posizione = NEW.posizione OR percorso = NEW.percorso))
          OR (SELECT count(*) FROM versamento_file WHERE versamento_id = NEW.versamento_id) >= (SELECT file FROM versamenti WHERE id = NEW.versamento_id)
        ${abort('versamento inviato in conservazione: il suo elenco dei file è chiuso')}
    `);
  },
};
