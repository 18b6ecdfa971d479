import type { Pubblicazione } from '../../shared/domain/pubblicazione';
import { formatDateIt } from '../../shared/italian';
import type { Deps } from '../handlers/types';
import { recordMetadata } from '../metadata/acts';
import { identificativi, PDFA_FORMATO } from '../metadata/build';

/** "Albo_12_2027_referto.pdf": named by the albo's number, as the office files them. */
export const alboFileName = (p: Pick<Pubblicazione, 'numero' | 'anno'>, what: 'copia' | 'referto' | 'anteprima') => `Albo_${p.numero}_${p.anno}_${what}.pdf`;

/**
 * Records the AgID metadata of a referto just issued (in the write transaction that stores it): registered under the
 * albo's number, signed by whom the office named, linked to the published verbale as its primary document.
 */
export function recordRefertoMetadata(deps: Deps, p: Pubblicazione): void {
  const referto = p.referto!;
  const verbale = deps.verbali.get(p.verbaleId)!;
  const capofila = deps.ente.get().capofilaNome;
  recordMetadata(deps, 'referto', p.id, {
    idDoc: { identificativo: `ALBO-${p.anno}-${p.numero}-REFERTO`, sha256: referto.sha256 },
    nomeFile: alboFileName(p, 'referto'),
    mime: PDFA_FORMATO.mime,
    formatoDescrizione: PDFA_FORMATO.descrizione,
    tipologiaDocumentale: "Referto di pubblicazione all'albo pretorio",
    oggetto: `Referto di pubblicazione n. ${p.numeroTesto} – ${p.atto}: ${p.oggetto}`,
    dataDocumento: referto.il,
    registrazione: { codiceRegistro: `Registro delle pubblicazioni dell'albo pretorio ${p.anno} – Comune di ${capofila}`, numero: p.numeroTesto, data: p.dal },
    autori: [{ tipoRuolo: referto.qualifica, nome: referto.firmatario }],
    documentoPrimario: { identificativo: identificativi.verbale(verbale.anno, verbale.numero), sha256: verbale.pdfSha256 ?? '' },
    paroleChiave: ['Albo pretorio', `Pubblicazione n. ${p.numeroTesto}`, p.atto],
    note: `Pubblicazione dal ${formatDateIt(p.dal)} al ${formatDateIt(p.al)}; copia pubblicata con impronta SHA-256 ${p.copiaSha256}.`,
  });
}
