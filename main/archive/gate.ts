import { channels, isChannel } from '../../shared/contract';
import { err, type Result } from '../../shared/result';
import type { ArchiveService } from './service';
import type { ArchiveSession } from './session';

/**
 * Refuses, before dispatch, a change the archive cannot take: a read-only or damaged archive answers READ_ONLY with
 * its reason (rather than SQLite's error as "Errore interno"); during a restore every change waits.
 */
export function refuseWrite(channel: unknown, session: ArchiveSession, archive: ArchiveService): Result<never> | undefined {
  if (!isChannel(channel) || !('mutates' in channels[channel])) return undefined;
  const condizione = session.condizione();
  if (condizione.stato !== 'integro') return err({ code: 'READ_ONLY', message: `Modifica non eseguita: ${condizione.motivo}` });
  if (archive.restoring()) return err({ code: 'CONFLICT', message: "È in corso il ripristino dell'archivio: riprovare tra poco." });
  return undefined;
}

/** On a damaged archive an internal error is almost surely the damage: say so, with the reason the banner shows. */
export function explainDamage<T>(result: Result<T>, session: ArchiveSession): Result<T> {
  const condizione = session.condizione();
  if (result.ok || result.error.code !== 'INTERNAL' || condizione.stato !== 'danneggiato') return result;
  return err({ code: 'DB_UNREADABLE', message: condizione.motivo });
}
