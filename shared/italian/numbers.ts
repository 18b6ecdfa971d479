// Italian cardinal numbers in words, as written in minutes ("L'anno duemiladiciotto").

const UNITS = [
  'zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove',
  'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici',
  'diciassette', 'diciotto', 'diciannove',
] as const;

const TENS = [
  '', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta',
] as const;

/** 1..99; tens drop their final vowel before "uno"/"otto" (ventuno, ventotto). */
function belowHundred(n: number): string {
  if (n < 20) return UNITS[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  const unit = n % 10;
  if (unit === 0) return tens;
  return (unit === 1 || unit === 8 ? tens.slice(0, -1) : tens) + UNITS[unit]!;
}

/**
 * 1..999. "cento" keeps its "o" before uno/otto/undici (centouno, centootto),
 * which is the prevailing usage (Serianni, Hoepli "Si dice o non si dice?"),
 * but elides before "ottanta" (centottanta, duecentottanta).
 */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  const cento = hundreds === 1 ? 'cento' : UNITS[hundreds]! + 'cento'; // never "uncento"
  if (rest === 0) return cento;
  return (rest >= 80 && rest < 90 ? cento.slice(0, -1) : cento) + belowHundred(rest);
}

/** Integer 0..999999 in Italian words; throws RangeError otherwise. */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) {
    throw new RangeError(`numberToWords: expected an integer in 0..999999, got ${n}`);
  }
  if (n === 0) return 'zero';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  // "mille" never elides (milleuno, milleotto); plurals use "mila" (duemila, ventunomila).
  const head = thousands === 0 ? '' : thousands === 1 ? 'mille' : belowThousand(thousands) + 'mila';
  const words = head + (rest === 0 ? '' : belowThousand(rest));
  // A compound ending in "tre" is stressed on the last syllable: ventitré, milletré; "tre" alone is not.
  return words !== 'tre' && words.endsWith('tre') ? words.slice(0, -1) + 'é' : words;
}

/** Year in words for the opening formula ("duemiladiciotto"). */
export const yearInWords = (year: number): string => numberToWords(year);

/** Day of month in words: the first is the ordinal "primo" ("addì primo"), the others cardinal. */
export function dayInWords(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    throw new RangeError(`dayInWords: expected an integer in 1..31, got ${day}`);
  }
  return day === 1 ? 'primo' : numberToWords(day);
}
