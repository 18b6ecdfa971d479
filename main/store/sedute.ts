import type { Presenza, Seduta, SedutaStato, SedutaSummary } from '../../shared/domain/seduta';
import type { Db } from '../db/open';

interface SedutaRow {
  id: number;
  organo_id: number;
  tipo: Seduta['tipo'];
  data: string;
  ora_inizio: string | null;
  ora_fine: string | null;
  luogo: string;
  oggetto: string;
  stato: SedutaStato;
  annullata_motivo: string | null;
  convocazione_prot: string;
  convocazione_data: string | null;
  prima_convocazione: string | null;
  seconda_convocazione: string | null;
  convocazione_effettiva: 'prima' | 'seconda';
  storica: number;
  presenti: number;
  membri: number;
}

const toSummary = (r: SedutaRow): SedutaSummary => ({
  id: r.id,
  organoId: r.organo_id,
  data: r.data,
  oraInizio: r.ora_inizio,
  tipo: r.tipo,
  stato: r.stato,
  oggetto: r.oggetto,
  luogo: r.luogo,
  storica: r.storica === 1,
  presenti: r.presenti,
  membri: r.membri,
});

const toSeduta = (r: SedutaRow): Seduta => ({
  ...toSummary(r),
  oraFine: r.ora_fine,
  convocazioneProt: r.convocazione_prot,
  convocazioneData: r.convocazione_data,
  primaConvocazione: r.prima_convocazione,
  secondaConvocazione: r.seconda_convocazione,
  convocazioneEffettiva: r.convocazione_effettiva,
  annullataMotivo: r.annullata_motivo,
});

interface PresenzaRow {
  comune_id: number;
  comune: string;
  capofila: number;
  popolazione_residente: number;
  popolazione_censimento_2011: number | null;
  sindaco_attuale: string;
  stato: Presenza['stato'];
  nominativo: string;
  qualifica: string;
  delega_rif: string;
  modalita: Presenza['modalita'];
  ora_ingresso: string | null;
  ora_uscita: string | null;
}

const toPresenza = (r: PresenzaRow): Presenza => ({
  comuneId: r.comune_id,
  comune: r.comune,
  capofila: r.capofila === 1,
  popolazioneResidente: r.popolazione_residente,
  popolazioneCensimento2011: r.popolazione_censimento_2011,
  sindacoAttuale: r.sindaco_attuale,
  stato: r.stato,
  nominativo: r.nominativo,
  qualifica: r.qualifica,
  delegaRif: r.delega_rif,
  modalita: r.modalita,
  oraIngresso: r.ora_ingresso,
  oraUscita: r.ora_uscita,
});

export interface SedutaFields {
  organoId: number;
  tipo: NonNullable<Seduta['tipo']>;
  data: string;
  oraInizio: string;
  luogo: string;
  oggetto: string;
  convocazioneProt: string;
  convocazioneData: string | null;
  primaConvocazione: string | null;
  secondaConvocazione: string | null;
  convocazioneEffettiva: 'prima' | 'seconda';
}

export interface PresenzaFields {
  stato: Presenza['stato'];
  nominativo: string;
  /** Defaults: '' and 'presenza'. */
  qualifica?: string;
  delegaRif: string;
  modalita?: Presenza['modalita'];
  oraIngresso: string | null;
  oraUscita: string | null;
}

const SELECT_SEDUTA = `
  SELECT s.*,
    (SELECT count(*) FROM presenze p WHERE p.seduta_id = s.id AND p.stato IN ('sindaco', 'delegato')) AS presenti,
    (SELECT count(*) FROM presenze p WHERE p.seduta_id = s.id) AS membri
  FROM sedute s`;

