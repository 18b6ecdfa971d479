import { describe, expect, test } from 'vitest';
import {
  MONTHS_IT,
  dayInWords,
  formatDateIt,
  formatNumberIt,
  formatPercentIt,
  formatTimeIt,
  formatVerbaleNumber,
  longDateIt,
  monthName,
  numberToWords,
  openingFormula,
  parseDateIt,
  parseVerbaleNumber,
  pluralIt,
  yearInWords,
} from '../../shared/italian';

describe('numberToWords', () => {
  test.each([
    [0, 'zero'],
    [1, 'uno'],
    [3, 'tre'],
    [8, 'otto'],
    [10, 'dieci'],
    [11, 'undici'],
    [17, 'diciassette'],
    [18, 'diciotto'],
    [19, 'diciannove'],
    [20, 'venti'],
    [21, 'ventuno'],
    [23, 'ventitré'],
    [28, 'ventotto'],
    [31, 'trentuno'],
    [33, 'trentatré'],
    [38, 'trentotto'],
    [80, 'ottanta'],
    [81, 'ottantuno'],
    [98, 'novantotto'],
    [99, 'novantanove'],
    [100, 'cento'],
    [101, 'centouno'],
    [103, 'centotré'],
    [108, 'centootto'],
    [111, 'centoundici'],
    [180, 'centottanta'],
    [188, 'centottantotto'],
    [200, 'duecento'],
    [283, 'duecentottantatré'],
    [308, 'trecentootto'],
    [999, 'novecentonovantanove'],
    [1000, 'mille'],
    [1001, 'milleuno'],
    [1003, 'milletré'],
    [1008, 'milleotto'],
    [1080, 'milleottanta'],
    [1100, 'millecento'],
    [1999, 'millenovecentonovantanove'],
    [2000, 'duemila'],
    [2016, 'duemilasedici'],
    [2018, 'duemiladiciotto'],
    [2020, 'duemilaventi'],
    [2023, 'duemilaventitré'],
    [2100, 'duemilacento'],
    [3000, 'tremila'],
    [3003, 'tremilatré'],
    [21000, 'ventunomila'],
    [23000, 'ventitremila'],
    [28000, 'ventottomila'],
    [100000, 'centomila'],
    [101000, 'centounomila'],
    [180000, 'centottantamila'],
    [999999, 'novecentonovantanovemilanovecentonovantanove'],
  ])('%i → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  test.each([-1, 1.5, 1_000_000, Number.NaN, Number.POSITIVE_INFINITY])('%s throws RangeError', (n) => {
    expect(() => numberToWords(n)).toThrow(RangeError);
  });
});

describe('yearInWords', () => {
  test.each([
    [2016, 'duemilasedici'],
    [2017, 'duemiladiciassette'],
    [2018, 'duemiladiciotto'],
    [2021, 'duemilaventuno'],
    [2028, 'duemilaventotto'],
    [2033, 'duemilatrentatré'],
  ])('%i → %s', (year, words) => {
    expect(yearInWords(year)).toBe(words);
  });

  test.each([-2018, 2018.5])('%s throws RangeError', (year) => {
    expect(() => yearInWords(year)).toThrow(RangeError);
  });
});

describe('dayInWords', () => {
  test.each([
    [1, 'primo'],
    [2, 'due'],
    [3, 'tre'],
    [9, 'nove'],
    [11, 'undici'],
    [21, 'ventuno'],
    [23, 'ventitré'],
    [28, 'ventotto'],
    [31, 'trentuno'],
  ])('%i → %s', (day, words) => {
    expect(dayInWords(day)).toBe(words);
  });

  test.each([0, 32, -1, 1.5])('%s throws RangeError', (day) => {
    expect(() => dayInWords(day)).toThrow(RangeError);
  });
});

