import { todayIn } from '../../shared/clock';
import type { AttoPubblicato, PubblicaInput } from '../../shared/domain/pubblicazione';
import { periodoRefusals } from '../../shared/domain/pubblicazione-periodo';
import { VERBALE_LABEL } from '../../shared/lifecycle';
import { copiaPubblicazioneDocument } from '../documents/pubblicazione';
import { estrattoDocument } from '../documents/estratto';
import { verbaleDocument } from '../documents/verbale';
import { AppFailure, conflict, notFound } from '../errors';
import { estrattoInput } from '../handlers/documenti';
import type { Deps } from '../handlers/types';
import type { PdfDocumentSpec } from '../pdf';
import { pubblicazioniStore } from '../store/pubblicazioni';
import type { VerbaleRecord } from '../store/verbali';
import { omettiTesto, passaggiAssenti } from './pubblicazione-omissis';
import { verbaleDocumentInput } from './verbale-document';

const invalid = (field: string, message: string) => new AppFailure('VALIDATION', message, { [field]: message });

/** Why the verbale cannot be published, or null: only a signed act goes on the albo. */
export function nonPubblicabile(verbale: VerbaleRecord): string | null {
  return verbale.stato === 'firmato'
    ? null
    : `Si pubblica all'albo un verbale firmato: il verbale n. ${verbale.numeroTesto} è ${VERBALE_LABEL[verbale.stato]}.`;
}

/** The signed verbale a publication is of, refused with the reason when it is not publishable. */
export function requirePubblicabile(deps: Deps, verbaleId: number): VerbaleRecord {
  const verbale = deps.verbali.get(verbaleId);
  if (!verbale) throw notFound('Verbale');
  const reason = nonPubblicabile(verbale);
  if (reason) throw conflict(reason);
  return verbale;
}

/** The act as the office prints it (the signed verbale, or the estratto of one item), and its oggetto. */
function attoSpec(deps: Deps, atto: AttoPubblicato, verbale: VerbaleRecord, now: Date): { spec: PdfDocumentSpec; oggetto: string; puntoId: number | null } {
  if (atto.tipo === 'verbale') return { spec: verbaleDocument(verbaleDocumentInput(deps, verbale.id, now)), oggetto: verbale.oggetto, puntoId: null };
  if (verbale.sedutaId === null) throw conflict(`Il verbale n. ${verbale.numeroTesto} non è di una seduta: si pubblica per intero.`);
  const input = estrattoInput(deps, verbale.sedutaId, atto.puntoId);
  return { spec: estrattoDocument(input), oggetto: input.punto.titolo, puntoId: input.punto.id };
}

/** Checks a publication can be recorded as asked; throws the refusal at its field. */
function checkRichiesta(deps: Deps, input: PubblicaInput, verbale: VerbaleRecord): void {
  const refusals = periodoRefusals(input.dal, input.al, verbale.firmatoIl!, todayIn(deps.clock));
  const [field] = Object.keys(refusals) as ('dal' | 'al')[];
  if (field) throw new AppFailure('VALIDATION', refusals[field]!, refusals);
  refuseNumberTaken(deps, input);
}

export function refuseNumberTaken(deps: Deps, { numero, dal }: Pick<PubblicaInput, 'numero' | 'dal'>): void {
  const anno = Number(dal.slice(0, 4));
  if (pubblicazioniStore(deps.db).numberTaken(anno, numero)) {
    throw invalid('numero', `Il numero ${numero}/${anno} del registro dell'albo è già usato da un'altra pubblicazione.`);
  }
}

/** What the copy for publication is rendered from, read in one snapshot, with the request checked. */
export function copiaRichiesta(deps: Deps, input: PubblicaInput, now: Date, anteprima = false) {
  const verbale = requirePubblicabile(deps, input.atto.verbaleId);
  checkRichiesta(deps, input, verbale);
  const { spec, oggetto, puntoId } = attoSpec(deps, input.atto, verbale, now);
  const assenti = passaggiAssenti(spec, input.omissis);
  if (assenti.length) {
    throw invalid('omissis', `${assenti.length === 1 ? 'Questo passaggio non compare' : 'Questi passaggi non compaiono'} nel testo dell'atto: ${assenti.map((p) => `«${p}»`).join(', ')}. Correggerlo o toglierlo dall'elenco.`);
  }
  const copia = copiaPubblicazioneDocument({
    atto: spec,
    numeroAlbo: `${input.numero}/${input.dal.slice(0, 4)}`,
    dal: input.dal,
    al: input.al,
    omissis: input.omissis,
    firmatoIl: verbale.firmatoIl!,
    firmaModo: verbale.firmaModo!,
    creationDate: now,
    anteprima,
  });
  return { copia, verbale, puntoId, oggetto: omettiTesto(oggetto, input.omissis) };
}
