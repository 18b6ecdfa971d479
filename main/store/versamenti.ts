import { createHash } from 'node:crypto';
import type { Metadati, Selezione, TipoDocumento, Versamento } from '../../shared/domain/conservazione';
import type { Db } from '../db/open';

interface MetadatoRow {
  tipo: TipoDocumento;
  riferimento_id: number;
  identificativo: string;
  sha256: string;
  dati: string;
  xml: string;
  registrato_il: string;
}

interface VersamentoRow {
  id: number;
  identificativo: string;
  selezione: string;
  descrizione: string;
  creato_il: string;
  operatore: string;
  file: number;
  indice_sha256: string;
}

export interface StoredMetadato {
  tipo: TipoDocumento;
  riferimentoId: number;
  metadati: Metadati;
  xml: string;
  registratoIl: string;
}

const toMetadato = (r: MetadatoRow): StoredMetadato => ({
  tipo: r.tipo,
  riferimentoId: r.riferimento_id,
  metadati: JSON.parse(r.dati) as Metadati,
  xml: r.xml,
  registratoIl: r.registrato_il,
});

const toVersamento = (r: VersamentoRow): Versamento => ({
  id: r.id,
  identificativo: r.identificativo,
  descrizione: r.descrizione,
  selezione: JSON.parse(r.selezione) as Selezione,
  creatoIl: r.creato_il,
  operatore: r.operatore,
  file: r.file,
  indiceSha256: r.indice_sha256,
});

export interface VersamentoFile {
  percorso: string;
  sha256: string;
  dimensione: number;
}

/** Metadata recorded with the acts, and the pacchetti di versamento sent to conservation: written once, never changed. */
export function createConservazioneStore(db: Db) {
  const metadato = db.prepare<[string, number, string], MetadatoRow>('SELECT * FROM metadati WHERE tipo = ? AND riferimento_id = ? AND sha256 = ?');
  const versioni = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM metadati WHERE tipo = ? AND riferimento_id = ?');
  const insertMetadato = db.prepare(`INSERT INTO metadati (tipo, riferimento_id, identificativo, sha256, dati, xml, xml_sha256, registrato_il)
    VALUES (@tipo, @riferimentoId, @identificativo, @sha256, @dati, @xml, @xmlSha256, @registratoIl)`);
  const verbaleOfFirmato = db.prepare<[number], { verbale_id: number }>('SELECT verbale_id FROM verbale_firmati WHERE id = ?');
  // The index itself is read only when a versamento is downloaded.
  const COLUMNS = 'id, identificativo, selezione, descrizione, creato_il, operatore, file, indice_sha256';
  const versamenti = db.prepare<[], VersamentoRow>(`SELECT ${COLUMNS} FROM versamenti ORDER BY id DESC`);
  const versamento = db.prepare<[number], VersamentoRow>(`SELECT ${COLUMNS} FROM versamenti WHERE id = ?`);
  const files = db.prepare<[number], VersamentoFile>('SELECT percorso, sha256, dimensione FROM versamento_file WHERE versamento_id = ? ORDER BY posizione');
  const nextNumber = db.prepare<[string], { n: number }>("SELECT count(*) + 1 AS n FROM versamenti WHERE substr(creato_il, 1, 4) = ?");
  const insertVersamento = db.prepare(`INSERT INTO versamenti (identificativo, selezione, descrizione, creato_il, operatore, file, indice, indice_sha256)
    VALUES (@identificativo, @selezione, @descrizione, @creatoIl, @operatore, @file, @indice, @indiceSha256)`);
  const indice = db.prepare<[number], { indice: string }>('SELECT indice FROM versamenti WHERE id = ?');
  const insertFile = db.prepare('INSERT INTO versamento_file (versamento_id, posizione, percorso, sha256, dimensione) VALUES (?, ?, ?, ?, ?)');

  return {
    /** The metadata recorded for this content of the document (its SHA-256). */
    metadato: (tipo: TipoDocumento, riferimentoId: number, sha256: string) => {
      const row = metadato.get(tipo, riferimentoId, sha256);
      return row && toMetadato(row);
    },
    /** How many contents of the document were fixed before (a verbale exported again is a new version). */
    versioniRegistrate: (tipo: TipoDocumento, riferimentoId: number) => versioni.get(tipo, riferimentoId)!.n,
    insertMetadato: (m: { tipo: TipoDocumento; riferimentoId: number; metadati: Metadati; xml: string; registratoIl: string }): void => {
      insertMetadato.run({
        ...m,
        identificativo: m.metadati.idDoc.identificativo,
        sha256: m.metadati.idDoc.sha256,
        dati: JSON.stringify(m.metadati),
        xmlSha256: createHash('sha256').update(m.xml).digest('hex'),
      });
    },
    verbaleOfFirmato: (firmatoId: number) => verbaleOfFirmato.get(firmatoId)?.verbale_id,
    versamenti: () => versamenti.all().map(toVersamento),
    versamento: (id: number) => {
      const row = versamento.get(id);
      return row && toVersamento(row);
    },
    files: (versamentoId: number) => files.all(versamentoId),
    /** The year's next progressive, read inside the caller's write transaction. */
    nextNumber: (anno: string) => nextNumber.get(anno)!.n,
    /** The SInCRO index as it was sent. */
    indice: (id: number) => indice.get(id)?.indice,
    insertVersamento: (v: Omit<Versamento, 'id' | 'file'> & { indice: string }, elenco: readonly VersamentoFile[]): number => {
      const id = Number(insertVersamento.run({ ...v, selezione: JSON.stringify(v.selezione), file: elenco.length }).lastInsertRowid);
      elenco.forEach((f, i) => insertFile.run(id, i + 1, f.percorso, f.sha256, f.dimensione));
      return id;
    },
  };
}
export type ConservazioneStore = ReturnType<typeof createConservazioneStore>;