describe('monthName', () => {
  const months: [number, string][] = [
    [1, 'gennaio'],
    [2, 'febbraio'],
    [3, 'marzo'],
    [4, 'aprile'],
    [5, 'maggio'],
    [6, 'giugno'],
    [7, 'luglio'],
    [8, 'agosto'],
    [9, 'settembre'],
    [10, 'ottobre'],
    [11, 'novembre'],
    [12, 'dicembre'],
  ];

  test.each(months)('%i → %s', (month, name) => {
    expect(monthName(month)).toBe(name);
  });

  test('MONTHS_IT lists the same names in order', () => {
    expect(MONTHS_IT).toEqual(months.map(([, name]) => name));
  });

  test.each([0, 13, 1.5, -1])('%s throws RangeError', (month) => {
    expect(() => monthName(month)).toThrow(RangeError);
  });
});

describe('openingFormula', () => {
  test.each([
    [{ date: '2018-08-09', time: '10:30' }, "L'anno duemiladiciotto, addì nove del mese di agosto, alle ore 10:30"],
    [{ date: '2018-08-09' }, "L'anno duemiladiciotto, addì nove del mese di agosto"],
    [{ date: '2020-01-01', time: '9:00' }, "L'anno duemilaventi, addì primo del mese di gennaio, alle ore 09:00"],
    [{ date: '2016-07-27', time: '16:00' }, "L'anno duemilasedici, addì ventisette del mese di luglio, alle ore 16:00"],
    [{ date: '2023-03-23' }, "L'anno duemilaventitré, addì ventitré del mese di marzo"],
    [{ date: '2020-09-25', time: '18:45' }, "L'anno duemilaventi, addì venticinque del mese di settembre, alle ore 18:45"],
  ])('%o', (input, text) => {
    expect(openingFormula(input)).toBe(text);
  });

  test.each([
    { date: '2018-02-30' },
    { date: '09/08/2018' },
    { date: '2018-08-09', time: '25:00' },
    { date: '2018-08-09', time: '' },
  ])('%o throws RangeError', (input) => {
    expect(() => openingFormula(input)).toThrow(RangeError);
  });
});

describe('formatDateIt / parseDateIt', () => {
  test.each([
    ['2018-08-09', '09/08/2018'],
    ['2016-07-27', '27/07/2016'],
    ['2020-02-29', '29/02/2020'],
    ['2000-12-31', '31/12/2000'],
  ])('format %s → %s', (iso, text) => {
    expect(formatDateIt(iso)).toBe(text);
  });

  test.each(['2019-02-29', '2018-13-01', '2018-00-10', '2018-8-9', '', 'not a date'])(
    'format %j throws RangeError',
    (iso) => {
      expect(() => formatDateIt(iso)).toThrow(RangeError);
    },
  );

  test.each([
    ['09/08/2018', '2018-08-09'],
    ['9/8/2018', '2018-08-09'],
    [' 23/05/2017 ', '2017-05-23'],
    ['29/02/2020', '2020-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/02/2020', null],
    ['29/02/2019', null],
    ['29/02/1900', null],
    ['31/04/2018', null],
    ['00/01/2018', null],
    ['10/13/2018', null],
    ['2018-08-09', null],
    ['09/08/18', null],
    ['09-08-2018', null],
    ['abc', null],
    ['', null],
  ])('parse %j → %s', (text, iso) => {
    expect(parseDateIt(text)).toBe(iso);
  });
});

describe('longDateIt', () => {
  test.each([
    ['2018-08-09', '9 agosto 2018'],
    ['2020-01-01', '1º gennaio 2020'],
    ['2017-05-23', '23 maggio 2017'],
    ['2020-09-25', '25 settembre 2020'],
    ['2021-12-31', '31 dicembre 2021'],
  ])('%s → %s', (iso, text) => {
    expect(longDateIt(iso)).toBe(text);
  });

  test('throws RangeError for an invalid date', () => {
    expect(() => longDateIt('2021-04-31')).toThrow(RangeError);
  });
});

