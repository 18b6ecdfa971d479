import { describe, expect, test } from 'vitest';
import { DEFAULT_RULES, type ConferenceRules } from '../../shared/rules';
import { decisionOf, decisionPhrase, type DecisionInput } from '../../shared/verbali/decision';
import { voteSentence, type VoteSentenceInput } from '../../shared/verbali/vote';

const weighted: ConferenceRules = { ...DEFAULT_RULES, weighting: { kind: 'population', reference: 'residente' } };
const double: ConferenceRules = { ...DEFAULT_RULES, weighting: { kind: 'double', reference: 'residente' } };
const presidentPrevails: ConferenceRules = { ...DEFAULT_RULES, tie: 'presidentPrevails' };
const twoThirds: ConferenceRules = { ...DEFAULT_RULES, majority: { kind: 'twoThirds', base: 'members' } };

const heads = (favorevoli: number, contrari: number, astenuti: number, presenti = favorevoli + contrari + astenuti) => ({
  favorevoli,
  contrari,
  astenuti,
  presenti,
  componenti: 27,
});
const base: DecisionInput = { rules: DEFAULT_RULES, modalita: 'palese', esito: 'approvata', heads: heads(12, 2, 1), population: null, presidentVote: 'favorevole' };
const population = { favorevoli: 18_976, contrari: 22_997, astenuti: 3_027, presenti: 45_000, componenti: 88_000 };

describe('the rule that decided a vote', () => {
  test.each<[string, Partial<DecisionInput>, string]>([
    ['per head, approved', {}, 'la proposta è approvata a maggioranza dei votanti'],
    ['per head, outvoted', { esito: 'respinta', heads: heads(3, 9, 3) }, 'la proposta è respinta a maggioranza'],
    ['unanimity', { modalita: 'unanimita', heads: heads(15, 0, 0) }, "la proposta è approvata all'unanimità"],
    [
      'two thirds not reached though favorevoli prevail',
      { rules: twoThirds, esito: 'respinta', heads: heads(12, 2, 1) },
      'la proposta è respinta, non avendo ottenuto la maggioranza dei due terzi dei componenti',
    ],
    ['two thirds reached', { rules: twoThirds, heads: heads(18, 0, 0) }, 'la proposta è approvata a maggioranza dei due terzi dei componenti'],
    ['weighted, outvoted by population', { rules: weighted, esito: 'respinta', heads: heads(7, 3, 2), population }, 'la proposta è respinta a maggioranza ponderata'],
    [
      'weighted, approved by population though fewer comuni',
      { rules: weighted, heads: heads(3, 7, 2), population: { ...population, favorevoli: 22_997, contrari: 18_976 } },
      'la proposta è approvata a maggioranza ponderata',
    ],
    [
      'double, approved',
      { rules: double, heads: heads(8, 4, 0), population: { ...population, favorevoli: 30_000, contrari: 12_000 } },
      'la proposta è approvata con la doppia maggioranza: maggioranza dei votanti e maggioranza dei votanti per popolazione residente',
    ],
    [
      'double, the population against',
      { rules: double, esito: 'respinta', heads: heads(8, 4, 0), population: { ...population, favorevoli: 12_000, contrari: 30_000 } },
      'la proposta è respinta, non avendo ottenuto la maggioranza dei votanti per popolazione residente',
    ],
    ['tie, rejected by the rules', { esito: 'respinta', heads: heads(6, 6, 3) }, 'in parità di voti la proposta è respinta'],
    [
      "tie, the Presidente's vote in favour prevails",
      { rules: presidentPrevails, heads: heads(6, 6, 3), presidentVote: 'favorevole' },
      'in parità di voti prevale il voto favorevole del Presidente: la proposta è approvata',
    ],
    [
      "tie, the Presidente's vote against prevails",
      { rules: presidentPrevails, esito: 'respinta', heads: heads(6, 6, 3), presidentVote: 'contrario' },
      'in parità di voti prevale il voto contrario del Presidente: la proposta è respinta',
    ],
    [
      'tie, the Presidente abstained',
      { rules: presidentPrevails, esito: 'respinta', heads: heads(6, 6, 3), presidentVote: 'astenuto' },
      'in parità di voti, non avendo il Presidente votato a favore né contro, la proposta è respinta',
    ],
    [
      'tie in a secret ballot',
      { rules: presidentPrevails, modalita: 'segreta', esito: 'respinta', heads: heads(6, 6, 3), presidentVote: null },
      'in parità di voti, non essendo noto nello scrutinio segreto il voto del Presidente, la proposta è respinta',
    ],
    [
      'secret ballot under weighted rules',
      { rules: weighted, modalita: 'segreta', heads: heads(10, 4, 1), presidentVote: null },
      'la proposta è approvata a maggioranza dei votanti (nello scrutinio segreto il voto è contato per comune, senza ponderazione)',
    ],
  ])('%s', (_, changes, expected) => expect(decisionPhrase(decisionOf({ ...base, ...changes }))).toBe(expected));
});

