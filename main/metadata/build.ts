import type { Metadati, Soggetto } from '../../shared/domain/conservazione';

/** Acts of the organs of a public body are kept permanently (TempoDiConservazione 9999 years: "illimitato"). */
export const CONSERVAZIONE_ILLIMITATA = 9999;

export const PDFA_FORMATO = { mime: 'application/pdf', descrizione: 'PDF/A-2b (ISO 19005-2)' } as const;

export interface IdDoc {
  identificativo: string;
  sha256: string;
}

/** What every document description needs; the builder adds the ente, the operator and the software as subjects. */
export interface DocumentoBase {
  idDoc: IdDoc;
  nomeFile: string;
  mime: string;
  formatoDescrizione: string;
  tipologiaDocumentale: string;
  oggetto: string;
  /** The day the document was formed (YYYY-MM-DD). */
  dataDocumento: string;
  /** Its number in a register (Repertorio), if it has one. */
  registrazione?: { codiceRegistro: string; numero: string; data: string } | null;
  /** The persons who formed it (Autore), with their role. */
  autori?: readonly { tipoRuolo: string; nome: string }[];
  /** b) of Allegato 5: acquired (a signed file received, a scan, an attached file) rather than created by the app. */
  acquisito?: boolean;
  firmatoDigitalmente?: boolean;
  copiaImmagine?: boolean;
  allegati?: readonly { idDoc: IdDoc; descrizione: string }[];
  documentoPrimario?: IdDoc | null;
  rettificaDi?: { idDoc: IdDoc; autore: string; data: string } | null;
  serie?: string | null;
  paroleChiave?: readonly string[];
  versione?: string;
  note?: string;
}

export interface Contesto {
  /** The ente forming and keeping the act (the soggetto produttore). */
  ente: string;
  /** Who registered the act in the app (the operator of the session). */
  operatore: string;
  software: { nome: string; versione: string };
}

/** The Allegato 5 metadata of one document: pure, so the same act and context always give the same metadata. */
export function documentoMetadati(d: DocumentoBase, ctx: Contesto): Metadati {
  const soggetti: Soggetto[] = [
    { ruolo: 'Autore', tipoRuolo: 'Soggetto produttore', tipoSoggetto: 'PG', denominazione: ctx.ente, ufficio: 'Ufficio di Piano' },
    ...(d.autori ?? []).filter((a) => a.nome.trim()).map((a): Soggetto => ({ ruolo: 'Autore', tipoRuolo: a.tipoRuolo, tipoSoggetto: 'PF', denominazione: a.nome.trim() })),
    ...(ctx.operatore.trim() ? [{ ruolo: 'Operatore', tipoRuolo: 'Operatore che ha registrato il documento', tipoSoggetto: 'PF', denominazione: ctx.operatore.trim() } as const] : []),
    { ruolo: 'Produttore', tipoRuolo: 'Sistema che ha formato il documento', tipoSoggetto: 'SW', denominazione: `${ctx.software.nome} ${ctx.software.versione}` },
  ];
  return {
    idDoc: d.idDoc,
    modalitaDiFormazione: d.acquisito ? 'b' : 'a',
    tipologiaDocumentale: d.tipologiaDocumentale,
    registrazione: d.registrazione ? { tipoRegistro: 'Repertorio', ...d.registrazione } : null,
    dataDocumento: d.dataDocumento,
    soggetti,
    oggetto: d.oggetto,
    paroleChiave: [...(d.paroleChiave ?? [])],
    allegati: (d.allegati ?? []).map((a) => ({ idDoc: a.idDoc, descrizione: a.descrizione })),
    riservato: false,
    formato: {
      mime: d.mime,
      descrizione: d.formatoDescrizione,
      prodotto: d.acquisito ? '' : ctx.software.nome,
      versioneProdotto: d.acquisito ? '' : ctx.software.versione,
    },
    verifica: {
      firmatoDigitalmente: d.firmatoDigitalmente ?? false,
      sigillatoElettronicamente: false,
      marcaturaTemporale: false,
      conformitaCopieImmagine: d.copiaImmagine ?? false,
    },
    serie: d.serie ?? null,
    documentoPrimario: d.documentoPrimario ?? null,
    nomeDelDocumento: d.nomeFile,
    versioneDelDocumento: d.versione ?? '1',
    modifiche: d.rettificaDi ? [{ tipoModifica: 'Rettifica', autore: d.rettificaDi.autore, data: d.rettificaDi.data, idDocPrecedente: d.rettificaDi.idDoc }] : [],
    tempoDiConservazione: CONSERVAZIONE_ILLIMITATA,
    note: d.note ?? '',
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Persistent identifiers: derived from the act's place in the archive, never from row order alone. */
export const identificativi = {
  verbale: (anno: number, numero: number) => `VERBALE-${anno}-${pad2(numero)}`,
  firmato: (anno: number, numero: number, firmatoId: number) => `VERBALE-${anno}-${pad2(numero)}-FIRMATO-${firmatoId}`,
  allegato: (atto: string, lettera: string) => `${atto}-ALLEGATO-${lettera}`,
  punto: (sedutaData: string, sedutaId: number, posizione: number) => `SEDUTA-${sedutaData}-${sedutaId}-PUNTO-${posizione}`,
  versione: (regolamentoId: number, versioneId: number) => `REGOLAMENTO-${regolamentoId}-VERSIONE-${versioneId}`,
};

/** The register a verbale is numbered in (Repertorio), named by organ and year. */
export const registroVerbali = (organo: string, anno: number) => `Registro dei verbali ${anno} – ${organo}`;
