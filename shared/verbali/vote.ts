import { formatNumberIt } from '../italian';
import { decisionPhrase, type Decision } from './decision';
import { listIt } from './sentences';

export interface VoteSentenceInput {
  modalita: 'palese' | 'segreta' | 'unanimita';
  esito: 'approvata' | 'respinta' | 'numero_legale_mancante';
  presenti: number;
  favorevoli: number;
  contrari: number;
  astenuti: number;
  /** Named only in open votes. */
  contrariNomi?: readonly string[];
  astenutiNomi?: readonly string[];
  /** Secret ballot: blank and spoilt ballots, when recorded. */
  bianche?: number;
  nulle?: number;
  /** Inhabitants of the comuni on each side, when the vote is weighted by population. */
  popolazione?: { presenti: number; favorevoli: number; contrari: number; astenuti: number };
  /** The rule that decided it; absent only when the numero legale was missing. */
  decisione?: Decision;
}

const named = (count: number, names: readonly string[] | undefined): string =>
  `n. ${count}${names && names.length > 0 ? ` (${listIt(names)})` : ''}`;
const abitanti = (n: number) => `pari a ${formatNumberIt(n)} ${n === 1 ? 'abitante' : 'abitanti'}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const NO_QUORUM = 'Mancando il numero legale al momento del voto, la proposta non può essere deliberata.';

function countsOf(v: VoteSentenceInput): string[] {
  if (v.modalita === 'segreta') {
    const schede = [
      ...(v.bianche !== undefined ? [`schede bianche n. ${v.bianche}`] : []),
      ...(v.nulle !== undefined ? [`schede nulle n. ${v.nulle}`] : []),
    ];
    return [`favorevoli n. ${v.favorevoli}`, `contrari n. ${v.contrari}`, `astenuti n. ${v.astenuti}`, ...schede];
  }
  const counts = [`favorevoli n. ${v.favorevoli}`, `contrari ${named(v.contrari, v.contrariNomi)}`, `astenuti ${named(v.astenuti, v.astenutiNomi)}`];
  const p = v.popolazione;
  if (!p) return counts;
  return [`favorevoli n. ${v.favorevoli} ${v.favorevoli === 1 ? 'comune' : 'comuni'}, ${abitanti(p.favorevoli)}`, `${counts[1]}, ${abitanti(p.contrari)}`, `${counts[2]}, ${abitanti(p.astenuti)}`];
}

/**
 * The vote as a verbale records it: how it was taken, who was present, the counts (with the names of
 * contrary and abstaining comuni in an open vote, and the inhabitants they represent when weighted),
 * then the rule that decided it.
 */
export function voteSentence(v: VoteSentenceInput): string {
  const comuni = `presenti n. ${v.presenti} ${v.presenti === 1 ? 'comune' : 'comuni'}`;
  const presenti = v.popolazione ? `${comuni}, ${abitanti(v.popolazione.presenti)}` : comuni;
  const how = v.modalita === 'segreta' ? 'Con votazione a scrutinio segreto' : 'Con votazione palese';
  const phrase = v.esito !== 'numero_legale_mancante' && v.decisione ? decisionPhrase(v.decisione) : null;
  if (phrase && v.decisione?.kind === 'unanimita') return `${how}, ${presenti}, ${phrase}.`;
  if (v.popolazione) return `${how}, ${presenti}: ${countsOf(v).join('; ')}${phrase ? `: ${phrase}.` : `. ${NO_QUORUM}`}`;
  return `${how}, ${presenti}: ${countsOf(v).join(', ')}. ${phrase ? `${capitalize(phrase)}.` : NO_QUORUM}`;
}
