import type { Migration } from '../migrate';

const abort = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/** The seduta of a candidate row (`r` is OLD or NEW) is closed. */
const closed = (r: string) =>
  `(SELECT s.stato FROM odg_punti p JOIN sedute s ON s.id = p.seduta_id WHERE p.id = ${r}.punto_id) = 'chiusa'`;

/**
 * Attendance and votes as they happen: a delegate's role (qualifica); attendance in the room or by videoconference;
 * schede bianche and nulle of a secret ballot; elections with their candidates. Columns are added with ALTER TABLE,
 * so the closed-seduta triggers of presenze and votazioni (migration 3) keep covering them; the candidates table is
 * frozen the same way (INSERT, covering INSERT OR REPLACE and UPSERT, UPDATE, DELETE).
 */
export const m011PresenzeVotazioni: Migration = {
  version: 11,
  name: 'presenze e votazioni: qualifica, videoconferenza, schede bianche e nulle, elezioni',
  up(db) {
    db.exec(`
      ALTER TABLE presenze ADD COLUMN qualifica TEXT NOT NULL DEFAULT ''
        CHECK (length(qualifica) <= 80 AND (qualifica = '' OR stato = 'delegato'));
      ALTER TABLE presenze ADD COLUMN modalita TEXT NOT NULL DEFAULT 'presenza'
        CHECK (modalita IN ('presenza', 'videoconferenza') AND (modalita = 'presenza' OR stato IN ('sindaco', 'delegato')));

      -- An election is a secret ballot with candidates: no votes for or against a proposal.
      ALTER TABLE votazioni ADD COLUMN tipo TEXT NOT NULL DEFAULT 'proposta'
        CHECK (tipo IN ('proposta', 'elezione') AND (tipo = 'proposta' OR (modalita = 'segreta' AND favorevoli = 0 AND contrari = 0)));
      ALTER TABLE votazioni ADD COLUMN bianche INTEGER CHECK (bianche IS NULL OR (bianche >= 0 AND modalita = 'segreta'));
      ALTER TABLE votazioni ADD COLUMN nulle INTEGER CHECK (nulle IS NULL OR (nulle >= 0 AND modalita = 'segreta'));

      CREATE TABLE votazione_candidati (
        punto_id INTEGER NOT NULL REFERENCES votazioni(punto_id) ON DELETE CASCADE,
        posizione INTEGER NOT NULL CHECK (posizione >= 1),
        nome TEXT NOT NULL CHECK (length(trim(nome)) BETWEEN 1 AND 120),
        voti INTEGER NOT NULL CHECK (voti >= 0),
        PRIMARY KEY (punto_id, posizione),
        UNIQUE (punto_id, nome)
      ) WITHOUT ROWID;

      CREATE TRIGGER candidati_only_election BEFORE INSERT ON votazione_candidati
        WHEN (SELECT tipo FROM votazioni WHERE punto_id = NEW.punto_id) IS NOT 'elezione'
        ${abort("i candidati si registrano solo per un''elezione")}
      CREATE TRIGGER votazione_candidati_closed_insert BEFORE INSERT ON votazione_candidati WHEN ${closed('NEW')}
        ${abort('seduta chiusa: votazioni in sola lettura')}
      CREATE TRIGGER votazione_candidati_closed_update BEFORE UPDATE ON votazione_candidati WHEN ${closed('OLD')} OR ${closed('NEW')}
        ${abort('seduta chiusa: votazioni in sola lettura')}
      CREATE TRIGGER votazione_candidati_closed_delete BEFORE DELETE ON votazione_candidati WHEN ${closed('OLD')}
        ${abort('seduta chiusa: votazioni in sola lettura')}
      -- A vote that stops being an election keeps no candidates.
      CREATE TRIGGER votazioni_candidati_tipo BEFORE UPDATE OF tipo ON votazioni
        WHEN NEW.tipo <> 'elezione' AND EXISTS (SELECT 1 FROM votazione_candidati WHERE punto_id = NEW.punto_id)
        ${abort("i candidati si registrano solo per un''elezione")}
    `);
  },
};
