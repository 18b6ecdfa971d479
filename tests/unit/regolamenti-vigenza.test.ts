import { describe, expect, test } from 'vitest';
import {
  compareNumeri,
  diffTesti,
  diffVersioni,
  normaliseNumero,
  sintesiModifiche,
  storiaArticolo,
  testoVigente,
  TESTO_ABROGATO,
  type Articolo,
  type Modifica,
  type TestoVigente,
  type Versione,
} from '../../shared/regolamenti';

const art = (numero: string, testo = `Testo dell'art. ${numero}.`, rubrica = `Rubrica ${numero}`): Articolo => ({ numero, rubrica, testo });

// The Regolamento della Conferenza as the issue tells its story, with two later amendments and a rewrite.
const ORIGINALE: Versione = {
  id: 1,
  vigenteDal: '2018-01-17',
  numeroVerbale: '01/2018',
  kind: 'testo_integrale',
  articoli: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => art(n)),
};
const MODIFICA_ART_6: Versione = {
  id: 2,
  vigenteDal: '2020-09-25',
  numeroVerbale: '02/2020',
  kind: 'modifica',
  modifiche: [{ tipo: 'sostituito', numero: '6', testo: 'La Conferenza è convocata dal Presidente almeno due volte l’anno.' }],
};
const INSERIMENTO_E_ABROGAZIONE: Versione = {
  id: 3,
  vigenteDal: '2021-03-01',
  numeroVerbale: '03/2021',
  kind: 'modifica',
  modifiche: [
    { tipo: 'inserito', numero: '7 bis', rubrica: 'Segreteria', testo: 'La segreteria è assicurata dall’Ufficio di Piano.' },
    { tipo: 'abrogato', numero: '9' },
  ],
};
const RISCRITTURA: Versione = {
  id: 4,
  vigenteDal: '2023-01-01',
  numeroVerbale: '01/2023',
  kind: 'testo_integrale',
  articoli: [art('1'), art('2', 'Nuovo testo dell’art. 2.')],
};
const STORIA = [ORIGINALE, MODIFICA_ART_6, INSERIMENTO_E_ABROGAZIONE, RISCRITTURA];

/** "6@2" = art. 6 as set by version 2; "9@3 abrogato". */
function marks(result: TestoVigente): string[] {
  if (!result.inVigore) throw new Error(result.motivo);
  return result.articoli.map((a) => `${a.numero}@${a.versione.id}${a.abrogato ? ' abrogato' : ''}`);
}

