import { RulesInputError } from './errors';
import { counted } from './format';
import { checkQuorum, countsRemote, type Call, type QuorumResult } from './quorum';
import type { ConferenceRules } from './schema';
import { countPresent, validateBallots, validateInput, type VoterInput } from './tally';
import { quorumMissingSentence } from './wording';
import { genereOf } from '../verbali/persone';

/** "eletto", "eletta", or "eletto/a" when the name does not tell. */
export function elettoOf(nome: string): string {
  const genere = genereOf(nome);
  return genere === 'm' ? 'eletto' : genere === 'f' ? 'eletta' : 'eletto/a';
}

export interface Candidate {
  nome: string;
  voti: number;
}

/** An election or nomination: always a secret ballot, with the votes each candidate received. */
export interface ElectionInput {
  call: Call;
  members: number;
  voters: VoterInput[];
  candidati: Candidate[];
  bianche: number;
  nulle: number;
  /** Comuni present that took no ballot. */
  astenuti: number;
}

export interface ElectionResult {
  outcome: 'eletto' | 'nessun_eletto' | 'numero_legale_mancante';
  quorum: QuorumResult;
  presenti: number;
  /** The elected candidate (one seat), empty when nobody is elected. */
  eletti: string[];
  /** Candidates tied for the most votes, when the tie leaves the seat unassigned. */
  parita: string[];
  steps: string[];
  explanation: string;
}

const nameKey = (n: string) => n.trim().replace(/\s+/g, ' ').toLocaleLowerCase('it');
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

function validateElection(input: ElectionInput, present: number): void {
  if (input.candidati.length === 0) throw new RulesInputError('Indicare almeno un candidato');
  input.candidati.forEach((c, i) => {
    if (!c.nome.trim()) throw new RulesInputError(`Indicare il nome del candidato n. ${i + 1}`);
    if (input.candidati.findIndex((o) => sameName(o.nome, c.nome)) !== i) {
      throw new RulesInputError(`Il candidato ${c.nome} è indicato due volte`);
    }
  });
  validateBallots(
    [...input.candidati.map((c) => c.voti), input.bianche, input.nulle, input.astenuti],
    present,
    'I voti dello scrutinio',
  );
}

/**
 * One seat by relative majority: the candidate with the most votes is elected. A tie for the most votes (or no
 * vote at all) elects nobody: the rules hold no tie-break for elections, so the text says a runoff is needed
 * rather than guess one (age, seniority) the Conferenza's own regolamento may set differently.
 */
export function computeElection(rules: ConferenceRules, electionInput: ElectionInput): ElectionResult {
  const remoteCounts = countsRemote(rules);
  const input = { ...electionInput, remoteCounts };
  // The voters as in any secret ballot (membership, populations, no vote by name); the ballots are checked below.
  validateInput({ call: input.call, members: input.members, voters: input.voters, remoteCounts, mode: 'segreta', counts: { favorevoli: 0, contrari: 0, astenuti: 0 } });
  const presenti = countPresent(input);
  validateElection(input, presenti);
  const remote = input.voters.filter((v) => v.presentAtItem && v.remote).length;
  const quorum = checkQuorum(rules, input.call, presenti, input.members, remote);
  const base = { quorum, presenti };
  if (!quorum.reached) {
    return {
      ...base,
      outcome: 'numero_legale_mancante',
      eletti: [],
      parita: [],
      steps: [quorum.sentence, 'Esito: elezione non valida per mancanza del numero legale'],
      explanation: quorumMissingSentence(quorum, input.call).replace('Votazione non valida', 'Elezione non valida'),
    };
  }
  const ranked = [...input.candidati].sort((a, b) => b.voti - a.voti);
  const top = ranked[0]!.voti;
  const leaders = top > 0 ? ranked.filter((c) => c.voti === top).map((c) => c.nome) : [];
  const eletti = leaders.length === 1 ? leaders : [];
  const steps = [
    quorum.sentence,
    `Voti ai candidati: ${ranked.map((c) => `${c.nome} ${c.voti}`).join(', ')}`,
    `Schede bianche: ${input.bianche}, schede nulle: ${input.nulle}${input.astenuti ? `, astenuti: ${input.astenuti}` : ''}`,
    'Elezione a maggioranza relativa: è eletto il candidato che ottiene più voti',
  ];
  if (leaders.length > 1) steps.push(`Parità tra ${leaders.join(', ')} con ${counted(top, 'voto', 'voti')}: nessun eletto, occorre il ballottaggio`);
  if (leaders.length === 0) steps.push('Nessun candidato ha ottenuto voti: nessun eletto');
  steps.push(eletti.length ? `Esito: ${elettoOf(eletti[0]!)} ${eletti[0]}` : 'Esito: nessun eletto');
  const explanation = eletti.length
    ? `Risulta ${elettoOf(eletti[0]!)} ${eletti[0]} con ${counted(top, 'voto', 'voti')} su ${counted(presenti, 'comune presente', 'comuni presenti')}.`
    : leaders.length > 1
      ? `Parità tra ${leaders.join(' e ')} con ${counted(top, 'voto', 'voti')} ciascuno: nessun eletto, occorre il ballottaggio.`
      : 'Nessun candidato ha ottenuto voti: nessun eletto.';
  return { ...base, outcome: eletti.length ? 'eletto' : 'nessun_eletto', eletti, parita: leaders.length > 1 ? leaders : [], steps, explanation };
}