describe('formatTimeIt', () => {
  test.each([
    ['10:30', '10:30'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['9:05', '09:05'],
  ])('%s → %s', (time, text) => {
    expect(formatTimeIt(time)).toBe(text);
  });

  test.each(['24:00', '10:60', '10.30', '1030', '10:3', '', 'ore 10'])('%j throws RangeError', (time) => {
    expect(() => formatTimeIt(time)).toThrow(RangeError);
  });
});

describe('formatNumberIt', () => {
  test.each([
    [0, undefined, '0'],
    [7, undefined, '7'],
    [999, undefined, '999'],
    [1000, undefined, '1.000'],
    [1234, undefined, '1.234'],
    [11662, undefined, '11.662'],
    [999999, undefined, '999.999'],
    [1234567, undefined, '1.234.567'],
    [-1234, undefined, '-1.234'],
    [1234.5, undefined, '1.234,5'],
    [0.1 + 0.2, undefined, '0,3'],
    [0.000015, undefined, '0,000015'],
    [1.5e-7, undefined, '0,00000015'],
    [1234.5, 2, '1.234,50'],
    [1.005, 2, '1,01'],
    [2.5, 0, '3'],
    [-2.5, 0, '-3'],
    [-0.001, 1, '0,0'],
    [11662, 2, '11.662,00'],
  ])('%s with %s decimals → %s', (n, decimals, text) => {
    expect(formatNumberIt(n, decimals)).toBe(text);
  });

  test.each([
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [1e21, undefined],
    [1, -1],
    [1, 1.5],
  ])('%s with %s decimals throws RangeError', (n, decimals) => {
    expect(() => formatNumberIt(n, decimals)).toThrow(RangeError);
  });
});

describe('formatPercentIt', () => {
  test.each([
    [0.5185, 1, '51,9%'],
    [0.5185, 0, '52%'],
    [0.5, 0, '50%'],
    [1, 1, '100,0%'],
    [0.07, 1, '7,0%'],
    [2 / 3, 2, '66,67%'],
    [0, 0, '0%'],
  ])('%s with %i decimals → %s', (ratio, decimals, text) => {
    expect(formatPercentIt(ratio, decimals)).toBe(text);
  });

  test('defaults to no decimals', () => {
    expect(formatPercentIt(0.5185)).toBe('52%');
  });
});

describe('formatVerbaleNumber / parseVerbaleNumber', () => {
  test.each([
    [1, 2016, '01/2016'],
    [6, 2018, '06/2018'],
    [10, 2020, '10/2020'],
    [123, 2018, '123/2018'],
  ])('format %i, %i → %s', (number, year, text) => {
    expect(formatVerbaleNumber(number, year)).toBe(text);
  });

  test.each([
    [0, 2018],
    [-1, 2018],
    [1.5, 2018],
    [6, 18],
    [6, 2018.5],
  ])('format %s, %s throws RangeError', (number, year) => {
    expect(() => formatVerbaleNumber(number, year)).toThrow(RangeError);
  });

  test.each([
    ['06/2018', { number: 6, year: 2018 }],
    ['6/2018', { number: 6, year: 2018 }],
    ['123/2018', { number: 123, year: 2018 }],
    [' 02/2020 ', { number: 2, year: 2020 }],
    ['00/2018', null],
    ['06/18', null],
    ['06-2018', null],
    ['n. 06/2018', null],
    ['', null],
  ])('parse %j → %o', (text, parsed) => {
    expect(parseVerbaleNumber(text)).toEqual(parsed);
  });
});

describe('pluralIt', () => {
  test.each([
    [1, '1 comune'],
    [0, '0 comuni'],
    [2, '2 comuni'],
    [27, '27 comuni'],
    [11662, '11.662 comuni'],
  ])('%i → %s', (n, text) => {
    expect(pluralIt(n, 'comune', 'comuni')).toBe(text);
  });
});