describe('testoVigente: the text in force at a date', () => {
  const all = (id: number, numeri = ['1', '2', '3', '4', '5', '6', '7', '8', '9']) => numeri.map((n) => `${n}@${id}`);
  test.each([
    ['on the day the regolamento enters into force', '2018-01-17', all(1)],
    ['the day before the amendment of art. 6', '2020-09-24', all(1)],
    ['on the day the amendment enters into force', '2020-09-25', [...all(1, ['1', '2', '3', '4', '5']), '6@2', ...all(1, ['7', '8', '9'])]],
    ['between two amendments', '2020-12-31', [...all(1, ['1', '2', '3', '4', '5']), '6@2', ...all(1, ['7', '8', '9'])]],
    [
      'after an insertion (7-bis after 7) and a repeal (9 kept, marked)',
      '2021-03-01',
      [...all(1, ['1', '2', '3', '4', '5']), '6@2', '7@1', '7-bis@3', '8@1', '9@3 abrogato'],
    ],
    ['the day before a full rewrite', '2022-12-31', [...all(1, ['1', '2', '3', '4', '5']), '6@2', '7@1', '7-bis@3', '8@1', '9@3 abrogato']],
    ['after a full rewrite: only its articles', '2030-06-30', ['1@4', '2@4']],
  ])('%s (%s)', (_label, date, expected) => {
    expect(marks(testoVigente(STORIA, date))).toEqual(expected);
  });

  test.each([
    ['before any version', STORIA, '2017-12-31', 'Al 31/12/2017 il regolamento non è in vigore: la prima versione entra in vigore il 17/01/2018.'],
    ['with no versions at all', [], '2020-01-01', 'Il regolamento non ha ancora versioni.'],
    [
      'with only amendments in force',
      [MODIFICA_ART_6, { ...ORIGINALE, vigenteDal: '2021-01-01' }],
      '2020-10-01',
      'Al 01/10/2020 non è in vigore un testo integrale a cui applicare le modifiche.',
    ],
  ])('nothing in force %s: a reason instead of articles', (_label, versioni, date, motivo) => {
    expect(testoVigente(versioni, date)).toEqual({ inVigore: false, data: date, motivo });
  });

  test('marks each article with the version and verbale that last changed it', () => {
    const result = testoVigente(STORIA, '2021-06-01');
    expect(result.inVigore && result.articoli.find((a) => a.numero === '6')).toEqual({
      numero: '6',
      rubrica: 'Rubrica 6', // the amendment replaced only the body
      testo: 'La Conferenza è convocata dal Presidente almeno due volte l’anno.',
      abrogato: false,
      versione: { id: 2, vigenteDal: '2020-09-25', numeroVerbale: '02/2020' },
    });
    expect(result.inVigore && result.articoli.find((a) => a.numero === '9')).toMatchObject({ rubrica: '', testo: TESTO_ABROGATO, abrogato: true });
    expect(result.inVigore && result.versioni.map((v) => v.numeroVerbale)).toEqual(['01/2018', '02/2020', '03/2021']);
  });

  test('leaves repealed articles out on request', () => {
    expect(marks(testoVigente(STORIA, '2021-03-01', { includeAbrogati: false }))).not.toContain('9@3 abrogato');
    expect(marks(testoVigente(STORIA, '2021-03-01', { includeAbrogati: false }))).toHaveLength(9);
  });

  test('does not depend on the order versions are given in', () => {
    expect(testoVigente([...STORIA].reverse(), '2021-03-01')).toEqual(testoVigente(STORIA, '2021-03-01'));
  });

  test('same-day versions apply in order of id', () => {
    const sameDay = (id: number, testo: string): Versione => ({
      id,
      vigenteDal: '2020-09-25',
      kind: 'modifica',
      modifiche: [{ tipo: 'sostituito', numero: '2', testo }],
    });
    const result = testoVigente([ORIGINALE, sameDay(12, 'Seconda.'), sameDay(11, 'Prima.')], '2020-09-25');
    expect(result.inVigore && result.articoli[1]).toMatchObject({ testo: 'Seconda.', versione: { id: 12 } });
  });

  test('a whole text and an amendment on the same day: the amendment applies to it when its id is later', () => {
    const result = testoVigente([ORIGINALE, { ...MODIFICA_ART_6, vigenteDal: ORIGINALE.vigenteDal }], ORIGINALE.vigenteDal);
    expect(marks(result)).toContain('6@2');
  });

  test.each<[string, Modifica, string]>([
    ['replacing an article not in force', { tipo: 'sostituito', numero: '99', testo: 'X' }, "sostituisce l'art. 99, che non è in vigore: è trattato come inserito."],
    ['inserting an article already in force', { tipo: 'inserito', numero: '3', testo: 'X' }, "inserisce l'art. 3, che è già in vigore: il testo è sostituito."],
    ['repealing an article not in force', { tipo: 'abrogato', numero: '99' }, "abroga l'art. 99, che non è in vigore: nessun effetto."],
  ])('an amendment that does not fit the text (%s) is applied and reported', (_label, modifica, message) => {
    const result = testoVigente([ORIGINALE, { id: 2, vigenteDal: '2019-01-01', numeroVerbale: '05/2018', kind: 'modifica', modifiche: [modifica] }], '2019-01-01');
    expect(result.inVigore && result.avvisi).toEqual([`La versione in vigore dal 01/01/2019 (verbale n. 05/2018) ${message}`]);
  });

  test('rejects a date that is not ISO', () => {
    expect(() => testoVigente(STORIA, '25/09/2020')).toThrow(RangeError);
    expect(() => testoVigente(STORIA, '2020-02-30')).toThrow(RangeError);
  });
});

