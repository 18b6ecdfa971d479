import path from 'node:path';
import { italianDate, type Clock } from '../../shared/clock';

/** Automatic copies, copies kept aside at a restore and (in the preview) saved copies live here, beside the archive. */
export const COPIES_DIR_NAME = 'copie';

export const copiesDirFor = (dataFile: string): string => path.join(path.dirname(dataFile), COPIES_DIR_NAME);

/** What made a copy; its file name says it, so the list needs no database of its own. */
export const COPY_KINDS = ['giornaliera', 'prima-migrazione', 'prima-del-ripristino', 'copia'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

const ROME_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-01_21-30-05" in Italy's time: sortable, and valid in a Windows file name. */
export function fileStamp(clock: Clock): string {
  const now = clock.now();
  return `${italianDate(now)}_${ROME_CLOCK.format(now).replaceAll(':', '-')}`;
}

/** conferenza-<kind>-<stamp or date>[-<detail>].sqlite */
export const copyFileName = (kind: CopyKind, when: string, detail?: string): string =>
  `conferenza-${kind}-${when}${detail ? `-${detail}` : ''}.sqlite`;

const COPY_NAME = new RegExp(`^conferenza-(${COPY_KINDS.join('|')})-(\\d{4}-\\d{2}-\\d{2})[-_0-9a-z]*\\.sqlite$`);

/** The kind and Italian calendar date a copy's name carries, or undefined for any other file. */
export function parseCopyName(name: string): { kind: CopyKind; date: string } | undefined {
  const match = COPY_NAME.exec(name);
  return match ? { kind: match[1] as CopyKind, date: match[2]! } : undefined;
}