describe('vote sentence', () => {
  const approvedPerHead = decisionOf(base);
  const v: VoteSentenceInput = { modalita: 'palese', esito: 'approvata', presenti: 15, favorevoli: 12, contrari: 2, astenuti: 1, decisione: approvedPerHead };
  test.each<[string, Partial<VoteSentenceInput>, string]>([
    [
      'open vote with names',
      { contrariNomi: ['Lauria', 'Senise'], astenutiNomi: ['Noepoli'] },
      'Con votazione palese, presenti n. 15 comuni: favorevoli n. 12, contrari n. 2 (Lauria e Senise), astenuti n. 1 (Noepoli). La proposta è approvata a maggioranza dei votanti.',
    ],
    [
      'weighted by population',
      {
        esito: 'respinta',
        presenti: 12,
        favorevoli: 7,
        contrari: 3,
        astenuti: 2,
        contrariNomi: ['Lauria', 'Senise', 'Maratea'],
        astenutiNomi: [],
        popolazione: population,
        decisione: decisionOf({ ...base, rules: weighted, esito: 'respinta', heads: heads(7, 3, 2), population }),
      },
      'Con votazione palese, presenti n. 12 comuni, pari a 45.000 abitanti: favorevoli n. 7 comuni, pari a 18.976 abitanti; contrari n. 3 (Lauria, Senise e Maratea), pari a 22.997 abitanti; astenuti n. 2, pari a 3.027 abitanti: la proposta è respinta a maggioranza ponderata.',
    ],
    [
      'secret ballot with blank and spoilt ballots',
      { modalita: 'segreta', favorevoli: 10, contrari: 2, astenuti: 1, bianche: 1, nulle: 1, decisione: decisionOf({ ...base, modalita: 'segreta', heads: heads(10, 2, 1, 15) }) },
      'Con votazione a scrutinio segreto, presenti n. 15 comuni: favorevoli n. 10, contrari n. 2, astenuti n. 1, schede bianche n. 1, schede nulle n. 1. La proposta è approvata a maggioranza dei votanti.',
    ],
    [
      'unanimity',
      { modalita: 'unanimita', favorevoli: 15, contrari: 0, astenuti: 0, decisione: decisionOf({ ...base, modalita: 'unanimita' }) },
      "Con votazione palese, presenti n. 15 comuni, la proposta è approvata all'unanimità.",
    ],
    [
      'tie with the casting vote',
      { favorevoli: 6, contrari: 6, astenuti: 3, decisione: decisionOf({ ...base, rules: presidentPrevails, heads: heads(6, 6, 3) }) },
      'Con votazione palese, presenti n. 15 comuni: favorevoli n. 6, contrari n. 6, astenuti n. 3. In parità di voti prevale il voto favorevole del Presidente: la proposta è approvata.',
    ],
    [
      'numero legale missing',
      { esito: 'numero_legale_mancante', presenti: 1, favorevoli: 1, contrari: 0, astenuti: 0 },
      'Con votazione palese, presenti n. 1 comune: favorevoli n. 1, contrari n. 0, astenuti n. 0. Mancando il numero legale al momento del voto, la proposta non può essere deliberata.',
    ],
  ])('%s', (_, changes, expected) => expect(voteSentence({ ...v, ...changes })).toBe(expected));
});
