import { isRemote, presentAt } from '../../shared/domain/presence';
import type { Esito, Presenza, RegoleVersione, Votazione } from '../../shared/domain/seduta';
import { computeElection, computeOutcome, RulesInputError, type OutcomeInput, type VoterInput } from '../../shared/rules';

export interface VoteRecord {
  /** Default: a vote on a proposal. */
  tipo?: Votazione['tipo'];
  modalita: Votazione['modalita'];
  ora: string | null;
  voti: Votazione['voti'];
  conteggi: Votazione['conteggi'];
  candidati?: Votazione['candidati'];
}

const NO_COUNTS = { favorevoli: 0, contrari: 0, astenuti: 0, bianche: 0, nulle: 0 };

/**
 * The outcome of one vote (or election) under the rules in force on the seduta's date.
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
    remote: isRemote(p),
    isPresident: p.comuneId === presidentComuneId,
    vote: named.get(p.comuneId) ?? null,
  }));
  const unknown = vote.voti.find((v) => !presenze.some((p) => p.comuneId === v.comuneId));
  if (unknown) throw new RulesInputError('Voto registrato per un comune che non è membro della seduta');
  const common = { call, members: presenze.length, voters };
  const counts = vote.conteggi ?? NO_COUNTS;
  const rules = { regoleVersioneId: regole.id, regoleValideDal: regole.valideDal };

  if (vote.tipo === 'elezione') {
    const result = computeElection(regole.regole, { ...common, candidati: vote.candidati ?? [], bianche: counts.bianche, nulle: counts.nulle, astenuti: counts.astenuti });
    return {
      esito: result.outcome,
      spiegazione: result.explanation,
      passaggi: result.steps,
      ...rules,
      favorevoli: 0,
      contrari: 0,
      astenuti: counts.astenuti,
      presenti: result.presenti,
      bianche: counts.bianche,
      nulle: counts.nulle,
      eletti: result.eletti,
      parita: result.parita,
    };
  }
  const input: OutcomeInput = vote.modalita === 'segreta' ? { ...common, mode: 'segreta', counts } : { ...common, mode: vote.modalita };
  const result = computeOutcome(regole.regole, input);
  return {
    esito: result.outcome,
    spiegazione: result.explanation,
    passaggi: result.steps,
    ...rules,
    favorevoli: result.heads.favorevoli,
    contrari: result.heads.contrari,
    astenuti: result.heads.astenuti,
    presenti: result.heads.presenti,
    bianche: result.schede.bianche,
    nulle: result.schede.nulle,
    eletti: [],
    parita: [],
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
