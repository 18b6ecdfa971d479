import { italianDate } from '../../shared/clock';
import type { DocumentoRef, Metadato, TipoDocumento } from '../../shared/domain/conservazione';
import type { Allegato, AllegatoOwner } from '../../shared/domain/allegato';
import { conflict, notFound } from '../errors';
import type { Deps } from '../handlers/types';
import { attachmentLabel } from '../services/attachment-kind';
import { scanKind } from '../services/scan';
import type { VerbaleRecord } from '../store/verbali';
import type { StoredMetadato } from '../store/versamenti';
import { documentoMetadati, identificativi, PDFA_FORMATO, registroVerbali, type Contesto, type DocumentoBase, type IdDoc } from './build';
import { metadatiXml } from './documento-informatico';

export const SOFTWARE_NAME = 'Conferenza dei Sindaci – Ufficio di Piano';

/** A document of the archive with its bytes: what a pacchetto or the whole-archive export carries. */
export interface DocumentoArchiviato {
  ref: DocumentoRef;
  base: DocumentoBase;
  /** Read when needed: listing metadata never loads the files. */
  contenuto: () => Buffer;
}

export const contestoOf = (deps: Deps): Contesto => ({
  ente: deps.ente.get().nome,
  operatore: deps.session.operatore,
  software: { nome: SOFTWARE_NAME, versione: deps.appVersion },
});

export const verbaleFileName = (v: Pick<VerbaleRecord, 'numero' | 'anno'>) => `Verbale_${String(v.numero).padStart(2, '0')}_${v.anno}.pdf`;

const EXPORTED = new Set(['esportato', 'firmato']);

/** Who presided and who took the minutes, as fixed when the seduta (or, for a rettifica, the approving one) closed. */
function presidenzaOf(deps: Deps, v: VerbaleRecord): { presidente: string; segretario: string } | null {
  const sedutaId = v.sedutaId ?? (v.approvatoPuntoId === null ? null : (deps.odg.punto(v.approvatoPuntoId)?.seduta_id ?? null));
  const chiusura = sedutaId === null ? undefined : deps.sedute.chiusura(sedutaId);
  if (!chiusura) return null;
  const { presidenza } = JSON.parse(chiusura.record) as { presidenza: { presidente: string; segretario: string } };
  return presidenza;
}

function verbaleIdDoc(v: VerbaleRecord): IdDoc {
  return { identificativo: identificativi.verbale(v.anno, v.numero), sha256: v.pdfSha256 ?? '' };
}

function requireVerbale(deps: Deps, id: number): VerbaleRecord {
  const v = deps.verbali.get(id);
  if (!v) throw notFound('Verbale');
  return v;
}

/** The identifier of the act an allegato belongs to. */
function ownerIdDoc(deps: Deps, owner: AllegatoOwner): IdDoc {
  if (owner.tipo === 'verbale') return verbaleIdDoc(requireVerbale(deps, owner.id));
  if (owner.tipo === 'versione') {
    const versione = deps.regolamenti.versione(owner.id)!;
    return { identificativo: identificativi.versione(versione.regolamento_id, versione.id), sha256: '' };
  }
  const punto = deps.odg.punto(owner.id)!;
  const seduta = deps.sedute.get(punto.seduta_id)!;
  return { identificativo: identificativi.punto(seduta.data, seduta.id, punto.posizione), sha256: '' };
}

const allegatoIdDoc = (deps: Deps, owner: AllegatoOwner, a: Allegato): IdDoc => ({
  identificativo: identificativi.allegato(ownerIdDoc(deps, owner).identificativo, a.lettera),
  sha256: a.sha256,
});

/** An allegato is fixed once its act is: an item once its seduta closed, a verbale or version once its verbale is exported. */
function allegatoFrozen(deps: Deps, owner: AllegatoOwner): boolean {
  const state = deps.allegati.actState(owner);
  if (!state) return false;
  if (owner.tipo === 'punto') return state.sedutaStato === 'chiusa';
  if (owner.tipo === 'verbale') return ['esportato', 'firmato', 'storico', 'annullato'].includes(state.verbaleStato ?? '');
  return EXPORTED.has(state.verbaleStato ?? '');
}

/** The allegati a verbale lists: its seduta's agenda items' ones, then its own. */
export function allegatiDelVerbale(deps: Deps, v: VerbaleRecord): { owner: AllegatoOwner; allegato: Allegato }[] {
  const items = v.sedutaId === null ? [] : deps.allegati.ofSedutaItems(v.sedutaId);
  const owner: AllegatoOwner = { tipo: 'verbale', id: v.id };
  return [
    ...items.flatMap((item) => item.allegati.map((allegato) => ({ owner: { tipo: 'punto', id: item.puntoId } as AllegatoOwner, allegato }))),
    ...deps.allegati.list(owner).map((allegato) => ({ owner, allegato })),
  ];
}

