import type { Pubblicazione } from '../../shared/domain/pubblicazione';
import { formatDateIt } from '../../shared/italian';
import type { Deps } from '../handlers/types';
import { recordMetadata } from '../metadata/acts';
import { identificativi, PDFA_FORMATO } from '../metadata/build';

/** "Albo_12_2027_referto.pdf": named by the albo's number, as the office files them. */
export const alboFileName = (p: Pick<Pubblicazione, 'numero' | 'anno'>, what: 'copia' | 'referto' | 'anteprima') => `Albo_${p.numero}_${p.anno}_${what}.pdf`;

/**
 * Records the AgID metadata of the copy published on the albo (at publication) or of the referto (when issued), in the
 * write transaction that stores it: registered under the albo's number, linked to the published verbale as its
 * primary document.
 */
export function recordAlboMetadata(deps: Deps, p: Pubblicazione, what: 'copia' | 'referto'): void {
  const verbale = deps.verbali.get(p.verbaleId)!;
  const capofila = deps.ente.get().capofilaNome;
  const referto = what === 'referto' ? p.referto! : null;
  const periodo = `Pubblicazione dal ${formatDateIt(p.dal)} al ${formatDateIt(p.al)}`;
  recordMetadata(deps, what === 'copia' ? 'copia_albo' : 'referto', p.id, {
    idDoc: { identificativo: `ALBO-${p.anno}-${p.numero}-${what.toUpperCase()}`, sha256: referto ? referto.sha256 : p.copiaSha256 },
    nomeFile: alboFileName(p, what),
    mime: PDFA_FORMATO.mime,
    formatoDescrizione: PDFA_FORMATO.descrizione,
    tipologiaDocumentale: referto ? "Referto di pubblicazione all'albo pretorio" : "Copia per la pubblicazione all'albo pretorio",
    oggetto: `${referto ? 'Referto di pubblicazione' : 'Copia pubblicata'} n. ${p.numeroTesto} – ${p.atto}: ${p.oggetto}`,
    dataDocumento: referto ? referto.il : p.dal,
    registrazione: { codiceRegistro: `Registro delle pubblicazioni dell'albo pretorio ${p.anno} – Comune di ${capofila}`, numero: p.numeroTesto, data: p.dal },
    // The copy's author is the ente (always named); who published it is the recording operator.
    autori: referto ? [{ tipoRuolo: referto.qualifica, nome: referto.firmatario }] : [],
    documentoPrimario: { identificativo: identificativi.verbale(verbale.anno, verbale.numero), sha256: verbale.pdfSha256 ?? '' },
    paroleChiave: ['Albo pretorio', `Pubblicazione n. ${p.numeroTesto}`, p.atto],
    note: referto
      ? `${periodo}; copia pubblicata con impronta SHA-256 ${p.copiaSha256}.`
      : `${periodo}; dati personali sostituiti da «omissis»: ${p.omissis.length}.`,
  });
}