export function createSeduteStore(db: Db) {
  const byYear = db.prepare<[number, string, string], SedutaRow>(
    `${SELECT_SEDUTA} WHERE s.organo_id = ? AND s.data >= ? AND s.data < ? ORDER BY s.data DESC, s.ora_inizio DESC`,
  );
  const years = db.prepare<[number], { anno: number; sedute: number }>(
    `SELECT CAST(substr(data, 1, 4) AS INTEGER) AS anno, count(*) AS sedute FROM sedute WHERE organo_id = ?
     GROUP BY anno ORDER BY anno DESC`,
  );
  const get = db.prepare<[number], SedutaRow>(`${SELECT_SEDUTA} WHERE s.id = ?`);
  const fields = `organo_id = @organoId, tipo = @tipo, data = @data, ora_inizio = @oraInizio, luogo = @luogo, oggetto = @oggetto,
    convocazione_prot = @convocazioneProt, convocazione_data = @convocazioneData, prima_convocazione = @primaConvocazione,
    seconda_convocazione = @secondaConvocazione, convocazione_effettiva = @convocazioneEffettiva`;
  const insert = db.prepare(`INSERT INTO sedute (organo_id, tipo, data, ora_inizio, luogo, oggetto, convocazione_prot,
      convocazione_data, prima_convocazione, seconda_convocazione, convocazione_effettiva)
    VALUES (@organoId, @tipo, @data, @oraInizio, @luogo, @oggetto, @convocazioneProt, @convocazioneData,
      @primaConvocazione, @secondaConvocazione, @convocazioneEffettiva)`);
  const update = db.prepare(`UPDATE sedute SET ${fields} WHERE id = @id`);
  // Reopening clears the closing time: the seduta is going on again.
  const setStato = db.prepare(
    "UPDATE sedute SET stato = @stato, ora_fine = CASE WHEN @stato = 'chiusa' THEN @oraFine END, annullata_motivo = @motivo WHERE id = @id",
  );
  // Membership is the comuni active on the day the seduta is created; later changes don't rewrite it.
  const enrol = db.prepare("INSERT INTO presenze (seduta_id, comune_id) SELECT ?, id FROM comuni WHERE attivo = 1");
  const presenze = db.prepare<[number], PresenzaRow>(`
    SELECT p.comune_id, c.nome AS comune, (c.id = e.capofila_comune_id) AS capofila, c.popolazione_residente,
      c.popolazione_censimento_2011, c.sindaco_nome AS sindaco_attuale, p.stato, p.nominativo, p.qualifica, p.delega_rif,
      p.modalita, p.ora_ingresso, p.ora_uscita
    FROM presenze p JOIN comuni c ON c.id = p.comune_id LEFT JOIN ente e ON e.id = 1
    WHERE p.seduta_id = ? ORDER BY c.nome COLLATE NOCASE`);
  const setPresenza = db.prepare(`UPDATE presenze SET stato = @stato, nominativo = @nominativo, qualifica = @qualifica,
      delega_rif = @delegaRif, modalita = @modalita, ora_ingresso = @oraIngresso, ora_uscita = @oraUscita
    WHERE seduta_id = @sedutaId AND comune_id = @comuneId`);
  // Comuni already present keep their record (a delegate, a time of arrival); the others sit with their Sindaco, in the room.
  const allPresent = db.prepare(`UPDATE presenze SET stato = 'sindaco', qualifica = '', delega_rif = '', modalita = 'presenza',
      ora_ingresso = NULL, ora_uscita = NULL,
      nominativo = coalesce((SELECT c.sindaco_nome FROM comuni c WHERE c.id = presenze.comune_id), '')
    WHERE seduta_id = ? AND stato NOT IN ('sindaco', 'delegato')`);
  // Everyone absent, with nothing of the previous record left (names, delegations, times).
  const allAbsent = db.prepare(`UPDATE presenze SET stato = 'assente', nominativo = '', qualifica = '', delega_rif = '',
      modalita = 'presenza', ora_ingresso = NULL, ora_uscita = NULL
    WHERE seduta_id = ? AND (stato <> 'assente' OR nominativo <> '' OR delega_rif <> '' OR ora_ingresso IS NOT NULL OR ora_uscita IS NOT NULL)`);
  const attendance = db.prepare<[number, string, string], { comune_id: number; comune: string; presenze: number; sedute: number }>(`
    SELECT c.id AS comune_id, c.nome AS comune,
      count(*) FILTER (WHERE p.stato IN ('sindaco', 'delegato')) AS presenze, count(*) AS sedute
    FROM presenze p JOIN sedute s ON s.id = p.seduta_id JOIN comuni c ON c.id = p.comune_id
    WHERE s.organo_id = ? AND s.data >= ? AND s.data < ? AND s.stato IN ('in_corso', 'chiusa')
    GROUP BY c.id ORDER BY c.nome COLLATE NOCASE`);

  const chiusura = db.prepare<[number], { chiusa_il: string; regole_versione_id: number | null; record: string; sha256: string }>(
    'SELECT chiusa_il, regole_versione_id, record, sha256 FROM seduta_chiusure WHERE seduta_id = ?',
  );
  const insertChiusura = db.prepare(`INSERT INTO seduta_chiusure (seduta_id, chiusa_il, regole_versione_id, record, sha256)
    VALUES (@sedutaId, @chiusaIl, @regoleVersioneId, @record, @sha256)`);
  const deleteChiusura = db.prepare('DELETE FROM seduta_chiusure WHERE seduta_id = ?');
  const closedWithoutRecord = db.prepare<[], { id: number }>(
    "SELECT id FROM sedute s WHERE stato = 'chiusa' AND storica = 0 AND NOT EXISTS (SELECT 1 FROM seduta_chiusure c WHERE c.seduta_id = s.id)",
  );

  const yearBounds = (anno: number): [string, string] => [`${anno}-01-01`, `${anno + 1}-01-01`];

  return {
    listByYear: (organoId: number, anno: number): SedutaSummary[] => byYear.all(organoId, ...yearBounds(anno)).map(toSummary),
    years: (organoId: number) => years.all(organoId),
    get: (id: number): Seduta | undefined => {
      const row = get.get(id);
      return row && toSeduta(row);
    },
    insert: (s: SedutaFields): number => {
      const id = Number(insert.run(s).lastInsertRowid);
      enrol.run(id);
      return id;
    },
    update: (id: number, s: SedutaFields): void => {
      update.run({ ...s, id });
    },
    setStato: (id: number, stato: SedutaStato, oraFine: string | null, motivo: string | null): void => {
      setStato.run({ id, stato, oraFine, motivo });
    },
    presenze: (sedutaId: number): Presenza[] => presenze.all(sedutaId).map(toPresenza),
    setPresenza: (sedutaId: number, comuneId: number, p: PresenzaFields): boolean =>
      setPresenza.run({ qualifica: '', modalita: 'presenza', ...p, sedutaId, comuneId }).changes === 1,
    /** Marks every absent comune present with its Sindaco; returns how many changed. */
    allPresent: (sedutaId: number): number => allPresent.run(sedutaId).changes,
    /** Marks every comune absent, clearing what was recorded; returns how many changed. */
    allAbsent: (sedutaId: number): number => allAbsent.run(sedutaId).changes,
    attendance: (organoId: number, anno: number) => attendance.all(organoId, ...yearBounds(anno)),
    /** The record fixed at closing (JSON as stored, with its SHA-256). */
    chiusura: (sedutaId: number) => chiusura.get(sedutaId),
    insertChiusura: (c: { sedutaId: number; chiusaIl: string; regoleVersioneId: number | null; record: string; sha256: string }): void => {
      insertChiusura.run(c);
    },
    /** Sedute closed before closing records existed (archives of earlier versions). */
    closedWithoutRecord: () => closedWithoutRecord.all().map((r) => r.id),
    deleteChiusura: (sedutaId: number): void => {
      deleteChiusura.run(sedutaId);
    },
  };
}
export type SeduteStore = ReturnType<typeof createSeduteStore>;
