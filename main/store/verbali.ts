import { formatVerbaleNumber } from '../../shared/italian';
import type { FileFirmato, VerbaleStato, VerbaleSummary } from '../../shared/domain/verbale';
import type { Db } from '../db/open';

interface VerbaleRow {
  id: number;
  organo_id: number;
  anno: number;
  numero: number;
  data: string;
  seduta_id: number | null;
  oggetto: string;
  stato: VerbaleStato;
  annullato_motivo: string | null;
  approvazione: 'stessa_seduta' | 'seduta_successiva' | null;
  approvato_il: string | null;
  approvato_punto_id: number | null;
  esportato_il: string | null;
  firmato_il: string | null;
  firma_modo: 'digitale' | 'autografa' | null;
  da_rigenerare: number;
  pdf_sha256: string | null;
  rettifica_di: number | null;
  rettifica_di_anno: number | null;
  rettifica_di_numero: number | null;
  firmati: number;
}

export interface SezioneRow {
  chiave: string;
  titolo: string;
  tipo: 'testo' | 'presenze';
  testo: string;
  generato: string;
}

export type VerbaleRecord = Omit<VerbaleSummary, 'rettifiche'> & {
  approvazione: VerbaleRow['approvazione'];
  approvatoIl: string | null;
  approvatoPuntoId: number | null;
  esportatoIl: string | null;
  firmatoIl: string | null;
  firmaModo: VerbaleRow['firma_modo'];
  daRigenerare: boolean;
  pdfSha256: string | null;
};

const toRecord = (r: VerbaleRow): VerbaleRecord => ({
  id: r.id,
  organoId: r.organo_id,
  anno: r.anno,
  numero: r.numero,
  numeroTesto: formatVerbaleNumber(r.numero, r.anno),
  data: r.data,
  sedutaId: r.seduta_id,
  oggetto: r.oggetto,
  stato: r.stato,
  annullatoMotivo: r.annullato_motivo,
  rettificaDi:
    r.rettifica_di === null ? null : { id: r.rettifica_di, numeroTesto: formatVerbaleNumber(r.rettifica_di_numero!, r.rettifica_di_anno!) },
  firmatiImportati: r.firmati,
  approvazione: r.approvazione,
  approvatoIl: r.approvato_il,
  approvatoPuntoId: r.approvato_punto_id,
  esportatoIl: r.esportato_il,
  firmatoIl: r.firmato_il,
  firmaModo: r.firma_modo,
  daRigenerare: r.da_rigenerare === 1,
  pdfSha256: r.pdf_sha256,
});

type SummaryRow = VerbaleRow & { rettifiche: string };

const toSummary = (row: SummaryRow): VerbaleSummary => ({
  ...toRecord(row),
  rettifiche: (JSON.parse(row.rettifiche) as { id: number; anno: number; numero: number; stato: VerbaleStato }[]).map((r) => ({
    id: r.id,
    numeroTesto: formatVerbaleNumber(r.numero, r.anno),
    stato: r.stato,
  })),
});

const SELECT = `
  SELECT v.id, v.organo_id, v.anno, v.numero, v.data, v.seduta_id, v.oggetto, v.stato, v.annullato_motivo, v.approvazione,
    v.approvato_il, v.approvato_punto_id, v.esportato_il, v.firmato_il, v.firma_modo, v.da_rigenerare, v.pdf_sha256, v.rettifica_di,
    o.anno AS rettifica_di_anno, o.numero AS rettifica_di_numero,
    (SELECT count(*) FROM verbale_firmati f WHERE f.verbale_id = v.id) AS firmati
  FROM verbali v LEFT JOIN verbali o ON o.id = v.rettifica_di`;

