import type { Migration } from '../migrate';
import { HISTORIC_VERBALI } from '../seed/verbali';

export const m004Verbali: Migration = {
  version: 4,
  name: 'verbali: register, sections, signing, signed files',
  up(db) {
    db.exec(`
      CREATE TABLE verbali (
        id INTEGER PRIMARY KEY,
        organo_id INTEGER NOT NULL REFERENCES organi(id),
        anno INTEGER NOT NULL,
        numero INTEGER NOT NULL CHECK (numero >= 1),
        data TEXT NOT NULL,
        seduta_id INTEGER REFERENCES sedute(id),
        oggetto TEXT NOT NULL,
        -- storico: a registered act from the paper archive, its text not digitised.
        stato TEXT NOT NULL DEFAULT 'bozza' CHECK (stato IN ('bozza', 'approvato', 'firmato', 'annullato', 'storico')),
        annullato_motivo TEXT,
        approvazione TEXT CHECK (approvazione IN ('stessa_seduta', 'seduta_successiva')),
        approvato_il TEXT,
        approvato_punto_id INTEGER REFERENCES odg_punti(id),
        firmato_il TEXT,
        pdf BLOB,
        pdf_sha256 TEXT,
        rettifica_di INTEGER REFERENCES verbali(id),
        creato_il TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        UNIQUE (organo_id, anno, numero),
        CHECK ((stato = 'firmato') = (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL AND firmato_il IS NOT NULL)),
        CHECK (stato <> 'annullato' OR annullato_motivo IS NOT NULL)
      );
      -- One live verbale per seduta; annulled ones keep their number beside it.
      CREATE UNIQUE INDEX verbali_one_per_seduta ON verbali(seduta_id) WHERE seduta_id IS NOT NULL AND stato <> 'annullato';

      CREATE TABLE verbale_sezioni (
        verbale_id INTEGER NOT NULL REFERENCES verbali(id),
        posizione INTEGER NOT NULL,
        chiave TEXT NOT NULL,
        titolo TEXT NOT NULL DEFAULT '',
        tipo TEXT NOT NULL DEFAULT 'testo' CHECK (tipo IN ('testo', 'presenze')),
        testo TEXT NOT NULL,
        -- The text as the app generated it: a difference means the office edited it.
        generato TEXT NOT NULL,
        PRIMARY KEY (verbale_id, chiave),
        UNIQUE (verbale_id, posizione)
      );

      CREATE TABLE verbale_firmati (
        id INTEGER PRIMARY KEY,
        verbale_id INTEGER NOT NULL REFERENCES verbali(id),
        nome_file TEXT NOT NULL,
        contenuto BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        formato TEXT NOT NULL CHECK (formato IN ('PAdES', 'CAdES')),
        firme TEXT NOT NULL CHECK (json_valid(firme)),
        importato_il TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );

      -- Numbers are never reused: no verbale is ever deleted.
      CREATE TRIGGER verbali_no_delete BEFORE DELETE ON verbali
        BEGIN SELECT RAISE(ABORT, 'un verbale registrato non si elimina'); END;
      -- A signed verbale is frozen, whoever writes: corrections are new acts (rettifiche).
      CREATE TRIGGER verbali_signed_frozen BEFORE UPDATE ON verbali WHEN OLD.stato IN ('firmato', 'storico', 'annullato')
        BEGIN SELECT RAISE(ABORT, 'verbale firmato, storico o annullato: non modificabile'); END;
      CREATE TRIGGER verbali_number_fixed BEFORE UPDATE OF organo_id, anno, numero ON verbali
        BEGIN SELECT RAISE(ABORT, 'il numero di un verbale non cambia'); END;
      -- Sections change only while the verbale is a draft.
      CREATE TRIGGER sezioni_ins BEFORE INSERT ON verbale_sezioni
        WHEN (SELECT stato FROM verbali WHERE id = NEW.verbale_id) <> 'bozza'
        BEGIN SELECT RAISE(ABORT, 'testo del verbale non modificabile fuori dalla bozza'); END;
      CREATE TRIGGER sezioni_upd BEFORE UPDATE ON verbale_sezioni
        WHEN (SELECT stato FROM verbali WHERE id = OLD.verbale_id) <> 'bozza'
        BEGIN SELECT RAISE(ABORT, 'testo del verbale non modificabile fuori dalla bozza'); END;
      CREATE TRIGGER sezioni_del BEFORE DELETE ON verbale_sezioni
        WHEN (SELECT stato FROM verbali WHERE id = OLD.verbale_id) <> 'bozza'
        BEGIN SELECT RAISE(ABORT, 'testo del verbale non modificabile fuori dalla bozza'); END;
      -- Signed files are archived as received.
      CREATE TRIGGER firmati_no_update BEFORE UPDATE ON verbale_firmati
        BEGIN SELECT RAISE(ABORT, 'file firmato archiviato: non modificabile'); END;
      CREATE TRIGGER firmati_no_delete BEFORE DELETE ON verbale_firmati
        BEGIN SELECT RAISE(ABORT, 'file firmato archiviato: non eliminabile'); END;
      CREATE TRIGGER firmati_only_signed BEFORE INSERT ON verbale_firmati
        WHEN (SELECT stato FROM verbali WHERE id = NEW.verbale_id) <> 'firmato'
        BEGIN SELECT RAISE(ABORT, 'solo un verbale firmato riceve il file firmato'); END;
    `);
    const organoId = (db.prepare("SELECT id FROM organi WHERE nome = 'Conferenza Istituzionale dei Sindaci'").get() as { id: number }).id;
    const insert = db.prepare(`
      INSERT INTO verbali (organo_id, anno, numero, data, seduta_id, oggetto, stato)
      VALUES (@organoId, @anno, @numero, @data, (SELECT id FROM sedute WHERE data = @data AND storica = 1), 
        (SELECT oggetto FROM sedute WHERE data = @data AND storica = 1), 'storico')`);
    for (const v of HISTORIC_VERBALI) insert.run({ ...v, organoId });
  },
};
