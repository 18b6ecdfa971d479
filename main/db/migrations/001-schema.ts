import type { Migration } from '../migrate';

export const m001Schema: Migration = {
  version: 1,
  name: 'ente, organi, comuni, audit log',
  up(db) {
    db.exec(`
      CREATE TABLE comuni (
        id INTEGER PRIMARY KEY,
        nome TEXT NOT NULL CHECK (length(trim(nome)) > 0),
        codice_istat TEXT NOT NULL UNIQUE CHECK (codice_istat GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
        codice_catastale TEXT NOT NULL UNIQUE CHECK (codice_catastale GLOB '[A-Z][0-9][0-9][0-9]'),
        cap TEXT NOT NULL CHECK (cap GLOB '[0-9][0-9][0-9][0-9][0-9]'),
        provincia TEXT NOT NULL,
        popolazione_residente INTEGER NOT NULL CHECK (popolazione_residente >= 0),
        popolazione_data TEXT NOT NULL,
        popolazione_fonte TEXT NOT NULL,
        popolazione_censimento_2011 INTEGER CHECK (popolazione_censimento_2011 >= 0),
        attivo INTEGER NOT NULL DEFAULT 1 CHECK (attivo IN (0, 1)),
        disattivato_il TEXT,
        sindaco_nome TEXT NOT NULL DEFAULT '',
        sindaco_email TEXT NOT NULL DEFAULT '',
        sindaco_pec TEXT NOT NULL DEFAULT '',
        sindaco_telefono TEXT NOT NULL DEFAULT '',
        CHECK ((attivo = 1) = (disattivato_il IS NULL))
      );

      -- One row: the Ambito using this copy of the app.
      CREATE TABLE ente (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        nome TEXT NOT NULL,
        sede TEXT NOT NULL,
        capofila_comune_id INTEGER NOT NULL REFERENCES comuni(id),
        presidente TEXT NOT NULL,
        coordinatore TEXT NOT NULL DEFAULT '',
        segretario_verbalizzante TEXT NOT NULL DEFAULT '',
        pec TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE organi (
        id INTEGER PRIMARY KEY,
        nome TEXT NOT NULL UNIQUE,
        attivo INTEGER NOT NULL DEFAULT 1 CHECK (attivo IN (0, 1))
      );

      -- Every change, with the values before and after: edits never silently erase history.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
      );
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
    `);
  },
};