export function createVerbaliStore(db: Db) {
  const get = db.prepare<[number], VerbaleRow>(`${SELECT} WHERE v.id = ?`);
  const bySeduta = db.prepare<[number], VerbaleRow>(`${SELECT} WHERE v.seduta_id = ? AND v.stato <> 'annullato'`);
  const byYear = db.prepare<[number, number], VerbaleRow>(`${SELECT} WHERE v.organo_id = ? AND v.anno = ? ORDER BY v.numero`);
  // From the latest year down, one index seek per year (DISTINCT would read every verbale's index entry).
  const years = db.prepare<{ o: number }, { anno: number }>(`
    WITH RECURSIVE y(anno) AS (SELECT max(anno) FROM verbali WHERE organo_id = @o
      UNION ALL SELECT (SELECT max(anno) FROM verbali WHERE organo_id = @o AND anno < y.anno) FROM y WHERE y.anno IS NOT NULL)
    SELECT anno FROM y WHERE anno IS NOT NULL`);
  // Summaries in one query: each verbale with its rettifiche (indexed on rettifica_di) as JSON; a rettifica shows on
  // its original only once approved.
  const withRettifiche = (where: string, order: string) => `
    SELECT x.*, (SELECT json_group_array(json_object('id', r.id, 'anno', r.anno, 'numero', r.numero, 'stato', r.stato) ORDER BY r.anno, r.numero)
      FROM verbali r WHERE r.rettifica_di = x.id AND r.stato IN ('approvato', 'esportato', 'firmato')) AS rettifiche
    FROM (${SELECT} WHERE ${where}) x ORDER BY ${order}`;
  const registro = db.prepare<[number, number, number, number], SummaryRow>(withRettifiche('v.organo_id = ? AND v.anno = ? AND v.numero BETWEEN ? AND ?', 'x.numero'));
  const elenco = db.prepare<[number], SummaryRow>(withRettifiche('v.organo_id = ?', 'x.anno DESC, x.numero DESC'));
  const registroConteggi = db.prepare<[number, number], { ultimo: number; verbali: number }>(
    'SELECT coalesce(max(numero), 0) AS ultimo, count(*) AS verbali FROM verbali WHERE organo_id = ? AND anno = ?',
  );
  const seduteConVerbale = db.prepare<[number, number], { seduta_id: number }>(
    "SELECT seduta_id FROM verbali WHERE organo_id = ? AND anno = ? AND seduta_id IS NOT NULL AND stato <> 'annullato'",
  );
  const rettifiche = db.prepare<[number], VerbaleRow>(`${SELECT} WHERE v.rettifica_di = ? ORDER BY v.anno, v.numero`);
  const awaitingApproval = db.prepare<[number, string], VerbaleRow>(
    `${SELECT} WHERE v.organo_id = ? AND v.stato = 'bozza' AND v.data < ? AND v.rettifica_di IS NULL ORDER BY v.anno, v.numero`,
  );
  // Next number of the organ's year: read and used inside the caller's BEGIN IMMEDIATE, so two writers never get the same.
  const nextNumber = db.prepare<[number, number], { n: number }>(
    'SELECT coalesce(max(numero), 0) + 1 AS n FROM verbali WHERE organo_id = ? AND anno = ?',
  );
  const insert = db.prepare(`INSERT INTO verbali (organo_id, anno, numero, data, seduta_id, oggetto, rettifica_di)
    VALUES (@organoId, @anno, @numero, @data, @sedutaId, @oggetto, @rettificaDi)`);
  const sezioni = db.prepare<[number], SezioneRow>('SELECT chiave, titolo, tipo, testo, generato FROM verbale_sezioni WHERE verbale_id = ? ORDER BY posizione');
  const clearSezioni = db.prepare('DELETE FROM verbale_sezioni WHERE verbale_id = ?');
  const insertSezione = db.prepare(`INSERT INTO verbale_sezioni (verbale_id, posizione, chiave, titolo, tipo, testo, generato)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const updateSezione = db.prepare('UPDATE verbale_sezioni SET testo = ? WHERE verbale_id = ? AND chiave = ?');
  const approve = db.prepare(`UPDATE verbali SET stato = 'approvato', approvazione = @modo, approvato_il = @data, approvato_punto_id = @puntoId
    WHERE id = @id AND stato = 'bozza'`);
  const exportForSigning = db.prepare(`UPDATE verbali SET stato = 'esportato', esportato_il = @esportatoIl, pdf = @pdf, pdf_sha256 = @sha256
    WHERE id = @id AND stato = 'approvato'`);
  const markSigned = db.prepare(`UPDATE verbali SET stato = 'firmato', firmato_il = @firmatoIl, firma_modo = @modo
    WHERE id = @id AND stato = 'esportato'`);
  // Withdrawing the approval brings the verbale back to draft: the export, if any, is no longer the act.
  const withdraw = db.prepare(`UPDATE verbali SET stato = 'bozza', approvazione = NULL, approvato_il = NULL, approvato_punto_id = NULL,
    esportato_il = NULL, pdf = NULL, pdf_sha256 = NULL WHERE id = ? AND stato IN ('approvato', 'esportato')`);
  const setDaRigenerare = db.prepare("UPDATE verbali SET da_rigenerare = ? WHERE id = ? AND stato = 'bozza'");
  const firmatoBySha = db.prepare<[string], { verbale_id: number }>('SELECT verbale_id FROM verbale_firmati WHERE sha256 = ?');
  const annul = db.prepare(`UPDATE verbali SET stato = 'annullato', annullato_motivo = ? WHERE id = ? AND stato IN ('bozza', 'approvato')`);
  const pdf = db.prepare<[number], { pdf: Buffer | null; pdf_sha256: string | null }>('SELECT pdf, pdf_sha256 FROM verbali WHERE id = ?');
  const firmati = db.prepare<[number], { id: number; nome_file: string; formato: FileFirmato['formato']; sha256: string; importato_il: string; firme: string }>(
    'SELECT id, nome_file, formato, sha256, importato_il, firme FROM verbale_firmati WHERE verbale_id = ? ORDER BY id',
  );
  const firmatoFile = db.prepare<[number, number], { nome_file: string; contenuto: Buffer; formato: string }>(
    'SELECT nome_file, contenuto, formato FROM verbale_firmati WHERE id = ? AND verbale_id = ?',
  );
  const insertFirmato = db.prepare(`INSERT INTO verbale_firmati (verbale_id, nome_file, contenuto, sha256, formato, firme)
    VALUES (@verbaleId, @nomeFile, @contenuto, @sha256, @formato, @firme)`);

  const one = (row: VerbaleRow | undefined) => row && toRecord(row);

  return {
    get: (id: number) => one(get.get(id)),
    bySeduta: (sedutaId: number) => one(bySeduta.get(sedutaId)),
    byYear: (organoId: number, anno: number) => byYear.all(organoId, anno).map(toRecord),
    years: (organoId: number) => years.all({ o: organoId }).map((r) => r.anno),
    /** The verbali numbered `da`..`a` of the year, each with its rettifiche. */
    registro: (organoId: number, anno: number, da: number, a: number): VerbaleSummary[] => registro.all(organoId, anno, da, a).map(toSummary),
    /** Every verbale of the organ, newest first, each with its rettifiche. */
    elenco: (organoId: number): VerbaleSummary[] => elenco.all(organoId).map(toSummary),
    /** The year's last number and how many verbali it has (the difference: numbers not in the archive). */
    registroConteggi: (organoId: number, anno: number) => registroConteggi.get(organoId, anno)!,
    seduteConVerbale: (organoId: number, anno: number) => seduteConVerbale.all(organoId, anno).map((r) => r.seduta_id),
    rettifiche: (id: number) => rettifiche.all(id).map(toRecord),
    awaitingApproval: (organoId: number, before: string) => awaitingApproval.all(organoId, before).map(toRecord),
    insert: (v: { organoId: number; anno: number; data: string; sedutaId: number | null; oggetto: string; rettificaDi: number | null }): number => {
      const numero = nextNumber.get(v.organoId, v.anno)!.n;
      return Number(insert.run({ ...v, numero }).lastInsertRowid);
    },
    sezioni: (id: number) => sezioni.all(id),
    replaceSezioni: (id: number, list: readonly (Omit<SezioneRow, 'generato'> & { generato?: string })[]): void => {
      clearSezioni.run(id);
      list.forEach((s, i) => insertSezione.run(id, i + 1, s.chiave, s.titolo, s.tipo, s.testo, s.generato ?? s.testo));
    },
    updateSezione: (id: number, chiave: string, testo: string): boolean => updateSezione.run(testo, id, chiave).changes === 1,
    approve: (id: number, modo: 'stessa_seduta' | 'seduta_successiva', data: string, puntoId: number | null): boolean =>
      approve.run({ id, modo, data, puntoId }).changes === 1,
    exportForSigning: (id: number, esportatoIl: string, bytes: Buffer, sha256: string): boolean =>
      exportForSigning.run({ id, esportatoIl, pdf: bytes, sha256 }).changes === 1,
    markSigned: (id: number, firmatoIl: string, modo: 'digitale' | 'autografa'): boolean => markSigned.run({ id, firmatoIl, modo }).changes === 1,
    withdrawApproval: (id: number): boolean => withdraw.run(id).changes === 1,
    setDaRigenerare: (id: number, flag: boolean): void => {
      setDaRigenerare.run(flag ? 1 : 0, id);
    },
    /** The verbale whose archived signed files include this exact file. */
    firmatoBySha: (sha256: string) => firmatoBySha.get(sha256)?.verbale_id,
    annul: (id: number, motivo: string): boolean => annul.run(motivo, id).changes === 1,
    pdf: (id: number) => pdf.get(id),
    firmati: (id: number): FileFirmato[] =>
      firmati.all(id).map((f) => ({ id: f.id, nomeFile: f.nome_file, formato: f.formato, sha256: f.sha256, importatoIl: f.importato_il, firme: JSON.parse(f.firme) })),
    firmatoFile: (firmatoId: number, verbaleId: number) => firmatoFile.get(firmatoId, verbaleId),
    insertFirmato: (f: { verbaleId: number; nomeFile: string; contenuto: Buffer; sha256: string; formato: FileFirmato['formato']; firme: unknown[] }): number =>
      Number(insertFirmato.run({ ...f, firme: JSON.stringify(f.firme) }).lastInsertRowid),
  };
}
export type VerbaliStore = ReturnType<typeof createVerbaliStore>;
