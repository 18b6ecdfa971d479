import { z } from 'zod';
import { systemClock, todayIn } from '../clock';

/**
 * Field schemas shared by every form, each with the Italian message a user should read.
 * Every string is bounded by length first, with `abort`, so no pattern or refinement ever runs on a huge
 * string; every pattern is linear-time (no nested or overlapping quantifiers).
 */

/** C0 control characters other than tab and line breaks, DEL, and UTF-16 halves without their pair. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\p{Cs}/u;
export const UNSAFE_CHARACTERS_MESSAGE = 'Il testo contiene caratteri non ammessi (caratteri di controllo o non validi)';

/** A string of at most `max` characters without control characters or broken Unicode; patterns may follow. */
export const boundedString = (max: number, message = `Al massimo ${max} caratteri`) =>
  z
    .string()
    .max(max, { message, abort: true })
    .refine((v) => !UNSAFE_CHARACTERS.test(v), { message: UNSAFE_CHARACTERS_MESSAGE, abort: true });

/** Like boundedString, trimmed first (trimming is linear; the bound applies to the trimmed text). */
const trimmed = (max: number, message?: string) =>
  z
    .string()
    .trim()
    .max(max, { message: message ?? `Al massimo ${max} caratteri`, abort: true })
    .refine((v) => !UNSAFE_CHARACTERS.test(v), { message: UNSAFE_CHARACTERS_MESSAGE, abort: true });

/** A trimmed code matched by an anchored pattern (ISTAT code, CAP…). */
export const codeText = (max: number, pattern: RegExp, message: string) => trimmed(max, message).regex(pattern, message);

export const requiredText = (label: string, max = 200) =>
  trimmed(max).min(1, `${label}: campo obbligatorio`);

/** Optional free text: '' when empty. Keys are required, so an update never blanks a field by omission. */
export const optionalText = (max = 200, message?: string) => trimmed(max, message);

/** A person's name: letters (accented too), single spaces, apostrophes, dots and hyphens; '' when unknown. */
export const personName = trimmed(120)
  .regex(/^$|^[\p{L}][\p{L}\p{M} .'’-]*$/u, 'Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini')
  // One person, one spelling: "Anna  Bianchi" is "Anna Bianchi" (an election must not split her votes).
  .transform((v) => v.replace(/ {2,}/g, ' '));

// Labels of the domain are separated by dots that the labels cannot contain: no overlapping quantifiers.
export const optionalEmail = trimmed(254)
  .regex(/^$|^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/, 'Indirizzo e-mail non valido (esempio: nome@comune.it)');

export const optionalPhone = trimmed(30)
  .regex(/^$|^\+?[0-9][0-9 ./-]{4,}[0-9]$/, 'Numero di telefono non valido (solo cifre, spazi, +, / e -)');

export const id = z.number({ error: 'Identificativo mancante' }).int().positive('Identificativo non valido');

/** The calendar dates the app accepts: the Ambito's acts start in the 1990s; nothing is planned more than ten years ahead. */
export const DATE_MIN_YEAR = 1990;
export const DATE_MAX_YEAR = Number(todayIn(systemClock).slice(0, 4)) + 10;

/** A real calendar date "YYYY-MM-DD" (no 31 February) within DATE_MIN_YEAR..DATE_MAX_YEAR. */
export const isoDate = z
  .string({ error: 'Data non valida' })
  .max(10, { message: 'Data non valida', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Data non valida', abort: true })
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, { message: 'Data non valida: il giorno non esiste nel calendario', abort: true })
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR;
  }, `Data fuori dall'intervallo ammesso (anni dal ${DATE_MIN_YEAR} al ${DATE_MAX_YEAR})`);