describe('storiaArticolo: the successive texts of one article', () => {
  const history = (numero: string) => storiaArticolo(STORIA, numero).map((a) => `${a.versione.numeroVerbale}${a.abrogato ? ' abrogato' : `: ${a.testo}`}`);

  test.each([
    ['6', ["01/2018: Testo dell'art. 6.", '02/2020: La Conferenza è convocata dal Presidente almeno due volte l’anno.', '01/2023 abrogato']],
    ['7 bis', ['03/2021: La segreteria è assicurata dall’Ufficio di Piano.', '01/2023 abrogato']],
    ['9', ["01/2018: Testo dell'art. 9.", '03/2021 abrogato']], // not repealed again by the rewrite
    ['2', ["01/2018: Testo dell'art. 2.", '01/2023: Nuovo testo dell’art. 2.']],
    ['42', []],
  ])('art. %s', (numero, expected) => {
    expect(history(numero)).toEqual(expected);
  });
});

describe('sintesiModifiche: the summary line of an amendment', () => {
  const sost = (numero: string): Modifica => ({ tipo: 'sostituito', numero, testo: '' });
  const ins = (numero: string): Modifica => ({ tipo: 'inserito', numero, testo: '' });
  const abr = (numero: string): Modifica => ({ tipo: 'abrogato', numero });

  test.each<[Modifica[], string]>([
    [[sost('6')], "Modifiche all'art. 6"],
    [[sost('6'), sost('3')], 'Modifiche agli artt. 3 e 6'],
    [[sost('2'), sost('5'), sost('7'), ins('7-bis'), abr('9')], "Modifiche agli artt. 2, 5 e 7; inserimento dell'art. 7-bis; abrogazione dell'art. 9"],
    [[ins('7-bis'), ins('7 ter')], 'Inserimento degli artt. 7-bis e 7-ter'],
    [[abr('9')], "Abrogazione dell'art. 9"],
    [[abr('9'), sost('1'), abr('4')], "Modifiche all'art. 1; abrogazione degli artt. 4 e 9"],
    [[sost('10'), sost('2'), sost('2-bis')], 'Modifiche agli artt. 2, 2-bis e 10'],
    [[sost('6'), sost('6')], "Modifiche all'art. 6"],
    [[], ''],
  ])('%j → %s', (modifiche, expected) => {
    expect(sintesiModifiche(modifiche)).toBe(expected);
  });
});

describe('article numbers', () => {
  test.each([
    ['6', '6'],
    ['6 bis', '6-bis'],
    ['6bis', '6-bis'],
    ['6-BIS', '6-bis'],
    ['12 ter', '12-ter'],
    ['3 quinquies', '3-quinquies'],
    ['3 nonies', '3-novies'],
    ['1°', '1'],
    ['6 undecies', null],
    ['sei', null],
  ])('normaliseNumero(%s) → %s', (text, expected) => {
    expect(normaliseNumero(text)).toBe(expected);
  });

  test('legal order: bis, ter … decies between one number and the next', () => {
    const shuffled = ['10', '2-ter', '1', '2-decies', '2', '3', '2-bis', '2-quater', '11', 'A'];
    expect([...shuffled].sort(compareNumeri)).toEqual(['1', '2', '2-bis', '2-ter', '2-quater', '2-decies', '3', '10', '11', 'A']);
  });
});

describe('diffTesti: word-level differences', () => {
  test('marks replaced words, keeping accents and quotes whole', () => {
    expect(diffTesti('La città è composta da «tre» membri.', 'La città sarà composta da «cinque» membri effettivi.')).toEqual([
      { tipo: 'uguale', testo: 'La città ' },
      { tipo: 'eliminato', testo: 'è' },
      { tipo: 'inserito', testo: 'sarà' },
      { tipo: 'uguale', testo: ' composta da «' },
      { tipo: 'eliminato', testo: 'tre' },
      { tipo: 'inserito', testo: 'cinque' },
      { tipo: 'uguale', testo: '» membri' },
      { tipo: 'inserito', testo: ' effettivi' },
      { tipo: 'uguale', testo: '.' },
    ]);
  });

  test.each([
    ['Uguale.', 'Uguale.'],
    ['', 'Tutto nuovo.'],
    ['Tutto eliminato.', ''],
    ['Primo comma.\nSecondo comma.', 'Primo comma.\n\nSecondo comma modificato.\nTerzo comma.'],
    ['Il  Presidente\tconvoca', 'Il Presidente convoca'],
  ])('the segments rebuild both texts exactly: %j → %j', (a, b) => {
    const segments = diffTesti(a, b);
    expect(segments.filter((s) => s.tipo !== 'inserito').map((s) => s.testo).join('')).toBe(a);
    expect(segments.filter((s) => s.tipo !== 'eliminato').map((s) => s.testo).join('')).toBe(b);
  });

  test('identical texts are one unchanged segment', () => {
    expect(diffTesti('Uguale.', 'Uguale.')).toEqual([{ tipo: 'uguale', testo: 'Uguale.' }]);
  });
});

