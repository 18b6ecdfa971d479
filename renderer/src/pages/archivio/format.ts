import type { Copia } from '../../../../shared/domain/archivio';
import { formatNumberIt } from '../../../../shared/italian/format';

/** "812 kB", "1,4 MB", "2,05 GB": decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${formatNumberIt(value, unit === 0 || value >= 100 ? 0 : value >= 10 ? 1 : 2)} ${units[unit]}`;
}

export const COPY_KIND_LABEL: Record<Copia['tipo'], string> = {
  giornaliera: 'Automatica del giorno',
  'prima-migrazione': "Prima dell'aggiornamento",
  'prima-del-ripristino': 'Archivio sostituito da un ripristino',
  copia: 'Salvata a mano',
};

/** An ISO instant in Italian, in Italy's time: "01/12/2026, 21:30". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }).format(date);
}
