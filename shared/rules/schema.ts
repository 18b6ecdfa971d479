import { z } from 'zod';

const days = (label: string) =>
  z
    .int({ error: `${label}: serve un numero intero di giorni` })
    .min(0, { error: `${label}: i giorni non possono essere negativi` });

const fractionQuorumSchema = z
  .object({
    kind: z.literal('fraction'),
    numerator: z
      .int({ error: 'Il numeratore deve essere un numero intero' })
      .min(1, { error: 'Il numeratore deve essere almeno 1' }),
    denominator: z
      .int({ error: 'Il denominatore deve essere un numero intero' })
      .min(1, { error: 'Il denominatore deve essere maggiore di zero' }),
    // moreThan: smallest whole number strictly above members×fraction ("metà più uno" of 27 = 14);
    // atLeast: members×fraction rounded up (one third of 27 = 9).
    mode: z.enum(['moreThan', 'atLeast'], {
      error: "Arrotondamento non valido: usare 'moreThan' (più di) o 'atLeast' (almeno)",
    }),
  })
  // Beyond the whole membership the numero legale could never be reached.
  .refine(
    (f) =>
      f.numerator < f.denominator || (f.numerator === f.denominator && f.mode === 'atLeast'),
    { error: 'Numero legale irraggiungibile: la frazione supera il totale dei componenti', path: ['numerator'] },
  );

const quorumRuleSchema = z.discriminatedUnion(
  'kind',
  [
    fractionQuorumSchema,
    z.object({
      kind: z.literal('fixed'),
      count: z
        .int({ error: 'Il numero legale fisso deve essere un numero intero' })
        .min(1, { error: 'Il numero legale fisso deve essere almeno 1' }),
    }),
    z.object({ kind: z.literal('any') }),
  ],
  { error: "Tipo di numero legale non valido: usare 'fraction', 'fixed' o 'any'" },
);

const majorityBaseSchema = z.enum(['votesCast', 'present', 'members'], {
  error: "Base dei due terzi non valida: usare 'votesCast', 'present' o 'members'",
});

const majorityRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('votesCast') }),
    z.object({ kind: z.literal('present') }),
    z.object({ kind: z.literal('absoluteMembers') }),
    z.object({ kind: z.literal('twoThirds'), base: majorityBaseSchema }),
  ],
  { error: "Tipo di maggioranza non valido: usare 'votesCast', 'present', 'absoluteMembers' o 'twoThirds'" },
);

const populationReferenceSchema = z.enum(['residente', 'censimento2011'], {
  error: "Popolazione di riferimento non valida: usare 'residente' o 'censimento2011'",
});

const weightingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('perHead') }),
    z.object({ kind: z.literal('population'), reference: populationReferenceSchema }),
    // Double majority: both the comuni and the population they represent must approve.
    z.object({ kind: z.literal('double'), reference: populationReferenceSchema }),
  ],
  { error: "Ponderazione non valida: usare 'perHead', 'population' o 'double'" },
);

export const conferenceRulesSchema = z.object({
  noticeDaysOrdinary: days('Preavviso ordinario'),
  noticeDaysUrgent: days('Preavviso urgente'),
  quorumFirstCall: quorumRuleSchema,
  quorumSecondCall: quorumRuleSchema,
  majority: majorityRuleSchema,
  weighting: weightingSchema,
  tie: z.enum(['rejected', 'presidentPrevails'], {
    error: "Regola di parità non valida: usare 'rejected' o 'presidentPrevails'",
  }),
  // Seduta in modalità mista: whether a member connected by videoconference counts for the numero legale and the
  // votes. Versions stored before the option existed did not allow it.
  remotePresenceCounts: z.boolean({ error: 'Indicare se i collegati in videoconferenza sono computati' }).default(false),
});

export type ConferenceRules = z.infer<typeof conferenceRulesSchema>;
export type QuorumRule = z.infer<typeof quorumRuleSchema>;
export type MajorityRule = z.infer<typeof majorityRuleSchema>;
export type MajorityBase = z.infer<typeof majorityBaseSchema>;
export type Weighting = z.infer<typeof weightingSchema>;
export type PopulationReference = z.infer<typeof populationReferenceSchema>;
export type TieRule = ConferenceRules['tie'];

export const DEFAULT_RULES: ConferenceRules = {
  noticeDaysOrdinary: 7,
  noticeDaysUrgent: 2,
  quorumFirstCall: { kind: 'fraction', numerator: 1, denominator: 2, mode: 'moreThan' },
  quorumSecondCall: { kind: 'fraction', numerator: 1, denominator: 3, mode: 'atLeast' },
  majority: { kind: 'votesCast' },
  weighting: { kind: 'perHead' },
  tie: 'rejected',
  remotePresenceCounts: false,
};
