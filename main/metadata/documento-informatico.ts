import type { Metadati, Soggetto } from '../../shared/domain/conservazione';
import { el, leaf, xmlDocument, type XmlElement } from './xml';

/** Allegato 5 carries the fingerprint as the base64 of the digest; the app keeps it in hex. */
export const hexToBase64 = (hex: string): string => Buffer.from(hex, 'hex').toString('base64');

const idDoc = (name: string, d: { identificativo: string; sha256: string }): XmlElement =>
  el(name, el('ImprontaCrittograficaDelDocumento', leaf('Impronta', hexToBase64(d.sha256)), leaf('Algoritmo', 'SHA-256')), leaf('Identificativo', d.identificativo));

/** Allegato 5 asks a person's Cognome and Nome apart: the last word is taken as the surname (titles stay in Nome). */
export function splitName(full: string): { cognome: string; nome: string } {
  const words = full.trim().split(/\s+/);
  return { cognome: words.at(-1) ?? '', nome: words.slice(0, -1).join(' ') };
}

const persona = (name: string, full: string): XmlElement => {
  const { cognome, nome } = splitName(full);
  return el(name, leaf('Cognome', cognome), leaf('Nome', nome));
};

function soggetto(s: Soggetto): XmlElement {
  const who =
    s.tipoSoggetto === 'PF'
      ? persona('PF', s.denominazione)
      : s.tipoSoggetto === 'PG'
        ? el('PG', leaf('DenominazioneOrganizzazione', s.denominazione), leaf('DenominazioneUfficio', s.ufficio))
        : el('SW', leaf('DenominazioneSistema', s.denominazione));
  return el('Ruolo', el(s.ruolo, leaf('TipoRuolo', s.tipoRuolo), who));
}

function registrazione(m: Metadati): XmlElement {
  const r = m.registrazione;
  const registro = r
    ? el(
        'Repertorio_Registro',
        leaf('TipoRegistro', r.tipoRegistro),
        leaf('DataRegistrazioneDocumento', r.data),
        leaf('NumeroRegistrazioneDocumento', r.numero),
        leaf('CodiceRegistro', r.codiceRegistro),
      )
    : el('Nessuno', leaf('TipoRegistro', 'Nessuno'), leaf('DataDocumento', m.dataDocumento), leaf('NumeroDocumento', m.idDoc.identificativo));
  // I: an internal document (neither received nor sent).
  return el('DatiDiRegistrazione', leaf('TipologiaDiFlusso', 'I'), el('TipoRegistro', registro));
}

/**
 * The metadata as XML, elements named and ordered as the DocumentoInformatico schema of Allegato 5: IdDoc,
 * ModalitaDiFormazione, TipologiaDocumentale, DatiDiRegistrazione, Soggetti, ChiaveDescrittiva, Allegati, Riservato,
 * IdentificativoDelFormato, Verifica, Agg, IdIdentificativoDocumentoPrimario, NomeDelDocumento, VersioneDelDocumento,
 * TracciatureModificheDocumento, TempoDiConservazione, Note.
 */
export function metadatiXml(m: Metadati): string {
  return xmlDocument(
    el(
      'DocumentoInformatico',
      idDoc('IdDoc', m.idDoc),
      leaf('ModalitaDiFormazione', m.modalitaDiFormazione),
      leaf('TipologiaDocumentale', m.tipologiaDocumentale),
      registrazione(m),
      el('Soggetti', ...m.soggetti.map(soggetto)),
      el('ChiaveDescrittiva', leaf('Oggetto', m.oggetto), ...m.paroleChiave.map((p) => leaf('ParoleChiave', p))),
      el(
        'Allegati',
        leaf('NumeroAllegati', m.allegati.length),
        ...m.allegati.map((a) => el('IndiceAllegati', idDoc('IdDoc', a.idDoc), leaf('Descrizione', a.descrizione))),
      ),
      leaf('Riservato', m.riservato),
      el(
        'IdentificativoDelFormato',
        leaf('Formato', m.formato.mime),
        m.formato.prodotto !== '' && el('ProdottoSoftware', leaf('NomeProdotto', m.formato.prodotto), leaf('VersioneProdotto', m.formato.versioneProdotto)),
      ),
      el(
        'Verifica',
        leaf('FirmatoDigitalmente', m.verifica.firmatoDigitalmente),
        leaf('SigillatoElettronicamente', m.verifica.sigillatoElettronicamente),
        leaf('MarcaturaTemporale', m.verifica.marcaturaTemporale),
        leaf('ConformitaCopieImmagineSuSupportoInformatico', m.verifica.conformitaCopieImmagine),
      ),
      m.serie !== null && el('Agg', el('TipoAgg', leaf('TipoAggregazione', 'Serie Documentale'), leaf('IdAggregazione', m.serie))),
      m.documentoPrimario && idDoc('IdIdentificativoDocumentoPrimario', m.documentoPrimario),
      leaf('NomeDelDocumento', m.nomeDelDocumento),
      leaf('VersioneDelDocumento', m.versioneDelDocumento),
      ...m.modifiche.map((t) =>
        el(
          'TracciatureModificheDocumento',
          leaf('TipoModifica', t.tipoModifica),
          persona('SoggettoAutoreDellaModifica', t.autore),
          leaf('DataModifica', t.data),
          idDoc('IdDocVersionePrecedente', t.idDocPrecedente),
        ),
      ),
      leaf('TempoDiConservazione', m.tempoDiConservazione),
      leaf('Note', m.note),
    ),
  );
}
