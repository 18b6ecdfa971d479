// Italian dates and times for verbali. Dates travel as ISO strings ("2018-08-09") so no
// time zone can shift the day; they are never turned into Date objects.
import { dayInWords, yearInWords } from './numbers';

export const MONTHS_IT = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
] as const;

export type MonthIt = (typeof MONTHS_IT)[number];

/** Month name, 1-based and lowercase as Italian writes it inside a sentence. */
export function monthName(month: number): MonthIt {
  const name = Number.isInteger(month) ? MONTHS_IT[month - 1] : undefined;
  if (name === undefined) throw new RangeError(`monthName: expected an integer in 1..12, got ${month}`);
  return name;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function isValidDate({ year, month, day }: DateParts): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return monthDays !== undefined && day >= 1 && day <= monthDays;
}

function parseIso(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isValidDate(parts)) throw new RangeError(`Invalid ISO date (YYYY-MM-DD): "${iso}"`);
  return parts;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "2018-08-09" → "09/08/2018"; throws RangeError for an invalid date. */
export function formatDateIt(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "09/08/2018" (or "9/8/2018", as typed by hand) → "2018-08-09"; null if not a real date. */
export function parseDateIt(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const parts = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return isValidDate(parts) ? `${match[3]}-${pad2(parts.month)}-${pad2(parts.day)}` : null;
}

/** "2018-08-09" → "9 agosto 2018"; the first of the month is written "1º" (ordinal sign U+00BA, not the degree sign). */
export function longDateIt(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${day === 1 ? '1º' : day} ${monthName(month)} ${year}`;
}

/** Validates a 24-hour time "HH:MM" (or "H:MM") and returns it as "HH:MM". */
export function formatTimeIt(time: string): string {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Invalid time (HH:MM): "${time}"`);
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

export interface OpeningFormulaInput {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  /** "HH:MM"; when absent the "alle ore" clause is left out. */
  time?: string;
}

/** "L'anno duemiladiciotto, addì nove del mese di agosto, alle ore 10:30". */
export function openingFormula({ date, time }: OpeningFormulaInput): string {
  const { year, month, day } = parseIso(date);
  const clock = time === undefined ? '' : `, alle ore ${formatTimeIt(time)}`;
  return `L'anno ${yearInWords(year)}, addì ${dayInWords(day)} del mese di ${monthName(month)}${clock}`;
}
