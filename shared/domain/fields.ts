import { z } from 'zod';
import { systemClock, todayIn } from '../clock';

/** Field schemas shared by every form, each with the Italian message a user should read. */

const trimmed = (max: number) => z.string().trim().max(max, `Al massimo ${max} caratteri`);

export const requiredText = (label: string, max = 200) =>
  trimmed(max).min(1, `${label}: campo obbligatorio`);

/** Optional free text: '' when empty. Keys are required, so an update never blanks a field by omission. */
export const optionalText = (max = 200) => trimmed(max);

/** A person's name: letters (accented too), spaces, apostrophes, dots and hyphens; '' when unknown. */
export const personName = trimmed(120)
  .regex(/^$|^[\p{L}][\p{L}\p{M} .'’-]*$/u, 'Il nome può contenere solo lettere, spazi, apostrofi, punti e trattini');

export const optionalEmail = trimmed(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Indirizzo e-mail non valido (esempio: nome@comune.it)');

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
