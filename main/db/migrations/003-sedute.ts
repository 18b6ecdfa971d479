import { DEFAULT_RULES } from '../../../shared/rules/schema';
import type { Migration } from '../migrate';
import { HISTORIC_SEDUTE, INSEDIAMENTO } from '../seed/sedute';

interface ClosedGuard {
  table: string;
  what: string;
  /** SQL yielding the seduta's id from the row (`ROW` stands for NEW or OLD). */
  sedutaOf: string;
}

const viaPunto = 'SELECT seduta_id FROM odg_punti WHERE id = ROW.punto_id';
const CLOSED_SEDUTA_GUARDS: ClosedGuard[] = [
  { table: 'presenze', what: 'presenze', sedutaOf: 'ROW.seduta_id' },
  { table: 'odg_punti', what: 'ordine del giorno', sedutaOf: 'ROW.seduta_id' },
  { table: 'votazioni', what: 'votazioni', sedutaOf: `(${viaPunto})` },
  { table: 'voti', what: 'votazioni', sedutaOf: `(${viaPunto})` },
];

function readOnlyWhenClosed({ table, what, sedutaOf }: ClosedGuard): string {
  return (['INSERT', 'UPDATE', 'DELETE'] as const)
    .map((op) => {
      const row = op === 'INSERT' ? 'NEW' : 'OLD';
      return `CREATE TRIGGER ${table}_closed_${op.toLowerCase()} BEFORE ${op} ON ${table}
        WHEN (SELECT stato FROM sedute WHERE id = ${sedutaOf.replaceAll('ROW', row)}) = 'chiusa'
        BEGIN SELECT RAISE(ABORT, 'seduta chiusa: ${what} in sola lettura'); END;`;
    })
    .join('\n');
}

export const m003Sedute: Migration = {
  version: 3,
  name: 'regole versions, sedute, ordine del giorno, presenze, votazioni',
  up(db) {
    db.exec(`
      -- The rules a seduta is judged by: the version with the latest valide_dal on or before its date.
      CREATE TABLE regole_versioni (
        id INTEGER PRIMARY KEY,
        organo_id INTEGER NOT NULL REFERENCES organi(id),
        valide_dal TEXT NOT NULL,
        regole TEXT NOT NULL CHECK (json_valid(regole)),
        nota TEXT NOT NULL DEFAULT '',
        predefinita INTEGER NOT NULL DEFAULT 0 CHECK (predefinita IN (0, 1)),
        UNIQUE (organo_id, valide_dal)
      );

      CREATE TABLE sedute (
        id INTEGER PRIMARY KEY,
        organo_id INTEGER NOT NULL REFERENCES organi(id),
        tipo TEXT CHECK (tipo IN ('ordinaria', 'straordinaria', 'urgente')),
        data TEXT NOT NULL,
        ora_inizio TEXT,
        ora_fine TEXT,
        luogo TEXT NOT NULL DEFAULT '',
        oggetto TEXT NOT NULL DEFAULT '',
        stato TEXT NOT NULL DEFAULT 'convocata' CHECK (stato IN ('convocata', 'in_corso', 'chiusa', 'annullata')),
        annullata_motivo TEXT,
        convocazione_prot TEXT NOT NULL DEFAULT '',
        convocazione_data TEXT,
        prima_convocazione TEXT,
        seconda_convocazione TEXT,
        convocazione_effettiva TEXT NOT NULL DEFAULT 'prima' CHECK (convocazione_effettiva IN ('prima', 'seconda')),
        -- A historic seduta registered from the archive: attendance and votes were never digitised.
        storica INTEGER NOT NULL DEFAULT 0 CHECK (storica IN (0, 1)),
        CHECK (storica = 1 OR (tipo IS NOT NULL AND ora_inizio IS NOT NULL))
      );
      CREATE INDEX sedute_organo_data ON sedute(organo_id, data);

      CREATE TABLE odg_punti (
        id INTEGER PRIMARY KEY,
        seduta_id INTEGER NOT NULL REFERENCES sedute(id) ON DELETE CASCADE,
        posizione INTEGER NOT NULL,
        titolo TEXT NOT NULL,
        descrizione TEXT NOT NULL DEFAULT '',
        relatore TEXT NOT NULL DEFAULT '',
        UNIQUE (seduta_id, posizione)
      );

      -- One row per member comune, written when the seduta is created: the membership of that day.
      CREATE TABLE presenze (
        seduta_id INTEGER NOT NULL REFERENCES sedute(id) ON DELETE CASCADE,
        comune_id INTEGER NOT NULL REFERENCES comuni(id),
        stato TEXT NOT NULL DEFAULT 'assente' CHECK (stato IN ('sindaco', 'delegato', 'assente', 'assente_giustificato')),
        nominativo TEXT NOT NULL DEFAULT '',
        delega_rif TEXT NOT NULL DEFAULT '',
        ora_ingresso TEXT,
        ora_uscita TEXT,
        PRIMARY KEY (seduta_id, comune_id)
      ) WITHOUT ROWID;
      CREATE INDEX presenze_comune ON presenze(comune_id);

      CREATE TABLE votazioni (
        punto_id INTEGER PRIMARY KEY REFERENCES odg_punti(id) ON DELETE CASCADE,
        modalita TEXT NOT NULL CHECK (modalita IN ('palese', 'segreta', 'unanimita')),
        ora TEXT,
        favorevoli INTEGER CHECK (favorevoli >= 0),
        contrari INTEGER CHECK (contrari >= 0),
        astenuti INTEGER CHECK (astenuti >= 0),
        CHECK ((modalita = 'segreta') = (favorevoli IS NOT NULL AND contrari IS NOT NULL AND astenuti IS NOT NULL))
      );

      CREATE TABLE voti (
        punto_id INTEGER NOT NULL REFERENCES votazioni(punto_id) ON DELETE CASCADE,
        comune_id INTEGER NOT NULL REFERENCES comuni(id),
        voto TEXT NOT NULL CHECK (voto IN ('favorevole', 'contrario', 'astenuto', 'non_votante')),
        PRIMARY KEY (punto_id, comune_id)
      ) WITHOUT ROWID;

    `);
    // A closed seduta's agenda, attendance and votes are read-only, whoever writes:
    // reopening it (logged) is the only way to change them.
    for (const guard of CLOSED_SEDUTA_GUARDS) db.exec(readOnlyWhenClosed(guard));
    db.exec(`CREATE TRIGGER sedute_closed_upd BEFORE UPDATE ON sedute
      WHEN OLD.stato = 'chiusa' AND NEW.stato = 'chiusa'
      BEGIN SELECT RAISE(ABORT, 'seduta chiusa: dati in sola lettura'); END;`);

    const organoId = (db.prepare("SELECT id FROM organi WHERE nome = 'Conferenza Istituzionale dei Sindaci'").get() as { id: number }).id;
    db.prepare(
      `INSERT INTO regole_versioni (organo_id, valide_dal, regole, nota, predefinita) VALUES (?, ?, ?, ?, 1)`,
    ).run(organoId, INSEDIAMENTO, JSON.stringify(DEFAULT_RULES), 'Valori predefiniti, modificabili: il Regolamento della Conferenza non è ancora stato inserito.');
    const insertSeduta = db.prepare(
      `INSERT INTO sedute (organo_id, data, oggetto, stato, storica) VALUES (?, ?, ?, 'chiusa', 1)`,
    );
    for (const s of HISTORIC_SEDUTE) insertSeduta.run(organoId, s.data, s.oggetto);
  },
};
