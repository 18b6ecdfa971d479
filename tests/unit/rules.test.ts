import { describe, expect, test } from 'vitest';
import {
  checkQuorum,
  computeOutcome,
  conferenceRulesSchema,
  DEFAULT_RULES,
  requiredForQuorum,
  RulesInputError,
  type Call,
  type ConferenceRules,
  type OutcomeInput,
  type QuorumRule,
  type Vote,
  type VoterInput,
} from '../../shared/rules';

// Real figures from shared/data/comuni.csv: name, residenti (ANPR 1/2026), censimento 2011.
const COMUNI = [
  ['Calvera', 349, 430],
  ['Carbone', 478, 705],
  ['Castelluccio Inferiore', 1856, 2179],
  ['Castelluccio Superiore', 709, 860],
  ['Castelsaraceno', 1118, 1480],
  ['Cersosimo', 497, 718],
  ['Chiaromonte', 1698, 1954],
  ['Episcopia', 1235, 1467],
  ['Fardella', 548, 625],
  ['Francavilla in Sinni', 3917, 4282],
  ['Lagonegro', 4908, 5725],
  ['Latronico', 3947, 4748],
  ['Lauria', 11662, 13262],
  ['Maratea', 4564, 5150],
  ['Nemoli', 1358, 1512],
  ['Noepoli', 719, 974],
  ['Rivello', 2450, 2843],
  ['Roccanova', 1261, 1644],
  ['Rotonda', 3119, 3519],
  ['San Costantino Albanese', 573, 778],
  ['San Paolo Albanese', 196, 306],
  ['San Severino Lucano', 1309, 1667],
  ['Senise', 6427, 7127],
  ['Teana', 502, 645],
  ['Terranova di Pollino', 953, 1324],
  ['Trecchina', 2131, 2322],
  ['Viggianello', 2602, 3124],
] as const;
type Name = (typeof COMUNI)[number][0];

/** A vote, 'presente' (present, nothing recorded by name) or 'assente'. */
type Mark = Vote | 'presente' | 'assente';

const voter = ([name, residente, censimento]: (typeof COMUNI)[number], i: number, mark: Mark): VoterInput => ({
  comuneId: i + 1,
  name,
  populationResidente: residente,
  populationCensimento2011: censimento,
  presentAtItem: mark !== 'assente',
  isPresident: false,
  vote: mark === 'assente' || mark === 'presente' ? null : mark,
});

/** All 27 comuni: those named get their mark, the others `rest`. */
function byName(marks: Partial<Record<Name, Mark>>, rest: Mark = 'assente'): VoterInput[] {
  return COMUNI.map((c, i) => voter(c, i, marks[c[0]] ?? rest));
}

const ORDER: Mark[] = ['favorevole', 'contrario', 'astenuto', 'non_votante', 'presente'];

/** All 27 comuni in list order: first the favorevoli, then contrari, ...; the rest absent. */
function byCount(counts: Partial<Record<Mark, number>>): VoterInput[] {
  const marks = ORDER.flatMap((m) => Array<Mark>(counts[m] ?? 0).fill(m));
  return COMUNI.map((c, i) => voter(c, i, marks[i] ?? 'assente'));
}

/** Makes the first comune with the given mark the Presidente. */
function presidentVoting(voters: VoterInput[], mark: Mark): VoterInput[] {
  const index = voters.findIndex((v) => (mark === 'assente' ? !v.presentAtItem : v.vote === mark));
  return voters.map((v, i) => ({ ...v, isPresident: i === index }));
}

const rules = (over: Partial<ConferenceRules> = {}): ConferenceRules =>
  conferenceRulesSchema.parse({ ...DEFAULT_RULES, ...over });

const palese = (voters: VoterInput[], call: Call = 'prima'): OutcomeInput => ({
  call,
  members: 27,
  voters,
  mode: 'palese',
});

const segreta = (
  voters: VoterInput[],
  favorevoli: number,
  contrari: number,
  astenuti: number,
): OutcomeInput => ({ call: 'prima', members: 27, voters, mode: 'segreta', counts: { favorevoli, contrari, astenuti } });

const unanimita = (voters: VoterInput[]): OutcomeInput => ({ call: 'prima', members: 27, voters, mode: 'unanimita' });

