import { counted, formatNumber as n } from './format';
import type { MajorityThreshold } from './majority';
import type { Call, QuorumResult } from './quorum';
import type { MajorityBase, MajorityRule, PopulationReference } from './schema';
import type { Tally } from './tally';

/** One majority to check: by comuni (reference null) or by the population they represent. */
export interface Dimension {
  rule: MajorityRule;
  reference: PopulationReference | null;
  tally: Tally;
  threshold: MajorityThreshold;
}

const REFERENCE: Record<PopulationReference, string> = {
  residente: 'residente',
  censimento2011: 'al censimento 2011',
};
const BASE_WORD: Record<MajorityBase, string> = {
  votesCast: 'votanti',
  present: 'presenti',
  members: 'componenti',
};
const BASE_NOTE: Record<MajorityBase, string> = {
  votesCast: ' (astenuti non computati)',
  present: ' (astenuti compresi)',
  members: '',
};
const STATUS: Record<MajorityThreshold['status'], string> = {
  reached: 'raggiunta',
  notReached: 'non raggiunta',
  tie: 'parità',
};

export function majorityName(d: Pick<Dimension, 'rule' | 'reference'>): string {
  const byPopulation = d.reference ? ` per popolazione ${REFERENCE[d.reference]}` : '';
  switch (d.rule.kind) {
    case 'votesCast':
      return `maggioranza dei votanti${byPopulation}`;
    case 'present':
      return `maggioranza dei presenti${byPopulation}`;
    case 'absoluteMembers':
      return `maggioranza assoluta dei componenti${byPopulation}`;
    case 'twoThirds':
      return `maggioranza dei due terzi dei ${BASE_WORD[d.rule.base]}${byPopulation}`;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function favorevoli(d: Dimension, count: number): string {
  return d.reference
    ? counted(count, 'abitante favorevole', 'abitanti favorevoli')
    : counted(count, 'voto favorevole', 'voti favorevoli');
}

/** "Votanti: 14 (favorevoli 12, contrari 2); astenuti: 1 (non computati)". */
export function countsLine(d: Dimension): string {
  const t = d.tally;
  const unit = d.reference ? ' abitanti' : '';
  const of = (group: string, fallback: string) =>
    d.reference ? `Popolazione ${REFERENCE[d.reference]} dei ${group}` : fallback;
  if (d.threshold.base === 'votesCast') {
    const nonVotanti = t.nonVotanti > 0 ? `; non votanti: ${n(t.nonVotanti)}${unit} (non computati)` : '';
    return (
      `${of('votanti', 'Votanti')}: ${n(t.favorevoli + t.contrari)}${unit} ` +
      `(favorevoli ${n(t.favorevoli)}, contrari ${n(t.contrari)}); ` +
      `astenuti: ${n(t.astenuti)}${unit} (non computati)${nonVotanti}`
    );
  }
  const nonVotanti = t.nonVotanti > 0 ? `, non votanti ${n(t.nonVotanti)}` : '';
  return (
    `${of('presenti', 'Presenti al punto')}: ${n(t.presenti)}${unit} ` +
    `(favorevoli ${n(t.favorevoli)}, contrari ${n(t.contrari)}, astenuti ${n(t.astenuti)}${nonVotanti})`
  );
}

/** "Maggioranza dei presenti: servono almeno 8 voti favorevoli su 15 presenti ...: raggiunta". */
export function thresholdLine(d: Dimension): string {
  const { base, baseValue, minimum, status } = d.threshold;
  const name = capitalize(majorityName(d));
  if (d.rule.kind === 'votesCast') {
    const { favorevoli: f, contrari: c } = d.tally;
    return `${name}: i favorevoli devono superare i contrari (${n(f)} contro ${n(c)}): ${STATUS[status]}`;
  }
  const over = `${n(baseValue)}${d.reference ? ' abitanti dei' : ''} ${BASE_WORD[base]}${BASE_NOTE[base]}`;
  return (
    `${name}: servono almeno ${favorevoli(d, minimum)} su ${over}; ` +
    `favorevoli ${n(d.tally.favorevoli)}: ${STATUS[status]}`
  );
}

/**
 * The part of the explanation for one majority, e.g.
 * "12 voti favorevoli contro 2 contrari, maggioranza dei votanti (astenuti non computati)".
 */
export function dimensionPhrase(d: Dimension, tieClause: string): string {
  const { base, baseValue, status } = d.threshold;
  const against = counted(d.tally.contrari, 'contrario', 'contrari');
  const over = `${n(baseValue)} ${d.reference ? 'abitanti dei comuni' : 'comuni'} ${BASE_WORD[base]}`;
  const counts = `${favorevoli(d, d.tally.favorevoli)} ${d.rule.kind === 'votesCast' ? `contro ${against}` : `su ${over}`}`;
  if (status === 'reached') return `${counts}, ${majorityName(d)}${BASE_NOTE[base]}`;
  if (status === 'notReached') return `${counts}, ${majorityName(d)} non raggiunta${BASE_NOTE[base]}`;
  const tie =
    base === 'votesCast'
      ? `parità${BASE_NOTE[base]}`
      : `parità (favorevoli esattamente la metà dei ${BASE_WORD[base]})`;
  return `${counts}, ${tie}: ${tieClause}`;
}

export function quorumMissingSentence(q: QuorumResult, call: Call): string {
  return (
    `Votazione non valida: manca il numero legale (${q.present === 1 ? 'presente' : 'presenti'} ` +
    `${counted(q.present, 'comune', 'comuni')} su ${q.members}, ` +
    `${q.required === 1 ? 'richiesto' : 'richiesti'} ${q.required} in ${call} convocazione).`
  );
}

export function unanimitySentence(presenti: number): string {
  return (
    `La proposta è approvata all'unanimità: ${counted(presenti, 'voto favorevole', 'voti favorevoli')} ` +
    `su ${counted(presenti, 'comune presente', 'comuni presenti')}.`
  );
}

export function unanimityStep(presenti: number): string {
  return presenti === 1
    ? "Unanimità: l'unico comune presente è contato favorevole"
    : `Unanimità: tutti i ${n(presenti)} comuni presenti sono contati favorevoli`;
}
