import { isChannel } from '../../shared/contract';
import { err } from '../../shared/result';
import type { Db } from '../db/open';
import type { createDispatch } from '../dispatch';
import type { Deps } from '../handlers/types';
import type { ArchiveSession } from './session';

/** What still works when the archive is too damaged for the stores to be built on it: seeing why, and restoring. */
const AVAILABLE = (channel: string) => channel === 'app.info' || channel.startsWith('archivio.');

/**
 * A dispatch for an archive whose tables cannot even be read: the channels that explain and repair
 * (app.info, archivio.*) run on the few Deps they use; every other channel answers with the damage.
 */
export function damagedDispatch(
  dispatchWith: (deps: Deps) => ReturnType<typeof createDispatch>,
  db: Db,
  session: ArchiveSession,
  deps: Pick<Deps, 'archivio' | 'appVersion' | 'clock'>,
): ReturnType<typeof createDispatch> {
  // Only AVAILABLE channels reach the handlers, and those use nothing beyond these fields.
  const dispatch = dispatchWith({ ...deps, db, dataFile: session.dataFile } as Deps);
  return async (channel, input, onProgress) => {
    if (isChannel(channel) && !AVAILABLE(channel)) {
      const condizione = session.condizione();
      return err({ code: 'DB_UNREADABLE', message: condizione.stato === 'integro' ? "L'archivio non si può leggere." : condizione.motivo });
    }
    return dispatch(channel, input, onProgress);
  };
}