function verbaleDocumento(deps: Deps, id: number): DocumentoArchiviato {
  const v = requireVerbale(deps, id);
  if (!EXPORTED.has(v.stato) || !v.pdfSha256) {
    throw conflict(`Il verbale n. ${v.numeroTesto} non è ancora esportato per la firma: i suoi metadati si registrano quando il contenuto è fissato.`);
  }
  const organo = deps.ente.organoNome(v.organoId);
  const presidenza = presidenzaOf(deps, v);
  const original = v.rettificaDi ? requireVerbale(deps, v.rettificaDi.id) : null;
  const autori = presidenza ? [{ tipoRuolo: 'Presidente', nome: presidenza.presidente }, { tipoRuolo: 'Segretario verbalizzante', nome: presidenza.segretario }] : [];
  return {
    ref: { tipo: 'verbale', id },
    contenuto: () => deps.verbali.pdf(id)!.pdf!,
    base: {
      idDoc: verbaleIdDoc(v),
      nomeFile: verbaleFileName(v),
      mime: PDFA_FORMATO.mime,
      formatoDescrizione: PDFA_FORMATO.descrizione,
      tipologiaDocumentale: original ? 'Rettifica di verbale' : `Verbale di seduta della ${organo}`,
      oggetto: v.oggetto,
      dataDocumento: italianDate(new Date(v.esportatoIl!)),
      registrazione: { codiceRegistro: registroVerbali(organo, v.anno), numero: v.numeroTesto, data: v.data },
      autori,
      allegati: allegatiDelVerbale(deps, v).map(({ owner, allegato }) => ({ idDoc: allegatoIdDoc(deps, owner, allegato), descrizione: `Allegato ${allegato.lettera} – ${allegato.descrizione}` })),
      rettificaDi: original
        ? { idDoc: verbaleIdDoc(original), autore: presidenza?.segretario || presidenza?.presidente || deps.session.operatore, data: v.data }
        : null,
      serie: registroVerbali(organo, v.anno),
      paroleChiave: [organo, `Verbale n. ${v.numeroTesto}`],
      note: original ? `Rettifica del verbale n. ${original.numeroTesto}.` : '',
    },
  };
}

const FIRMATO_FORMATO = {
  PAdES: { mime: 'application/pdf', descrizione: 'PDF/A-2b con firma PAdES' },
  CAdES: { mime: 'application/pkcs7-mime', descrizione: 'Busta CAdES (.p7m)' },
} as const;

function firmatoDocumento(deps: Deps, firmatoId: number): DocumentoArchiviato {
  const verbaleId = deps.conservazione.verbaleOfFirmato(firmatoId);
  if (verbaleId === undefined) throw notFound('File firmato');
  const v = requireVerbale(deps, verbaleId);
  const info = deps.verbali.firmati(v.id).find((f) => f.id === firmatoId)!;
  const file = deps.verbali.firmatoFile(firmatoId, v.id)!;
  const cartaceo = info.formato === 'cartaceo';
  const formato = cartaceo ? { mime: scanKind(file.contenuto)?.mime ?? 'application/octet-stream', descrizione: 'Copia per immagine del verbale firmato a mano' } : FIRMATO_FORMATO[info.formato as 'PAdES' | 'CAdES'];
  const verbale = verbaleDocumento(deps, v.id).base;
  return {
    ref: { tipo: 'firmato', id: firmatoId },
    contenuto: () => file.contenuto,
    base: {
      ...verbale,
      idDoc: { identificativo: identificativi.firmato(v.anno, v.numero, firmatoId), sha256: info.sha256 },
      nomeFile: info.nomeFile,
      mime: formato.mime,
      formatoDescrizione: formato.descrizione,
      tipologiaDocumentale: `${verbale.tipologiaDocumentale} – esemplare firmato`,
      dataDocumento: v.firmatoIl ?? italianDate(new Date(info.importatoIl)),
      autori: info.firme.map((f) => ({ tipoRuolo: 'Firmatario', nome: f.signerName })),
      acquisito: true,
      firmatoDigitalmente: !cartaceo,
      copiaImmagine: cartaceo,
      allegati: [],
      rettificaDi: null,
      documentoPrimario: verbale.idDoc,
      note: cartaceo
        ? `Copia per immagine dell'originale firmato a mano del verbale n. ${v.numeroTesto}.`
        : `Esemplare firmato digitalmente (${info.formato}) del verbale n. ${v.numeroTesto}, verificato all'importazione sul PDF/A esportato.`,
    },
  };
}