describe('conferenceRulesSchema', () => {
  test('DEFAULT_RULES are valid', () => {
    expect(conferenceRulesSchema.parse(DEFAULT_RULES)).toEqual(DEFAULT_RULES);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['zero denominator', { quorumFirstCall: { kind: 'fraction', numerator: 1, denominator: 0, mode: 'moreThan' } }, 'Il denominatore deve essere maggiore di zero'],
    ['fraction above one', { quorumFirstCall: { kind: 'fraction', numerator: 3, denominator: 2, mode: 'atLeast' } }, 'Numero legale irraggiungibile: la frazione supera il totale dei componenti'],
    ['more than all members', { quorumSecondCall: { kind: 'fraction', numerator: 1, denominator: 1, mode: 'moreThan' } }, 'Numero legale irraggiungibile: la frazione supera il totale dei componenti'],
    ['fixed count zero', { quorumSecondCall: { kind: 'fixed', count: 0 } }, 'Il numero legale fisso deve essere almeno 1'],
    ['unknown quorum kind', { quorumFirstCall: { kind: 'half' } }, "Tipo di numero legale non valido: usare 'fraction', 'fixed' o 'any'"],
    ['negative notice', { noticeDaysOrdinary: -1 }, 'Preavviso ordinario: i giorni non possono essere negativi'],
    ['fractional notice', { noticeDaysUrgent: 1.5 }, 'Preavviso urgente: serve un numero intero di giorni'],
    ['two thirds of nothing', { majority: { kind: 'twoThirds', base: 'sindaci' } }, "Base dei due terzi non valida: usare 'votesCast', 'present' o 'members'"],
    ['unknown tie rule', { tie: 'coinFlip' }, "Regola di parità non valida: usare 'rejected' o 'presidentPrevails'"],
  ])('rejects %s', (_name, patch, message) => {
    const result = conferenceRulesSchema.safeParse({ ...DEFAULT_RULES, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('requiredForQuorum', () => {
  const half: QuorumRule = { kind: 'fraction', numerator: 1, denominator: 2, mode: 'moreThan' };
  const third: QuorumRule = { kind: 'fraction', numerator: 1, denominator: 3, mode: 'atLeast' };
  test.each<[string, QuorumRule, number, number]>([
    ['metà più uno of 27', half, 27, 14],
    ['metà più uno of 26', half, 26, 14],
    ['metà più uno of 1', half, 1, 1],
    ['one third of 27', third, 27, 9],
    ['one third of 26 (rounded up)', third, 26, 9],
    ['more than one third of 27', { ...third, mode: 'moreThan' }, 27, 10],
    ['two thirds of 27', { kind: 'fraction', numerator: 2, denominator: 3, mode: 'atLeast' }, 27, 18],
    ['fixed', { kind: 'fixed', count: 5 }, 27, 5],
    ['any', { kind: 'any' }, 27, 1],
  ])('%s', (_name, rule, members, required) => {
    expect(requiredForQuorum(rule, members)).toBe(required);
  });

  test('rejects an organ without members', () => {
    expect(() => requiredForQuorum(half, 0)).toThrow(RulesInputError);
  });
});

describe('checkQuorum', () => {
  const fixed10 = rules({ quorumSecondCall: { kind: 'fixed', count: 10 } });
  const any = rules({ quorumSecondCall: { kind: 'any' } });
  test.each<[ConferenceRules, Call, number, string]>([
    [DEFAULT_RULES, 'prima', 27, 'Presenti 27 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 'prima', 15, 'Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 'prima', 14, 'Presenti 14 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 'prima', 13, 'Presenti 13 comuni su 27: numero legale non raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 'prima', 10, 'Presenti 10 comuni su 27: numero legale non raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 'seconda', 9, 'Presenti 9 comuni su 27: numero legale raggiunto (richiesti 9 in seconda convocazione).'],
    [DEFAULT_RULES, 'seconda', 8, 'Presenti 8 comuni su 27: numero legale non raggiunto (richiesti 9 in seconda convocazione).'],
    [fixed10, 'seconda', 10, 'Presenti 10 comuni su 27: numero legale raggiunto (richiesti 10 in seconda convocazione).'],
    [fixed10, 'seconda', 9, 'Presenti 9 comuni su 27: numero legale non raggiunto (richiesti 10 in seconda convocazione).'],
    [any, 'seconda', 1, 'Presente 1 comune su 27: numero legale raggiunto (richiesto 1 in seconda convocazione).'],
    [any, 'seconda', 0, 'Presenti 0 comuni su 27: numero legale non raggiunto (richiesto 1 in seconda convocazione).'],
  ])('%#: %s convocazione with %i present', (r, call, present, sentence) => {
    const result = checkQuorum(r, call, present, 27);
    expect(result.sentence).toBe(sentence);
    expect(result.reached).toBe(sentence.includes('numero legale raggiunto'));
  });

  test('rejects more present than members', () => {
    expect(() => checkQuorum(DEFAULT_RULES, 'prima', 28, 27)).toThrow(
      'I presenti (28) non possono superare i componenti (27)',
    );
  });
});

describe('computeOutcome, open vote per head', () => {
  test('shows the computation step by step', () => {
    const result = computeOutcome(DEFAULT_RULES, palese(byCount({ favorevole: 12, contrario: 2, astenuto: 1 })));
    expect(result.outcome).toBe('approvata');
    expect(result.heads).toEqual({ favorevoli: 12, contrari: 2, astenuti: 1, nonVotanti: 0, presenti: 15 });
    expect(result.required.heads).toEqual({ base: 'votesCast', baseValue: 14, minimum: 8, favorevoli: 12, status: 'reached' });
    expect(result.steps).toEqual([
      'Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).',
      'Votanti: 14 (favorevoli 12, contrari 2); astenuti: 1 (non computati)',
      'Maggioranza dei votanti: i favorevoli devono superare i contrari (12 contro 2): raggiunta',
      'Esito: proposta approvata',
    ]);
    expect(result.explanation).toBe(
      'La proposta è approvata: 12 voti favorevoli contro 2 contrari, maggioranza dei votanti (astenuti non computati).',
    );
  });

  test.each<{ name: string; rules?: ConferenceRules; voters: VoterInput[]; call?: Call; outcome: string; explanation?: string }>([
    { name: '27 of 27 present', voters: byCount({ favorevole: 20, contrario: 7 }), outcome: 'approvata' },
    { name: 'exactly the first-call threshold (14)', voters: byCount({ favorevole: 8, contrario: 6 }), outcome: 'approvata' },
    {
      name: 'one below the first-call threshold (13)',
      voters: byCount({ favorevole: 13 }),
      outcome: 'numero_legale_mancante',
      explanation: 'Votazione non valida: manca il numero legale (presenti 13 comuni su 27, richiesti 14 in prima convocazione).',
    },
    { name: 'second call, 9 of 27 (one third, at least)', voters: byCount({ favorevole: 5, contrario: 4 }), call: 'seconda', outcome: 'approvata' },
    { name: 'second call, 8 of 27', voters: byCount({ favorevole: 8 }), call: 'seconda', outcome: 'numero_legale_mancante' },
    {
      name: 'second call, fixed 5',
      rules: rules({ quorumSecondCall: { kind: 'fixed', count: 5 } }),
      voters: byCount({ favorevole: 3, contrario: 2 }),
      call: 'seconda',
      outcome: 'approvata',
    },
    {
      name: 'second call, any: one comune is enough',
      rules: rules({ quorumSecondCall: { kind: 'any' } }),
      voters: byCount({ favorevole: 1 }),
      call: 'seconda',
      outcome: 'approvata',
      explanation: 'La proposta è approvata: 1 voto favorevole contro 0 contrari, maggioranza dei votanti (astenuti non computati).',
    },
    {
      name: 'more contrari than favorevoli',
      voters: byCount({ favorevole: 5, contrario: 9, astenuto: 1 }),
      outcome: 'respinta',
      explanation: 'La proposta è respinta: 5 voti favorevoli contro 9 contrari, maggioranza dei votanti non raggiunta (astenuti non computati).',
    },
    {
      name: 'all abstain: 0 against 0 is a tie, hence rejected',
      voters: byCount({ astenuto: 15 }),
      outcome: 'respinta',
      explanation: 'La proposta è respinta: 0 voti favorevoli contro 0 contrari, parità (astenuti non computati): in caso di parità la proposta non passa.',
    },
    {
      name: 'majority of those present counts abstainers',
      rules: rules({ majority: { kind: 'present' } }),
      voters: byCount({ favorevole: 7, contrario: 3, astenuto: 5 }),
      outcome: 'respinta',
      explanation: 'La proposta è respinta: 7 voti favorevoli su 15 comuni presenti, maggioranza dei presenti non raggiunta (astenuti compresi).',
    },
    { name: 'majority of those present reached', rules: rules({ majority: { kind: 'present' } }), voters: byCount({ favorevole: 8, contrario: 2, astenuto: 5 }), outcome: 'approvata' },
    {
      name: 'absolute majority of members reached with 14',
      rules: rules({ majority: { kind: 'absoluteMembers' } }),
      voters: byCount({ favorevole: 14, contrario: 1 }),
      outcome: 'approvata',
      explanation: 'La proposta è approvata: 14 voti favorevoli su 27 comuni componenti, maggioranza assoluta dei componenti.',
    },
    { name: 'absolute majority of members missed with 13', rules: rules({ majority: { kind: 'absoluteMembers' } }), voters: byCount({ favorevole: 13, contrario: 1, astenuto: 2 }), outcome: 'respinta' },
  ])('$name', ({ rules: r = DEFAULT_RULES, voters, call = 'prima', outcome, explanation }) => {
    const result = computeOutcome(r, palese(voters, call));
    expect(result.outcome).toBe(outcome);
    if (explanation) expect(result.explanation).toBe(explanation);
  });
});

describe('computeOutcome, two-thirds majority on each base', () => {
  test.each<[string, 'votesCast' | 'present' | 'members', Partial<Record<Mark, number>>, string, number, number]>([
    ['votes cast, exactly two thirds', 'votesCast', { favorevole: 12, contrario: 6, astenuto: 2 }, 'approvata', 18, 12],
    ['votes cast, one short', 'votesCast', { favorevole: 11, contrario: 7, astenuto: 2 }, 'respinta', 18, 12],
    ['votes cast, everyone abstains', 'votesCast', { astenuto: 15 }, 'respinta', 0, 1],
    ['present, exactly two thirds', 'present', { favorevole: 14, contrario: 2, astenuto: 4 }, 'approvata', 20, 14],
    ['present, one short', 'present', { favorevole: 13, contrario: 2, astenuto: 5 }, 'respinta', 20, 14],
    ['members, exactly two thirds', 'members', { favorevole: 18, astenuto: 2 }, 'approvata', 27, 18],
    ['members, one short', 'members', { favorevole: 17, astenuto: 3 }, 'respinta', 27, 18],
  ])('%s', (_name, base, counts, outcome, baseValue, minimum) => {
    const result = computeOutcome(rules({ majority: { kind: 'twoThirds', base } }), palese(byCount(counts)));
    expect(result.outcome).toBe(outcome);
    expect(result.required.heads).toMatchObject({ base, baseValue, minimum, status: outcome === 'approvata' ? 'reached' : 'notReached' });
  });

  test('explains the qualified majority', () => {
    const result = computeOutcome(
      rules({ majority: { kind: 'twoThirds', base: 'votesCast' } }),
      palese(byCount({ favorevole: 12, contrario: 6, astenuto: 2 })),
    );
    expect(result.steps).toContain(
      'Maggioranza dei due terzi dei votanti: servono almeno 12 voti favorevoli su 18 votanti (astenuti non computati); favorevoli 12: raggiunta',
    );
    expect(result.explanation).toBe(
      'La proposta è approvata: 12 voti favorevoli su 18 comuni votanti, maggioranza dei due terzi dei votanti (astenuti non computati).',
    );
  });
});

describe('computeOutcome, ties', () => {
  const prevails = rules({ tie: 'presidentPrevails' });
  const sevenAll = byCount({ favorevole: 7, contrario: 7, astenuto: 1 });
  test.each<[string, ConferenceRules, OutcomeInput, string, string]>([
    ['tie rejected, even with the Presidente in favour', DEFAULT_RULES, palese(presidentVoting(sevenAll, 'favorevole')), 'respinta', 'in caso di parità la proposta non passa'],
    ['Presidente in favour prevails', prevails, palese(presidentVoting(sevenAll, 'favorevole')), 'approvata', 'prevale il voto favorevole del Presidente (Calvera)'],
    ['Presidente against prevails', prevails, palese(presidentVoting(sevenAll, 'contrario')), 'respinta', 'prevale il voto contrario del Presidente (Episcopia)'],
    ['Presidente abstaining cannot break the tie', prevails, palese(presidentVoting(sevenAll, 'astenuto')), 'respinta', 'il Presidente non ha votato a favore né contro, quindi la proposta non passa'],
    ['Presidente absent from the item cannot break the tie', prevails, palese(presidentVoting(sevenAll, 'assente')), 'respinta', 'il Presidente non ha votato a favore né contro, quindi la proposta non passa'],
    ['secret ballot: the Presidente’s vote is unknown', prevails, segreta(presidentVoting(byCount({ presente: 15 }), 'presente'), 7, 7, 1), 'respinta', 'nello scrutinio segreto il voto del Presidente non è noto, quindi la proposta non passa'],
    [
      'majority of those present: exactly half in favour is a tie',
      rules({ tie: 'presidentPrevails', majority: { kind: 'present' } }),
      palese(presidentVoting(byCount({ favorevole: 7, contrario: 5, astenuto: 2 }), 'favorevole')),
      'approvata',
      'prevale il voto favorevole del Presidente (Calvera)',
    ],
  ])('%s', (_name, r, input, outcome, clause) => {
    const result = computeOutcome(r, input);
    expect(result.outcome).toBe(outcome);
    expect(result.required.heads?.status).toBe('tie');
    expect(result.steps).toContain(`Parità: ${clause}`);
    expect(result.explanation).toContain(clause);
  });

  test('the tie sentence names the rule', () => {
    const result = computeOutcome(prevails, palese(presidentVoting(sevenAll, 'favorevole')));
    expect(result.explanation).toBe(
      'La proposta è approvata: 7 voti favorevoli contro 7 contrari, parità (astenuti non computati): prevale il voto favorevole del Presidente (Calvera).',
    );
  });

  test('a two-thirds majority has no tie: the Presidente cannot create it', () => {
    const result = computeOutcome(
      rules({ tie: 'presidentPrevails', majority: { kind: 'twoThirds', base: 'votesCast' } }),
      palese(presidentVoting(byCount({ favorevole: 9, contrario: 5 }), 'favorevole')),
    );
    expect(result.outcome).toBe('respinta');
    expect(result.required.heads?.status).toBe('notReached');
  });
});

describe('computeOutcome, weighted by population', () => {
  const population = rules({ weighting: { kind: 'population', reference: 'residente' } });
  const census = rules({ weighting: { kind: 'population', reference: 'censimento2011' } });
  const double = rules({ weighting: { kind: 'double', reference: 'residente' } });
  // Lauria (11.662 residenti) against three comuni with 11.630 together; the rest abstain.
  const lauriaAlone = byName({ Lauria: 'favorevole', Latronico: 'contrario', Maratea: 'contrario', Rotonda: 'contrario' }, 'astenuto');
  const lauriaAgainstFour = lauriaAlone.map((v) => (v.name === 'Senise' ? { ...v, vote: 'contrario' as const } : v));
  const smallest14: Name[] = ['San Paolo Albanese', 'Calvera', 'Carbone', 'Cersosimo', 'Teana', 'Fardella', 'San Costantino Albanese', 'Castelluccio Superiore', 'Noepoli', 'Terranova di Pollino', 'Castelsaraceno', 'Episcopia', 'Roccanova', 'San Severino Lucano'];
  const largest6: Name[] = ['Lauria', 'Senise', 'Lagonegro', 'Maratea', 'Latronico', 'Francavilla in Sinni'];
  const inFavour = (names: Name[]) => byName(Object.fromEntries(names.map((n) => [n, 'favorevole'])), 'contrario');

  test.each<[string, ConferenceRules, VoterInput[], string, { heads?: string; population: string }, [number, number]]>([
    ['Lauria alone outweighs three comuni', population, lauriaAlone, 'approvata', { population: 'reached' }, [11662, 11630]],
    ['the 2011 census reverses it', census, lauriaAlone, 'respinta', { population: 'notReached' }, [13262, 13417]],
    ['Lauria alone does not decide against four', population, lauriaAgainstFour, 'respinta', { population: 'notReached' }, [11662, 18057]],
    ['double: heads yes, population no', double, inFavour(smallest14), 'respinta', { heads: 'reached', population: 'notReached' }, [10447, 50639]],
    ['double: population yes, heads no', double, inFavour(largest6), 'respinta', { heads: 'notReached', population: 'reached' }, [35425, 25661]],
    ['double: both', double, inFavour([...largest6, ...smallest14.slice(0, 8)]), 'approvata', { heads: 'reached', population: 'reached' }, [39277, 21809]],
  ])('%s', (_name, r, voters, outcome, statuses, [favorevoli, contrari]) => {
    const result = computeOutcome(r, palese(voters));
    expect(result.outcome).toBe(outcome);
    expect(result.population).toMatchObject({ favorevoli, contrari });
    expect(result.required.heads?.status).toBe(statuses.heads);
    expect(result.required.population?.status).toBe(statuses.population);
  });

  test('explains the weighted vote', () => {
    const result = computeOutcome(population, palese(lauriaAlone));
    expect(result.heads).toMatchObject({ favorevoli: 1, contrari: 3, astenuti: 23 });
    expect(result.population).toEqual({ favorevoli: 11662, contrari: 11630, astenuti: 37794, total: 61086 });
    expect(result.steps).toContain(
      'Popolazione residente dei votanti: 23.292 abitanti (favorevoli 11.662, contrari 11.630); astenuti: 37.794 abitanti (non computati)',
    );
    expect(result.explanation).toBe(
      'La proposta è approvata: 11.662 abitanti favorevoli contro 11.630 contrari, maggioranza dei votanti per popolazione residente (astenuti non computati).',
    );
  });

  test('a secret ballot cannot be weighted: counted per head, and said so', () => {
    const result = computeOutcome(double, segreta(byCount({ presente: 15 }), 8, 6, 1));
    expect(result.outcome).toBe('approvata');
    expect(result.population).toBeUndefined();
    expect(result.required.population).toBeUndefined();
    expect(result.explanation).toBe(
      'La proposta è approvata: 8 voti favorevoli contro 6 contrari, maggioranza dei votanti (astenuti non computati); a scrutinio segreto il voto è contato per comune, senza ponderazione per popolazione.',
    );
  });
});

describe('computeOutcome, presence at the item', () => {
  test('a comune represented by a delegate is present like one represented by its Sindaco', () => {
    // There is no separate delegate flag: whoever attends for the comune (Sindaco or Delegato
    // with a valid delegation) makes it present at the item, and its vote counts in full.
    const sindaci = byCount({ favorevole: 9, contrario: 4 });
    const withDelegate = sindaci.map((v) =>
      v.name === 'Nemoli' ? { ...v, presentAtItem: true, vote: 'favorevole' as const } : v,
    );
    expect(computeOutcome(DEFAULT_RULES, palese(sindaci)).outcome).toBe('numero_legale_mancante');
    const result = computeOutcome(DEFAULT_RULES, palese(withDelegate));
    expect(result.outcome).toBe('approvata');
    expect(result.heads).toMatchObject({ presenti: 14, favorevoli: 10 });
  });

  test('a comune that left before the vote cannot have a vote recorded', () => {
    const voters = byCount({ favorevole: 10, contrario: 4 }).map((v) =>
      v.name === 'Calvera' ? { ...v, presentAtItem: false } : v,
    );
    expect(() => computeOutcome(DEFAULT_RULES, palese(voters))).toThrow(RulesInputError);
    expect(() => computeOutcome(DEFAULT_RULES, palese(voters))).toThrow(
      'Il comune di Calvera non è presente al punto: il suo voto non può essere registrato',
    );
  });

  test('a comune that left before the vote is not counted for the numero legale', () => {
    const voters = byCount({ favorevole: 10, contrario: 4 }).map((v) =>
      v.name === 'Calvera' ? { ...v, presentAtItem: false, vote: null } : v,
    );
    const result = computeOutcome(DEFAULT_RULES, palese(voters));
    expect(result.outcome).toBe('numero_legale_mancante');
    expect(result.quorum.sentence).toBe(
      'Presenti 13 comuni su 27: numero legale non raggiunto (richiesti 14 in prima convocazione).',
    );
    expect(result.required).toEqual({});
  });
});

describe('computeOutcome, secret ballot and unanimity', () => {
  test('secret ballot: ballots not cast are non votanti', () => {
    const result = computeOutcome(DEFAULT_RULES, segreta(byCount({ presente: 15 }), 8, 4, 0));
    expect(result.outcome).toBe('approvata');
    expect(result.heads).toEqual({ favorevoli: 8, contrari: 4, astenuti: 0, nonVotanti: 3, presenti: 15 });
    expect(result.steps).toContain('Votanti: 12 (favorevoli 8, contrari 4); astenuti: 0 (non computati); non votanti: 3 (non computati)');
  });

  test.each<[string, ConferenceRules, VoterInput[], string, string]>([
    ['every present comune in favour', DEFAULT_RULES, byCount({ presente: 15 }), 'approvata', "La proposta è approvata all'unanimità: 15 voti favorevoli su 15 comuni presenti."],
    ['unanimity without numero legale', DEFAULT_RULES, byCount({ presente: 12 }), 'numero_legale_mancante', 'Votazione non valida: manca il numero legale (presenti 12 comuni su 27, richiesti 14 in prima convocazione).'],
    [
      'unanimity of 15 is not two thirds of 27 members',
      rules({ majority: { kind: 'twoThirds', base: 'members' } }),
      byCount({ presente: 15 }),
      'respinta',
      'La proposta è respinta: 15 voti favorevoli su 27 comuni componenti, maggioranza dei due terzi dei componenti non raggiunta.',
    ],
  ])('%s', (_name, r, voters, outcome, explanation) => {
    const result = computeOutcome(r, unanimita(voters));
    expect(result.outcome).toBe(outcome);
    expect(result.explanation).toBe(explanation);
  });
});

describe('computeOutcome rejects inconsistent input', () => {
  const fifteen = byCount({ favorevole: 10, contrario: 4, astenuto: 1 });
  const present15 = byCount({ presente: 15 });
  test.each<[string, ConferenceRules, OutcomeInput, string]>([
    ['vote of a comune not present', DEFAULT_RULES, palese(fifteen.map((v, i) => (i === 0 ? { ...v, presentAtItem: false } : v))), 'Il comune di Calvera non è presente al punto: il suo voto non può essere registrato'],
    ['secret counts exceeding those present', DEFAULT_RULES, segreta(present15, 10, 4, 2), 'Lo scrutinio segreto conta 16 voti ma i comuni presenti al punto sono 15'],
    ['negative secret counts', DEFAULT_RULES, segreta(present15, 10, -1, 0), 'I voti dello scrutinio segreto devono essere numeri interi non negativi'],
    ['a named vote in a secret ballot', DEFAULT_RULES, segreta(fifteen, 10, 4, 1), 'Nello scrutinio segreto non si registra il voto del singolo comune (Calvera)'],
    ['a present comune without a vote', DEFAULT_RULES, palese(present15), 'Manca il voto del comune di Calvera, presente al punto (indicare «non votante» se non partecipa al voto)'],
    ['a contrario in a unanimous vote', DEFAULT_RULES, unanimita(fifteen), "Votazione all'unanimità: il comune di Lagonegro risulta con voto diverso da favorevole"],
    ['the same comune twice', DEFAULT_RULES, palese([...fifteen.slice(0, 26), fifteen[0]!]), 'Il comune di Calvera è indicato due volte'],
    ['two Presidenti', DEFAULT_RULES, palese(fifteen.map((v, i) => ({ ...v, isPresident: i < 2 }))), 'Più di un comune è indicato come Presidente'],
    ['more comuni than members', DEFAULT_RULES, { ...palese(fifteen), members: 26 }, "L'elenco contiene 27 comuni ma i componenti sono 26"],
    [
      'weighted majority of members without every member listed',
      rules({ weighting: { kind: 'population', reference: 'residente' }, majority: { kind: 'absoluteMembers' } }),
      palese(fifteen.filter((v) => v.presentAtItem)),
      'Per la maggioranza calcolata sui componenti servono i dati di tutti i comuni componenti',
    ],
  ])('%s', (_name, r, input, message) => {
    expect(() => computeOutcome(r, input)).toThrow(RulesInputError);
    expect(() => computeOutcome(r, input)).toThrow(message);
  });
});
