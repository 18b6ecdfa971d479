import { describe, expect, test } from 'vitest';
import { splitArticoli } from '../../shared/regolamenti';

const headingsOf = (text: string) => splitArticoli(text).articoli.map(({ numero, rubrica }) => ({ numero, rubrica }));

describe('splitArticoli: heading forms', () => {
  test.each([
    ['Art. 6', '6', ''],
    ['Art. 6 - Titolo', '6', 'Titolo'],
    ['ART. 6 –', '6', ''],
    ['ART. 6 – DISPOSIZIONI FINALI', '6', 'DISPOSIZIONI FINALI'],
    ['Art. 6 — Titolo con lineetta', '6', 'Titolo con lineetta'],
    ['Articolo 6 – Titolo', '6', 'Titolo'],
    ['Articolo 6. Titolo', '6', 'Titolo'],
    ['Articolo 6: Titolo', '6', 'Titolo'],
    ['Art. 6 bis', '6-bis', ''],
    ['Art. 6-bis – Titolo', '6-bis', 'Titolo'],
    ['Art. 12 ter - Norme transitorie', '12-ter', 'Norme transitorie'],
    ['Art.6', '6', ''],
    ['Art 6 - Senza punto', '6', 'Senza punto'],
    ['ARTICOLO 12', '12', ''],
    ['articolo 12 – minuscolo', '12', 'minuscolo'],
    ['Art. 1 (Oggetto)', '1', 'Oggetto'],
    ['Art. 1 - (Oggetto)', '1', 'Oggetto'],
    ['Art. 1° - Oggetto', '1', 'Oggetto'],
    ['Art. 7 Composizione', '7', 'Composizione'],
    ['\tArt. 3 – Rientrato', '3', 'Rientrato'],
    ['Art. 6 – Convocazione (ordinaria e straordinaria)', '6', 'Convocazione (ordinaria e straordinaria)'],
  ])('%j → art. %s «%s»', (heading, numero, rubrica) => {
    expect(headingsOf(`${heading}\nTesto dell'articolo.`)).toEqual([{ numero, rubrica }]);
  });

  test.each([
    ['title on the next line', 'Art. 1\nOggetto\nIl presente regolamento disciplina la Conferenza.', 'Oggetto'],
    ['title in brackets on the next line', 'ART. 1\n(Oggetto e finalità)\nIl presente regolamento disciplina la Conferenza.', 'Oggetto e finalità'],
    ['title after a dash with nothing else', 'Art. 1 –\nOGGETTO\nIl presente regolamento disciplina la Conferenza.', 'OGGETTO'],
    ['blank lines around the title', 'Art. 1\n\nOggetto\n\nIl presente regolamento disciplina la Conferenza.', 'Oggetto'],
  ])('heading with its %s', (_label, text, rubrica) => {
    expect(splitArticoli(text).articoli).toEqual([{ numero: '1', rubrica, testo: 'Il presente regolamento disciplina la Conferenza.' }]);
  });

  test.each([
    ['a sentence', 'Art. 1\nIl presente regolamento disciplina la Conferenza.'],
    ['a numbered comma', 'Art. 1\n1. La Conferenza è composta dai Sindaci'],
    ['a list item', 'Art. 1\na) i Sindaci dei comuni'],
    ['a line after a heading that has its title', 'Art. 1 – Oggetto\nDisposizioni generali'],
  ])('the line after a heading is text when it is %s', (_label, text) => {
    const [articolo] = splitArticoli(text).articoli;
    expect(articolo!.testo).toBe(text.split('\n')[1]);
  });

  test('a long line after the number is the first sentence of the text, not a title', () => {
    const sentence = 'Il Presidente convoca la Conferenza almeno una volta ogni tre mesi, con avviso scritto inviato a tutti i componenti almeno cinque giorni prima della data fissata per la seduta.';
    expect(splitArticoli(`Art. 5. ${sentence}`).articoli).toEqual([{ numero: '5', rubrica: '', testo: sentence }]);
  });
});

describe('splitArticoli: references in the text are not headings', () => {
  test.each([
    "Ai sensi dell'art. 6 del presente regolamento il Presidente convoca la Conferenza.",
    "Come previsto dall'articolo 3, la Conferenza delibera.",
    'art. 6 del presente regolamento si applica anche alle sedute straordinarie.',
    'Art. 6, comma 2, si applica anche alle sedute straordinarie.',
    'Articolo 3 e 4 sono abrogati.',
    'Artt. 3 e 4 della Convenzione.',
    'Art. 6 (Legge 328/2000) stabilisce i livelli essenziali.',
    'Art. 6 della legge n. 328 del 2000.',
  ])('%j', (line) => {
    const { articoli } = splitArticoli(`Art. 1 – Oggetto\nPrimo comma.\n${line}\nUltimo comma.`);
    expect(articoli).toEqual([{ numero: '1', rubrica: 'Oggetto', testo: `Primo comma.\n${line}\nUltimo comma.` }]);
  });
});

