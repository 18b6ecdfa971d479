import { describe, expect, test } from 'vitest';
import { countedAt } from '../../shared/domain/presence';
import { presenzaSchema, presenzaSetSchema, votazioneSaveSchema } from '../../shared/domain/seduta';
import {
  checkQuorum,
  computeElection,
  computeOutcome,
  conferenceRulesSchema,
  DEFAULT_RULES,
  RulesInputError,
  type ConferenceRules,
  type VoterInput,
} from '../../shared/rules';
import { electionDispositivo, electionSentence } from '../../shared/verbali/elezione';
import { delegationSentence, remoteSentence } from '../../shared/verbali/presenze';
import { quorumDeclaration } from '../../shared/verbali/quorum';
import { voteSentence } from '../../shared/verbali/vote';

const REMOTE_OK: ConferenceRules = { ...DEFAULT_RULES, remotePresenceCounts: true };

/** `present` comuni of 27, the first `remote` of them by videoconference; the rest absent. */
function voters(present: number, remote: number, vote: VoterInput['vote'] = null): VoterInput[] {
  return Array.from({ length: 27 }, (_, i) => ({
    comuneId: i + 1,
    name: `Comune ${i + 1}`,
    populationResidente: 1000,
    populationCensimento2011: 1000,
    presentAtItem: i < present,
    remote: i < remote,
    isPresident: false,
    vote: i < present ? vote : null,
  }));
}

