import { RulesInputError } from './errors';
import type { MajorityBase, MajorityRule } from './schema';
import type { Tally } from './tally';

export type MajorityStatus = 'reached' | 'notReached' | 'tie';

/** What the rule asked for and what the vote gave, in one unit (comuni or inhabitants). */
export interface MajorityThreshold {
  base: MajorityBase;
  /** Votes cast, present or members, in the unit of the tally. */
  baseValue: number;
  /** Least favorevoli that meets the rule. */
  minimum: number;
  favorevoli: number;
  status: MajorityStatus;
}

function baseOf(rule: MajorityRule): MajorityBase {
  switch (rule.kind) {
    case 'votesCast':
      return 'votesCast';
    case 'present':
      return 'present';
    case 'absoluteMembers':
      return 'members';
    case 'twoThirds':
      return rule.base;
  }
}

function baseValueOf(base: MajorityBase, tally: Tally): number {
  if (base === 'votesCast') return tally.favorevoli + tally.contrari;
  if (base === 'present') return tally.presenti;
  if (tally.componenti === null) {
    throw new RulesInputError(
      'Per la maggioranza calcolata sui componenti servono i dati di tutti i comuni componenti',
    );
  }
  return tally.componenti;
}

/**
 * Simple majorities (votesCast, present, absoluteMembers) need more than half of the base and
 * are tied at exactly half: under votesCast that is favorevoli = contrari; under present and
 * members everyone in the base who is not favorevole weighs against, so exactly half is the
 * same deadlock. A qualified two-thirds majority is a threshold, not a contest between two
 * sides, so it has no tie: the tie rule cannot create a qualified majority.
 */
export function evaluateMajority(rule: MajorityRule, tally: Tally): MajorityThreshold {
  const base = baseOf(rule);
  const baseValue = baseValueOf(base, tally);
  const { favorevoli } = tally;
  if (rule.kind === 'twoThirds') {
    // Integer comparison 3×f ≥ 2×base; at least one favorevole, so an empty base approves nothing.
    const reached = favorevoli >= 1 && 3 * favorevoli >= 2 * baseValue;
    const minimum = Math.max(1, Math.ceil((2 * baseValue) / 3));
    return { base, baseValue, minimum, favorevoli, status: reached ? 'reached' : 'notReached' };
  }
  const status = 2 * favorevoli > baseValue ? 'reached' : 2 * favorevoli === baseValue ? 'tie' : 'notReached';
  return { base, baseValue, minimum: Math.floor(baseValue / 2) + 1, favorevoli, status };
}
