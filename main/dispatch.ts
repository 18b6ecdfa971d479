import { channels, isChannel, validationError, type Channel } from '../shared/contract';
import { err, ok, type Result } from '../shared/result';
import { AppFailure } from './errors';
import type { AsyncHandler, Deps, Handler, Handlers } from './handlers/types';

const INTERNAL_MESSAGE = "Errore interno: l'operazione non è stata eseguita e i dati non sono cambiati.";

/**
 * The single entry point of every transport (Electron IPC, preview HTTP, tests):
 * validate the input, run the handler in one transaction, check the output before committing
 * (async handlers, which must await, manage their own transactions).
 * Knows nothing about Electron.
 */
export function createDispatch(deps: Deps, handlers: Handlers) {
  return async function dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return err({ code: 'UNKNOWN_CHANNEL', message: 'Operazione sconosciuta.' });
    const def = channels[channel];
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) return err(validationError(parsed.error));
    const entry = handlers[channel] as Handler<Channel> | AsyncHandler<Channel>;
    try {
      if (typeof entry !== 'function') return ok(def.output.parse(await entry.async(deps, parsed.data as never)));
      const run = deps.db.transaction(() => def.output.parse(entry(deps, parsed.data as never)));
      return ok('mutates' in def ? run.immediate() : run.deferred());
    } catch (error) {
      if (error instanceof AppFailure) return err(error.toAppError());
      if (isSqliteBusy(error)) {
        return err({ code: 'CONFLICT', message: "L'archivio è occupato da un'altra operazione: riprovare tra qualche secondo." });
      }
      console.error(`[dispatch] ${channel}:`, error);
      return err({ code: 'INTERNAL', message: INTERNAL_MESSAGE });
    }
  };
}

const isSqliteBusy = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