describe('the rules option for videoconference', () => {
  test('rules stored before the option parse as not counting remote members', () => {
    const { remotePresenceCounts: _, ...old } = DEFAULT_RULES;
    expect(conferenceRulesSchema.parse(old).remotePresenceCounts).toBe(false);
    expect(conferenceRulesSchema.parse({ ...old, remotePresenceCounts: true }).remotePresenceCounts).toBe(true);
    expect(conferenceRulesSchema.safeParse({ ...old, remotePresenceCounts: 'sì' }).success).toBe(false);
  });

  test.each([
    // rules, present (of whom remote), counted, sentence
    [DEFAULT_RULES, 15, 2, 13, 'Presenti 13 comuni su 27 (2 collegati in videoconferenza, non computati secondo le regole in vigore): numero legale non raggiunto (richiesti 14 in prima convocazione).'],
    [REMOTE_OK, 15, 2, 15, 'Presenti 15 comuni su 27 (di cui 2 in videoconferenza): numero legale raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 16, 1, 15, 'Presenti 15 comuni su 27 (1 collegato in videoconferenza, non computato secondo le regole in vigore): numero legale raggiunto (richiesti 14 in prima convocazione).'],
    [DEFAULT_RULES, 14, 0, 14, 'Presenti 14 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).'],
  ] as const)('quorum with %#: %i present, %i remote', (rules, present, remote, counted, sentence) => {
    const result = computeOutcome(rules, { call: 'prima', members: 27, voters: voters(present, remote), mode: 'unanimita' });
    expect(result.quorum.present).toBe(counted);
    expect(result.quorum.sentence).toBe(sentence);
    expect(checkQuorum(rules, 'prima', counted, 27, remote).sentence).toBe(sentence);
  });

  test('a remote member votes only when the rules count remote members', () => {
    const list = voters(15, 1, 'favorevole');
    expect(() => computeOutcome(DEFAULT_RULES, { call: 'prima', members: 27, voters: list, mode: 'palese' })).toThrow(
      'Il comune di Comune 1 è collegato in videoconferenza e le regole in vigore non computano i collegati: il suo voto non può essere registrato',
    );
    const counted = computeOutcome(REMOTE_OK, { call: 'prima', members: 27, voters: list, mode: 'palese' });
    expect(counted.heads).toMatchObject({ favorevoli: 15, presenti: 15 });
    expect(counted.steps).toContain('Collegati in videoconferenza: 1, computati tra i presenti secondo le regole in vigore');
    const withoutRemoteVote = list.map((v) => (v.remote ? { ...v, vote: null } : v));
    const notCounted = computeOutcome(DEFAULT_RULES, { call: 'prima', members: 27, voters: withoutRemoteVote, mode: 'palese' });
    expect(notCounted.heads).toMatchObject({ favorevoli: 14, presenti: 14 });
    expect(notCounted.steps).toContain('Collegati in videoconferenza: 1, non computati tra i presenti secondo le regole in vigore');
  });

  test.each([
    [{ stato: 'sindaco', modalita: 'videoconferenza' }, false, false],
    [{ stato: 'sindaco', modalita: 'videoconferenza' }, true, true],
    [{ stato: 'delegato', modalita: 'presenza' }, false, true],
    [{ stato: 'assente', modalita: 'presenza' }, true, false],
  ] as const)('countedAt %o with remote counted %s: %s', (p, remotePresenceCounts, expected) => {
    expect(countedAt({ ...p, oraIngresso: null, oraUscita: null }, null, { remotePresenceCounts })).toBe(expected);
  });
});

describe('secret ballot with schede bianche and nulle', () => {
  const secret = (favorevoli: number, contrari: number, astenuti: number, bianche: number, nulle: number) =>
    computeOutcome(DEFAULT_RULES, { call: 'prima', members: 27, voters: voters(15, 0), mode: 'segreta', counts: { favorevoli, contrari, astenuti, bianche, nulle } });

  test.each([
    // f, c, a, b, n, outcome, explanation
    [8, 4, 0, 2, 1, 'approvata', 'La proposta è approvata: 8 voti favorevoli contro 4 contrari, maggioranza dei votanti (astenuti non computati); 2 schede bianche e 1 scheda nulla.'],
    [5, 6, 1, 2, 1, 'respinta', 'La proposta è respinta: 5 voti favorevoli contro 6 contrari, maggioranza dei votanti non raggiunta (astenuti non computati); 2 schede bianche e 1 scheda nulla.'],
    [9, 6, 0, 0, 0, 'approvata', 'La proposta è approvata: 9 voti favorevoli contro 6 contrari, maggioranza dei votanti (astenuti non computati).'],
  ] as const)('%i favorevoli, %i contrari, %i astenuti, %i bianche, %i nulle: %s', (f, c, a, b, n, outcome, explanation) => {
    const result = secret(f, c, a, b, n);
    expect(result.outcome).toBe(outcome);
    expect(result.schede).toEqual({ bianche: b, nulle: n });
    expect(result.explanation).toBe(explanation);
    if (b + n > 0) expect(result.steps).toContain(`Schede bianche: ${b}, schede nulle: ${n} (non computate né a favore né contro)`);
  });

  test('votes and schede together cannot exceed the comuni present', () => {
    expect(() => secret(10, 3, 0, 2, 1)).toThrow(new RulesInputError('Lo scrutinio segreto conta 16 voti ma i comuni presenti al punto sono 15'));
    expect(() => secret(10, 3, 0, -1, 0)).toThrow('I voti dello scrutinio segreto devono essere numeri interi non negativi');
  });

  test('the contract: bianche and nulle default to 0, are whole and not negative', () => {
    const base = { puntoId: 1, modalita: 'segreta', conteggi: { favorevoli: 1, contrari: 0, astenuti: 0 } };
    expect(votazioneSaveSchema.parse(base).conteggi).toEqual({ favorevoli: 1, contrari: 0, astenuti: 0, bianche: 0, nulle: 0 });
    expect(votazioneSaveSchema.safeParse({ ...base, conteggi: { ...base.conteggi, nulle: -1 } }).success).toBe(false);
    expect(votazioneSaveSchema.safeParse({ ...base, conteggi: { ...base.conteggi, bianche: 1.5 } }).success).toBe(false);
  });
});

describe('election / nomination', () => {
  const elect = (candidati: { nome: string; voti: number }[], bianche = 0, nulle = 0, present = 15, rules = DEFAULT_RULES) =>
    computeElection(rules, { call: 'prima', members: 27, voters: voters(present, 0), candidati, bianche, nulle, astenuti: 0 });

  test.each([
    [[{ nome: 'Anna Bianchi', voti: 8 }, { nome: 'Mario Rossi', voti: 5 }], 1, 1, 'eletto', ['Anna Bianchi'], [], 'Risulta eletta Anna Bianchi con 8 voti su 15 comuni presenti.'],
    [[{ nome: 'Mario Rossi', voti: 9 }], 3, 0, 'eletto', ['Mario Rossi'], [], 'Risulta eletto Mario Rossi con 9 voti su 15 comuni presenti.'],
    [[{ nome: 'Anna Bianchi', voti: 6 }, { nome: 'Mario Rossi', voti: 6 }], 2, 1, 'nessun_eletto', [], ['Anna Bianchi', 'Mario Rossi'], 'Parità tra Anna Bianchi e Mario Rossi con 6 voti ciascuno: nessun eletto, occorre il ballottaggio.'],
    [[{ nome: 'Anna Bianchi', voti: 0 }], 15, 0, 'nessun_eletto', [], [], 'Nessun candidato ha ottenuto voti: nessun eletto.'],
  ] as const)('%j', (candidati, bianche, nulle, outcome, eletti, parita, explanation) => {
    const result = elect([...candidati], bianche, nulle);
    expect(result).toMatchObject({ outcome, eletti, parita, explanation, presenti: 15 });
  });

  test('an election without the numero legale elects nobody', () => {
    const result = elect([{ nome: 'Anna Bianchi', voti: 10 }], 0, 0, 10);
    expect(result.outcome).toBe('numero_legale_mancante');
    expect(result.explanation).toBe('Elezione non valida: manca il numero legale (presenti 10 comuni su 27, richiesti 14 in prima convocazione).');
  });

  test.each([
    [[{ nome: 'Anna Bianchi', voti: 10 }, { nome: 'Mario Rossi', voti: 5 }], 1, 0, 'Lo scrutinio segreto conta 16 voti ma i comuni presenti al punto sono 15'],
    [[{ nome: 'Anna Bianchi', voti: 3 }, { nome: 'anna bianchi', voti: 2 }], 0, 0, 'Il candidato anna bianchi è indicato due volte'],
    [[{ nome: 'Anna Bianchi', voti: 3 }, { nome: 'Anna  Bianchi ', voti: 2 }], 0, 0, 'Il candidato Anna  Bianchi  è indicato due volte'],
    [[], 0, 0, 'Indicare almeno un candidato'],
  ] as const)('refuses %j', (candidati, bianche, nulle, message) => {
    expect(() => elect([...candidati], bianche, nulle)).toThrow(message);
  });

  test('the contract: an election is secret, with candidates; a proposal has none', () => {
    const base = { puntoId: 1, tipo: 'elezione', modalita: 'segreta', conteggi: { favorevoli: 0, contrari: 0, astenuti: 0 }, candidati: [{ nome: 'Anna Bianchi', voti: 3 }] };
    expect(votazioneSaveSchema.safeParse(base).success).toBe(true);
    const messages = (input: object) => votazioneSaveSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ ...base, modalita: 'palese' })).toContain("L'elezione si svolge a scrutinio segreto");
    expect(messages({ ...base, candidati: [] })).toContain('Indicare almeno un candidato con i voti ottenuti');
    expect(messages({ ...base, tipo: 'proposta' })).toContain("I candidati si indicano solo in un'elezione");
    expect(messages({ ...base, conteggi: { favorevoli: 26, contrari: 0, astenuti: 0 } })).toContain("In un'elezione si contano i voti dei candidati, non favorevoli e contrari");
    expect(messages({ puntoId: 1, modalita: 'palese', voti: [], conteggi: { favorevoli: 3, contrari: 0, astenuti: 0 } })).toContain('I voti si contano a parte solo nello scrutinio segreto');
    expect(votazioneSaveSchema.parse({ ...base, candidati: [{ nome: ' Anna   Bianchi ', voti: 3 }] }).candidati[0]!.nome).toBe('Anna Bianchi');
    expect(messages({ ...base, candidati: [{ nome: 'Anna, vicesindaco', voti: 3 }] })).toContain('Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini');
  });
});

