import { RulesInputError } from './errors';
import { counted } from './format';
import type { ConferenceRules, QuorumRule } from './schema';

export type Call = 'prima' | 'seconda';

export interface QuorumResult {
  reached: boolean;
  required: number;
  present: number;
  members: number;
  /** e.g. "Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione)." */
  sentence: string;
}

export function assertMembers(members: number): void {
  if (!Number.isInteger(members) || members < 1) {
    throw new RulesInputError('Il numero dei componenti deve essere un intero maggiore di zero');
  }
}

/** Comuni needed for the numero legale, in integer arithmetic so rounding is exact. */
export function requiredForQuorum(rule: QuorumRule, members: number): number {
  assertMembers(members);
  switch (rule.kind) {
    case 'fraction': {
      const product = members * rule.numerator;
      const remainder = product % rule.denominator;
      const whole = (product - remainder) / rule.denominator;
      // moreThan: 27/2 = 13.5 → 14 and 26/2 = 13 → 14; atLeast: 27/3 = 9 → 9, 26/3 → 9.
      return rule.mode === 'moreThan' || remainder !== 0 ? whole + 1 : whole;
    }
    case 'fixed':
      return rule.count;
    case 'any':
      return 1;
  }
}

/**
 * `presentCount` are the comuni counted (remote ones included only when the rules allow it, see countsRemote);
 * `remote` the comuni connected by videoconference, counted or not, named in the sentence.
 */
export function checkQuorum(
  rules: ConferenceRules,
  call: Call,
  presentCount: number,
  members: number,
  remote = 0,
): QuorumResult {
  const required = requiredForQuorum(
    call === 'prima' ? rules.quorumFirstCall : rules.quorumSecondCall,
    members,
  );
  if (!Number.isInteger(presentCount) || presentCount < 0) {
    throw new RulesInputError('Il numero dei presenti deve essere un intero non negativo');
  }
  if (presentCount > members) {
    throw new RulesInputError(
      `I presenti (${presentCount}) non possono superare i componenti (${members})`,
    );
  }
  const reached = presentCount >= required;
  const sentence =
    `${presentCount === 1 ? 'Presente' : 'Presenti'} ${counted(presentCount, 'comune', 'comuni')} su ${members}` +
    `${remoteNote(rules, remote)}: ` +
    `numero legale ${reached ? 'raggiunto' : 'non raggiunto'} ` +
    `(${required === 1 ? 'richiesto' : 'richiesti'} ${required} in ${call} convocazione).`;
  return { reached, required, present: presentCount, members, sentence };
}

/** Whether a comune connected by videoconference counts for the numero legale and the votes under these rules. */
export const countsRemote = (rules: ConferenceRules): boolean => rules.remotePresenceCounts;

function remoteNote(rules: ConferenceRules, remote: number): string {
  if (remote === 0) return '';
  if (countsRemote(rules)) return ` (di cui ${remote} in videoconferenza)`;
  return ` (${counted(remote, 'collegato', 'collegati')} in videoconferenza, non ${remote === 1 ? 'computato' : 'computati'} secondo le regole in vigore)`;
}
