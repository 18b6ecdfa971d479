import type { DocumentoSuRichiesta as Richiesta } from '../../shared/domain/conservazione';
import type { FileOut } from '../../shared/domain/verbale';
import { formatDateIt } from '../../shared/italian';
import { deterministicZip } from '../documents/zip';
import { notFound } from '../errors';
import { documentiHandlers } from '../handlers/documenti';
import { regolamentiHandlers } from '../handlers/regolamenti';
import type { AsyncHandler, Deps } from '../handlers/types';
import { contestoOf } from '../metadata/acts';
import { documentoMetadati, identificativi, PDFA_FORMATO, type DocumentoBase } from '../metadata/build';
import { metadatiXml } from '../metadata/documento-informatico';
import { sha256Of } from '../services/seduta-record';

/** The document channels this module wraps are all async (they render PDF/A). */
const produce = <I>(handler: unknown, deps: Deps, input: I): Promise<FileOut> => (handler as AsyncHandler<never>).async(deps, input as never) as Promise<FileOut>;

function produced(deps: Deps, r: Richiesta): Promise<FileOut> {
  switch (r.documento) {
    case 'convocazione':
      return produce(documentiHandlers['documenti.convocazione'], deps, { sedutaId: r.sedutaId });
    case 'estratto':
      return produce(documentiHandlers['documenti.estratto'], deps, { sedutaId: r.sedutaId, puntoId: r.puntoId });
    case 'estrattoComune':
      return produce(documentiHandlers['documenti.estrattoComune'], deps, { sedutaId: r.sedutaId, comuneId: r.comuneId });
    case 'testoCoordinato':
      return produce(regolamentiHandlers['regolamenti.pdf'], deps, { id: r.id, data: r.data });
  }
}

/** What the metadata of a document produced on demand say, read in one snapshot. */
function descrizione(deps: Deps, r: Richiesta): Omit<DocumentoBase, 'idDoc' | 'nomeFile'> & { identificativo: string } {
  const ente = deps.ente.get();
  const common = { mime: PDFA_FORMATO.mime, formatoDescrizione: PDFA_FORMATO.descrizione, dataDocumento: deps.clock.now().toISOString().slice(0, 10) };
  if (r.documento === 'testoCoordinato') {
    const regolamento = deps.regolamenti.get(r.id);
    if (!regolamento) throw notFound('Regolamento');
    return {
      ...common,
      identificativo: `REGOLAMENTO-${regolamento.id}-TESTO-COORDINATO-${r.data}`,
      tipologiaDocumentale: 'Testo coordinato (a fini di consultazione)',
      oggetto: `${regolamento.titolo} – testo in vigore al ${formatDateIt(r.data)}`,
      note: 'Testo coordinato prodotto su richiesta: non è un atto; gli atti sono i verbali che approvano le versioni.',
    };
  }
  const seduta = deps.sedute.get(r.sedutaId);
  if (!seduta) throw notFound('Seduta', true);
  const organo = deps.ente.organoNome(seduta.organoId);
  if (r.documento === 'convocazione') {
    return {
      ...common,
      identificativo: `SEDUTA-${seduta.data}-${seduta.id}-CONVOCAZIONE`,
      tipologiaDocumentale: `Convocazione della ${organo}`,
      oggetto: `Convocazione della seduta del ${formatDateIt(seduta.data)}${seduta.oggetto ? ` – ${seduta.oggetto}` : ''}`,
      autori: [{ tipoRuolo: 'Presidente', nome: ente.presidente }],
      note: seduta.convocazioneProt ? `Protocollo n. ${seduta.convocazioneProt}${seduta.convocazioneData ? ` del ${formatDateIt(seduta.convocazioneData)}` : ''}.` : '',
    };
  }
  const verbale = deps.verbali.bySeduta(seduta.id);
  const primario = verbale?.pdfSha256 ? { identificativo: identificativi.verbale(verbale.anno, verbale.numero), sha256: verbale.pdfSha256 } : null;
  if (r.documento === 'estrattoComune') {
    const comune = deps.comuni.get(r.comuneId)?.nome ?? '';
    return {
      ...common,
      identificativo: `SEDUTA-${seduta.data}-${seduta.id}-ESTRATTO-COMUNE-${r.comuneId}`,
      tipologiaDocumentale: 'Estratto per comune (presenza e voti del comune)',
      oggetto: `Estratto per il Comune di ${comune} della seduta del ${formatDateIt(seduta.data)}`,
      documentoPrimario: primario,
      note: 'Estratto prodotto su richiesta dal verbale di chiusura della seduta: non è l’atto.',
    };
  }
  const punto = deps.odg.punto(r.puntoId);
  return {
    ...common,
    identificativo: `${verbale ? identificativi.verbale(verbale.anno, verbale.numero) : `SEDUTA-${seduta.data}-${seduta.id}`}-ESTRATTO-PUNTO-${punto?.posizione ?? r.puntoId}`,
    tipologiaDocumentale: 'Estratto del verbale',
    oggetto: `Estratto del verbale${verbale ? ` n. ${verbale.numeroTesto}` : ''}, punto ${punto?.posizione ?? ''}: ${punto?.titolo ?? ''}`,
    documentoPrimario: primario,
  };
}

/**
 * A document produced on demand (convocation, estratto, estratto per comune, testo coordinato) with its metadata, in one ZIP. Its bytes
 * differ at each production (the PDF's creation date), so the metadata describe exactly the bytes beside them and
 * are not stored: the app stores metadata only for the documents whose bytes the archive keeps.
 */
export async function documentoConMetadati(deps: Deps, r: Richiesta): Promise<FileOut> {
  const file = await produced(deps, r);
  const bytes = Buffer.from(file.base64, 'base64');
  const { identificativo, ...base } = deps.read(() => descrizione(deps, r));
  const metadati = documentoMetadati({ ...base, idDoc: { identificativo, sha256: sha256Of(bytes) }, nomeFile: file.nomeFile }, deps.read(() => contestoOf(deps)));
  const zip = await deterministicZip([
    { name: file.nomeFile, data: bytes },
    { name: `${file.nomeFile}.metadati.xml`, data: metadatiXml(metadati) },
  ]);
  return { nomeFile: file.nomeFile.replace(/\.pdf$/, '_con_metadati.zip'), mime: 'application/zip', base64: zip.toString('base64') };
}
