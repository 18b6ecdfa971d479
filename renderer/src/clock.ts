import { italianTime, systemClock, todayIn } from '../../shared/clock';

/** Today in Italy, "YYYY-MM-DD": the same calendar the backend uses. */
export const todayIso = (): string => todayIn(systemClock);

/** The time now in Italy, "hh:mm" (e.g. to prefill the closing time). */
export const timeNow = (): string => italianTime(systemClock.now());

/** The current year in Italy. */
export const currentYear = (): number => Number(todayIso().slice(0, 4));