describe('diffVersioni: per-article differences', () => {
  test('matches articles by number, in legal order', () => {
    const prima = [art('1'), art('2'), art('3'), art('4')];
    const dopo = [art('4', "Testo dell'art. 4.", 'Rubrica nuova'), art('3-bis'), art('2', "Testo modificato dell'art. 2."), art('1')];
    const diff = diffVersioni(prima, dopo);
    expect(diff.map((d) => `${d.numero} ${d.stato}`)).toEqual(['1 invariato', '2 modificato', '3 eliminato', '3-bis inserito', '4 modificato']);
    expect(diff[1]).toMatchObject({
      testo: [
        { tipo: 'uguale', testo: 'Testo ' },
        { tipo: 'inserito', testo: 'modificato ' },
        { tipo: 'uguale', testo: "dell'art. 2." },
      ],
      rubrica: [{ tipo: 'uguale', testo: 'Rubrica 2' }],
    });
    expect(diff[4]).toMatchObject({
      rubrica: [
        { tipo: 'uguale', testo: 'Rubrica ' },
        { tipo: 'eliminato', testo: '4' },
        { tipo: 'inserito', testo: 'nuova' },
      ],
      testo: [{ tipo: 'uguale', testo: "Testo dell'art. 4." }],
    });
  });

  test('compares two texts in force, e.g. before and after the amendment of art. 6', () => {
    const before = testoVigente(STORIA, '2020-09-24');
    const after = testoVigente(STORIA, '2020-09-25');
    if (!before.inVigore || !after.inVigore) throw new Error('both dates have a text in force');
    const changed = diffVersioni(before.articoli, after.articoli).filter((d) => d.stato !== 'invariato');
    expect(changed.map((d) => d.numero)).toEqual(['6']);
  });
});

describe('structure headings (TITOLO / CAPO / Sezione) in the text in force', () => {
  const CON_CAPI: Versione = {
    id: 10,
    vigenteDal: '2018-01-17',
    kind: 'testo_integrale',
    articoli: [
      { ...art('1'), intestazioni: ['TITOLO I – Disposizioni generali'] },
      art('2'),
      { ...art('3'), intestazioni: ['CAPO II – Organi', 'Sezione 1 – Il Presidente'] },
    ],
  };
  const AMENDS: Versione = {
    id: 11,
    vigenteDal: '2020-09-25',
    kind: 'modifica',
    modifiche: [
      { tipo: 'sostituito', numero: '3', testo: 'Nuovo testo.' },
      { tipo: 'abrogato', numero: '1' },
      { tipo: 'inserito', numero: '3-bis', testo: 'Articolo inserito.' },
    ],
  };

  test('amending or repealing an article keeps the headings it opens; an inserted article has none', () => {
    const result = testoVigente([CON_CAPI, AMENDS], '2021-01-01');
    if (!result.inVigore) throw new Error(result.motivo);
    expect(result.articoli.map((a) => [a.numero, a.intestazioni ?? []])).toEqual([
      ['1', ['TITOLO I – Disposizioni generali']],
      ['2', []],
      ['3', ['CAPO II – Organi', 'Sezione 1 – Il Presidente']],
      ['3-bis', []],
    ]);
    expect(result.articoli[0]!.abrogato).toBe(true);
  });
});
