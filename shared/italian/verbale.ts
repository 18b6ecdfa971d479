// Verbale numbers "NN/AAAA": progressive per calendar year, shown with at least two digits.

export interface VerbaleNumber {
  number: number;
  year: number;
}

const isYear = (year: number): boolean => Number.isInteger(year) && year >= 1000 && year <= 9999;

/** formatVerbaleNumber(6, 2018) → "06/2018"; throws RangeError for a number < 1 or a non four-digit year. */
export function formatVerbaleNumber(number: number, year: number): string {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new RangeError(`formatVerbaleNumber: number must be a positive integer, got ${number}`);
  }
  if (!isYear(year)) throw new RangeError(`formatVerbaleNumber: invalid year ${year}`);
  return `${String(number).padStart(2, '0')}/${year}`;
}

/** "06/2018" or "6/2018" → { number: 6, year: 2018 }; null for anything else. */
export function parseVerbaleNumber(text: string): VerbaleNumber | null {
  const match = /^(\d+)\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const number = Number(match[1]);
  const year = Number(match[2]);
  return number >= 1 && Number.isSafeInteger(number) && isYear(year) ? { number, year } : null;
}
