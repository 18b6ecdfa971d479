import { evaluateMajority } from '../rules/majority';
import type { ConferenceRules, PopulationReference } from '../rules/schema';
import type { Tally } from '../rules/tally';
import { majorityName } from '../rules/wording';

/** Counts in one unit (comuni or inhabitants) of the comuni present at the item. */
export interface Counts {
  favorevoli: number;
  contrari: number;
  astenuti: number;
  presenti: number;
  /** The whole membership in the same unit. */
  componenti: number;
}

export interface DecisionInput {
  rules: ConferenceRules;
  modalita: 'palese' | 'segreta' | 'unanimita';
  esito: 'approvata' | 'respinta';
  heads: Counts;
  /** Inhabitants on each side; null when the vote is not weighted (per-head rules, secret ballot). */
  population: Counts | null;
  /** The Presidente's own vote in an open vote, for the tie rule. */
  presidentVote: 'favorevole' | 'contrario' | 'astenuto' | 'non_votante' | null;
}

/** Which rule decided the vote, as the verbale states it. */
export type Decision =
  | { kind: 'unanimita' }
  | { kind: 'maggioranza'; esito: 'approvata' | 'respinta'; weighting: 'perHead' | 'population' | 'double'; outvoted: boolean; names: string[]; failed: string[]; secretUnweighted: boolean }
  | { kind: 'parita'; esito: 'approvata' | 'respinta'; reason: 'presidente' | 'regola' | 'segreto' | 'presidente_non_votante'; presidentVote: 'favorevole' | 'contrario' | null };

const tally = (c: Counts): Tally => ({ ...c, nonVotanti: c.presenti - c.favorevoli - c.contrari - c.astenuti });

/** The majorities the rules in force asked for, evaluated again on the recorded counts to name the one that decided. */
export function decisionOf(d: DecisionInput): Decision {
  if (d.modalita === 'unanimita' && d.esito === 'approvata') return { kind: 'unanimita' };
  const reference: PopulationReference | null =
    d.population && d.modalita !== 'segreta' && d.rules.weighting.kind !== 'perHead' ? d.rules.weighting.reference : null;
  const dims = [
    ...(!reference || d.rules.weighting.kind === 'double' ? [{ reference: null, counts: d.heads }] : []),
    ...(reference && d.population ? [{ reference, counts: d.population }] : []),
  ].map((x) => ({ ...x, name: majorityName({ rule: d.rules.majority, reference: x.reference }), status: evaluateMajority(d.rules.majority, tally(x.counts)).status }));
  const failed = dims.filter((x) => x.status === 'notReached').map((x) => x.name);
  const tie = dims.some((x) => x.status === 'tie');
  if (tie && (d.esito === 'approvata' || failed.length === 0)) {
    const prevails = d.rules.tie === 'presidentPrevails';
    const vote = d.presidentVote === 'favorevole' || d.presidentVote === 'contrario' ? d.presidentVote : null;
    const reason = !prevails ? 'regola' : d.modalita === 'segreta' ? 'segreto' : vote ? 'presidente' : 'presidente_non_votante';
    return { kind: 'parita', esito: d.esito, reason, presidentVote: reason === 'presidente' ? vote : null };
  }
  const only = dims.length === 1 ? dims[0] : undefined;
  return {
    kind: 'maggioranza',
    esito: d.esito,
    weighting: !reference ? 'perHead' : d.rules.weighting.kind === 'double' ? 'double' : 'population',
    outvoted: !!only && only.counts.contrari > only.counts.favorevoli,
    names: dims.map((x) => x.name),
    failed,
    secretUnweighted: d.modalita === 'segreta' && d.rules.weighting.kind !== 'perHead',
  };
}

const TIE_CLAUSE: Record<Extract<Decision, { kind: 'parita' }>['reason'], string> = {
  presidente: '',
  regola: 'in parità di voti la proposta è respinta',
  segreto: 'in parità di voti, non essendo noto nello scrutinio segreto il voto del Presidente, la proposta è respinta',
  presidente_non_votante: 'in parità di voti, non avendo il Presidente votato a favore né contro, la proposta è respinta',
};

/** "la proposta è respinta a maggioranza ponderata", "in parità di voti prevale il voto favorevole del Presidente: la proposta è approvata". */
export function decisionPhrase(d: Decision): string {
  if (d.kind === 'unanimita') return "la proposta è approvata all'unanimità";
  if (d.kind === 'parita') {
    return d.reason === 'presidente'
      ? `in parità di voti prevale il voto ${d.presidentVote} del Presidente: la proposta è ${d.esito}`
      : TIE_CLAUSE[d.reason];
  }
  const note = d.secretUnweighted ? ' (nello scrutinio segreto il voto è contato per comune, senza ponderazione)' : '';
  if (d.esito === 'approvata') {
    if (d.weighting === 'double') return `la proposta è approvata con la doppia maggioranza: ${d.names.join(' e ')}`;
    return `la proposta è approvata a ${d.weighting === 'population' ? 'maggioranza ponderata' : d.names[0]}${note}`;
  }
  if (d.outvoted) return `la proposta è respinta a maggioranza${d.weighting === 'population' ? ' ponderata' : ''}${note}`;
  if (d.failed.length === 0) return `la proposta è respinta${note}`;
  return `la proposta è respinta, non avendo ottenuto la ${d.failed.join(' né la ')}${note}`;
}
