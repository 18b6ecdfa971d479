import type { ModalitaVoto, PuntoTipo, VotazioneTipo, Voto } from '../../shared/domain/seduta';
import type { Db } from '../db/open';

export interface PuntoRow {
  id: number;
  seduta_id: number;
  posizione: number;
  titolo: string;
  descrizione: string;
  relatore: string;
  tipo: PuntoTipo;
  verbale_id: number | null;
}

export interface VotazioneRow {
  punto_id: number;
  tipo: VotazioneTipo;
  modalita: ModalitaVoto;
  ora: string | null;
  favorevoli: number | null;
  contrari: number | null;
  astenuti: number | null;
  bianche: number | null;
  nulle: number | null;
}

export type VotazioneFields = Omit<VotazioneRow, 'punto_id'> & { puntoId: number };

export interface PuntoFields {
  titolo: string;
  descrizione: string;
  relatore: string;
  tipo: PuntoTipo;
  verbaleId: number | null;
}

export function createOdgStore(db: Db) {
  const punti = db.prepare<[number], PuntoRow>('SELECT * FROM odg_punti WHERE seduta_id = ? ORDER BY posizione');
  const punto = db.prepare<[number], PuntoRow>('SELECT * FROM odg_punti WHERE id = ?');
  const insert = db.prepare(`INSERT INTO odg_punti (seduta_id, posizione, titolo, descrizione, relatore, tipo, verbale_id)
    VALUES (@sedutaId, (SELECT coalesce(max(posizione), 0) + 1 FROM odg_punti WHERE seduta_id = @sedutaId), @titolo, @descrizione,
      @relatore, @tipo, @verbaleId)`);
  const update = db.prepare(`UPDATE odg_punti SET titolo = @titolo, descrizione = @descrizione, relatore = @relatore, tipo = @tipo,
    verbale_id = @verbaleId WHERE id = @id`);
  // Verbali in effect (approved, exported, signed) whose approval is one of the seduta's items: they lock it.
  const approvedThrough = db.prepare<[number], { anno: number; numero: number }>(`
    SELECT v.anno, v.numero FROM verbali v JOIN odg_punti p ON p.id = v.approvato_punto_id
    WHERE p.seduta_id = ? AND v.stato IN ('approvato', 'esportato', 'firmato') ORDER BY v.anno, v.numero`);
  const setPosition = db.prepare('UPDATE odg_punti SET posizione = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM odg_punti WHERE id = ?');
  const votazioni = db.prepare<[number], VotazioneRow>(
    'SELECT v.* FROM votazioni v JOIN odg_punti p ON p.id = v.punto_id WHERE p.seduta_id = ?',
  );
  const voti = db.prepare<[number], { punto_id: number; comune_id: number; voto: Voto }>(
    'SELECT v.* FROM voti v JOIN odg_punti p ON p.id = v.punto_id WHERE p.seduta_id = ?',
  );
  const candidati = db.prepare<[number], { punto_id: number; nome: string; voti: number }>(
    `SELECT c.punto_id, c.nome, c.voti FROM votazione_candidati c JOIN odg_punti p ON p.id = c.punto_id
     WHERE p.seduta_id = ? ORDER BY c.punto_id, c.posizione`,
  );
  const upsertVotazione = db.prepare(`INSERT INTO votazioni (punto_id, tipo, modalita, ora, favorevoli, contrari, astenuti, bianche, nulle)
    VALUES (@puntoId, @tipo, @modalita, @ora, @favorevoli, @contrari, @astenuti, @bianche, @nulle)
    ON CONFLICT (punto_id) DO UPDATE SET tipo = excluded.tipo, modalita = excluded.modalita, ora = excluded.ora,
      favorevoli = excluded.favorevoli, contrari = excluded.contrari, astenuti = excluded.astenuti,
      bianche = excluded.bianche, nulle = excluded.nulle`);
  const clearVoti = db.prepare('DELETE FROM voti WHERE punto_id = ?');
  const insertVoto = db.prepare('INSERT INTO voti (punto_id, comune_id, voto) VALUES (?, ?, ?)');
  const clearCandidati = db.prepare('DELETE FROM votazione_candidati WHERE punto_id = ?');
  const insertCandidato = db.prepare('INSERT INTO votazione_candidati (punto_id, posizione, nome, voti) VALUES (?, ?, ?, ?)');
  const removeVotazione = db.prepare('DELETE FROM votazioni WHERE punto_id = ?');

  /** Positions stay 1..n without gaps; moved through negatives so UNIQUE(seduta, posizione) holds at every step. */
  function renumber(sedutaId: number, orderedIds: number[]): void {
    orderedIds.forEach((id, i) => setPosition.run(-(i + 1), id));
    orderedIds.forEach((id, i) => setPosition.run(i + 1, id));
  }

  return {
    punti: (sedutaId: number) => punti.all(sedutaId),
    punto: (id: number) => punto.get(id),
    insert: (sedutaId: number, p: PuntoFields): number => Number(insert.run({ ...p, sedutaId }).lastInsertRowid),
    update: (id: number, p: PuntoFields): void => {
      update.run({ ...p, id });
    },
    renumber,
    remove: (id: number): void => {
      remove.run(id);
    },
    approvedThrough: (sedutaId: number) => approvedThrough.all(sedutaId),
    votazioni: (sedutaId: number) => votazioni.all(sedutaId),
    voti: (sedutaId: number) => voti.all(sedutaId),
    candidati: (sedutaId: number) => candidati.all(sedutaId),
    /** Candidates go first: a vote that stops being an election must hold none when its type changes. */
    saveVotazione: (v: VotazioneFields, namedVotes: { comuneId: number; voto: Voto }[], candidates: { nome: string; voti: number }[]): void => {
      clearCandidati.run(v.puntoId);
      upsertVotazione.run(v);
      clearVoti.run(v.puntoId);
      for (const { comuneId, voto } of namedVotes) insertVoto.run(v.puntoId, comuneId, voto);
      candidates.forEach((c, i) => insertCandidato.run(v.puntoId, i + 1, c.nome, c.voti));
    },
    removeVotazione: (puntoId: number): void => {
      removeVotazione.run(puntoId);
    },
  };
}
export type OdgStore = ReturnType<typeof createOdgStore>;
