import type { Selezione } from '../../shared/domain/conservazione';
import { conflict, notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { documentiDelVerbale, metadatoOf, recordDocumento, type DocumentoArchiviato } from '../metadata/acts';
import { allegatoDocumentiDellaVersione, testoDellaVersione } from './regolamenti';
import { sha256Of } from '../services/seduta-record';
import type { VerbaleRecord } from '../store/verbali';

/** One file of a package: where it goes, its bytes, and what the index says of it. */
export interface FilePacchetto {
  percorso: string;
  contenuto: Buffer;
  sha256: string;
  /** The identifier the SInCRO index gives it (the document's IdDoc, or that plus "-METADATI"). */
  id: string;
  mime: string;
}

/** The files of one act, under one label in the index (a SInCRO FileGroup). */
export interface GruppoPacchetto {
  etichetta: string;
  file: FilePacchetto[];
}

export interface Pacchetto {
  descrizione: string;
  gruppi: GruppoPacchetto[];
  /** Acts of the selection left out because they are not fixed yet, named for the office. */
  esclusi: string[];
}

/** A file name inside the package: no folders, no characters Windows refuses, at most 120 characters. */
// eslint-disable-next-line no-control-regex -- control characters never belong in a file name
export const safeName = (name: string): string => name.replace(/[\u0000-\u001F\u007F/\\:*?"<>|]/g, '_').replace(/^[\s.]+|[\s.]+$/g, '').slice(-120) || 'file';

const pad2 = (n: number) => String(n).padStart(2, '0');
export const cartellaVerbale = (v: Pick<VerbaleRecord, 'anno' | 'numero'>) => `verbali/${v.anno}/${pad2(v.numero)}`;

/** Where each kind of document of a verbale goes inside the verbale's folder. */
function nomeNelPacchetto(doc: DocumentoArchiviato): string {
  if (doc.ref.tipo === 'verbale') return doc.base.nomeFile;
  if (doc.ref.tipo === 'firmato') return `firmati/${doc.ref.id}_${safeName(doc.base.nomeFile)}`;
  const lettera = doc.base.idDoc.identificativo.split('-').at(-1);
  const punto = /PUNTO-(\d+)-ALLEGATO/.exec(doc.base.idDoc.identificativo)?.[1];
  return `allegati/${punto ? `punto_${punto}_` : ''}${lettera}_${safeName(doc.base.nomeFile)}`;
}

/**
 * A document and its metadata XML as two files. `write` (a versamento) records missing metadata and refuses a file
 * that no longer matches its fingerprint; a read-only export uses what is recorded, or builds them for acts fixed
 * before metadata existed.
 */
export function fileDelDocumento(deps: Deps, doc: DocumentoArchiviato, cartella: string, write: boolean): FilePacchetto[] {
  const percorso = `${cartella}/${nomeNelPacchetto(doc)}`;
  const id = doc.base.idDoc.identificativo;
  const contenuto = doc.contenuto();
  const sha256 = sha256Of(contenuto);
  // A versamento sends only files matching their recorded fingerprint; an export shows the bytes as they are (its
  // index gives their actual SHA-256, their metadata the recorded one, so a difference is visible).
  if (write && sha256 !== doc.base.idDoc.sha256) {
    throw conflict(`Il file ${id} non corrisponde più alla sua impronta SHA-256 registrata: eseguire la verifica di integrità dell'archivio.`);
  }
  const xml = Buffer.from(write ? recordDocumento(deps, doc).xml : metadatoOf(deps, doc).xml, 'utf8');
  return [
    { percorso, contenuto, sha256, id, mime: doc.base.mime },
    { percorso: `${percorso}.metadati.xml`, contenuto: xml, sha256: sha256Of(xml), id: `${id}-METADATI`, mime: 'application/xml' },
  ];
}

const FIXED = new Set(['esportato', 'firmato', 'storico']);

/** A verbale's files, or why it is left out. */
function gruppoVerbale(deps: Deps, v: VerbaleRecord, write: boolean): GruppoPacchetto | string {
  if (!FIXED.has(v.stato)) {
    return `Il verbale n. ${v.numeroTesto} è ${v.stato === 'annullato' ? 'annullato' : v.stato === 'approvato' ? 'approvato ma non ancora esportato per la firma' : 'in bozza'}: si versa in conservazione solo un atto fissato (esportato per la firma o firmato).`;
  }
  const docs = documentiDelVerbale(deps, v.id);
  if (docs.length === 0) return `Il verbale n. ${v.numeroTesto} (storico) non ha file in archivio: nulla da versare.`;
  return { etichetta: `Verbale n. ${v.numeroTesto} – ${v.oggetto}`, file: docs.flatMap((d) => fileDelDocumento(deps, d, cartellaVerbale(v), write)) };
}

function requireVerbale(deps: Deps, id: number): VerbaleRecord {
  const v = deps.verbali.get(id);
  if (!v) throw notFound('Verbale');
  return v;
}

/** The package of a selection, files in a fixed order (acts by number, then each act's files): the same every time. */
export function pacchettoDi(deps: Deps, selezione: Selezione, write: boolean): Pacchetto {
  if (selezione.tipo === 'verbale') {
    const v = requireVerbale(deps, selezione.id);
    const gruppo = gruppoVerbale(deps, v, write);
    if (typeof gruppo === 'string') throw conflict(gruppo);
    return { descrizione: `Verbale n. ${v.numeroTesto} con i suoi allegati e file firmati`, gruppi: [gruppo], esclusi: [] };
  }
  if (selezione.tipo === 'anno') {
    const organo = deps.ente.organoNome(selezione.organoId);
    const results = deps.verbali.byYear(selezione.organoId, selezione.anno).map((v) => gruppoVerbale(deps, v, write));
    const gruppi = results.filter((r): r is GruppoPacchetto => typeof r !== 'string');
    if (gruppi.length === 0) throw conflict(`Nessun verbale del ${selezione.anno} è esportato o firmato: non c'è nulla da versare in conservazione.`);
    return { descrizione: `Verbali del ${selezione.anno} – ${organo}`, gruppi, esclusi: results.filter((r): r is string => typeof r === 'string') };
  }
  const regolamento = deps.regolamenti.get(selezione.id);
  if (!regolamento) throw notFound('Regolamento');
  const gruppi: GruppoPacchetto[] = [];
  const esclusi: string[] = [];
  const verbaliInclusi = new Set<number>();
  for (const versione of deps.regolamenti.versioni(selezione.id)) {
    const label = `Versione in vigore dal ${versione.vigente_dal}`;
    if (versione.verbale_id === null || !['esportato', 'firmato'].includes(versione.verbale_stato ?? '') || versione.testo_disponibile !== 1) {
      esclusi.push(`${label}: il verbale che la approva non è ancora esportato o firmato (o il testo non è completo).`);
      continue;
    }
    const cartella = `regolamenti/${regolamento.id}/versione_${versione.id}`;
    const testo = testoDellaVersione(deps, versione);
    gruppi.push({
      etichetta: `${regolamento.titolo} – ${label}`,
      file: [
        { percorso: `${cartella}/testo.txt`, contenuto: testo, sha256: sha256Of(testo), id: `REGOLAMENTO-${regolamento.id}-VERSIONE-${versione.id}-TESTO`, mime: 'text/plain' },
        ...allegatoDocumentiDellaVersione(deps, versione.id).flatMap((d) => fileDelDocumento(deps, d, cartella, write)),
      ],
    });
    if (!verbaliInclusi.has(versione.verbale_id)) {
      verbaliInclusi.add(versione.verbale_id);
      const gruppo = gruppoVerbale(deps, requireVerbale(deps, versione.verbale_id), write);
      if (typeof gruppo !== 'string') gruppi.push(gruppo);
    }
  }
  if (gruppi.length === 0) throw conflict(`Nessuna versione di «${regolamento.titolo}» è approvata con un verbale esportato o firmato: non c'è nulla da versare.`);
  return { descrizione: `${regolamento.tipo === 'convenzione' ? 'Convenzione' : 'Regolamento'} «${regolamento.titolo}»: versioni approvate`, gruppi, esclusi };
}
