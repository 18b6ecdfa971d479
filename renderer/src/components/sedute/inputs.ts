import { formatDateIt, parseDateIt } from '../../../../shared/italian/dates';
import { formatDate } from '../../format';

/*
 * Dates and times are typed the Italian way ("20/03/2026", "20/03/2026 10:00") and travel as ISO.
 * What cannot be read goes to the backend as typed, so that the backend, not the form, says what is wrong.
 */

/** "20/03/2026" → "2026-03-20"; '' stays ''; anything else as typed. */
export function dateToIso(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '' : (parseDateIt(trimmed) ?? trimmed);
}

/** "2026-03-20" → "20/03/2026"; null → ''. */
export const dateFromIso = (iso: string | null): string => (iso ? formatDate(iso) : '');

/** "20/03/2026 10:00" (or "20/03/2026, 10.00") → "2026-03-20T10:00"; '' stays ''; anything else as typed. */
export function dateTimeToIso(text: string): string {
  const trimmed = text.trim();
  const match = /^(\S+?)[,\s]+(?:ore\s+)?(\d{1,2})[:.](\d{2})$/i.exec(trimmed);
  const date = match && parseDateIt(match[1]!);
  return date ? `${date}T${match[2]!.padStart(2, '0')}:${match[3]}` : trimmed;
}

/** "2026-03-20T10:00" → "20/03/2026 10:00"; null → ''. */
export function dateTimeFromIso(iso: string | null): string {
  if (!iso) return '';
  const [date = '', time = ''] = iso.split('T');
  try {
    return `${formatDateIt(date)} ${time}`;
  } catch {
    return iso;
  }
}

/** "9.30" or "9:30" → "09:30"; '' → null; anything else as typed. */
export function timeToIso(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : trimmed;
}

/** A time that presentAt can compare ("09:30"), or null when empty or not yet readable. */
export function readableTime(text: string): string | null {
  const time = timeToIso(text);
  return time && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : null;
}

export { timeNow } from '../../clock';

/** A whole number as typed goes as a number; anything else goes as typed, for the backend to refuse in Italian. */
export function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return (/^\d+$/.test(trimmed) ? Number(trimmed) : trimmed) as number;
}
