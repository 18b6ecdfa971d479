import { evaluateMajority, type MajorityThreshold } from './majority';
import { checkQuorum, countsRemote, type QuorumResult } from './quorum';
import { counted } from './format';
import type { ConferenceRules, PopulationReference } from './schema';
import { countsAtItem, tallyHeads, tallyPopulation, validateInput, type OutcomeInput, type Tally } from './tally';
import {
  countsLine,
  dimensionPhrase,
  quorumMissingSentence,
  thresholdLine,
  unanimitySentence,
  unanimityStep,
  type Dimension,
} from './wording';

export type Outcome = 'approvata' | 'respinta' | 'numero_legale_mancante';

export interface HeadCounts {
  favorevoli: number;
  contrari: number;
  astenuti: number;
  nonVotanti: number;
  presenti: number;
}

/** Secret ballot: blank and spoilt ballots, among the non votanti (0 in an open vote). */
export interface Schede {
  bianche: number;
  nulle: number;
}

/** Inhabitants of the comuni on each side; total = inhabitants of all comuni present at the item. */
export interface PopulationCounts {
  favorevoli: number;
  contrari: number;
  astenuti: number;
  total: number;
}

export interface OutcomeResult {
  outcome: Outcome;
  quorum: QuorumResult;
  heads: HeadCounts;
  schede: Schede;
  population?: PopulationCounts;
  /** Empty when the numero legale is missing, since no majority is then evaluated. */
  required: { heads?: MajorityThreshold; population?: MajorityThreshold };
  /** The computation as shown to the user, one Italian line each. */
  steps: string[];
  /** One Italian sentence for the verbale. */
  explanation: string;
}

const SECRET_NOTE =
  'a scrutinio segreto il voto è contato per comune, senza ponderazione per popolazione';

const schedeClause = (h: Schede) =>
  `${counted(h.bianche, 'scheda bianca', 'schede bianche')} e ${counted(h.nulle, 'scheda nulla', 'schede nulle')}`;

interface TieResolution {
  passes: boolean;
  clause: string;
}

function resolveTie(rules: ConferenceRules, input: OutcomeInput): TieResolution {
  if (rules.tie === 'rejected') {
    return { passes: false, clause: 'in caso di parità la proposta non passa' };
  }
  if (input.mode === 'segreta') {
    return {
      passes: false,
      clause: 'nello scrutinio segreto il voto del Presidente non è noto, quindi la proposta non passa',
    };
  }
  const president = input.voters.find((v) => v.isPresident && countsAtItem(v, input.remoteCounts));
  const vote = input.mode === 'unanimita' ? 'favorevole' : president?.vote;
  if (president && (vote === 'favorevole' || vote === 'contrario')) {
    return {
      passes: vote === 'favorevole',
      clause: `prevale il voto ${vote} del Presidente (${president.name})`,
    };
  }
  return {
    passes: false,
    clause: 'il Presidente non ha votato a favore né contro, quindi la proposta non passa',
  };
}

function headCounts(t: Tally): HeadCounts {
  const { favorevoli, contrari, astenuti, nonVotanti, presenti } = t;
  return { favorevoli, contrari, astenuti, nonVotanti, presenti };
}

function schedeOf(input: OutcomeInput): Schede {
  const { bianche = 0, nulle = 0 } = input.mode === 'segreta' ? input.counts : {};
  return { bianche, nulle };
}

/** "Schede bianche: 2, schede nulle: 1 (non computate né a favore né contro)"; null when there are none. */
function schedeLine(h: Schede): string | null {
  if (h.bianche + h.nulle === 0) return null;
  return `Schede bianche: ${h.bianche}, schede nulle: ${h.nulle} (non computate né a favore né contro)`;
}

/** Remote attendees the rules do not count, and whether the rules count them (only when there are any). */
function remoteStep(rules: ConferenceRules, input: OutcomeInput): string | null {
  const remote = input.voters.filter((v) => v.presentAtItem && v.remote).length;
  if (remote === 0) return null;
  return countsRemote(rules)
    ? `Collegati in videoconferenza: ${remote}, computati tra i presenti secondo le regole in vigore`
    : `Collegati in videoconferenza: ${remote}, non computati tra i presenti secondo le regole in vigore`;
}

