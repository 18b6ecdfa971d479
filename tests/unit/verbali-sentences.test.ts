import { describe, expect, test } from 'vitest';
import {
  closingSentence,
  dispositivo,
  listIt,
  openingParagraph,
  presidencySentence,
  quorumDeclaration,
  voteSentence,
  type OpeningInput,
  type VoteSentenceInput,
} from '../../shared/verbali/sentences';

const opening: OpeningInput = {
  data: '2018-08-09',
  oraInizio: '10:30',
  luogo: "la sede dell'Ufficio di Piano, Contrada Anzoleconte, Viggianello",
  convocazioneProt: '2345',
  convocazioneData: '2018-08-01',
  tipo: 'ordinaria',
  convocazione: 'prima',
  organo: 'Conferenza Istituzionale dei Sindaci',
  ente: 'Ambito Socio-Territoriale Lagonegrese Pollino',
};

describe('verbale sentences', () => {
  test.each([
    [[], ''],
    [['Lauria'], 'Lauria'],
    [['Lauria', 'Senise'], 'Lauria e Senise'],
    [['Lauria', 'Senise', 'Teana'], 'Lauria, Senise e Teana'],
  ])('listIt(%j) = %s', (items, expected) => expect(listIt(items)).toBe(expected));

  test.each<[Partial<OpeningInput>, string]>([
    [
      {},
      "L'anno duemiladiciotto, addì nove del mese di agosto, alle ore 10:30, presso la sede dell'Ufficio di Piano, Contrada Anzoleconte, Viggianello, a seguito di convocazione prot. n. 2345 del 01/08/2018, si è riunita in seduta ordinaria, in prima convocazione, la Conferenza Istituzionale dei Sindaci dell'Ambito Socio-Territoriale Lagonegrese Pollino.",
    ],
    [
      { data: '2020-09-01', oraInizio: null, luogo: '', convocazioneProt: '', convocazioneData: null, tipo: 'urgente', convocazione: 'seconda' },
      "L'anno duemilaventi, addì primo del mese di settembre, si è riunita in seduta urgente, in seconda convocazione, la Conferenza Istituzionale dei Sindaci dell'Ambito Socio-Territoriale Lagonegrese Pollino.",
    ],
    [
      { data: '2017-05-23', convocazioneProt: '', tipo: null },
      "L'anno duemiladiciassette, addì ventitré del mese di maggio, alle ore 10:30, presso la sede dell'Ufficio di Piano, Contrada Anzoleconte, Viggianello, a seguito di convocazione del 01/08/2018, si è riunita in prima convocazione, la Conferenza Istituzionale dei Sindaci dell'Ambito Socio-Territoriale Lagonegrese Pollino.",
    ],
  ])('opening paragraph %#', (changes, expected) => expect(openingParagraph({ ...opening, ...changes })).toBe(expected));

  test.each([
    [
      { presidente: 'Antonio Rizzo', capofila: 'Viggianello', segretario: 'Dott. Luca Bianchi' },
      'Presiede la seduta il Presidente Antonio Rizzo, Sindaco del Comune capofila di Viggianello. Svolge le funzioni di segretario verbalizzante Dott. Luca Bianchi.',
    ],
    [
      { presidente: 'Antonio Rizzo', capofila: 'Viggianello', segretario: '' },
      'Presiede la seduta il Presidente Antonio Rizzo, Sindaco del Comune capofila di Viggianello. Svolge le funzioni di segretario verbalizzante ____________________.',
    ],
  ])('presidency %#', (input, expected) => expect(presidencySentence(input)).toBe(expected));

  test.each([
    [true, 'Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione). Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta.'],
    [false, 'Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione). Il Presidente, constatata la mancanza del numero legale, dichiara deserta la seduta.'],
  ])('quorum declaration (reached=%s)', (reached, expected) =>
    expect(quorumDeclaration('Presenti 15 comuni su 27: numero legale raggiunto (richiesti 14 in prima convocazione).', reached)).toBe(expected),
  );

  const base: VoteSentenceInput = { modalita: 'palese', esito: 'approvata', presenti: 15, favorevoli: 12, contrari: 2, astenuti: 1 };
  test.each<[Partial<VoteSentenceInput>, string]>([
    [
      { contrariNomi: ['Lauria', 'Senise'], astenutiNomi: ['Noepoli'] },
      'Con votazione palese, presenti 15 comuni: favorevoli n. 12, contrari n. 2 (Lauria e Senise), astenuti n. 1 (Noepoli). La proposta è approvata.',
    ],
    [
      { esito: 'respinta', favorevoli: 5, contrari: 9, contrariNomi: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'], astenuti: 0, astenutiNomi: [] },
      'Con votazione palese, presenti 15 comuni: favorevoli n. 5, contrari n. 9 (A, B, C, D, E, F, G, H e I), astenuti n. 0. La proposta è respinta.',
    ],
    [{ modalita: 'segreta' }, 'Con votazione a scrutinio segreto, presenti 15 comuni: favorevoli n. 12, contrari n. 2, astenuti n. 1. La proposta è approvata.'],
    [{ modalita: 'unanimita', favorevoli: 15, contrari: 0, astenuti: 0 }, "Con votazione palese, presenti 15 comuni, la proposta è approvata all'unanimità."],
    [
      { esito: 'numero_legale_mancante', presenti: 1, favorevoli: 1, contrari: 0, astenuti: 0 },
      'Con votazione palese, presente 1 comune: favorevoli n. 1, contrari n. 0, astenuti n. 0. Mancando il numero legale al momento del voto, la proposta non può essere deliberata.',
    ],
  ])('vote sentence %#', (changes, expected) => expect(voteSentence({ ...base, ...changes })).toBe(expected));

  test.each([
    ['approvata', 'LA CONFERENZA DELIBERA\ndi approvare la proposta relativa a «Piano sociale di zona 2026».'],
    ['respinta', 'La Conferenza non approva la proposta relativa a «Piano sociale di zona 2026».'],
    ['numero_legale_mancante', 'La proposta relativa a «Piano sociale di zona 2026» è rinviata.'],
  ] as const)('dispositivo %s', (esito, expected) => expect(dispositivo(esito, 'Piano sociale di zona 2026')).toBe(expected));

  test.each([
    ['12:15', "Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta alle ore 12:15."],
    [null, "Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta."],
  ])('closing %s', (ora, expected) => expect(closingSentence(ora)).toBe(expected));
});
