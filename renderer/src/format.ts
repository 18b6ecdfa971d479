import { formatDateIt, monthName } from '../../shared/italian/dates';
import { formatNumberIt, pluralIt } from '../../shared/italian/format';

/** "11.662": Italian thousands separator, the same in every runtime (no ICU differences). */
export const formatInteger = (n: number): string => formatNumberIt(n);

/** "1 comune attivo", "27 comuni attivi". */
export const countIt = pluralIt;

/** "2026-01" → "gennaio 2026"; anything unexpected is shown as it is. */
export function formatYearMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? `${monthName(month)} ${match[1]}` : yearMonth;
}

/** "2026-03-12" → "12/03/2026"; anything unexpected is shown as it is. */
export function formatDate(iso: string): string {
  try {
    return formatDateIt(iso);
  } catch {
    return iso;
  }
}

/** Italian collation for names: "Episcopia" before "Fardella", accents and case ignored. */
export const compareIt = (a: string, b: string): number =>
  a.localeCompare(b, 'it', { sensitivity: 'base', numeric: true });
