import { formatDateIt } from '../../shared/italian';
import { AppFailure, conflict, notFound } from '../errors';
import type { Deps } from '../handlers/types';
import type { VerbaleRecord } from '../store/verbali';
import { storedRecord } from './seduta-record';

const refuse = (message: string) => new AppFailure('VALIDATION', message, { puntoId: message });

/**
 * The approval a verbale may receive through an agenda item: an item "approvazione del verbale" about this verbale
 * (of its own seduta, or of a later one naming it), in a closed seduta, whose vote was approved.
 * Returns how and on which day it was approved.
 */
export function approvalThrough(deps: Deps, verbale: VerbaleRecord, puntoId: number) {
  const punto = deps.odg.punto(puntoId);
  const seduta = punto && deps.sedute.get(punto.seduta_id);
  if (!punto || !seduta) throw notFound("Punto all'ordine del giorno");
  if (seduta.organoId !== verbale.organoId) throw refuse('Il punto appartiene a una seduta di un altro organo.');
  const sameSeduta = seduta.id === verbale.sedutaId;
  const about = punto.tipo === 'approvazione_verbale' && (punto.verbale_id === verbale.id || (punto.verbale_id === null && sameSeduta));
  if (!about) throw refuse(`Il punto «${punto.titolo}» non riguarda l'approvazione del verbale n. ${verbale.numeroTesto}.`);
  if (!sameSeduta && (verbale.rettificaDi ? seduta.data < verbale.data : seduta.data <= verbale.data)) {
    throw refuse(`La seduta del ${formatDateIt(seduta.data)} non è successiva al verbale del ${formatDateIt(verbale.data)}.`);
  }
  if (seduta.stato !== 'chiusa') throw refuse(`La seduta del ${formatDateIt(seduta.data)} non è ancora chiusa: il suo esito non è definitivo.`);
  const esito = storedRecord(deps, seduta.id)?.record.esiti[punto.id]?.esito;
  if (!esito) throw refuse(`Il punto «${punto.titolo}» non è stato votato.`);
  if (esito.esito !== 'approvata') throw refuse(`Il punto «${punto.titolo}» non è stato approvato (esito: ${esito.esito.replaceAll('_', ' ')}).`);
  return { modo: sameSeduta ? ('stessa_seduta' as const) : ('seduta_successiva' as const), data: seduta.data };
}

/** The verbale an approval item may name: an earlier verbale of the organ, still to be approved. */
export function checkApprovalTarget(deps: Deps, sedutaId: number, verbaleId: number): void {
  const verbale = deps.verbali.get(verbaleId);
  const seduta = deps.sedute.get(sedutaId);
  if (!verbale || !seduta) throw notFound('Verbale');
  if (verbale.organoId !== seduta.organoId || verbale.sedutaId === sedutaId) {
    throw new AppFailure('VALIDATION', 'Il verbale indicato non è di una seduta precedente dello stesso organo.', { verbaleId: 'Verbale non valido' });
  }
  if (verbale.stato !== 'bozza') throw conflict(`Il verbale n. ${verbale.numeroTesto} non è da approvare: è ${verbale.stato}.`, { verbaleId: 'Già approvato' });
}
