import { describe, expect, test } from 'vitest';
import { genereOf } from '../../shared/verbali/persone';
import { delegationSentence, movementSentence } from '../../shared/verbali/presenze';

describe('delegations and movements in the verbale', () => {
  test.each([
    ['Anna Bianchi', 'f'],
    ['Mario Rossi', 'm'],
    ['Andrea Viola', 'm'],
    ['Luca Grisolia', 'm'],
    ['Beatrice Lanza', 'f'],
    ['Daniele Ferrara', 'm'],
    ['Dott.ssa Caterina Cerbino', 'f'],
    ['Dott. Luca Bianchi', 'm'],
    ['Maria Grazia Pesce', 'f'],
    ['Gian Carlo Sole', 'm'],
    ['Kim Lee', null],
  ] as const)('gender of %s', (name, expected) => expect(genereOf(name)).toBe(expected));

  test.each([
    [
      { comune: 'Lauria', nominativo: 'Anna Bianchi', delegaRif: 'prot. n. 812 del 02/12/2026' },
      'Il Comune di Lauria è rappresentato dalla delegata Anna Bianchi, giusta delega prot. n. 812 del 02/12/2026.',
    ],
    [
      { comune: 'Senise', nominativo: 'Mario Rossi', delegaRif: 'decreto sindacale n. 5 del 02/08/2018' },
      'Il Comune di Senise è rappresentato dal delegato Mario Rossi, giusta decreto sindacale n. 5 del 02/08/2018.',
    ],
    [
      { comune: 'Noepoli', nominativo: 'Kim Lee', delegaRif: '812/2026' },
      'Il Comune di Noepoli è rappresentato dal/dalla delegato/a Kim Lee, giusta delega prot. n. 812/2026.',
    ],
    [{ comune: 'Teana', nominativo: 'Mario Rossi', delegaRif: '' }, 'Il Comune di Teana è rappresentato dal delegato Mario Rossi.'],
  ])('delegation %#', (input, expected) => expect(delegationSentence(input)).toBe(expected));

  const maratea = { comune: 'Maratea', ruolo: 'sindaco', nominativo: 'Daniele Stoppelli' } as const;
  const lauria = { comune: 'Lauria', ruolo: 'delegato', nominativo: 'Anna Bianchi' } as const;
  test.each([
    [{ ora: '10:15', entrano: [maratea], escono: [], presenti: 16 }, 'Alle ore 10:15 entra il Sindaco del Comune di Maratea; presenti n. 16.'],
    [
      { ora: '10:40', entrano: [maratea, lauria], escono: [], presenti: 17 },
      'Alle ore 10:40 entrano il Sindaco del Comune di Maratea e la delegata del Comune di Lauria, Anna Bianchi; presenti n. 17.',
    ],
    [{ ora: '11:30', entrano: [], escono: [lauria], presenti: 14 }, 'Alle ore 11:30 esce la delegata del Comune di Lauria, Anna Bianchi; presenti n. 14.'],
    [
      { ora: '12:00', entrano: [lauria], escono: [maratea], presenti: 15 },
      'Alle ore 12:00 entra la delegata del Comune di Lauria, Anna Bianchi ed esce il Sindaco del Comune di Maratea; presenti n. 15.',
    ],
  ])('movement %#', (input, expected) => expect(movementSentence(input)).toBe(expected));
});
