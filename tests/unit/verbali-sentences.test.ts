import { describe, expect, test } from 'vitest';
import { placeWithArticle } from '../../shared/verbali/luogo';
import { firstCallDeserted, quorumDeclaration } from '../../shared/verbali/quorum';
import { closingSentence, listIt, openingParagraph, presidencySentence, type OpeningInput } from '../../shared/verbali/sentences';

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

  test.each<[Parameters<typeof quorumDeclaration>[0], string]>([
    [
      { presenti: 15, membri: 27, richiesti: 14, convocazione: 'prima' },
      'Il Presidente, constatata la presenza di n. 15 comuni su 27, e quindi del numero legale richiesto di 14 in prima convocazione, dichiara aperta la seduta.',
    ],
    [
      { presenti: 14, membri: 27, richiesti: 14, convocazione: 'prima' },
      'Il Presidente, constatata la presenza di n. 14 comuni su 27, e quindi del numero legale richiesto di 14 in prima convocazione, dichiara aperta la seduta.',
    ],
    [
      { presenti: 9, membri: 27, richiesti: 9, convocazione: 'seconda' },
      'Il Presidente, constatata la presenza di n. 9 comuni su 27, e quindi del numero legale richiesto di 9 in seconda convocazione, dichiara aperta la seduta.',
    ],
    [
      { presenti: 1, membri: 27, richiesti: 9, convocazione: 'seconda' },
      'Il Presidente, constatata la presenza di n. 1 comune su 27, inferiore al numero legale richiesto di 9 in seconda convocazione, dichiara deserta la seduta.',
    ],
  ])('quorum declaration %#', (input, expected) => expect(quorumDeclaration(input)).toBe(expected));

  test.each([
    ['2026-12-09T09:00', 'La prima convocazione, fissata per il giorno 09/12/2026 alle ore 09:00, è andata deserta per mancanza del numero legale.'],
    [null, 'La prima convocazione è andata deserta per mancanza del numero legale.'],
  ])('deserted first call %s', (prima, expected) => expect(firstCallDeserted(prima)).toBe(expected));

  test.each([
    ['Sala consiliare del Comune di Lauria', 'la Sala consiliare del Comune di Lauria'],
    ['sede dell’Ufficio di Piano', 'la sede dell’Ufficio di Piano'],
    ['Palazzo di Città, Senise', 'il Palazzo di Città, Senise'],
    ['Aula magna dell’Istituto', "l'Aula magna dell’Istituto"],
    ['Ufficio di Piano, Viggianello', "l'Ufficio di Piano, Viggianello"],
    ["la sede dell'Ufficio di Piano", "la sede dell'Ufficio di Piano"],
    ['il Municipio di Latronico', 'il Municipio di Latronico'],
    ['Contrada Anzoleconte, Viggianello', 'Contrada Anzoleconte, Viggianello'],
    ['  Salone degli stemmi ', 'il Salone degli stemmi'],
  ])('place %j', (luogo, expected) => expect(placeWithArticle(luogo)).toBe(expected));

  test('the opening gives the luogo its article', () =>
    expect(openingParagraph({ ...opening, luogo: 'Sala consiliare del Comune di Lauria' })).toContain(', presso la Sala consiliare del Comune di Lauria, '));

  test.each([
    ['12:15', "Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta alle ore 12:15."],
    [null, "Esaurita la trattazione degli argomenti all'ordine del giorno, il Presidente dichiara chiusa la seduta."],
  ])('closing %s', (ora, expected) => expect(closingSentence(ora)).toBe(expected));
});