function populationCounts(t: Tally): PopulationCounts {
  const { favorevoli, contrari, astenuti, presenti } = t;
  return { favorevoli, contrari, astenuti, total: presenti };
}

function dimension(rules: ConferenceRules, reference: PopulationReference | null, tally: Tally): Dimension {
  return { rule: rules.majority, reference, tally, threshold: evaluateMajority(rules.majority, tally) };
}

/**
 * Numero legale at the item, then the majority (per head, by population, or both), then the tie
 * rule. `rules` must already be parsed by conferenceRulesSchema; contradictory vote data throws
 * RulesInputError.
 */
export function computeOutcome(rules: ConferenceRules, outcomeInput: OutcomeInput): OutcomeResult {
  const input: OutcomeInput = { ...outcomeInput, remoteCounts: countsRemote(rules) };
  validateInput(input);
  const headTally = tallyHeads(input);
  const remote = input.voters.filter((v) => v.presentAtItem && v.remote).length;
  const quorum = checkQuorum(rules, input.call, headTally.presenti, input.members, remote);
  // A secret ballot has no names, hence no populations: it is always counted per head.
  const reference: PopulationReference | null =
    input.mode !== 'segreta' && rules.weighting.kind !== 'perHead' ? rules.weighting.reference : null;
  const popTally = reference ? tallyPopulation(input, reference) : null;
  const heads = headCounts(headTally);
  const schedeCounts = schedeOf(input);
  const population = popTally ? { population: populationCounts(popTally) } : {};

  if (!quorum.reached) {
    return {
      outcome: 'numero_legale_mancante',
      quorum,
      heads,
      schede: schedeCounts,
      ...population,
      required: {},
      steps: [quorum.sentence, 'Esito: votazione non valida per mancanza del numero legale'],
      explanation: quorumMissingSentence(quorum, input.call),
    };
  }

  const dimensions: Dimension[] = [];
  if (!popTally || rules.weighting.kind === 'double') dimensions.push(dimension(rules, null, headTally));
  if (popTally) dimensions.push(dimension(rules, reference, popTally));
  const tie = resolveTie(rules, input);
  const passes = (d: Dimension) =>
    d.threshold.status === 'reached' || (d.threshold.status === 'tie' && tie.passes);
  const approved = dimensions.every(passes);
  const secretUnweighted = input.mode === 'segreta' && rules.weighting.kind !== 'perHead';

  const steps = [quorum.sentence, ...[remoteStep(rules, input)].filter((x): x is string => x !== null)];
  if (secretUnweighted) {
    steps.push(
      'Scrutinio segreto: il voto non può essere ponderato per popolazione, si conta un voto per comune',
    );
  }
  if (input.mode === 'unanimita') steps.push(unanimityStep(headTally.presenti));
  if (dimensions.length > 1) {
    steps.push(
      'Doppia maggioranza: servono sia la maggioranza dei comuni sia quella della popolazione',
    );
  }
  steps.push(...dimensions.map(countsLine));
  const schede = schedeLine(schedeCounts);
  if (schede) steps.push(schede);
  steps.push(...dimensions.map(thresholdLine));
  if (dimensions.some((d) => d.threshold.status === 'tie')) steps.push(`Parità: ${tie.clause}`);
  steps.push(`Esito: proposta ${approved ? 'approvata' : 'respinta'}`);

  const explanation =
    input.mode === 'unanimita' && approved
      ? unanimitySentence(headTally.presenti)
      : `La proposta è ${approved ? 'approvata' : 'respinta'}: ` +
        dimensions.map((d) => dimensionPhrase(d, tie.clause)).join('; ') +
        (schede ? `; ${schedeClause(schedeCounts)}` : '') +
        (secretUnweighted ? `; ${SECRET_NOTE}` : '') +
        '.';

  const required: OutcomeResult['required'] = {};
  for (const d of dimensions) required[d.reference ? 'population' : 'heads'] = d.threshold;

  const outcome = approved ? 'approvata' : 'respinta';
  return { outcome, quorum, heads, schede: schedeCounts, ...population, required, steps, explanation };
}
