// Italian article numbering: 6, 6-bis, 6-ter … — articles inserted by an amendment take the
// number of the one they follow plus a Latin multiplicative adverb, so numbering never shifts.

/** The adverbs in order: bis is the 2nd article numbered 6, ter the 3rd, and so on. */
const SUFFISSI = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'] as const;

/** "nonies" is a common variant spelling of "novies". */
const SUFFIX_ALIASES: Readonly<Record<string, (typeof SUFFISSI)[number]>> = { nonies: 'novies' };

/**
 * Regex source for a number and its optional suffix, capturing both: "6", "6 bis", "6-bis", "6bis",
 * "1°". Shared with the heading parser so that headings and stored numbers agree.
 */
export const NUMERO_SOURCE = `(\\d+)(?:\\s*[°º])?(?:\\s*[-\\u2010-\\u2015]?\\s*(${[...SUFFISSI, ...Object.keys(SUFFIX_ALIASES)].join('|')})\\b)?`;

const NUMERO_ONLY = new RegExp(`^${NUMERO_SOURCE}$`, 'i');

export interface NumeroKey {
  base: number;
  /** 0 for the plain number, 1 for bis, 2 for ter … */
  rank: number;
}

/** Builds the key from the two groups NUMERO_SOURCE captures. */
export function numeroKeyOf(digits: string, suffix: string | undefined): NumeroKey {
  if (suffix === undefined) return { base: Number(digits), rank: 0 };
  const lower = suffix.toLowerCase();
  const canonical = SUFFIX_ALIASES[lower] ?? lower;
  return { base: Number(digits), rank: SUFFISSI.indexOf(canonical as (typeof SUFFISSI)[number]) + 1 };
}

/** "6 bis", "6-BIS", "6bis" → { base: 6, rank: 1 }; null when the text is not an article number. */
export function parseNumero(text: string): NumeroKey | null {
  const match = NUMERO_ONLY.exec(text.trim());
  return match ? numeroKeyOf(match[1]!, match[2]) : null;
}

/** { base: 6, rank: 1 } → "6-bis". */
export const formatNumero = ({ base, rank }: NumeroKey): string => (rank === 0 ? String(base) : `${base}-${SUFFISSI[rank - 1]}`);

/** "6 bis" → "6-bis", "12 TER" → "12-ter"; null when the text is not an article number. */
export function normaliseNumero(text: string): string | null {
  const key = parseNumero(text);
  return key && formatNumero(key);
}

/** Legal order: 2 < 2-bis < 2-ter < 3 < 10. Numbers that do not parse go last, alphabetically. */
export function compareNumeri(a: string, b: string): number {
  const ka = parseNumero(a);
  const kb = parseNumero(b);
  if (ka && kb) return ka.base - kb.base || ka.rank - kb.rank;
  if (ka || kb) return ka ? -1 : 1;
  return a.localeCompare(b, 'it');
}

/** Whether `next` is the number that follows `previous` without a gap: 6 → 6-bis, 6-bis → 6-ter, 6-bis → 7. */
export const followsWithoutGap = (previous: NumeroKey, next: NumeroKey): boolean =>
  next.base === previous.base ? next.rank === previous.rank + 1 : next.base === previous.base + 1 && next.rank === 0;
