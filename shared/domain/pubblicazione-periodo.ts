// The albo's calendar: pure, without zod, so that the renderer's forms use it without the validation library.
import { formatDateIt } from '../italian/dates';

/** TUEL art. 124: acts are published on the albo pretorio for fifteen consecutive days. */
export const GIORNI_PUBBLICAZIONE = 15;

const DAY_MS = 86_400_000;
const utcDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The calendar day `days` after `iso` (calendar arithmetic in UTC: no daylight-saving shift). */
export const addDays = (iso: string, days: number): string => isoOf(utcDay(iso) + days * DAY_MS);

/** The days of a period counted including its first and its last day: dal 10/01 al 24/01 is 15 days. */
export const giorniDelPeriodo = (dal: string, al: string): number => Math.round((utcDay(al) - utcDay(dal)) / DAY_MS) + 1;

/** The last day of the shortest lawful publication starting on `dal`: dal 10/01 → al 24/01. */
export const fineMinima = (dal: string): string => addDays(dal, GIORNI_PUBBLICAZIONE - 1);

/** How far ahead a publication may be recorded: it is recorded when it is put on the albo, or shortly before. */
export const ANTICIPO_MASSIMO_GIORNI = 30;

/** Which publications the Albo page lists. */
export const FILTRI_ALBO = ['in_corso', 'concluse', 'tutte'] as const;

/**
 * Why a publication period cannot be recorded, by field: it starts on or after the act's signing day and at most
 * ANTICIPO_MASSIMO_GIORNI ahead of today, and lasts at least fifteen consecutive days. Empty when it can.
 */
export function periodoRefusals(dal: string, al: string, firmatoIl: string, today: string): Partial<Record<'dal' | 'al', string>> {
  const refusals: Partial<Record<'dal' | 'al', string>> = {};
  if (dal < firmatoIl) refusals.dal = `La pubblicazione non può iniziare prima della firma dell'atto (${formatDateIt(firmatoIl)}).`;
  else if (dal > addDays(today, ANTICIPO_MASSIMO_GIORNI)) {
    refusals.dal = `La pubblicazione si registra al più ${ANTICIPO_MASSIMO_GIORNI} giorni prima del suo inizio: il ${formatDateIt(dal)} è troppo avanti.`;
  }
  if (al < fineMinima(dal)) {
    refusals.al = `La pubblicazione all'albo dura almeno ${GIORNI_PUBBLICAZIONE} giorni consecutivi (art. 124 del TUEL): iniziando il ${formatDateIt(dal)} termina non prima del ${formatDateIt(fineMinima(dal))}.`;
  }
  return refusals;
}
