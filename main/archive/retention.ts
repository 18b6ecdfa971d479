import type { Conservazione } from '../../shared/domain/archivio';

export const DEFAULT_RETENTION: Conservazione = { giornaliere: 7, settimanali: 4 };

/** Monday of the ISO week of an ISO calendar date: copies of the same week share it. */
function weekOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/**
 * Which daily copies to delete: keep the newest `giornaliere`, then the newest copy of each of the
 * `settimanali` weeks before theirs (a week with a kept daily copy needs no weekly one).
 * Input: { name, date } of daily copies only; output: names to remove.
 */
export function dailyCopiesToPrune(copies: readonly { name: string; date: string }[], keep: Conservazione): string[] {
  const newestFirst = [...copies].sort((a, b) => b.date.localeCompare(a.date) || b.name.localeCompare(a.name));
  const daily = newestFirst.slice(0, keep.giornaliere);
  const kept = new Set(daily.map((c) => c.name));
  const dailyWeeks = new Set(daily.map((c) => weekOf(c.date)));
  const weeks = new Set<string>();
  for (const copy of newestFirst.slice(keep.giornaliere)) {
    const week = weekOf(copy.date);
    if (dailyWeeks.has(week) || weeks.has(week) || weeks.size >= keep.settimanali) continue;
    weeks.add(week);
    kept.add(copy.name);
  }
  return newestFirst.filter((c) => !kept.has(c.name)).map((c) => c.name);
}
