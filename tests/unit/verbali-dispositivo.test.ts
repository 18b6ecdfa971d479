import { describe, expect, test } from 'vitest';
import { dispositivo, operativeClause } from '../../shared/verbali/dispositivo';

describe('dispositivo', () => {
  test.each([
    ['Approvazione del Piano sociale di zona 2027', 'di approvare il Piano sociale di zona 2027'],
    ['Approvazione della convenzione per la gestione associata', 'di approvare la convenzione per la gestione associata'],
    ["Approvazione dell'accordo di programma", "di approvare l'accordo di programma"],
    ['Modifica del Regolamento del Tavolo', 'di modificare il Regolamento del Tavolo'],
    ['Nomina dei componenti del Tavolo tecnico', 'di nominare i componenti del Tavolo tecnico'],
    ["Presa d'atto della relazione annuale", 'di prendere atto della relazione annuale'],
    ['Approvazione del verbale n. 01/2026.', 'di approvare il verbale n. 01/2026'],
    ['Piano sociale di zona 2026', null],
    ['Varie ed eventuali', null],
  ])('operative clause of %j', (titolo, expected) => expect(operativeClause(titolo)).toBe(expected));

  test.each([
    ['approvata', 'Approvazione del Piano sociale di zona 2027', 'LA CONFERENZA DELIBERA\ndi approvare il Piano sociale di zona 2027.'],
    ['approvata', 'Piano sociale di zona 2026', 'LA CONFERENZA DELIBERA\ndi approvare la proposta avente ad oggetto «Piano sociale di zona 2026».'],
    ['respinta', 'Approvazione del Piano sociale di zona 2027', 'La Conferenza respinge la proposta di approvazione del Piano sociale di zona 2027.'],
    ['respinta', 'Piano sociale di zona 2026', 'La Conferenza respinge la proposta avente ad oggetto «Piano sociale di zona 2026».'],
    [
      'numero_legale_mancante',
      'Approvazione del Piano sociale di zona 2027',
      'Per mancanza del numero legale, la proposta di approvazione del Piano sociale di zona 2027 non è deliberata ed è rinviata ad altra seduta.',
    ],
  ] as const)('%s: %s', (esito, titolo, expected) => expect(dispositivo(esito, titolo)).toBe(expected));

  test('no title is ever quoted inside a quotation', () => {
    for (const esito of ['approvata', 'respinta', 'numero_legale_mancante'] as const) {
      expect(dispositivo(esito, 'Approvazione del Piano sociale di zona 2027')).not.toMatch(/[«»"]/);
    }
  });
});
