import { RulesInputError } from './errors';
import { assertMembers, type Call } from './quorum';
import type { PopulationReference } from './schema';

export type Vote = 'favorevole' | 'contrario' | 'astenuto' | 'non_votante';

/**
 * One member comune at the agenda item being voted. Presence is per item because comuni
 * arrive and leave during a seduta. A comune represented by a delegate is present exactly
 * like one represented by its Sindaco: presentAtItem is true in both cases.
 */
export interface VoterInput {
  comuneId: number;
  name: string;
  populationResidente: number;
  populationCensimento2011: number;
  presentAtItem: boolean;
  /** Connected by videoconference: counted only when the rules allow it (remotePresenceCounts). */
  remote?: boolean;
  isPresident: boolean;
  /** Null when nothing is recorded by name: absent comuni, secret ballots, unanimity. */
  vote: Vote | null;
}

export interface SecretCounts {
  favorevoli: number;
  contrari: number;
  astenuti: number;
  /** Blank and spoilt ballots: cast by comuni present, for neither side. */
  bianche?: number;
  nulle?: number;
}

interface CommonInput {
  call: Call;
  /** Member comuni of the organ; `voters` may list only some of them. */
  members: number;
  voters: VoterInput[];
  /** Whether a voter connected by videoconference counts (the rules' remotePresenceCounts); false when omitted. */
  remoteCounts?: boolean;
}

export type OutcomeInput =
  | (CommonInput & { mode: 'palese' | 'unanimita' })
  | (CommonInput & { mode: 'segreta'; counts: SecretCounts });

export type VoteMode = OutcomeInput['mode'];

/** Counts in one unit of account: comuni (heads) or inhabitants (population). */
export interface Tally {
  favorevoli: number;
  contrari: number;
  astenuti: number;
  nonVotanti: number;
  presenti: number;
  /** The whole membership in the same unit; null when `voters` does not list every member. */
  componenti: number | null;
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Whether a voter counts at the item: present and, if connected by videoconference, only when the rules allow it. */
export const countsAtItem = (v: VoterInput, remoteCounts: boolean | undefined): boolean =>
  v.presentAtItem && (!v.remote || remoteCounts === true);

export function validateInput(input: OutcomeInput): void {
  assertMembers(input.members);
  if (input.voters.length > input.members) {
    throw new RulesInputError(
      `L'elenco contiene ${input.voters.length} comuni ma i componenti sono ${input.members}`,
    );
  }
  const ids = new Set<number>();
  for (const v of input.voters) {
    if (ids.has(v.comuneId)) throw new RulesInputError(`Il comune di ${v.name} è indicato due volte`);
    ids.add(v.comuneId);
    if (!isCount(v.populationResidente) || !isCount(v.populationCensimento2011)) {
      throw new RulesInputError(
        `La popolazione del comune di ${v.name} deve essere un numero intero non negativo`,
      );
    }
    validateVote(input.mode, v, input.remoteCounts);
  }
  if (input.voters.filter((v) => v.isPresident).length > 1) {
    throw new RulesInputError('Più di un comune è indicato come Presidente');
  }
  if (input.mode === 'segreta') validateSecretCounts(input.counts, countPresent(input));
}

function validateVote(mode: VoteMode, v: VoterInput, remoteCounts: boolean | undefined): void {
  if (v.presentAtItem && !countsAtItem(v, remoteCounts)) {
    if (v.vote !== null) {
      throw new RulesInputError(
        `Il comune di ${v.name} è collegato in videoconferenza e le regole in vigore non computano i collegati: il suo voto non può essere registrato`,
      );
    }
    return;
  }
  if (!v.presentAtItem) {
    if (v.vote !== null) {
      throw new RulesInputError(
        `Il comune di ${v.name} non è presente al punto: il suo voto non può essere registrato`,
      );
    }
    return;
  }
  if (mode === 'palese' && v.vote === null) {
    throw new RulesInputError(
      `Manca il voto del comune di ${v.name}, presente al punto (indicare «non votante» se non partecipa al voto)`,
    );
  }
  if (mode === 'segreta' && v.vote !== null) {
    throw new RulesInputError(
      `Nello scrutinio segreto non si registra il voto del singolo comune (${v.name})`,
    );
  }
  if (mode === 'unanimita' && v.vote !== null && v.vote !== 'favorevole') {
    throw new RulesInputError(
      `Votazione all'unanimità: il comune di ${v.name} risulta con voto diverso da favorevole`,
    );
  }
}

/** Ballots in one count: a comune present casts at most one, or abstains. */
export function validateBallots(counts: readonly number[], present: number, what: string): void {
  if (!counts.every(isCount)) {
    throw new RulesInputError(`${what} devono essere numeri interi non negativi`);
  }
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total > present) {
    throw new RulesInputError(`Lo scrutinio segreto conta ${total} voti ma i comuni presenti al punto sono ${present}`);
  }
}

function validateSecretCounts(counts: SecretCounts, present: number): void {
  const { favorevoli, contrari, astenuti, bianche = 0, nulle = 0 } = counts;
  validateBallots([favorevoli, contrari, astenuti, bianche, nulle], present, 'I voti dello scrutinio segreto');
}

/** Comuni counted at the item (present, and remote ones only when the rules count them). */
export function countPresent(input: Pick<CommonInput, 'voters' | 'remoteCounts'>): number {
  return input.voters.filter((v) => countsAtItem(v, input.remoteCounts)).length;
}

function tallyByVoter(
  input: OutcomeInput,
  weight: (v: VoterInput) => number,
  componenti: number | null,
): Tally {
  const t: Tally = { favorevoli: 0, contrari: 0, astenuti: 0, nonVotanti: 0, presenti: 0, componenti };
  for (const v of input.voters) {
    if (!countsAtItem(v, input.remoteCounts)) continue;
    const w = weight(v);
    t.presenti += w;
    const vote = input.mode === 'unanimita' ? 'favorevole' : v.vote;
    if (vote === 'favorevole') t.favorevoli += w;
    else if (vote === 'contrario') t.contrari += w;
    else if (vote === 'astenuto') t.astenuti += w;
    else t.nonVotanti += w;
  }
  return t;
}

export function tallyHeads(input: OutcomeInput): Tally {
  if (input.mode !== 'segreta') return tallyByVoter(input, () => 1, input.members);
  const presenti = countPresent(input);
  const { favorevoli, contrari, astenuti } = input.counts;
  return {
    favorevoli,
    contrari,
    astenuti,
    // Comuni present at the item that cast no vote for either side: no ballot, or a blank or spoilt one.
    nonVotanti: presenti - favorevoli - contrari - astenuti,
    presenti,
    componenti: input.members,
  };
}

export function tallyPopulation(input: OutcomeInput, reference: PopulationReference): Tally {
  const weight = (v: VoterInput) =>
    reference === 'residente' ? v.populationResidente : v.populationCensimento2011;
  const componenti =
    input.voters.length === input.members
      ? input.voters.reduce((sum, v) => sum + weight(v), 0)
      : null;
  return tallyByVoter(input, weight, componenti);
}