describe('splitArticoli: preambolo and title', () => {
  test('the first line is the title when it reads as one, and is not repeated in the preambolo', () => {
    const result = splitArticoli('REGOLAMENTO DELLA CONFERENZA ISTITUZIONALE DEI SINDACI\n\nApprovato con verbale n. 01/2018.\nVisto il D.Lgs. 267/2000;\n\nArt. 1 – Oggetto\nTesto.');
    expect(result.titolo).toBe('REGOLAMENTO DELLA CONFERENZA ISTITUZIONALE DEI SINDACI');
    expect(result.preambolo).toBe('Approvato con verbale n. 01/2018.\nVisto il D.Lgs. 267/2000;');
  });

  test('a first line ending a sentence is preambolo, not title', () => {
    const result = splitArticoli('La Conferenza approva il seguente regolamento.\nArt. 1 – Oggetto\nTesto.');
    expect(result.titolo).toBeUndefined();
    expect(result.preambolo).toBe('La Conferenza approva il seguente regolamento.');
  });

  test('no text before the first article: no title, empty preambolo', () => {
    const result = splitArticoli('\n\nArt. 1 – Oggetto\nTesto.');
    expect(result).toEqual({ preambolo: '', articoli: [{ numero: '1', rubrica: 'Oggetto', testo: 'Testo.' }], avvisi: [] });
  });

  test('no headings: no articles, all text is preambolo', () => {
    expect(splitArticoli("Testo senza articoli, che cita solo l'art. 3.")).toMatchObject({ articoli: [], preambolo: "Testo senza articoli, che cita solo l'art. 3." });
  });
});

describe('splitArticoli: warnings', () => {
  const body = (numeri: string[]) => numeri.map((n) => `Art. ${n}\nTesto.`).join('\n');

  test.each([
    ['a clean sequence with insertions', body(['1', '1 bis', '1 ter', '2', '3']), []],
    ['a gap', body(['1', '2', '4']), ["Numerazione non consecutiva: l'art. 4 segue l'art. 2."]],
    ['numbers out of order', body(['1', '3', '2']), ["Numerazione non consecutiva: l'art. 3 segue l'art. 1.", "Numerazione non consecutiva: l'art. 2 segue l'art. 3."]],
    ['a duplicate', body(['1', '2', '2', '3']), ["L'art. 2 compare più volte."]],
    ['a numbering that does not start from 1', body(['3', '4']), ["La numerazione inizia dall'art. 3, non dall'art. 1."]],
    ['an article without text', 'Art. 1\nTesto.\nArt. 2 – (abrogato)\nArt. 3\nTesto.', ["L'art. 2 non ha testo."]],
  ])('%s', (_label, text, avvisi) => {
    expect(splitArticoli(text).avvisi).toEqual(avvisi);
  });

  test('chapter, title and section headings are kept as structure, with the article they open, never as article text', () => {
    const result = splitArticoli(
      'TITOLO I – DISPOSIZIONI GENERALI\nArt. 1 – Oggetto\nTesto uno.\nCAPO II\nORGANI\n\nSezione 1 – Il Presidente\nArt. 2 – Presidente\nTesto due.\nTitolo V della Costituzione.\nArt. 3 – Sede\nTesto tre.',
    );
    expect(result.articoli).toEqual([
      { intestazioni: ['TITOLO I – DISPOSIZIONI GENERALI'], numero: '1', rubrica: 'Oggetto', testo: 'Testo uno.' },
      { intestazioni: ['CAPO II – ORGANI', 'Sezione 1 – Il Presidente'], numero: '2', rubrica: 'Presidente', testo: 'Testo due.\nTitolo V della Costituzione.' },
      { numero: '3', rubrica: 'Sede', testo: 'Testo tre.' },
    ]);
    expect(result.avvisi).toEqual([]);
  });

  test('a heading after the last article opens nothing: left out, with a note', () => {
    const result = splitArticoli('Art. 1 – Oggetto\nTesto uno.\nCAPO II – Norme finali');
    expect(result.articoli).toEqual([{ numero: '1', rubrica: 'Oggetto', testo: 'Testo uno.' }]);
    expect(result.avvisi).toEqual(["Intestazioni dopo l'ultimo articolo tralasciate, perché non aprono alcun articolo: «CAPO II – Norme finali»."]);
  });
});

describe('splitArticoli: the text is kept as written', () => {
  test('accents, typographic quotes, apostrophes and dashes', () => {
    const testo = 'L’Ufficio “di Piano” cura l’attività della «Conferenza» – e dei comuni — città, è, à, ì, ò, ù.\nVirgolette ‘semplici’.';
    expect(splitArticoli(`Art. 2 - Città e «comunità»\n${testo}`).articoli).toEqual([{ numero: '2', rubrica: 'Città e «comunità»', testo }]);
  });

  test('paragraph breaks and indentation stay; spaces at line ends and extra blank lines go', () => {
    const { articoli } = splitArticoli('Art. 1 – Oggetto  \r\n\r\n1. Primo comma:   \r\n   a) lettera;\t\r\n\r\n\r\n\r\n2. Secondo  comma.\r\n\r\n');
    expect(articoli[0]!.testo).toBe('1. Primo comma:\n   a) lettera;\n\n2. Secondo  comma.');
  });

  test('a byte order mark and decomposed accents (NFD) are normalised', () => {
    const { titolo, articoli } = splitArticoli('\uFEFFRegolamento della citta\u0300\nArt. 1 – Finalita\u0300\nTesto.');
    expect(titolo).toBe('Regolamento della città');
    expect(articoli[0]!.rubrica).toBe('Finalità');
  });
});
