import type { Migration } from '../migrate';

const abort = (message: string) => `BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/** The seduta of a candidate row (`r` is OLD or NEW) is closed. */
const closed = (r: string) =>
  `(SELECT s.stato FROM odg_punti p JOIN sedute s ON s.id = p.seduta_id WHERE p.id = ${r}.punto_id) = 'chiusa'`;

/** A whole non-negative number: SQLite's CHECK (x >= 0) alone lets text and fractions through. */
const whole = (col: string) => `(typeof(${col}) = 'integer' AND ${col} >= 0)`;
const wholeOrNull = (r: string) => (col: string) => `(${r}.${col} IS NULL OR ${whole(`${r}.${col}`)})`;
const LEGACY_COUNTS = ['favorevoli', 'contrari', 'astenuti'];

const presentAtSeduta = (puntoId: string) => `(SELECT count(*) FROM presenze pr JOIN odg_punti p ON p.seduta_id = pr.seduta_id
  WHERE p.id = ${puntoId} AND pr.stato IN ('sindaco', 'delegato'))`;
const schede = (v: string) =>
  `coalesce(${v}.favorevoli, 0) + coalesce(${v}.contrari, 0) + coalesce(${v}.astenuti, 0) + coalesce(${v}.bianche, 0) + coalesce(${v}.nulle, 0)`;
const candidateVotes = (puntoId: string, except = 'NULL') =>
  `(SELECT coalesce(sum(c.voti), 0) FROM votazione_candidati c WHERE c.punto_id = ${puntoId} AND c.posizione IS NOT ${except})`;

/**
 * More ballots than comuni present at the seduta: an upper bound the database can check without knowing the vote's
 * time (the handler checks presence at the vote). For a votazioni row being written, and for a candidate row.
 */
const tooManyBallots = `(${schede('NEW')} + ${candidateVotes('NEW.punto_id')} > ${presentAtSeduta('NEW.punto_id')})`;
const tooManyCandidateVotes = `(NEW.voti + ${candidateVotes('NEW.punto_id', 'NEW.posizione')}
  + (SELECT ${schede('v')} FROM votazioni v WHERE v.punto_id = NEW.punto_id) > ${presentAtSeduta('NEW.punto_id')})`;

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
      ALTER TABLE votazioni ADD COLUMN bianche INTEGER CHECK (bianche IS NULL OR (${whole('bianche')} AND modalita = 'segreta'));
      ALTER TABLE votazioni ADD COLUMN nulle INTEGER CHECK (nulle IS NULL OR (${whole('nulle')} AND modalita = 'segreta'));
      -- The counts of migration 3 predate the type checks: text or fractions would make the seduta unreadable.
      CREATE TRIGGER votazioni_counts_insert BEFORE INSERT ON votazioni WHEN NOT (${LEGACY_COUNTS.map(wholeOrNull('NEW')).join(' AND ')})
        ${abort('i voti sono numeri interi non negativi')}
      CREATE TRIGGER votazioni_counts_update BEFORE UPDATE ON votazioni WHEN NOT (${LEGACY_COUNTS.map(wholeOrNull('NEW')).join(' AND ')})
        ${abort('i voti sono numeri interi non negativi')}

      CREATE TABLE votazione_candidati (
        punto_id INTEGER NOT NULL REFERENCES votazioni(punto_id) ON DELETE CASCADE,
        posizione INTEGER NOT NULL CHECK (posizione >= 1),
        nome TEXT NOT NULL CHECK (length(nome) BETWEEN 1 AND 120 AND nome = trim(nome) AND instr(nome, '  ') = 0),
        voti INTEGER NOT NULL CHECK (${whole('voti')}),
        PRIMARY KEY (punto_id, posizione),
        UNIQUE (punto_id, nome)
      ) WITHOUT ROWID;

      CREATE TRIGGER candidati_only_election BEFORE INSERT ON votazione_candidati
        WHEN (SELECT tipo FROM votazioni WHERE punto_id = NEW.punto_id) IS NOT 'elezione'
        ${abort("i candidati si registrano solo per un''elezione")}
      -- A ballot counts at most one vote or scheda per comune present at the seduta.
      CREATE TRIGGER votazioni_schede_insert BEFORE INSERT ON votazioni WHEN ${tooManyBallots}
        ${abort('più voti e schede che comuni presenti')}
      CREATE TRIGGER votazioni_schede_update BEFORE UPDATE ON votazioni WHEN ${tooManyBallots}
        ${abort('più voti e schede che comuni presenti')}
      -- One person, one row: 'anna bianchi' is 'Anna Bianchi' (UNIQUE alone is case-sensitive).
      CREATE TRIGGER candidati_same_name BEFORE INSERT ON votazione_candidati
        WHEN EXISTS (SELECT 1 FROM votazione_candidati WHERE punto_id = NEW.punto_id AND posizione <> NEW.posizione AND lower(nome) = lower(NEW.nome))
        ${abort('candidato indicato due volte')}
      CREATE TRIGGER candidati_same_name_update BEFORE UPDATE OF nome ON votazione_candidati
        WHEN EXISTS (SELECT 1 FROM votazione_candidati WHERE punto_id = NEW.punto_id AND posizione <> NEW.posizione AND lower(nome) = lower(NEW.nome))
        ${abort('candidato indicato due volte')}
      CREATE TRIGGER candidati_schede BEFORE INSERT ON votazione_candidati WHEN ${tooManyCandidateVotes}
        ${abort('più voti e schede che comuni presenti')}
      CREATE TRIGGER candidati_schede_update BEFORE UPDATE OF voti ON votazione_candidati WHEN ${tooManyCandidateVotes}
        ${abort('più voti e schede che comuni presenti')}
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