describe('delegate with role, in the contract', () => {
  const delegate = { sedutaId: 1, comuneId: 1, stato: 'delegato', nominativo: 'Mario Rossi', delegaRif: 'decreto n. 5', oraIngresso: null, oraUscita: null };
  test('the role goes in its own field and is required for a delegate', () => {
    expect(presenzaSetSchema.parse({ ...delegate, qualifica: 'vicesindaco' })).toMatchObject({ qualifica: 'vicesindaco', modalita: 'presenza' });
    expect(presenzaSetSchema.safeParse({ ...delegate, qualifica: '' }).error?.issues.map((i) => i.message)).toEqual([
      'Indicare la qualifica del delegato (es. vicesindaco, assessore, consigliere)',
    ]);
    expect(presenzaSetSchema.safeParse({ ...delegate, nominativo: 'Mario Rossi, vicesindaco', qualifica: 'vicesindaco' }).success).toBe(false);
    expect(presenzaSetSchema.safeParse({ ...delegate, qualifica: 'x'.repeat(81) }).success).toBe(false);
    expect(presenzaSetSchema.safeParse({ ...delegate, qualifica: 'assessore', modalita: 'telefono' }).success).toBe(false);
  });

  test('a presence recorded before these fields reads as in the room, without a role', () => {
    const old = { comuneId: 1, comune: 'Lauria', capofila: false, popolazioneResidente: 1, popolazioneCensimento2011: null, sindacoAttuale: '', stato: 'delegato', nominativo: 'Anna Bianchi', delegaRif: 'prot. 8', oraIngresso: null, oraUscita: null };
    expect(presenzaSchema.parse(old)).toMatchObject({ qualifica: '', modalita: 'presenza' });
  });
});

