export {
  conferenceRulesSchema,
  DEFAULT_RULES,
  type ConferenceRules,
  type MajorityBase,
  type MajorityRule,
  type PopulationReference,
  type QuorumRule,
  type TieRule,
  type Weighting,
} from './schema';
export { RulesInputError } from './errors';
export { checkQuorum, countsRemote, requiredForQuorum, type Call, type QuorumResult } from './quorum';
export { computeElection, elettoOf, type Candidate, type ElectionInput, type ElectionResult } from './election';
export type { MajorityStatus, MajorityThreshold } from './majority';
export type { OutcomeInput, SecretCounts, Vote, VoteMode, VoterInput } from './tally';
export {
  computeOutcome,
  type HeadCounts,
  type Outcome,
  type OutcomeResult,
  type PopulationCounts,
  type Schede,
} from './outcome';
