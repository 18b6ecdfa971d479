import { channels, isChannel, validationError, type Channel } from '../shared/contract';
import { err, ok, type Result } from '../shared/result';
import { beginAuditedCall } from './audit/call';
import { AppFailure } from './errors';
import { UnsupportedCharactersError } from './pdf';
import type { Progress } from './archive/integrity';
import type { AsyncHandler, Deps, Handler, Handlers } from './handlers/types';

const INTERNAL_MESSAGE = "Errore interno: l'operazione non è stata eseguita e i dati non sono cambiati.";

/**
 * The single entry point of every transport (Electron IPC, preview HTTP, tests):
 * validate the input, run the handler in one transaction, check the output before committing
 * (async handlers, which must await, manage their own transactions). Every accepted mutating call leaves one
 * audit entry per transaction it commits, written in that transaction.
 * Knows nothing about Electron.
 */
export function createDispatch(deps: Deps, handlers: Handlers) {
  return async function dispatch(channel: unknown, input: unknown, onProgress?: Progress): Promise<Result<unknown>> {
    if (!isChannel(channel)) return err({ code: 'UNKNOWN_CHANNEL', message: 'Operazione sconosciuta.' });
    const def = channels[channel];
    const entry = handlers[channel] as Handler<Channel> | AsyncHandler<Channel>;
    let parsed;
    try {
      parsed = def.input.safeParse(input ?? {});
    } catch (error) {
      console.error(`[dispatch] ${channel}: validation threw`, error);
      return err({ code: 'INTERNAL', message: INTERNAL_MESSAGE });
    }
    if (!parsed.success) return err(validationError(parsed.error));
    const call = 'mutates' in def ? beginAuditedCall(deps.auditTrail, deps.changes, channel, parsed.data, () => deps.session.operatore) : null;
    const callDeps: Deps = call
      ? {
          ...withProgress(deps, onProgress),
          audit: call.log,
          write: (fn) =>
            deps.write(() => {
              call.begin();
              const result = fn();
              call.finish(result);
              return result;
            }),
        }
      : withProgress(deps, onProgress);
    try {
      if (typeof entry !== 'function') return ok(def.output.parse(await entry.async(callDeps, parsed.data as never)));
      const run = deps.db.transaction(() => {
        call?.begin();
        const output = def.output.parse(entry(callDeps, parsed.data as never));
        call?.finish(output);
        return output;
      });
      return ok(call ? run.immediate() : run.deferred());
    } catch (error) {
      if (error instanceof AppFailure) return err(error.toAppError());
      // A character the PDF/A fonts lack (an emoji pasted into a text) is the text's problem, not an internal error.
      if (error instanceof UnsupportedCharactersError) {
        return err({ code: 'VALIDATION', message: `Il testo contiene caratteri che il PDF/A non può riprodurre (${error.characters.join(' ')}): correggerlo e riprovare.` });
      }
      // The database's own guards (triggers, foreign keys) stand behind the handlers' checks: a refusal is a conflict.
      if (isSqliteCode(error, 'SQLITE_CONSTRAINT_TRIGGER')) return err({ code: 'CONFLICT', message: `L'archivio ha rifiutato l'operazione: ${error.message}.` });
      if (isSqliteCode(error, 'SQLITE_CONSTRAINT_FOREIGNKEY')) {
        return err({ code: 'CONFLICT', message: "L'operazione richiama un dato inesistente, o altri dati richiamano quello da eliminare: non è stata eseguita." });
      }
      if (isSqliteBusy(error)) {
        return err({ code: 'CONFLICT', message: "L'archivio è occupato da un'altra operazione: riprovare tra qualche secondo." });
      }
      console.error(`[dispatch] ${channel}:`, error);
      return err({ code: 'INTERNAL', message: INTERNAL_MESSAGE });
    }
  };
}

/** The call's progress reaches its caller: handlers report through deps.progress, and every PDF they render reports its own. */
function withProgress(deps: Deps, onProgress: Progress | undefined): Deps {
  if (!onProgress) return deps;
  return { ...deps, progress: onProgress, pdf: { ...deps.pdf, render: (spec) => deps.pdf.render(spec, onProgress) } };
}

const isSqliteCode = (error: unknown, code: string): error is Error => error instanceof Error && 'code' in error && error.code === code;

const isSqliteBusy = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
