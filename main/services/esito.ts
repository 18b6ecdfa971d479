import { presentAt } from '../../shared/domain/presence';
import type { Esito, Presenza, RegoleVersione, Votazione } from '../../shared/domain/seduta';
import { computeOutcome, RulesInputError, type OutcomeInput, type VoterInput } from '../../shared/rules';

export interface VoteRecord {
  modalita: Votazione['modalita'];
  ora: string | null;
  voti: Votazione['voti'];
  conteggi: Votazione['conteggi'];
}

/**
 * The outcome of one vote under the rules in force on the seduta's date.
 * Throws RulesInputError (Italian message) when the record contradicts the attendance.
 */
export function computeEsito(
  regole: RegoleVersione,
  call: 'prima' | 'seconda',
  presenze: readonly Presenza[],
  vote: VoteRecord,
  presidentComuneId: number,
): Esito {
  const named = new Map(vote.voti.map((v) => [v.comuneId, v.voto]));
  const voters: VoterInput[] = presenze.map((p) => ({
    comuneId: p.comuneId,
    name: p.comune,
    populationResidente: p.popolazioneResidente,
    populationCensimento2011: p.popolazioneCensimento2011 ?? 0,
    presentAtItem: presentAt(p, vote.ora),
    isPresident: p.comuneId === presidentComuneId,
    vote: named.get(p.comuneId) ?? null,
  }));
  const unknown = vote.voti.find((v) => !presenze.some((p) => p.comuneId === v.comuneId));
  if (unknown) throw new RulesInputError('Voto registrato per un comune che non è membro della seduta');
  const common = { call, members: presenze.length, voters };
  const input: OutcomeInput =
    vote.modalita === 'segreta'
      ? { ...common, mode: 'segreta', counts: vote.conteggi ?? { favorevoli: 0, contrari: 0, astenuti: 0 } }
      : { ...common, mode: vote.modalita };
  const result = computeOutcome(regole.regole, input);
  return {
    esito: result.outcome,
    spiegazione: result.explanation,
    passaggi: result.steps,
    regoleVersioneId: regole.id,
    regoleValideDal: regole.valideDal,
    favorevoli: result.heads.favorevoli,
    contrari: result.heads.contrari,
    astenuti: result.heads.astenuti,
    presenti: result.heads.presenti,
  };
}

/** Same as computeEsito, for display: a record the rules refuse shows its reason instead of an outcome. */
export function describeEsito(...args: Parameters<typeof computeEsito>): { esito: Esito | null; errore: string | null } {
  try {
    return { esito: computeEsito(...args), errore: null };
  } catch (error) {
    if (error instanceof RulesInputError) return { esito: null, errore: error.message };
    throw error;
  }
}
