/**
 * The one source of "now" for both processes. The backend receives it through Deps (tests inject a fixed one);
 * the renderer uses systemClock. Calendar values are read in Italy's time zone, whatever the machine's.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const ROME_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
const ROME_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The calendar date in Italy at `instant`, "YYYY-MM-DD". */
export const italianDate = (instant: Date): string => ROME_DATE.format(instant);

/** The wall-clock time in Italy at `instant`, "HH:MM". */
export const italianTime = (instant: Date): string => ROME_TIME.format(instant);

/** Today in Italy by the given clock. */
export const todayIn = (clock: Clock): string => italianDate(clock.now());