describe('sentences of the verbale', () => {
  test.each([
    [{ comune: 'Lauria', nominativo: 'Anna Bianchi', qualifica: 'vicesindaco', delegaRif: 'prot. n. 812 del 02/12/2026' }, 'Il Comune di Lauria è rappresentato dalla delegata Anna Bianchi, vicesindaco, giusta delega prot. n. 812 del 02/12/2026.'],
    [{ comune: 'Senise', nominativo: 'Mario Rossi', qualifica: 'assessore', delegaRif: 'decreto sindacale n. 5 del 02/08/2018' }, 'Il Comune di Senise è rappresentato dal delegato Mario Rossi, assessore, giusta decreto sindacale n. 5 del 02/08/2018.'],
    [{ comune: 'Rotonda', nominativo: 'Luigi Verdi', qualifica: '', delegaRif: '88' }, 'Il Comune di Rotonda è rappresentato dal delegato Luigi Verdi, giusta delega prot. n. 88.'],
  ])('delegation %#', (input, expected) => expect(delegationSentence(input)).toBe(expected));

  test.each([
    [[{ comune: 'Maratea', ruolo: 'sindaco', nominativo: 'Daniele Stoppelli' }], true, 'Partecipa in videoconferenza il Sindaco del Comune di Maratea, computato ai fini del numero legale e delle votazioni secondo le regole in vigore.'],
    [
      [{ comune: 'Maratea', ruolo: 'sindaco', nominativo: 'Daniele Stoppelli' }, { comune: 'Lauria', ruolo: 'delegato', nominativo: 'Anna Bianchi' }],
      false,
      'Partecipano in videoconferenza il Sindaco del Comune di Maratea e la delegata del Comune di Lauria, Anna Bianchi, non computati, secondo le regole in vigore, ai fini del numero legale e delle votazioni.',
    ],
    [[], false, ''],
  ] as const)('videoconference %#', (who, computati, expected) => expect(remoteSentence(who, computati)).toBe(expected));

  test('the numero legale names the remote members counted', () => {
    expect(quorumDeclaration({ presenti: 15, membri: 27, richiesti: 14, convocazione: 'prima', collegati: 2 })).toBe(
      'Il Presidente, constatata la presenza di n. 15 comuni su 27, di cui n. 2 in videoconferenza, e quindi del numero legale richiesto di 14 in prima convocazione, dichiara aperta la seduta.',
    );
  });

  test('secret ballot with bianche and nulle', () => {
    expect(
      voteSentence({ modalita: 'segreta', esito: 'approvata', presenti: 15, favorevoli: 8, contrari: 4, astenuti: 0, bianche: 2, nulle: 1, decisione: { kind: 'maggioranza', esito: 'approvata', weighting: 'perHead', outvoted: false, names: ['maggioranza dei votanti'], failed: [], secretUnweighted: false } }),
    ).toBe('Con votazione a scrutinio segreto, presenti n. 15 comuni: favorevoli n. 8, contrari n. 4, astenuti n. 0, schede bianche n. 2, schede nulle n. 1. La proposta è approvata a maggioranza dei votanti.');
  });

  test.each([
    [
      { esito: 'eletto', presenti: 15, candidati: [{ nome: 'Mario Rossi', voti: 5 }, { nome: 'Anna Bianchi', voti: 8 }], bianche: 1, nulle: 1, eletti: ['Anna Bianchi'], parita: [] },
      'Con votazione a scrutinio segreto, presenti n. 15 comuni, riportano voti: Anna Bianchi n. 8, Mario Rossi n. 5; schede bianche n. 1, schede nulle n. 1. Risulta eletta Anna Bianchi con n. 8 voti.',
      'Il Presidente proclama eletta Anna Bianchi.',
    ],
    [
      { esito: 'nessun_eletto', presenti: 14, candidati: [{ nome: 'Anna Bianchi', voti: 6 }, { nome: 'Mario Rossi', voti: 6 }], bianche: 2, nulle: 0, eletti: [], parita: ['Anna Bianchi', 'Mario Rossi'] },
      'Con votazione a scrutinio segreto, presenti n. 14 comuni, riportano voti: Anna Bianchi n. 6, Mario Rossi n. 6; schede bianche n. 2, schede nulle n. 0. Avendo Anna Bianchi e Mario Rossi riportato lo stesso numero di voti (n. 6 voti), nessun candidato risulta eletto: occorre procedere al ballottaggio.',
      "Nessun candidato è eletto: l'elezione relativa a «Nomina del rappresentante» prosegue con il ballottaggio.",
    ],
    [
      { esito: 'numero_legale_mancante', presenti: 9, candidati: [{ nome: 'Kim Lee', voti: 9 }], bianche: 0, nulle: 0, eletti: [], parita: [] },
      "Con votazione a scrutinio segreto, presenti n. 9 comuni. Mancando il numero legale al momento del voto, l'elezione non può avere luogo.",
      "Per mancanza del numero legale, l'elezione relativa a «Nomina del rappresentante» è rinviata ad altra seduta.",
    ],
  ] as const)('election %#', (input, sentence, dispositivo) => {
    expect(electionSentence({ ...input, candidati: [...input.candidati] })).toBe(sentence);
    expect(electionDispositivo(input, 'Nomina del rappresentante.')).toBe(dispositivo);
  });
});