function allegatoDocumento(deps: Deps, allegatoId: number): DocumentoArchiviato {
  const owner = deps.allegati.owner(allegatoId);
  if (!owner) throw notFound('Allegato');
  if (!allegatoFrozen(deps, owner)) throw conflict("L'atto di questo allegato non è ancora chiuso: i metadati si registrano quando l'atto è fissato.");
  const allegato = deps.allegati.list(owner).find((a) => a.id === allegatoId)!;
  const primario = ownerIdDoc(deps, owner);
  return {
    ref: { tipo: 'allegato', id: allegatoId },
    contenuto: () => deps.allegati.file(allegatoId)!.contenuto,
    base: {
      idDoc: allegatoIdDoc(deps, owner, allegato),
      nomeFile: allegato.nomeFile,
      mime: allegato.mime,
      formatoDescrizione: attachmentLabel(allegato.mime),
      tipologiaDocumentale: allegato.copiaCartacea ? "Copia per immagine dell'originale cartaceo" : 'Allegato',
      oggetto: allegato.descrizione,
      dataDocumento: allegato.aggiuntoIl.slice(0, 10),
      acquisito: true,
      copiaImmagine: allegato.copiaCartacea,
      documentoPrimario: primario,
      note: `Allegato ${allegato.lettera} di ${primario.identificativo}.`,
    },
  };
}

const DESCRIBE: Record<DocumentoRef['tipo'], (deps: Deps, id: number) => DocumentoArchiviato> = {
  verbale: verbaleDocumento,
  firmato: firmatoDocumento,
  allegato: allegatoDocumento,
};

/** A fixed document with its bytes and description; refused (CONFLICT) while its act can still change. */
export const documentoArchiviato = (deps: Deps, ref: DocumentoRef): DocumentoArchiviato => DESCRIBE[ref.tipo](deps, ref.id);

const toMetadato = (m: StoredMetadato): Metadato => ({ tipo: m.tipo, riferimentoId: m.riferimentoId, registrato: true, registratoIl: m.registratoIl, metadati: m.metadati });

/**
 * Records the metadata of a fixed document, once per content (SHA-256): called inside a write transaction when the act
 * is fixed (a verbale exported, a signed file archived, a referto produced). Calling it again returns what was
 * recorded, unchanged, so the metadata stay those of the moment the act was fixed (the ente's name, the operator, the
 * software version); a content fixed again (a verbale re-exported after a withdrawn approval) is the next version.
 * Other modules record their own documents (e.g. `recordMetadata(deps, 'referto', pubblicazioneId, base)`).
 */
export function recordMetadata(deps: Deps, tipo: TipoDocumento, riferimentoId: number, base: DocumentoBase): StoredMetadato {
  const stored = deps.conservazione.metadato(tipo, riferimentoId, base.idDoc.sha256);
  if (stored) return stored;
  const versione = base.versione ?? String(deps.conservazione.versioniRegistrate(tipo, riferimentoId) + 1);
  const metadati = documentoMetadati({ ...base, versione }, contestoOf(deps));
  const record = { tipo, riferimentoId, metadati, xml: metadatiXml(metadati), registratoIl: deps.clock.now().toISOString() };
  deps.conservazione.insertMetadato(record);
  return record;
}

/** The metadata of one of the app's own documents: as recorded, or recorded now if the act is fixed and they are missing. */
export const recordDocumento = (deps: Deps, doc: DocumentoArchiviato): StoredMetadato => recordMetadata(deps, doc.ref.tipo, doc.ref.id, doc.base);

/** The documents of a fixed verbale: its PDF/A, its signed files, the allegati it lists. */
export function documentiDelVerbale(deps: Deps, verbaleId: number): DocumentoArchiviato[] {
  const v = requireVerbale(deps, verbaleId);
  return [
    ...(EXPORTED.has(v.stato) ? [verbaleDocumento(deps, v.id)] : []),
    ...deps.verbali.firmati(v.id).map((f) => firmatoDocumento(deps, f.id)),
    ...allegatiDelVerbale(deps, v)
      .filter(({ owner }) => allegatoFrozen(deps, owner))
      .map(({ allegato }) => allegatoDocumento(deps, allegato.id)),
  ];
}

/** Records what a verbale's fixing made final (its export, a signed file, its allegati): called by the verbali handlers. */
export function recordVerbaleMetadata(deps: Deps, verbaleId: number): void {
  for (const doc of documentiDelVerbale(deps, verbaleId)) recordDocumento(deps, doc);
}

/** The metadata of a document for reading: as recorded, or as they would be recorded now (`registrato` false). */
export function metadatoOf(deps: Deps, doc: DocumentoArchiviato): Metadato & { xml: string } {
  const stored = deps.conservazione.metadato(doc.ref.tipo, doc.ref.id, doc.base.idDoc.sha256);
  if (stored) return { ...toMetadato(stored), xml: stored.xml };
  const versione = String(deps.conservazione.versioniRegistrate(doc.ref.tipo, doc.ref.id) + 1);
  const metadati = documentoMetadati({ ...doc.base, versione }, contestoOf(deps));
  return { tipo: doc.ref.tipo, riferimentoId: doc.ref.id, registrato: false, registratoIl: null, metadati, xml: metadatiXml(metadati) };
}
